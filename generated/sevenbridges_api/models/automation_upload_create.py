from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationUploadCreate")


@_attrs_define
class AutomationUploadCreate:
    """A new code package upload.

    Example:
        {'name': 'qc_package.zip', 'size': 10485760, 'part_size': 5242880}

    Attributes:
        name (str): The code package file's name.
        size (int | Unset): The file's size in bytes.
        part_size (int | Unset): The part size you would like.
        automation_id (UUID | Unset): The automation the package is for.
    """

    name: str
    size: int | Unset = UNSET
    part_size: int | Unset = UNSET
    automation_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        size = self.size

        part_size = self.part_size

        automation_id: str | Unset = UNSET
        if not isinstance(self.automation_id, Unset):
            automation_id = str(self.automation_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size
        if part_size is not UNSET:
            field_dict["part_size"] = part_size
        if automation_id is not UNSET:
            field_dict["automation_id"] = automation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        size = d.pop("size", UNSET)

        part_size = d.pop("part_size", UNSET)

        _automation_id = d.pop("automation_id", UNSET)
        automation_id: UUID | Unset
        if isinstance(_automation_id, Unset):
            automation_id = UNSET
        else:
            automation_id = UUID(_automation_id)

        automation_upload_create = cls(
            name=name,
            size=size,
            part_size=part_size,
            automation_id=automation_id,
        )

        automation_upload_create.additional_properties = d
        return automation_upload_create

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
