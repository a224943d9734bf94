from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.drs_import_item_create_metadata import DrsImportItemCreateMetadata


T = TypeVar("T", bound="DrsImportItemCreate")


@_attrs_define
class DrsImportItemCreate:
    """One object to import, by its DRS URI, into a project or a folder.

    Example:
        {'drs_uri': 'drs://drs.example.org/1f1b4b3e-7c2d-4c5e-9a8b-0d1e2f3a4b5c', 'project': 'rfranklin/my-project',
            'name': 'sample_1.cram', 'metadata': {'sample_id': 'S1'}}

    Attributes:
        drs_uri (str): `drs://host/object-id`.
        project (str | Unset): `owner/project`; not with `parent`.
        parent (str | Unset): A folder id; not with `project`.
        name (str | Unset): The file's name; the server's default comes from the DRS object.
        metadata (DrsImportItemCreateMetadata | Unset):
        tags (list[str] | Unset):
    """

    drs_uri: str
    project: str | Unset = UNSET
    parent: str | Unset = UNSET
    name: str | Unset = UNSET
    metadata: DrsImportItemCreateMetadata | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        drs_uri = self.drs_uri

        project = self.project

        parent = self.parent

        name = self.name

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "drs_uri": drs_uri,
            }
        )
        if project is not UNSET:
            field_dict["project"] = project
        if parent is not UNSET:
            field_dict["parent"] = parent
        if name is not UNSET:
            field_dict["name"] = name
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.drs_import_item_create_metadata import DrsImportItemCreateMetadata  # noqa: PLC0415

        d = dict(src_dict)
        drs_uri = d.pop("drs_uri")

        project = d.pop("project", UNSET)

        parent = d.pop("parent", UNSET)

        name = d.pop("name", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: DrsImportItemCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = DrsImportItemCreateMetadata.from_dict(_metadata)

        tags = cast(list[str], d.pop("tags", UNSET))

        drs_import_item_create = cls(
            drs_uri=drs_uri,
            project=project,
            parent=parent,
            name=name,
            metadata=metadata,
            tags=tags,
        )

        drs_import_item_create.additional_properties = d
        return drs_import_item_create

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
