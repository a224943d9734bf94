from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.member_type import MemberType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.volume_permissions import VolumePermissions


T = TypeVar("T", bound="VolumeMember")


@_attrs_define
class VolumeMember:
    """A member of a volume.

    Example:
        {'href': 'https://api.sbgenomics.com/v2/storage/volumes/rfranklin/my_volume/members/francis-crick', 'id':
            'francis-crick', 'username': 'francis-crick', 'email': 'francis.crick@example.org', 'type': 'USER',
            'permissions': {'read': True, 'copy': True, 'write': False, 'admin': False}}

    Attributes:
        href (str | Unset):
        id (str | Unset):
        username (str | Unset):
        email (None | str | Unset):
        type_ (MemberType | None | Unset):
        permissions (None | Unset | VolumePermissions):
    """

    href: str | Unset = UNSET
    id: str | Unset = UNSET
    username: str | Unset = UNSET
    email: None | str | Unset = UNSET
    type_: MemberType | None | Unset = UNSET
    permissions: None | Unset | VolumePermissions = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.volume_permissions import VolumePermissions  # noqa: PLC0415

        href = self.href

        id = self.id

        username = self.username

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, MemberType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        permissions: dict[str, Any] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, VolumePermissions):
            permissions = self.permissions.to_dict()
        else:
            permissions = self.permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if id is not UNSET:
            field_dict["id"] = id
        if username is not UNSET:
            field_dict["username"] = username
        if email is not UNSET:
            field_dict["email"] = email
        if type_ is not UNSET:
            field_dict["type"] = type_
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.volume_permissions import VolumePermissions  # noqa: PLC0415

        d = dict(src_dict)
        href = d.pop("href", UNSET)

        id = d.pop("id", UNSET)

        username = d.pop("username", UNSET)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_type_(data: object) -> MemberType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = MemberType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MemberType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_permissions(data: object) -> None | Unset | VolumePermissions:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                permissions_type_1 = VolumePermissions.from_dict(data)

                return permissions_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VolumePermissions, data)

        permissions = _parse_permissions(d.pop("permissions", UNSET))

        volume_member = cls(
            href=href,
            id=id,
            username=username,
            email=email,
            type_=type_,
            permissions=permissions,
        )

        volume_member.additional_properties = d
        return volume_member

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
