from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bulk_file_update_item import BulkFileUpdateItem


T = TypeVar("T", bound="BulkFileUpdate")


@_attrs_define
class BulkFileUpdate:
    """The files of a bulk update or edit (at most 100).

    Example:
        {'items': [{'file_id': '567890abc8a5639cc6722063', 'name': 'sample_1.fastq', 'tags': ['raw'], 'metadata':
            {'sample_id': 'HCC1143'}}]}

    Attributes:
        items (list[BulkFileUpdateItem]):
    """

    items: list[BulkFileUpdateItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_file_update_item import BulkFileUpdateItem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = BulkFileUpdateItem.from_dict(items_item_data)

            items.append(items_item)

        bulk_file_update = cls(
            items=items,
        )

        bulk_file_update.additional_properties = d
        return bulk_file_update

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
