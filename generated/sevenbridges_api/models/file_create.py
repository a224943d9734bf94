from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileCreate")


@_attrs_define
class FileCreate:
    """A new folder, at the root of `project` or inside `parent` (one of the two).

    Example:
        {'name': 'fastq', 'project': 'rfranklin/my-project', 'type': 'FOLDER'}

    Attributes:
        name (str): The folder's name.
        project (str | Unset): `owner/project`; not together with `parent`.
        parent (str | Unset): The folder to create it in; not together with `project`.
        type_ (str | Unset): Must be `FOLDER`. Example: FOLDER.
    """

    name: str
    project: str | Unset = UNSET
    parent: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        project = self.project

        parent = self.parent

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if project is not UNSET:
            field_dict["project"] = project
        if parent is not UNSET:
            field_dict["parent"] = parent
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        project = d.pop("project", UNSET)

        parent = d.pop("parent", UNSET)

        type_ = d.pop("type", UNSET)

        file_create = cls(
            name=name,
            project=project,
            parent=parent,
            type_=type_,
        )

        file_create.additional_properties = d
        return file_create

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
