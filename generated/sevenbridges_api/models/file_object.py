from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_type import FileType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_origin import FileOrigin
    from ..models.file_storage import FileStorage
    from ..models.metadata import Metadata
    from ..models.secondary_file import SecondaryFile


T = TypeVar("T", bound="FileObject")


@_attrs_define
class FileObject:
    """A file or a folder (`type` tells which; folders have the same shape and no size or content). The generated class is
    `FileObject` (the generator reserves `File`).

        Example:
            {'href': 'https://api.sbgenomics.com/v2/files/567890abc8a5639cc6722063', 'id': '567890abc8a5639cc6722063',
                'name': 'chr20.intervals', 'size': 5, 'project': 'rfranklin/my-project', 'parent': '567890abc4f3066bc3750174',
                'type': 'file', 'created_on': '2019-08-07T13:28:01Z', 'modified_on': '2019-08-07T13:28:01Z', 'storage': {'type':
                'PLATFORM', 'hosted_on_locations': ['aws:us-east-1', 'google:us-west1']}, 'origin': {}, 'tags': ['tag'],
                'metadata': {'md5_sum': '3feb601b556d63db86669175f921463b', 'sbg_public_files_category': 'reference'},
                'secondary_files': []}

        Attributes:
            href (str | Unset):
            id (str | Unset):
            name (str | Unset):
            size (int | None | Unset): Bytes; not set for folders.
            project (None | str | Unset): `owner/project`.
            parent (None | str | Unset): The folder holding it.
            type_ (FileType | None | Unset):
            created_on (datetime.datetime | None | Unset):
            modified_on (datetime.datetime | None | Unset):
            origin (FileOrigin | None | Unset):
            storage (FileStorage | None | Unset):
            tags (list[str] | Unset):
            metadata (Metadata | None | Unset):
            secondary_files (list[SecondaryFile] | Unset):
            dataset (None | str | Unset): The dataset, in dataset listings.
    """

    href: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    size: int | None | Unset = UNSET
    project: None | str | Unset = UNSET
    parent: None | str | Unset = UNSET
    type_: FileType | None | Unset = UNSET
    created_on: datetime.datetime | None | Unset = UNSET
    modified_on: datetime.datetime | None | Unset = UNSET
    origin: FileOrigin | None | Unset = UNSET
    storage: FileStorage | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    secondary_files: list[SecondaryFile] | Unset = UNSET
    dataset: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.file_origin import FileOrigin  # noqa: PLC0415
        from ..models.file_storage import FileStorage  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        href = self.href

        id = self.id

        name = self.name

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        project: None | str | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        parent: None | str | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        else:
            parent = self.parent

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, FileType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        created_on: None | str | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        elif isinstance(self.created_on, datetime.datetime):
            created_on = self.created_on.isoformat()
        else:
            created_on = self.created_on

        modified_on: None | str | Unset
        if isinstance(self.modified_on, Unset):
            modified_on = UNSET
        elif isinstance(self.modified_on, datetime.datetime):
            modified_on = self.modified_on.isoformat()
        else:
            modified_on = self.modified_on

        origin: dict[str, Any] | None | Unset
        if isinstance(self.origin, Unset):
            origin = UNSET
        elif isinstance(self.origin, FileOrigin):
            origin = self.origin.to_dict()
        else:
            origin = self.origin

        storage: dict[str, Any] | None | Unset
        if isinstance(self.storage, Unset):
            storage = UNSET
        elif isinstance(self.storage, FileStorage):
            storage = self.storage.to_dict()
        else:
            storage = self.storage

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        secondary_files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.secondary_files, Unset):
            secondary_files = []
            for secondary_files_item_data in self.secondary_files:
                secondary_files_item = secondary_files_item_data.to_dict()
                secondary_files.append(secondary_files_item)

        dataset: None | str | Unset
        if isinstance(self.dataset, Unset):
            dataset = UNSET
        else:
            dataset = self.dataset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if size is not UNSET:
            field_dict["size"] = size
        if project is not UNSET:
            field_dict["project"] = project
        if parent is not UNSET:
            field_dict["parent"] = parent
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if modified_on is not UNSET:
            field_dict["modified_on"] = modified_on
        if origin is not UNSET:
            field_dict["origin"] = origin
        if storage is not UNSET:
            field_dict["storage"] = storage
        if tags is not UNSET:
            field_dict["tags"] = tags
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if secondary_files is not UNSET:
            field_dict["secondary_files"] = secondary_files
        if dataset is not UNSET:
            field_dict["dataset"] = dataset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_origin import FileOrigin  # noqa: PLC0415
        from ..models.file_storage import FileStorage  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.secondary_file import SecondaryFile  # noqa: PLC0415

        d = dict(src_dict)
        href = d.pop("href", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_project(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project = _parse_project(d.pop("project", UNSET))

        def _parse_parent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        def _parse_type_(data: object) -> FileType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = FileType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FileType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_created_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_on_type_0 = datetime.datetime.fromisoformat(data)

                return created_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_on = _parse_created_on(d.pop("created_on", UNSET))

        def _parse_modified_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_on_type_0 = datetime.datetime.fromisoformat(data)

                return modified_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        modified_on = _parse_modified_on(d.pop("modified_on", UNSET))

        def _parse_origin(data: object) -> FileOrigin | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                origin_type_1 = FileOrigin.from_dict(data)

                return origin_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FileOrigin | None | Unset, data)

        origin = _parse_origin(d.pop("origin", UNSET))

        def _parse_storage(data: object) -> FileStorage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                storage_type_1 = FileStorage.from_dict(data)

                return storage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FileStorage | None | Unset, data)

        storage = _parse_storage(d.pop("storage", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_metadata(data: object) -> Metadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_1 = Metadata.from_dict(data)

                return metadata_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        _secondary_files = d.pop("secondary_files", UNSET)
        secondary_files: list[SecondaryFile] | Unset = UNSET
        if _secondary_files is not UNSET:
            secondary_files = []
            for secondary_files_item_data in _secondary_files:
                secondary_files_item = SecondaryFile.from_dict(
                    secondary_files_item_data
                )

                secondary_files.append(secondary_files_item)

        def _parse_dataset(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dataset = _parse_dataset(d.pop("dataset", UNSET))

        file_object = cls(
            href=href,
            id=id,
            name=name,
            size=size,
            project=project,
            parent=parent,
            type_=type_,
            created_on=created_on,
            modified_on=modified_on,
            origin=origin,
            storage=storage,
            tags=tags,
            metadata=metadata,
            secondary_files=secondary_files,
            dataset=dataset,
        )

        file_object.additional_properties = d
        return file_object

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
