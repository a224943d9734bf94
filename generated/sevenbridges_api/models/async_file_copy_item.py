from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncFileCopyItem")


@_attrs_define
class AsyncFileCopyItem:
    """One item of a copy or move job: the file or folder, and its destination (`project` or `parent`; a move takes
    `parent` only) with an optional new name.

        Example:
            {'file': '567890abc8a5639cc6722063', 'parent': '567890abc4f3066bc3750174', 'name': 'chr20.intervals'}

        Attributes:
            file (str | Unset): The file or folder to copy or move.
            project (str | Unset): `owner/project`; not together with `parent`.
            parent (str | Unset): The destination folder; not together with `project`.
            name (str | Unset): A new name (default the source's).
    """

    file: str | Unset = UNSET
    project: str | Unset = UNSET
    parent: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file

        project = self.project

        parent = self.parent

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["file"] = file
        if project is not UNSET:
            field_dict["project"] = project
        if parent is not UNSET:
            field_dict["parent"] = parent
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = d.pop("file", UNSET)

        project = d.pop("project", UNSET)

        parent = d.pop("parent", UNSET)

        name = d.pop("name", UNSET)

        async_file_copy_item = cls(
            file=file,
            project=project,
            parent=parent,
            name=name,
        )

        async_file_copy_item.additional_properties = d
        return async_file_copy_item

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
