from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="BulkFileUpdateItem")


@_attrs_define
class BulkFileUpdateItem:
    """The new details of one file in a bulk update or edit.

    Example:
        {'file_id': '567890abc8a5639cc6722063', 'name': 'sample_1.fastq', 'tags': ['raw'], 'metadata': {'sample_id':
            'HCC1143'}}

    Attributes:
        file_id (str | Unset): The file to change (`id` is taken as a synonym).
        id (str | Unset): The file to change, as `file_id`.
        name (str | Unset):
        tags (list[str] | Unset):
        metadata (Metadata | Unset): A file's metadata, a free-form map of keys to values. Example: {'md5_sum':
            '3feb601b556d63db86669175f921463b', 'sbg_public_files_category': 'reference', 'sample_id': 'HCC1143'}.
    """

    file_id: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        id = self.id

        name = self.name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        file_id = d.pop("file_id", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        bulk_file_update_item = cls(
            file_id=file_id,
            id=id,
            name=name,
            tags=tags,
            metadata=metadata,
        )

        bulk_file_update_item.additional_properties = d
        return bulk_file_update_item

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
