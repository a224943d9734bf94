from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadCreate")


@_attrs_define
class UploadCreate:
    """A new multipart upload to the root of `project` or into the folder `parent` (one of the two).

    Example:
        {'project': 'RFranklin/my-project', 'name': 'CanFam3.1.dna_rm.toplevel.fa.gz', 'part_size': 5242880, 'size':
            433759572}

    Attributes:
        name (str): The file's name: no `/`, at most 255 characters.
        project (str | Unset): `owner/project`; not together with `parent`.
        parent (str | Unset): The destination folder; not together with `project`.
        size (int | Unset): The file's size in bytes (for progress only).
        part_size (int | Unset): The part size wanted, 5 MiB to 5 GiB; the server may choose another.
        md5 (str | Unset): The file's MD5 as 32 hexadecimal characters (only stored).
    """

    name: str
    project: str | Unset = UNSET
    parent: str | Unset = UNSET
    size: int | Unset = UNSET
    part_size: int | Unset = UNSET
    md5: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        project = self.project

        parent = self.parent

        size = self.size

        part_size = self.part_size

        md5 = self.md5

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
        if size is not UNSET:
            field_dict["size"] = size
        if part_size is not UNSET:
            field_dict["part_size"] = part_size
        if md5 is not UNSET:
            field_dict["md5"] = md5

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        project = d.pop("project", UNSET)

        parent = d.pop("parent", UNSET)

        size = d.pop("size", UNSET)

        part_size = d.pop("part_size", UNSET)

        md5 = d.pop("md5", UNSET)

        upload_create = cls(
            name=name,
            project=project,
            parent=parent,
            size=size,
            part_size=part_size,
            md5=md5,
        )

        upload_create.additional_properties = d
        return upload_create

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
