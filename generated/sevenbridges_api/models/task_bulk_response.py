from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_bulk_record import TaskBulkRecord


T = TypeVar("T", bound="TaskBulkResponse")


@_attrs_define
class TaskBulkResponse:
    """The records of a bulk task call, in the order the ids were given.

    Example:
        {'items': [{'resource': {'href': 'https://api.sbgenomics.com/v2/tasks/234eca2d-6a5b-4c3e-9d8f-1a2b3c4d5e6f',
            'id': '234eca2d-6a5b-4c3e-9d8f-1a2b3c4d5e6f', 'name': 'FastQC run', 'status': 'COMPLETED'}}, {'error':
            {'status': 404, 'code': 7002, 'message': 'Requested task does not exist.'}}]}

    Attributes:
        items (list[TaskBulkRecord] | Unset):
    """

    items: list[TaskBulkRecord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_bulk_record import TaskBulkRecord  # noqa: PLC0415

        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[TaskBulkRecord] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = TaskBulkRecord.from_dict(items_item_data)

                items.append(items_item)

        task_bulk_response = cls(
            items=items,
        )

        task_bulk_response.additional_properties = d
        return task_bulk_response

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
