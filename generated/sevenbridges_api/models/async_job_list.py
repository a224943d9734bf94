from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.async_job import AsyncJob
    from ..models.link import Link


T = TypeVar("T", bound="AsyncJobList")


@_attrs_define
class AsyncJobList:
    """A page of file jobs.

    Example:
        {'href': 'https://api.sbgenomics.com/v2/async/files?offset=0&limit=25', 'items': [{'href':
            'https://api.sbgenomics.com/v2/async/files/copy/6c7ad8d1-ef7b-4f7c-9d3a-39a5d4a1a2b3', 'id':
            '6c7ad8d1-ef7b-4f7c-9d3a-39a5d4a1a2b3', 'type': 'COPY', 'state': 'FINISHED', 'total_files': 1, 'failed_files':
            0, 'completed_files': 1}], 'links': []}

    Attributes:
        href (str | Unset):
        items (list[AsyncJob] | Unset):
        links (list[Link] | Unset):
    """

    href: str | Unset = UNSET
    items: list[AsyncJob] | Unset = UNSET
    links: list[Link] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if items is not UNSET:
            field_dict["items"] = items
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.async_job import AsyncJob  # noqa: PLC0415
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)
        href = d.pop("href", UNSET)

        _items = d.pop("items", UNSET)
        items: list[AsyncJob] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = AsyncJob.from_dict(items_item_data)

                items.append(items_item)

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = Link.from_dict(links_item_data)

                links.append(links_item)

        async_job_list = cls(
            href=href,
            items=items,
            links=links,
        )

        async_job_list.additional_properties = d
        return async_job_list

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
