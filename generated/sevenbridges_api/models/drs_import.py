from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.drs_import_state import DrsImportState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.drs_import_result import DrsImportResult


T = TypeVar("T", bound="DrsImport")


@_attrs_define
class DrsImport:
    """A bulk DRS import job; `result` fills in as it runs.

    Example:
        {'href': 'https://api.sbgenomics.com/v2/bulk/drs/imports/154608246075330560', 'id': '154608246075330560',
            'result': [{'resource': {'href': 'https://api.sbgenomics.com/v2/files/6130f5b2e4b0a6d3c1f2e3d4', 'id':
            '6130f5b2e4b0a6d3c1f2e3d4'}}], 'state': 'FINISHED', 'started_on': '2021-09-14T14:06:27Z', 'finished_on':
            '2021-09-14T14:06:28Z'}

    Attributes:
        href (str | Unset):
        id (str | Unset):
        state (DrsImportState | None | Unset):
        result (list[DrsImportResult] | Unset):
        started_on (datetime.datetime | None | Unset):
        finished_on (datetime.datetime | None | Unset):
    """

    href: str | Unset = UNSET
    id: str | Unset = UNSET
    state: DrsImportState | None | Unset = UNSET
    result: list[DrsImportResult] | Unset = UNSET
    started_on: datetime.datetime | None | Unset = UNSET
    finished_on: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        id = self.id

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, DrsImportState):
            state = self.state.value
        else:
            state = self.state

        result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = []
            for result_item_data in self.result:
                result_item = result_item_data.to_dict()
                result.append(result_item)

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
        if state is not UNSET:
            field_dict["state"] = state
        if result is not UNSET:
            field_dict["result"] = result
        if started_on is not UNSET:
            field_dict["started_on"] = started_on
        if finished_on is not UNSET:
            field_dict["finished_on"] = finished_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.drs_import_result import DrsImportResult  # noqa: PLC0415

        d = dict(src_dict)
        href = d.pop("href", UNSET)

        id = d.pop("id", UNSET)

        def _parse_state(data: object) -> DrsImportState | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_1 = DrsImportState(data)

                return state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DrsImportState | None | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        _result = d.pop("result", UNSET)
        result: list[DrsImportResult] | Unset = UNSET
        if _result is not UNSET:
            result = []
            for result_item_data in _result:
                result_item = DrsImportResult.from_dict(result_item_data)

                result.append(result_item)

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

        drs_import = cls(
            href=href,
            id=id,
            state=state,
            result=result,
            started_on=started_on,
            finished_on=finished_on,
        )

        drs_import.additional_properties = d
        return drs_import

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
