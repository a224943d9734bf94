from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.volume_object_metadata import VolumeObjectMetadata


T = TypeVar("T", bound="VolumeObject")


@_attrs_define
class VolumeObject:
    """An object (file) on a volume.

    Example:
        {'href':
            'https://api.sbgenomics.com/v2/storage/volumes/rfranklin/my_volume/object?location=reads/sample_1.fq.gz',
            'location': 'reads/sample_1.fq.gz', 'volume': 'rfranklin/my_volume', 'type': 's3', 'metadata': {'sample_id':
            'S1'}}

    Attributes:
        href (str | Unset):
        location (str | Unset): The object's key below the volume's prefix.
        volume (str | Unset): The volume's `owner/name` id.
        type_ (str | Unset): What the object is, e.g. `s3`.
        metadata (VolumeObjectMetadata | Unset):
    """

    href: str | Unset = UNSET
    location: str | Unset = UNSET
    volume: str | Unset = UNSET
    type_: str | Unset = UNSET
    metadata: VolumeObjectMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        location = self.location

        volume = self.volume

        type_ = self.type_

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if location is not UNSET:
            field_dict["location"] = location
        if volume is not UNSET:
            field_dict["volume"] = volume
        if type_ is not UNSET:
            field_dict["type"] = type_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.volume_object_metadata import VolumeObjectMetadata  # noqa: PLC0415

        d = dict(src_dict)
        href = d.pop("href", UNSET)

        location = d.pop("location", UNSET)

        volume = d.pop("volume", UNSET)

        type_ = d.pop("type", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: VolumeObjectMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = VolumeObjectMetadata.from_dict(_metadata)

        volume_object = cls(
            href=href,
            location=location,
            volume=volume,
            type_=type_,
            metadata=metadata,
        )

        volume_object.additional_properties = d
        return volume_object

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
