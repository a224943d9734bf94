from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.volume_properties import VolumeProperties
    from ..models.volume_service_update_credentials import (
        VolumeServiceUpdateCredentials,
    )


T = TypeVar("T", bound="VolumeServiceUpdate")


@_attrs_define
class VolumeServiceUpdate:
    """New credentials or properties of a volume's service; the server may accept more keys.

    Example:
        {'credentials': {'access_key_id': 'AKIAIOSFODNN7EXAMPLE', 'secret_access_key':
            'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'}}

    Attributes:
        prefix (str | Unset):
        credentials (VolumeServiceUpdateCredentials | Unset):
        properties (VolumeProperties | Unset): Cloud-specific settings of a volume or an export (e.g. server-side
            encryption); the server may add more keys. Example: {'sse_algorithm': 'AES256'}.
    """

    prefix: str | Unset = UNSET
    credentials: VolumeServiceUpdateCredentials | Unset = UNSET
    properties: VolumeProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prefix = self.prefix

        credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = self.credentials.to_dict()

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.volume_properties import VolumeProperties  # noqa: PLC0415
        from ..models.volume_service_update_credentials import (
            VolumeServiceUpdateCredentials,  # noqa: PLC0415
        )

        d = dict(src_dict)
        prefix = d.pop("prefix", UNSET)

        _credentials = d.pop("credentials", UNSET)
        credentials: VolumeServiceUpdateCredentials | Unset
        if isinstance(_credentials, Unset):
            credentials = UNSET
        else:
            credentials = VolumeServiceUpdateCredentials.from_dict(_credentials)

        _properties = d.pop("properties", UNSET)
        properties: VolumeProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = VolumeProperties.from_dict(_properties)

        volume_service_update = cls(
            prefix=prefix,
            credentials=credentials,
            properties=properties,
        )

        volume_service_update.additional_properties = d
        return volume_service_update

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
