from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.division_role import DivisionRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A Platform user.

    Example:
        {'href': 'https://cgc-api.sbgenomics.com/v2/users/RFranklin', 'username': 'RFranklin', 'email':
            'rosalind.franklin@sbgenomics.com', 'first_name': 'Rosalind', 'last_name': 'Franklin', 'affiliation': 'Seven
            Bridges', 'phone': '', 'address': '', 'city': 'London', 'state': '', 'country': 'United Kingdom', 'zip_code':
            ''}

    Attributes:
        href (str | Unset):
        username (str | Unset):
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        affiliation (str | Unset):
        phone (str | Unset):
        address (str | Unset):
        city (str | Unset):
        state (str | Unset):
        country (str | Unset):
        zip_code (str | Unset):
        role (DivisionRole | None | Unset): The user's division role, for users of a division.
        tags (list[str] | Unset):
    """

    href: str | Unset = UNSET
    username: str | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    affiliation: str | Unset = UNSET
    phone: str | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    country: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    role: DivisionRole | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        username = self.username

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        affiliation = self.affiliation

        phone = self.phone

        address = self.address

        city = self.city

        state = self.state

        country = self.country

        zip_code = self.zip_code

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, DivisionRole):
            role = self.role.value
        else:
            role = self.role

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if username is not UNSET:
            field_dict["username"] = username
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if affiliation is not UNSET:
            field_dict["affiliation"] = affiliation
        if phone is not UNSET:
            field_dict["phone"] = phone
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if country is not UNSET:
            field_dict["country"] = country
        if zip_code is not UNSET:
            field_dict["zip_code"] = zip_code
        if role is not UNSET:
            field_dict["role"] = role
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        href = d.pop("href", UNSET)

        username = d.pop("username", UNSET)

        email = d.pop("email", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        affiliation = d.pop("affiliation", UNSET)

        phone = d.pop("phone", UNSET)

        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        country = d.pop("country", UNSET)

        zip_code = d.pop("zip_code", UNSET)

        def _parse_role(data: object) -> DivisionRole | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_1 = DivisionRole(data)

                return role_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DivisionRole | None | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        user = cls(
            href=href,
            username=username,
            email=email,
            first_name=first_name,
            last_name=last_name,
            affiliation=affiliation,
            phone=phone,
            address=address,
            city=city,
            state=state,
            country=country,
            zip_code=zip_code,
            role=role,
            tags=tags,
        )

        user.additional_properties = d
        return user

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
