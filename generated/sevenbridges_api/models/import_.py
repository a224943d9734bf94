from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_export_state import ImportExportState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error import Error
    from ..models.file_object import FileObject
    from ..models.import_destination import ImportDestination
    from ..models.volume_file import VolumeFile


T = TypeVar("T", bound="Import")


@_attrs_define
class Import:
    """A job importing an object from a volume.

    Example:
        {'href': 'https://api.sbgenomics.com/v2/storage/imports/aoxqCB0N6D27D3kCLxh0fzkyvsjARZQZ', 'id':
            'aoxqCB0N6D27D3kCLxh0fzkyvsjARZQZ', 'state': 'COMPLETED', 'overwrite': False, 'autorename': False,
            'preserve_folder_structure': True, 'source': {'volume': 'rfranklin/my_volume', 'location':
            'reads/sample_1.fq.gz'}, 'destination': {'project': 'rfranklin/my-project', 'name': 'sample_1.fq.gz'},
            'started_on': '2024-03-01T10:00:00Z', 'finished_on': '2024-03-01T10:00:05Z', 'result': {'href':
            'https://api.sbgenomics.com/v2/files/567890abc8a5639cc6722063', 'id': '567890abc8a5639cc6722063', 'name':
            'sample_1.fq.gz', 'size': 1024, 'project': 'rfranklin/my-project'}}

    Attributes:
        href (str | Unset):
        id (str | Unset):
        state (ImportExportState | None | Unset):
        overwrite (bool | Unset):
        autorename (bool | Unset):
        preserve_folder_structure (bool | None | Unset):
        source (None | Unset | VolumeFile):
        destination (ImportDestination | None | Unset):
        started_on (datetime.datetime | None | Unset):
        finished_on (datetime.datetime | None | Unset):
        error (Error | None | Unset):
        result (FileObject | None | Unset):
    """

    href: str | Unset = UNSET
    id: str | Unset = UNSET
    state: ImportExportState | None | Unset = UNSET
    overwrite: bool | Unset = UNSET
    autorename: bool | Unset = UNSET
    preserve_folder_structure: bool | None | Unset = UNSET
    source: None | Unset | VolumeFile = UNSET
    destination: ImportDestination | None | Unset = UNSET
    started_on: datetime.datetime | None | Unset = UNSET
    finished_on: datetime.datetime | None | Unset = UNSET
    error: Error | None | Unset = UNSET
    result: FileObject | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error import Error  # noqa: PLC0415
        from ..models.file_object import FileObject  # noqa: PLC0415
        from ..models.import_destination import ImportDestination  # noqa: PLC0415
        from ..models.volume_file import VolumeFile  # noqa: PLC0415

        href = self.href

        id = self.id

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ImportExportState):
            state = self.state.value
        else:
            state = self.state

        overwrite = self.overwrite

        autorename = self.autorename

        preserve_folder_structure: bool | None | Unset
        if isinstance(self.preserve_folder_structure, Unset):
            preserve_folder_structure = UNSET
        else:
            preserve_folder_structure = self.preserve_folder_structure

        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, VolumeFile):
            source = self.source.to_dict()
        else:
            source = self.source

        destination: dict[str, Any] | None | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        elif isinstance(self.destination, ImportDestination):
            destination = self.destination.to_dict()
        else:
            destination = self.destination

        started_on: None | str | Unset
        if isinstance(self.started_on, Unset):
            started_on = UNSET
        elif isinstance(self.started_on, datetime.datetime):
            started_on = self.started_on.isoformat()
        else:
            started_on = self.started_on

        finished_on: None | str | Unset
        if isinstance(self.finished_on, Unset):
            finished_on = UNSET
        elif isinstance(self.finished_on, datetime.datetime):
            finished_on = self.finished_on.isoformat()
        else:
            finished_on = self.finished_on

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, Error):
            error = self.error.to_dict()
        else:
            error = self.error

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, FileObject):
            result = self.result.to_dict()
        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if id is not UNSET:
            field_dict["id"] = id
        if state is not UNSET:
            field_dict["state"] = state
        if overwrite is not UNSET:
            field_dict["overwrite"] = overwrite
        if autorename is not UNSET:
            field_dict["autorename"] = autorename
        if preserve_folder_structure is not UNSET:
            field_dict["preserve_folder_structure"] = preserve_folder_structure
        if source is not UNSET:
            field_dict["source"] = source
        if destination is not UNSET:
            field_dict["destination"] = destination
        if started_on is not UNSET:
            field_dict["started_on"] = started_on
        if finished_on is not UNSET:
            field_dict["finished_on"] = finished_on
        if error is not UNSET:
            field_dict["error"] = error
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error import Error  # noqa: PLC0415
        from ..models.file_object import FileObject  # noqa: PLC0415
        from ..models.import_destination import ImportDestination  # noqa: PLC0415
        from ..models.volume_file import VolumeFile  # noqa: PLC0415

        d = dict(src_dict)
        href = d.pop("href", UNSET)

        id = d.pop("id", UNSET)

        def _parse_state(data: object) -> ImportExportState | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_1 = ImportExportState(data)

                return state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImportExportState | None | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        overwrite = d.pop("overwrite", UNSET)

        autorename = d.pop("autorename", UNSET)

        def _parse_preserve_folder_structure(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        preserve_folder_structure = _parse_preserve_folder_structure(
            d.pop("preserve_folder_structure", UNSET)
        )

        def _parse_source(data: object) -> None | Unset | VolumeFile:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_1 = VolumeFile.from_dict(data)

                return source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VolumeFile, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_destination(data: object) -> ImportDestination | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_type_1 = ImportDestination.from_dict(data)

                return destination_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImportDestination | None | Unset, data)

        destination = _parse_destination(d.pop("destination", UNSET))

        def _parse_started_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_on_type_0 = datetime.datetime.fromisoformat(data)

                return started_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_on = _parse_started_on(d.pop("started_on", UNSET))

        def _parse_finished_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_on_type_0 = datetime.datetime.fromisoformat(data)

                return finished_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_on = _parse_finished_on(d.pop("finished_on", UNSET))

        def _parse_error(data: object) -> Error | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = Error.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Error | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_result(data: object) -> FileObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_1 = FileObject.from_dict(data)

                return result_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FileObject | None | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        import_ = cls(
            href=href,
            id=id,
            state=state,
            overwrite=overwrite,
            autorename=autorename,
            preserve_folder_structure=preserve_folder_structure,
            source=source,
            destination=destination,
            started_on=started_on,
            finished_on=finished_on,
            error=error,
            result=result,
        )

        import_.additional_properties = d
        return import_

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
