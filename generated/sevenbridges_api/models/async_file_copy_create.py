from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.async_file_copy_item import AsyncFileCopyItem


T = TypeVar("T", bound="AsyncFileCopyCreate")


@_attrs_define
class AsyncFileCopyCreate:
    """The items of a copy or move job.

    Example:
        {'items': [{'file': '567890abc8a5639cc6722063', 'parent': '567890abc4f3066bc3750174'}]}

    Attributes:
        items (list[AsyncFileCopyItem]):
    """

    items: list[AsyncFileCopyItem]
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
        from ..models.async_file_copy_item import AsyncFileCopyItem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = AsyncFileCopyItem.from_dict(items_item_data)

            items.append(items_item)

        async_file_copy_create = cls(
            items=items,
        )

        async_file_copy_create.additional_properties = d
        return async_file_copy_create

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
