from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.price import Price


T = TypeVar("T", bound="BillingGroup")


@_attrs_define
class BillingGroup:
    """A billing group, which pays for projects.

    Example:
        {'href': 'https://api.sbgenomics.com/v2/billing/groups/ec1dc1e3-12a3-4b56-789c-e3f2dca0c6f7', 'id':
            'ec1dc1e3-12a3-4b56-789c-e3f2dca0c6f7', 'owner': 'RFranklin', 'name': 'Pilot Funds (RFranklin)', 'type': 'free',
            'pending': False, 'disabled': False, 'balance': {'currency': 'USD', 'amount': 0}}

    Attributes:
        href (str | Unset):
        id (UUID | Unset):
        owner (str | Unset):
        name (str | Unset):
        type_ (str | Unset): e.g. `free` or `regular`.
        pending (bool | Unset):
        disabled (bool | Unset):
        balance (None | Price | Unset):
    """

    href: str | Unset = UNSET
    id: UUID | Unset = UNSET
    owner: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    pending: bool | Unset = UNSET
    disabled: bool | Unset = UNSET
    balance: None | Price | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.price import Price  # noqa: PLC0415

        href = self.href

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        owner = self.owner

        name = self.name

        type_ = self.type_

        pending = self.pending

        disabled = self.disabled

        balance: dict[str, Any] | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        elif isinstance(self.balance, Price):
            balance = self.balance.to_dict()
        else:
            balance = self.balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if id is not UNSET:
            field_dict["id"] = id
        if owner is not UNSET:
            field_dict["owner"] = owner
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if pending is not UNSET:
            field_dict["pending"] = pending
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if balance is not UNSET:
            field_dict["balance"] = balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price import Price  # noqa: PLC0415

        d = dict(src_dict)
        href = d.pop("href", UNSET)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        owner = d.pop("owner", UNSET)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        pending = d.pop("pending", UNSET)

        disabled = d.pop("disabled", UNSET)

        def _parse_balance(data: object) -> None | Price | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                balance_type_1 = Price.from_dict(data)

                return balance_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Price | Unset, data)

        balance = _parse_balance(d.pop("balance", UNSET))

        billing_group = cls(
            href=href,
            id=id,
            owner=owner,
            name=name,
            type_=type_,
            pending=pending,
            disabled=disabled,
            balance=balance,
        )

        billing_group.additional_properties = d
        return billing_group

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
