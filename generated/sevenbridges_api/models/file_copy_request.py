from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileCopyRequest")


@_attrs_define
class FileCopyRequest:
    """Where to copy a file: the root of `project`, or the folder `parent` (one of the two); `name` renames the copy.

    Example:
        {'project': 'rfranklin/my-other-project', 'name': 'chr20_copy.intervals'}

    Attributes:
        project (str | Unset): `owner/project`; not together with `parent`.
        parent (str | Unset): The destination folder; not together with `project`.
        name (str | Unset): The copy's name (default the source's).
    """

    project: str | Unset = UNSET
    parent: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        parent = self.parent

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        project = d.pop("project", UNSET)

        parent = d.pop("parent", UNSET)

        name = d.pop("name", UNSET)

        file_copy_request = cls(
            project=project,
            parent=parent,
            name=name,
        )

        file_copy_request.additional_properties = d
        return file_copy_request

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
