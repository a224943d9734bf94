from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_job_status import AsyncJobStatus
from ..models.async_job_type import AsyncJobType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_file_record import BulkFileRecord


T = TypeVar("T", bound="AsyncJob")


@_attrs_define
class AsyncJob:
    """An asynchronous job copying, moving or deleting files and folders.

    Example:
        {'href': 'https://api.sbgenomics.com/v2/async/files/copy/6c7ad8d1-ef7b-4f7c-9d3a-39a5d4a1a2b3', 'id':
            '6c7ad8d1-ef7b-4f7c-9d3a-39a5d4a1a2b3', 'type': 'COPY', 'state': 'FINISHED', 'result': [{'resource': {'href':
            'https://api.sbgenomics.com/v2/files/6a0b1c2d3e4f5a6b7c8d9e0f', 'id': '6a0b1c2d3e4f5a6b7c8d9e0f', 'name':
            'chr20.intervals'}}], 'total_files': 1, 'failed_files': 0, 'completed_files': 1, 'started_on':
            '2024-03-01T10:00:00Z', 'finished_on': '2024-03-01T10:00:05Z'}

    Attributes:
        href (str | Unset):
        id (str | Unset):
        type_ (AsyncJobType | None | Unset):
        state (AsyncJobStatus | None | Unset):
        result (list[BulkFileRecord] | None | Unset): One record per item, in input order, once the job has finished.
        total_files (int | None | Unset):
        failed_files (int | None | Unset):
        completed_files (int | None | Unset):
        started_on (datetime.datetime | None | Unset):
        finished_on (datetime.datetime | None | Unset):
    """

    href: str | Unset = UNSET
    id: str | Unset = UNSET
    type_: AsyncJobType | None | Unset = UNSET
    state: AsyncJobStatus | None | Unset = UNSET
    result: list[BulkFileRecord] | None | Unset = UNSET
    total_files: int | None | Unset = UNSET
    failed_files: int | None | Unset = UNSET
    completed_files: int | None | Unset = UNSET
    started_on: datetime.datetime | None | Unset = UNSET
    finished_on: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AsyncJobType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, AsyncJobStatus):
            state = self.state.value
        else:
            state = self.state

        result: list[dict[str, Any]] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, list):
            result = []
            for result_type_0_item_data in self.result:
                result_type_0_item = result_type_0_item_data.to_dict()
                result.append(result_type_0_item)

        else:
            result = self.result

        total_files: int | None | Unset
        if isinstance(self.total_files, Unset):
            total_files = UNSET
        else:
            total_files = self.total_files

        failed_files: int | None | Unset
        if isinstance(self.failed_files, Unset):
            failed_files = UNSET
        else:
            failed_files = self.failed_files

        completed_files: int | None | Unset
        if isinstance(self.completed_files, Unset):
            completed_files = UNSET
        else:
            completed_files = self.completed_files

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if state is not UNSET:
            field_dict["state"] = state
        if result is not UNSET:
            field_dict["result"] = result
        if total_files is not UNSET:
            field_dict["total_files"] = total_files
        if failed_files is not UNSET:
            field_dict["failed_files"] = failed_files
        if completed_files is not UNSET:
            field_dict["completed_files"] = completed_files
        if started_on is not UNSET:
            field_dict["started_on"] = started_on
        if finished_on is not UNSET:
            field_dict["finished_on"] = finished_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_file_record import BulkFileRecord  # noqa: PLC0415

        d = dict(src_dict)
        href = d.pop("href", UNSET)

        id = d.pop("id", UNSET)

        def _parse_type_(data: object) -> AsyncJobType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = AsyncJobType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AsyncJobType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_state(data: object) -> AsyncJobStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_1 = AsyncJobStatus(data)

                return state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AsyncJobStatus | None | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_result(data: object) -> list[BulkFileRecord] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                result_type_0 = []
                _result_type_0 = data
                for result_type_0_item_data in _result_type_0:
                    result_type_0_item = BulkFileRecord.from_dict(
                        result_type_0_item_data
                    )

                    result_type_0.append(result_type_0_item)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BulkFileRecord] | None | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        def _parse_total_files(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_files = _parse_total_files(d.pop("total_files", UNSET))

        def _parse_failed_files(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        failed_files = _parse_failed_files(d.pop("failed_files", UNSET))

        def _parse_completed_files(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        completed_files = _parse_completed_files(d.pop("completed_files", UNSET))

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

        async_job = cls(
            href=href,
            id=id,
            type_=type_,
            state=state,
            result=result,
            total_files=total_files,
            failed_files=failed_files,
            completed_files=completed_files,
            started_on=started_on,
            finished_on=finished_on,
        )

        async_job.additional_properties = d
        return async_job

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
