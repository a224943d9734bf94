from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export_source import ExportSource
    from ..models.volume_file import VolumeFile
    from ..models.volume_properties import VolumeProperties


T = TypeVar("T", bound="ExportCreate")


@_attrs_define
class ExportCreate:
    """A new export job.

    Example:
        {'source': {'file': '567890abc8a5639cc6722063'}, 'destination': {'volume': 'rfranklin/my_volume', 'location':
            'results/sample_1.bam'}, 'properties': {'sse_algorithm': 'AES256'}}

    Attributes:
        source (ExportSource): The file an export sends. Example: {'file': '567890abc8a5639cc6722063'}.
        destination (VolumeFile): A location on a volume. Example: {'volume': 'rfranklin/my_volume', 'location':
            'reads/sample_1.fq.gz'}.
        overwrite (bool | Unset): Replace an object at the location (the server's default is false).
        properties (VolumeProperties | Unset): Cloud-specific settings of a volume or an export (e.g. server-side
            encryption); the server may add more keys. Example: {'sse_algorithm': 'AES256'}.
    """

    source: ExportSource
    destination: VolumeFile
    overwrite: bool | Unset = UNSET
    properties: VolumeProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.to_dict()

        destination = self.destination.to_dict()

        overwrite = self.overwrite

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "destination": destination,
            }
        )
        if overwrite is not UNSET:
            field_dict["overwrite"] = overwrite
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.export_source import ExportSource  # noqa: PLC0415
        from ..models.volume_file import VolumeFile  # noqa: PLC0415
        from ..models.volume_properties import VolumeProperties  # noqa: PLC0415

        d = dict(src_dict)
        source = ExportSource.from_dict(d.pop("source"))

        destination = VolumeFile.from_dict(d.pop("destination"))

        overwrite = d.pop("overwrite", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: VolumeProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = VolumeProperties.from_dict(_properties)

        export_create = cls(
            source=source,
            destination=destination,
            overwrite=overwrite,
            properties=properties,
        )

        export_create.additional_properties = d
        return export_create

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
