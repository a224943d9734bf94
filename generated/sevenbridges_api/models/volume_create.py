from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.volume_access_mode import VolumeAccessMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.azure_volume_service_create import AzureVolumeServiceCreate
    from ..models.gcs_volume_service_create import GcsVolumeServiceCreate
    from ..models.oss_volume_service_create import OssVolumeServiceCreate
    from ..models.other_volume_service_create import OtherVolumeServiceCreate
    from ..models.s3_volume_service_create import S3VolumeServiceCreate


T = TypeVar("T", bound="VolumeCreate")


@_attrs_define
class VolumeCreate:
    """A new volume.

    Example:
        {'name': 'my_volume', 'description': 'Sequencing runs', 'access_mode': 'RW', 'service': {'type': 'S3', 'bucket':
            'rfranklin-data', 'credentials': {'access_key_id': 'AKIAIOSFODNN7EXAMPLE', 'secret_access_key':
            'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'}}}

    Attributes:
        name (str): Up to 32 English letters, digits and underscores.
        service (AzureVolumeServiceCreate | GcsVolumeServiceCreate | OssVolumeServiceCreate | OtherVolumeServiceCreate |
            S3VolumeServiceCreate):
        description (str | Unset):
        access_mode (VolumeAccessMode | Unset): Whether the Platform may only read the bucket (`RO`) or also write to it
            (`RW`). Example: RW.
    """

    name: str
    service: (
        AzureVolumeServiceCreate
        | GcsVolumeServiceCreate
        | OssVolumeServiceCreate
        | OtherVolumeServiceCreate
        | S3VolumeServiceCreate
    )
    description: str | Unset = UNSET
    access_mode: VolumeAccessMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.azure_volume_service_create import AzureVolumeServiceCreate  # noqa: PLC0415
        from ..models.gcs_volume_service_create import GcsVolumeServiceCreate  # noqa: PLC0415
        from ..models.oss_volume_service_create import OssVolumeServiceCreate  # noqa: PLC0415
        from ..models.s3_volume_service_create import S3VolumeServiceCreate  # noqa: PLC0415

        name = self.name

        service: dict[str, Any]
        if isinstance(self.service, S3VolumeServiceCreate):
            service = self.service.to_dict()
        elif isinstance(self.service, GcsVolumeServiceCreate):
            service = self.service.to_dict()
        elif isinstance(self.service, AzureVolumeServiceCreate):
            service = self.service.to_dict()
        elif isinstance(self.service, OssVolumeServiceCreate):
            service = self.service.to_dict()
        else:
            service = self.service.to_dict()

        description = self.description

        access_mode: str | Unset = UNSET
        if not isinstance(self.access_mode, Unset):
            access_mode = self.access_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "service": service,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if access_mode is not UNSET:
            field_dict["access_mode"] = access_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.azure_volume_service_create import AzureVolumeServiceCreate  # noqa: PLC0415
        from ..models.gcs_volume_service_create import GcsVolumeServiceCreate  # noqa: PLC0415
        from ..models.oss_volume_service_create import OssVolumeServiceCreate  # noqa: PLC0415
        from ..models.other_volume_service_create import OtherVolumeServiceCreate  # noqa: PLC0415
        from ..models.s3_volume_service_create import S3VolumeServiceCreate  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_service(
            data: object,
        ) -> (
            AzureVolumeServiceCreate
            | GcsVolumeServiceCreate
            | OssVolumeServiceCreate
            | OtherVolumeServiceCreate
            | S3VolumeServiceCreate
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_type_0 = S3VolumeServiceCreate.from_dict(data)

                return service_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_type_1 = GcsVolumeServiceCreate.from_dict(data)

                return service_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_type_2 = AzureVolumeServiceCreate.from_dict(data)

                return service_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_type_3 = OssVolumeServiceCreate.from_dict(data)

                return service_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            service_type_4 = OtherVolumeServiceCreate.from_dict(data)

            return service_type_4

        service = _parse_service(d.pop("service"))

        description = d.pop("description", UNSET)

        _access_mode = d.pop("access_mode", UNSET)
        access_mode: VolumeAccessMode | Unset
        if isinstance(_access_mode, Unset):
            access_mode = UNSET
        else:
            access_mode = VolumeAccessMode(_access_mode)

        volume_create = cls(
            name=name,
            service=service,
            description=description,
            access_mode=access_mode,
        )

        volume_create.additional_properties = d
        return volume_create

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
