from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_storage_type import FileStorageType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileStorage")


@_attrs_define
class FileStorage:
    """Where a file's content is stored.

    Example:
        {'type': 'PLATFORM', 'hosted_on_locations': ['aws:us-east-1', 'google:us-west1']}

    Attributes:
        type_ (FileStorageType | None | Unset):
        volume (None | str | Unset): The volume, as `owner/volume`, for files on a volume.
        location (None | str | Unset): The object's location on the volume.
        hosted_on_locations (list[str] | Unset): The cloud regions holding the content.
    """

    type_: FileStorageType | None | Unset = UNSET
    volume: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    hosted_on_locations: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, FileStorageType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        volume: None | str | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        hosted_on_locations: list[str] | Unset = UNSET
        if not isinstance(self.hosted_on_locations, Unset):
            hosted_on_locations = self.hosted_on_locations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if volume is not UNSET:
            field_dict["volume"] = volume
        if location is not UNSET:
            field_dict["location"] = location
        if hosted_on_locations is not UNSET:
            field_dict["hosted_on_locations"] = hosted_on_locations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> FileStorageType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = FileStorageType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FileStorageType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_volume(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        volume = _parse_volume(d.pop("volume", UNSET))

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        hosted_on_locations = cast(list[str], d.pop("hosted_on_locations", UNSET))

        file_storage = cls(
            type_=type_,
            volume=volume,
            location=location,
            hosted_on_locations=hosted_on_locations,
        )

        file_storage.additional_properties = d
        return file_storage

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
