from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.price import Price


T = TypeVar("T", bound="TaskBreakdown")


@_attrs_define
class TaskBreakdown:
    """The cost of one task in a legacy breakdown.

    Example:
        {'href': 'https://api.sbgenomics.com/v2/tasks/3f2e3c4b-6f55-4c5e-a4a8-5c7a2c1d0e9f', 'runner_username':
            'rfranklin', 'time_started': '2024-03-01T10:00:00Z', 'time_finished': '2024-03-01T11:00:00Z', 'task_cost':
            {'currency': 'USD', 'amount': 0.23}}

    Attributes:
        href (str | Unset):
        runner_username (str | Unset):
        time_started (datetime.datetime | None | Unset):
        time_finished (datetime.datetime | None | Unset):
        task_cost (Price | Unset): An amount of money. Example: {'currency': 'USD', 'amount': 11.75}.
    """

    href: str | Unset = UNSET
    runner_username: str | Unset = UNSET
    time_started: datetime.datetime | None | Unset = UNSET
    time_finished: datetime.datetime | None | Unset = UNSET
    task_cost: Price | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        runner_username = self.runner_username

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

        task_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_cost, Unset):
            task_cost = self.task_cost.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if runner_username is not UNSET:
            field_dict["runner_username"] = runner_username
        if time_started is not UNSET:
            field_dict["time_started"] = time_started
        if time_finished is not UNSET:
            field_dict["time_finished"] = time_finished
        if task_cost is not UNSET:
            field_dict["task_cost"] = task_cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price import Price  # noqa: PLC0415

        d = dict(src_dict)
        href = d.pop("href", UNSET)

        runner_username = d.pop("runner_username", UNSET)

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

        _task_cost = d.pop("task_cost", UNSET)
        task_cost: Price | Unset
        if isinstance(_task_cost, Unset):
            task_cost = UNSET
        else:
            task_cost = Price.from_dict(_task_cost)

        task_breakdown = cls(
            href=href,
            runner_username=runner_username,
            time_started=time_started,
            time_finished=time_finished,
            task_cost=task_cost,
        )

        task_breakdown.additional_properties = d
        return task_breakdown

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
