from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_job_status import TaskJobStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_job_docker import TaskJobDocker
    from ..models.task_job_instance import TaskJobInstance
    from ..models.task_job_logs import TaskJobLogs


T = TypeVar("T", bound="TaskJob")


@_attrs_define
class TaskJob:
    """One job (a tool run) of a task.

    Example:
        {'name': 'fastqc', 'start_time': '2024-03-01T10:01:00Z', 'end_time': '2024-03-01T10:07:12Z', 'status': 'DONE',
            'command_line': 'fastqc --noextract /sbgenomics/Projects/sample_1.fastq', 'retried': False, 'instance': {'id':
            'i-0a1b2c3d4e5f60718', 'type': 'c4.2xlarge', 'provider': 'AWS'}, 'docker': {'checksum':
            'sha256:0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9'}, 'logs': {'job.err.log':
            '5f0c1a2b3c4d5e6f7a8b9c0f'}}

    Attributes:
        name (str | Unset):
        start_time (datetime.datetime | None | Unset):
        end_time (datetime.datetime | None | Unset):
        status (None | TaskJobStatus | Unset):
        command_line (None | str | Unset):
        retried (bool | None | Unset):
        instance (None | TaskJobInstance | Unset):
        docker (None | TaskJobDocker | Unset):
        logs (None | TaskJobLogs | Unset):
    """

    name: str | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    status: None | TaskJobStatus | Unset = UNSET
    command_line: None | str | Unset = UNSET
    retried: bool | None | Unset = UNSET
    instance: None | TaskJobInstance | Unset = UNSET
    docker: None | TaskJobDocker | Unset = UNSET
    logs: None | TaskJobLogs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_job_docker import TaskJobDocker  # noqa: PLC0415
        from ..models.task_job_instance import TaskJobInstance  # noqa: PLC0415
        from ..models.task_job_logs import TaskJobLogs  # noqa: PLC0415

        name = self.name

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, TaskJobStatus):
            status = self.status.value
        else:
            status = self.status

        command_line: None | str | Unset
        if isinstance(self.command_line, Unset):
            command_line = UNSET
        else:
            command_line = self.command_line

        retried: bool | None | Unset
        if isinstance(self.retried, Unset):
            retried = UNSET
        else:
            retried = self.retried

        instance: dict[str, Any] | None | Unset
        if isinstance(self.instance, Unset):
            instance = UNSET
        elif isinstance(self.instance, TaskJobInstance):
            instance = self.instance.to_dict()
        else:
            instance = self.instance

        docker: dict[str, Any] | None | Unset
        if isinstance(self.docker, Unset):
            docker = UNSET
        elif isinstance(self.docker, TaskJobDocker):
            docker = self.docker.to_dict()
        else:
            docker = self.docker

        logs: dict[str, Any] | None | Unset
        if isinstance(self.logs, Unset):
            logs = UNSET
        elif isinstance(self.logs, TaskJobLogs):
            logs = self.logs.to_dict()
        else:
            logs = self.logs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if status is not UNSET:
            field_dict["status"] = status
        if command_line is not UNSET:
            field_dict["command_line"] = command_line
        if retried is not UNSET:
            field_dict["retried"] = retried
        if instance is not UNSET:
            field_dict["instance"] = instance
        if docker is not UNSET:
            field_dict["docker"] = docker
        if logs is not UNSET:
            field_dict["logs"] = logs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_job_docker import TaskJobDocker  # noqa: PLC0415
        from ..models.task_job_instance import TaskJobInstance  # noqa: PLC0415
        from ..models.task_job_logs import TaskJobLogs  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        def _parse_status(data: object) -> None | TaskJobStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = TaskJobStatus(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskJobStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_command_line(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        command_line = _parse_command_line(d.pop("command_line", UNSET))

        def _parse_retried(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        retried = _parse_retried(d.pop("retried", UNSET))

        def _parse_instance(data: object) -> None | TaskJobInstance | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instance_type_1 = TaskJobInstance.from_dict(data)

                return instance_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskJobInstance | Unset, data)

        instance = _parse_instance(d.pop("instance", UNSET))

        def _parse_docker(data: object) -> None | TaskJobDocker | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                docker_type_1 = TaskJobDocker.from_dict(data)

                return docker_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskJobDocker | Unset, data)

        docker = _parse_docker(d.pop("docker", UNSET))

        def _parse_logs(data: object) -> None | TaskJobLogs | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logs_type_1 = TaskJobLogs.from_dict(data)

                return logs_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskJobLogs | Unset, data)

        logs = _parse_logs(d.pop("logs", UNSET))

        task_job = cls(
            name=name,
            start_time=start_time,
            end_time=end_time,
            status=status,
            command_line=command_line,
            retried=retried,
            instance=instance,
            docker=docker,
            logs=logs,
        )

        task_job.additional_properties = d
        return task_job

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
