from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.drs_conflict_resolution import DrsConflictResolution
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.drs_import_item_create import DrsImportItemCreate


T = TypeVar("T", bound="DrsImportBulkCreate")


@_attrs_define
class DrsImportBulkCreate:
    """A bulk DRS import of up to 100 objects.

    Example:
        {'items': [{'drs_uri': 'drs://drs.example.org/1f1b4b3e-7c2d-4c5e-9a8b-0d1e2f3a4b5c', 'project': 'rfranklin/my-
            project'}], 'conflict_resolution': 'SKIP'}

    Attributes:
        items (list[DrsImportItemCreate]):
        tags (list[str] | Unset):
        conflict_resolution (DrsConflictResolution | Unset): What to do when a file of the same name exists. Example:
            SKIP.
    """

    items: list[DrsImportItemCreate]
    tags: list[str] | Unset = UNSET
    conflict_resolution: DrsConflictResolution | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        conflict_resolution: str | Unset = UNSET
        if not isinstance(self.conflict_resolution, Unset):
            conflict_resolution = self.conflict_resolution.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if conflict_resolution is not UNSET:
            field_dict["conflict_resolution"] = conflict_resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.drs_import_item_create import DrsImportItemCreate  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = DrsImportItemCreate.from_dict(items_item_data)

            items.append(items_item)

        tags = cast(list[str], d.pop("tags", UNSET))

        _conflict_resolution = d.pop("conflict_resolution", UNSET)
        conflict_resolution: DrsConflictResolution | Unset
        if isinstance(_conflict_resolution, Unset):
            conflict_resolution = UNSET
        else:
            conflict_resolution = DrsConflictResolution(_conflict_resolution)

        drs_import_bulk_create = cls(
            items=items,
            tags=tags,
            conflict_resolution=conflict_resolution,
        )

        drs_import_bulk_create.additional_properties = d
        return drs_import_bulk_create

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
