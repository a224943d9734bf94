from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.volume_access_mode import VolumeAccessMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.volume_service_update import VolumeServiceUpdate


T = TypeVar("T", bound="VolumeUpdate")


@_attrs_define
class VolumeUpdate:
    """Changes to a volume; what is left out keeps its value.

    Example:
        {'description': 'Sequencing runs', 2024: None}

    Attributes:
        description (str | Unset):
        access_mode (VolumeAccessMode | Unset): Whether the Platform may only read the bucket (`RO`) or also write to it
            (`RW`). Example: RW.
        service (VolumeServiceUpdate | Unset): New credentials or properties of a volume's service; the server may
            accept more keys. Example: {'credentials': {'access_key_id': 'AKIAIOSFODNN7EXAMPLE', 'secret_access_key':
            'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'}}.
        active (bool | Unset):
    """

    description: str | Unset = UNSET
    access_mode: VolumeAccessMode | Unset = UNSET
    service: VolumeServiceUpdate | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        access_mode: str | Unset = UNSET
        if not isinstance(self.access_mode, Unset):
            access_mode = self.access_mode.value

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if access_mode is not UNSET:
            field_dict["access_mode"] = access_mode
        if service is not UNSET:
            field_dict["service"] = service
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.volume_service_update import VolumeServiceUpdate  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description", UNSET)

        _access_mode = d.pop("access_mode", UNSET)
        access_mode: VolumeAccessMode | Unset
        if isinstance(_access_mode, Unset):
            access_mode = UNSET
        else:
            access_mode = VolumeAccessMode(_access_mode)

        _service = d.pop("service", UNSET)
        service: VolumeServiceUpdate | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = VolumeServiceUpdate.from_dict(_service)

        active = d.pop("active", UNSET)

        volume_update = cls(
            description=description,
            access_mode=access_mode,
            service=service,
            active=active,
        )

        volume_update.additional_properties = d
        return volume_update

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
