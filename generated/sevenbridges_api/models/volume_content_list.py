from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.volume_link import VolumeLink
    from ..models.volume_object import VolumeObject
    from ..models.volume_prefix import VolumePrefix


T = TypeVar("T", bound="VolumeContentList")


@_attrs_define
class VolumeContentList:
    """A page of a volume's contents; `links` holds the next page's URL, if there is one.

    Example:
        {'href': 'https://api.sbgenomics.com/v2/storage/volumes/rfranklin/my_volume/list?limit=2', 'items': [{'href':
            'https://api.sbgenomics.com/v2/storage/volumes/rfranklin/my_volume/object?location=README.txt', 'location':
            'README.txt', 'volume': 'rfranklin/my_volume', 'type': 's3', 'metadata': {}}], 'prefixes': [{'href':
            'https://api.sbgenomics.com/v2/storage/volumes/rfranklin/my_volume/list?prefix=reads/', 'prefix': 'reads/',
            'volume': 'rfranklin/my_volume'}], 'links': [{'next':
            'https://api.sbgenomics.com/v2/storage/volumes/rfranklin/my_volume/list?limit=2&continuation_token=cmVhZHMv'}]}

    Attributes:
        href (str | Unset):
        items (list[VolumeObject] | Unset):
        prefixes (list[VolumePrefix] | Unset):
        links (list[VolumeLink] | Unset):
    """

    href: str | Unset = UNSET
    items: list[VolumeObject] | Unset = UNSET
    prefixes: list[VolumePrefix] | Unset = UNSET
    links: list[VolumeLink] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        prefixes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prefixes, Unset):
            prefixes = []
            for prefixes_item_data in self.prefixes:
                prefixes_item = prefixes_item_data.to_dict()
                prefixes.append(prefixes_item)

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
        if prefixes is not UNSET:
            field_dict["prefixes"] = prefixes
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.volume_link import VolumeLink  # noqa: PLC0415
        from ..models.volume_object import VolumeObject  # noqa: PLC0415
        from ..models.volume_prefix import VolumePrefix  # noqa: PLC0415

        d = dict(src_dict)
        href = d.pop("href", UNSET)

        _items = d.pop("items", UNSET)
        items: list[VolumeObject] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = VolumeObject.from_dict(items_item_data)

                items.append(items_item)

        _prefixes = d.pop("prefixes", UNSET)
        prefixes: list[VolumePrefix] | Unset = UNSET
        if _prefixes is not UNSET:
            prefixes = []
            for prefixes_item_data in _prefixes:
                prefixes_item = VolumePrefix.from_dict(prefixes_item_data)

                prefixes.append(prefixes_item)

        _links = d.pop("links", UNSET)
        links: list[VolumeLink] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = VolumeLink.from_dict(links_item_data)

                links.append(links_item)

        volume_content_list = cls(
            href=href,
            items=items,
            prefixes=prefixes,
            links=links,
        )

        volume_content_list.additional_properties = d
        return volume_content_list

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
