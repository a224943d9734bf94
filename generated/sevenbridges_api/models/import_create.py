from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_destination import ImportDestination
    from ..models.volume_file import VolumeFile


T = TypeVar("T", bound="ImportCreate")


@_attrs_define
class ImportCreate:
    """A new import job.

    Example:
        {'source': {'volume': 'rfranklin/my_volume', 'location': 'reads/sample_1.fq.gz'}, 'destination': {'project':
            'rfranklin/my-project', 'name': 'sample_1.fq.gz'}, 'overwrite': False}

    Attributes:
        source (VolumeFile): A location on a volume. Example: {'volume': 'rfranklin/my_volume', 'location':
            'reads/sample_1.fq.gz'}.
        destination (ImportDestination): Where an import puts the file, a project (its root folder) or a folder, and
            under which name. Example: {'project': 'rfranklin/my-project', 'name': 'sample_1.fq.gz'}.
        overwrite (bool | Unset): Replace a file of the same name (the server's default is false).
        autorename (bool | Unset): On a name clash, prefix the new name with an underscore and a number (default false).
        preserve_folder_structure (bool | Unset): For a folder import, keep the sub-folders (the server's default is
            true).
    """

    source: VolumeFile
    destination: ImportDestination
    overwrite: bool | Unset = UNSET
    autorename: bool | Unset = UNSET
    preserve_folder_structure: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.to_dict()

        destination = self.destination.to_dict()

        overwrite = self.overwrite

        autorename = self.autorename

        preserve_folder_structure = self.preserve_folder_structure

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
        if autorename is not UNSET:
            field_dict["autorename"] = autorename
        if preserve_folder_structure is not UNSET:
            field_dict["preserve_folder_structure"] = preserve_folder_structure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_destination import ImportDestination  # noqa: PLC0415
        from ..models.volume_file import VolumeFile  # noqa: PLC0415

        d = dict(src_dict)
        source = VolumeFile.from_dict(d.pop("source"))

        destination = ImportDestination.from_dict(d.pop("destination"))

        overwrite = d.pop("overwrite", UNSET)

        autorename = d.pop("autorename", UNSET)

        preserve_folder_structure = d.pop("preserve_folder_structure", UNSET)

        import_create = cls(
            source=source,
            destination=destination,
            overwrite=overwrite,
            autorename=autorename,
            preserve_folder_structure=preserve_folder_structure,
        )

        import_create.additional_properties = d
        return import_create

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
