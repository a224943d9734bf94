from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_type import BatchType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchBy")


@_attrs_define
class BatchBy:
    """How a batch task splits its batch input into child tasks.

    Example:
        {'type': 'CRITERIA', 'criteria': ['metadata.sample_id']}

    Attributes:
        type_ (BatchType | None | Unset):
        criteria (list[str] | Unset): For `CRITERIA` batching, the values that group items (e.g. `metadata.sample_id`).
    """

    type_: BatchType | None | Unset = UNSET
    criteria: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, BatchType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        criteria: list[str] | Unset = UNSET
        if not isinstance(self.criteria, Unset):
            criteria = self.criteria

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if criteria is not UNSET:
            field_dict["criteria"] = criteria

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> BatchType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = BatchType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        criteria = cast(list[str], d.pop("criteria", UNSET))

        batch_by = cls(
            type_=type_,
            criteria=criteria,
        )

        batch_by.additional_properties = d
        return batch_by

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
