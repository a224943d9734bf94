from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_cost import AnalysisCost


T = TypeVar("T", bound="AnalysisBreakdown")


@_attrs_define
class AnalysisBreakdown:
    """The cost of one analysis (task) billed to a billing group.

    Example:
        {'project_name': 'my-project', 'analysis_app_name': 'BWA MEM', 'analysis_name': 'BWA run 1', 'analysis_type':
            'TASK', 'analysis_id': '3f2e3c4b-6f55-4c5e-a4a8-5c7a2c1d0e9f', 'ran_by': 'rfranklin', 'analysis_status':
            'COMPLETED', 'analysis_cost': {'currency': 'USD', 'amount': 2.21, 'breakdown': {'storage': 0.01, 'computation':
            2.2, 'data_transfer_in': 0.0}}, 'refunded_amount': 0.0, 'time_started': '2024-03-01T10:00:00Z', 'time_finished':
            '2024-03-01T11:00:00Z', 'project_locked': False}

    Attributes:
        project_name (str | Unset):
        analysis_app_name (None | str | Unset):
        analysis_name (None | str | Unset):
        analysis_type (None | str | Unset):
        analysis_id (UUID | Unset):
        ran_by (None | str | Unset):
        analysis_status (None | str | Unset):
        analysis_cost (AnalysisCost | None | Unset):
        refunded_amount (float | Unset):
        time_started (datetime.datetime | None | Unset):
        time_finished (datetime.datetime | None | Unset):
        project_locked (bool | Unset):
    """

    project_name: str | Unset = UNSET
    analysis_app_name: None | str | Unset = UNSET
    analysis_name: None | str | Unset = UNSET
    analysis_type: None | str | Unset = UNSET
    analysis_id: UUID | Unset = UNSET
    ran_by: None | str | Unset = UNSET
    analysis_status: None | str | Unset = UNSET
    analysis_cost: AnalysisCost | None | Unset = UNSET
    refunded_amount: float | Unset = UNSET
    time_started: datetime.datetime | None | Unset = UNSET
    time_finished: datetime.datetime | None | Unset = UNSET
    project_locked: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.analysis_cost import AnalysisCost  # noqa: PLC0415

        project_name = self.project_name

        analysis_app_name: None | str | Unset
        if isinstance(self.analysis_app_name, Unset):
            analysis_app_name = UNSET
        else:
            analysis_app_name = self.analysis_app_name

        analysis_name: None | str | Unset
        if isinstance(self.analysis_name, Unset):
            analysis_name = UNSET
        else:
            analysis_name = self.analysis_name

        analysis_type: None | str | Unset
        if isinstance(self.analysis_type, Unset):
            analysis_type = UNSET
        else:
            analysis_type = self.analysis_type

        analysis_id: str | Unset = UNSET
        if not isinstance(self.analysis_id, Unset):
            analysis_id = str(self.analysis_id)

        ran_by: None | str | Unset
        if isinstance(self.ran_by, Unset):
            ran_by = UNSET
        else:
            ran_by = self.ran_by

        analysis_status: None | str | Unset
        if isinstance(self.analysis_status, Unset):
            analysis_status = UNSET
        else:
            analysis_status = self.analysis_status

        analysis_cost: dict[str, Any] | None | Unset
        if isinstance(self.analysis_cost, Unset):
            analysis_cost = UNSET
        elif isinstance(self.analysis_cost, AnalysisCost):
            analysis_cost = self.analysis_cost.to_dict()
        else:
            analysis_cost = self.analysis_cost

        refunded_amount = self.refunded_amount

        time_started: None | str | Unset
        if isinstance(self.time_started, Unset):
            time_started = UNSET
        elif isinstance(self.time_started, datetime.datetime):
            time_started = self.time_started.isoformat()
        else:
            time_started = self.time_started

        time_finished: None | str | Unset
        if isinstance(self.time_finished, Unset):
            time_finished = UNSET
        elif isinstance(self.time_finished, datetime.datetime):
            time_finished = self.time_finished.isoformat()
        else:
            time_finished = self.time_finished

        project_locked = self.project_locked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_name is not UNSET:
            field_dict["project_name"] = project_name
        if analysis_app_name is not UNSET:
            field_dict["analysis_app_name"] = analysis_app_name
        if analysis_name is not UNSET:
            field_dict["analysis_name"] = analysis_name
        if analysis_type is not UNSET:
            field_dict["analysis_type"] = analysis_type
        if analysis_id is not UNSET:
            field_dict["analysis_id"] = analysis_id
        if ran_by is not UNSET:
            field_dict["ran_by"] = ran_by
        if analysis_status is not UNSET:
            field_dict["analysis_status"] = analysis_status
        if analysis_cost is not UNSET:
            field_dict["analysis_cost"] = analysis_cost
        if refunded_amount is not UNSET:
            field_dict["refunded_amount"] = refunded_amount
        if time_started is not UNSET:
            field_dict["time_started"] = time_started
        if time_finished is not UNSET:
            field_dict["time_finished"] = time_finished
        if project_locked is not UNSET:
            field_dict["project_locked"] = project_locked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analysis_cost import AnalysisCost  # noqa: PLC0415

        d = dict(src_dict)
        project_name = d.pop("project_name", UNSET)

        def _parse_analysis_app_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        analysis_app_name = _parse_analysis_app_name(d.pop("analysis_app_name", UNSET))

        def _parse_analysis_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        analysis_name = _parse_analysis_name(d.pop("analysis_name", UNSET))

        def _parse_analysis_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        analysis_type = _parse_analysis_type(d.pop("analysis_type", UNSET))

        _analysis_id = d.pop("analysis_id", UNSET)
        analysis_id: UUID | Unset
        if isinstance(_analysis_id, Unset):
            analysis_id = UNSET
        else:
            analysis_id = UUID(_analysis_id)

        def _parse_ran_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ran_by = _parse_ran_by(d.pop("ran_by", UNSET))

        def _parse_analysis_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        analysis_status = _parse_analysis_status(d.pop("analysis_status", UNSET))

        def _parse_analysis_cost(data: object) -> AnalysisCost | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                analysis_cost_type_1 = AnalysisCost.from_dict(data)

                return analysis_cost_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalysisCost | None | Unset, data)

        analysis_cost = _parse_analysis_cost(d.pop("analysis_cost", UNSET))

        refunded_amount = d.pop("refunded_amount", UNSET)

        def _parse_time_started(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                time_started_type_0 = datetime.datetime.fromisoformat(data)

                return time_started_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        time_started = _parse_time_started(d.pop("time_started", UNSET))

        def _parse_time_finished(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                time_finished_type_0 = datetime.datetime.fromisoformat(data)

                return time_finished_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        time_finished = _parse_time_finished(d.pop("time_finished", UNSET))

        project_locked = d.pop("project_locked", UNSET)

        analysis_breakdown = cls(
            project_name=project_name,
            analysis_app_name=analysis_app_name,
            analysis_name=analysis_name,
            analysis_type=analysis_type,
            analysis_id=analysis_id,
            ran_by=ran_by,
            analysis_status=analysis_status,
            analysis_cost=analysis_cost,
            refunded_amount=refunded_amount,
            time_started=time_started,
            time_finished=time_finished,
            project_locked=project_locked,
        )

        analysis_breakdown.additional_properties = d
        return analysis_breakdown

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
