from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VolumePrefix")


@_attrs_define
class VolumePrefix:
    """A prefix ("folder") on a volume; list it with `prefix`.

    Example:
        {'href': 'https://api.sbgenomics.com/v2/storage/volumes/rfranklin/my_volume/list?prefix=reads/', 'prefix':
            'reads/', 'volume': 'rfranklin/my_volume'}

    Attributes:
        href (str | Unset):
        prefix (str | Unset):
        volume (str | Unset):
    """

    href: str | Unset = UNSET
    prefix: str | Unset = UNSET
    volume: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        prefix = self.prefix

        volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        href = d.pop("href", UNSET)

        prefix = d.pop("prefix", UNSET)

        volume = d.pop("volume", UNSET)

        volume_prefix = cls(
            href=href,
            prefix=prefix,
            volume=volume,
        )

        volume_prefix.additional_properties = d
        return volume_prefix

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
