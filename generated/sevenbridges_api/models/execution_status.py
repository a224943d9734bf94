from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecutionStatus")


@_attrs_define
class ExecutionStatus:
    """A summary of how far a submitted task has got.

    Example:
        {'message': 'Running', 'steps_completed': 1, 'steps_total': 3, 'queued': 0, 'running': 1, 'completed': 1,
            'failed': 0, 'aborted': 0, 'system_limit': False, 'account_limit': False, 'instance_init': False,
            'queued_duration': 12000, 'running_duration': 360000, 'execution_duration': 360000, 'duration': 372000}

    Attributes:
        message (None | str | Unset):
        message_code (None | str | Unset):
        steps_completed (int | None | Unset):
        steps_total (int | None | Unset):
        queued (int | None | Unset):
        running (int | None | Unset):
        completed (int | None | Unset):
        failed (int | None | Unset):
        aborted (int | None | Unset):
        system_limit (bool | None | Unset):
        account_limit (bool | None | Unset):
        instance_init (bool | None | Unset):
        queued_duration (int | None | Unset): Milliseconds.
        running_duration (int | None | Unset): Milliseconds.
        execution_duration (int | None | Unset): Milliseconds.
        duration (int | None | Unset): Milliseconds.
    """

    message: None | str | Unset = UNSET
    message_code: None | str | Unset = UNSET
    steps_completed: int | None | Unset = UNSET
    steps_total: int | None | Unset = UNSET
    queued: int | None | Unset = UNSET
    running: int | None | Unset = UNSET
    completed: int | None | Unset = UNSET
    failed: int | None | Unset = UNSET
    aborted: int | None | Unset = UNSET
    system_limit: bool | None | Unset = UNSET
    account_limit: bool | None | Unset = UNSET
    instance_init: bool | None | Unset = UNSET
    queued_duration: int | None | Unset = UNSET
    running_duration: int | None | Unset = UNSET
    execution_duration: int | None | Unset = UNSET
    duration: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        message_code: None | str | Unset
        if isinstance(self.message_code, Unset):
            message_code = UNSET
        else:
            message_code = self.message_code

        steps_completed: int | None | Unset
        if isinstance(self.steps_completed, Unset):
            steps_completed = UNSET
        else:
            steps_completed = self.steps_completed

        steps_total: int | None | Unset
        if isinstance(self.steps_total, Unset):
            steps_total = UNSET
        else:
            steps_total = self.steps_total

        queued: int | None | Unset
        if isinstance(self.queued, Unset):
            queued = UNSET
        else:
            queued = self.queued

        running: int | None | Unset
        if isinstance(self.running, Unset):
            running = UNSET
        else:
            running = self.running

        completed: int | None | Unset
        if isinstance(self.completed, Unset):
            completed = UNSET
        else:
            completed = self.completed

        failed: int | None | Unset
        if isinstance(self.failed, Unset):
            failed = UNSET
        else:
            failed = self.failed

        aborted: int | None | Unset
        if isinstance(self.aborted, Unset):
            aborted = UNSET
        else:
            aborted = self.aborted

        system_limit: bool | None | Unset
        if isinstance(self.system_limit, Unset):
            system_limit = UNSET
        else:
            system_limit = self.system_limit

        account_limit: bool | None | Unset
        if isinstance(self.account_limit, Unset):
            account_limit = UNSET
        else:
            account_limit = self.account_limit

        instance_init: bool | None | Unset
        if isinstance(self.instance_init, Unset):
            instance_init = UNSET
        else:
            instance_init = self.instance_init

        queued_duration: int | None | Unset
        if isinstance(self.queued_duration, Unset):
            queued_duration = UNSET
        else:
            queued_duration = self.queued_duration

        running_duration: int | None | Unset
        if isinstance(self.running_duration, Unset):
            running_duration = UNSET
        else:
            running_duration = self.running_duration

        execution_duration: int | None | Unset
        if isinstance(self.execution_duration, Unset):
            execution_duration = UNSET
        else:
            execution_duration = self.execution_duration

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if message_code is not UNSET:
            field_dict["message_code"] = message_code
        if steps_completed is not UNSET:
            field_dict["steps_completed"] = steps_completed
        if steps_total is not UNSET:
            field_dict["steps_total"] = steps_total
        if queued is not UNSET:
            field_dict["queued"] = queued
        if running is not UNSET:
            field_dict["running"] = running
        if completed is not UNSET:
            field_dict["completed"] = completed
        if failed is not UNSET:
            field_dict["failed"] = failed
        if aborted is not UNSET:
            field_dict["aborted"] = aborted
        if system_limit is not UNSET:
            field_dict["system_limit"] = system_limit
        if account_limit is not UNSET:
            field_dict["account_limit"] = account_limit
        if instance_init is not UNSET:
            field_dict["instance_init"] = instance_init
        if queued_duration is not UNSET:
            field_dict["queued_duration"] = queued_duration
        if running_duration is not UNSET:
            field_dict["running_duration"] = running_duration
        if execution_duration is not UNSET:
            field_dict["execution_duration"] = execution_duration
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_message_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_code = _parse_message_code(d.pop("message_code", UNSET))

        def _parse_steps_completed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        steps_completed = _parse_steps_completed(d.pop("steps_completed", UNSET))

        def _parse_steps_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        steps_total = _parse_steps_total(d.pop("steps_total", UNSET))

        def _parse_queued(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        queued = _parse_queued(d.pop("queued", UNSET))

        def _parse_running(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        running = _parse_running(d.pop("running", UNSET))

        def _parse_completed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        completed = _parse_completed(d.pop("completed", UNSET))

        def _parse_failed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        failed = _parse_failed(d.pop("failed", UNSET))

        def _parse_aborted(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        aborted = _parse_aborted(d.pop("aborted", UNSET))

        def _parse_system_limit(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        system_limit = _parse_system_limit(d.pop("system_limit", UNSET))

        def _parse_account_limit(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        account_limit = _parse_account_limit(d.pop("account_limit", UNSET))

        def _parse_instance_init(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        instance_init = _parse_instance_init(d.pop("instance_init", UNSET))

        def _parse_queued_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        queued_duration = _parse_queued_duration(d.pop("queued_duration", UNSET))

        def _parse_running_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        running_duration = _parse_running_duration(d.pop("running_duration", UNSET))

        def _parse_execution_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        execution_duration = _parse_execution_duration(
            d.pop("execution_duration", UNSET)
        )

        def _parse_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        execution_status = cls(
            message=message,
            message_code=message_code,
            steps_completed=steps_completed,
            steps_total=steps_total,
            queued=queued,
            running=running,
            completed=completed,
            failed=failed,
            aborted=aborted,
            system_limit=system_limit,
            account_limit=account_limit,
            instance_init=instance_init,
            queued_duration=queued_duration,
            running_duration=running_duration,
            execution_duration=execution_duration,
            duration=duration,
        )

        execution_status.additional_properties = d
        return execution_status

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
