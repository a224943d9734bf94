from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskJobDisk")


@_attrs_define
class TaskJobDisk:
    """The disk of a job's instance.

    Example:
        {'size': 1024, 'unit': 'GB', 'type': 'ebs-gp2'}

    Attributes:
        size (int | Unset):
        unit (str | Unset):
        type_ (str | Unset):
    """

    size: int | Unset = UNSET
    unit: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        size = self.size

        unit = self.unit

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if size is not UNSET:
            field_dict["size"] = size
        if unit is not UNSET:
            field_dict["unit"] = unit
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        size = d.pop("size", UNSET)

        unit = d.pop("unit", UNSET)

        type_ = d.pop("type", UNSET)

        task_job_disk = cls(
            size=size,
            unit=unit,
            type_=type_,
        )

        task_job_disk.additional_properties = d
        return task_job_disk

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
