from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PriceBreakdown")


@_attrs_define
class PriceBreakdown:
    """What a price is made of.

    Example:
        {'storage': 1.5, 'computation': 10.25, 'data_transfer': 0.0}

    Attributes:
        storage (float | Unset):
        computation (float | Unset):
        data_transfer (float | Unset):
    """

    storage: float | Unset = UNSET
    computation: float | Unset = UNSET
    data_transfer: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        storage = self.storage

        computation = self.computation

        data_transfer = self.data_transfer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if storage is not UNSET:
            field_dict["storage"] = storage
        if computation is not UNSET:
            field_dict["computation"] = computation
        if data_transfer is not UNSET:
            field_dict["data_transfer"] = data_transfer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        storage = d.pop("storage", UNSET)

        computation = d.pop("computation", UNSET)

        data_transfer = d.pop("data_transfer", UNSET)

        price_breakdown = cls(
            storage=storage,
            computation=computation,
            data_transfer=data_transfer,
        )

        price_breakdown.additional_properties = d
        return price_breakdown

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
