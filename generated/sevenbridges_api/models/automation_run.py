from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automation_run_status import AutomationRunStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation import Automation
    from ..models.automation_package import AutomationPackage
    from ..models.automation_run_execution_details_type_0 import (
        AutomationRunExecutionDetailsType0,
    )
    from ..models.automation_run_inputs_type_0 import AutomationRunInputsType0
    from ..models.automation_run_outputs_type_0 import AutomationRunOutputsType0
    from ..models.automation_run_settings_type_0 import AutomationRunSettingsType0


T = TypeVar("T", bound="AutomationRun")


@_attrs_define
class AutomationRun:
    """A run of an automation code package.

    Example:
        {'href': 'https://api.sbgenomics.com/v2/automation/runs/e5ed2ee7-8f3c-44e9-bc78-4cabd2ee441f', 'id':
            'e5ed2ee7-8f3c-44e9-bc78-4cabd2ee441f', 'name': 'QC batch 12', 'automation': {'href':
            'https://api.sbgenomics.com/v2/automation/automations/5d7a6a3e-6f5b-4b0e-9d7c-0c1d2e3f4a5b', 'id':
            '5d7a6a3e-6f5b-4b0e-9d7c-0c1d2e3f4a5b', 'name': 'Nightly QC'}, 'package': {'href':
            'https://api.sbgenomics.com/v2/automation/packages/65f1c0de2a9b4c0012d3e4f5', 'id': '65f1c0de2a9b4c0012d3e4f5',
            'version': '0.0.1'}, 'inputs': {'x': 1, 'y': 2}, 'outputs': {'div': 0.5}, 'settings': {'notify': True},
            'created_on': '2024-03-03T09:00:00Z', 'start_time': '2024-03-03T09:00:05Z', 'end_time': '2024-03-03T09:12:40Z',
            'resumed_from': None, 'created_by': 'rfranklin', 'status': 'FINISHED', 'message': None, 'execution_details':
            {'log_file': {'id': '65f1c1aa2a9b4c0012d3e501', 'name': 'automation.log'}, 'state_file': {'id':
            '65f1c1aa2a9b4c0012d3e502', 'name': 'state.json'}}, 'memory_limit': 1000, 'project_id': None}

    Attributes:
        href (str | Unset):
        id (str | Unset):
        name (None | str | Unset):
        automation (Automation | None | Unset):
        package (AutomationPackage | None | Unset):
        inputs (AutomationRunInputsType0 | None | Unset):
        outputs (AutomationRunOutputsType0 | None | Unset):
        settings (AutomationRunSettingsType0 | None | Unset):
        created_on (datetime.datetime | None | Unset):
        start_time (datetime.datetime | None | Unset):
        end_time (datetime.datetime | None | Unset):
        resumed_from (None | str | Unset): The run this one resumed from.
        created_by (None | str | Unset):
        status (AutomationRunStatus | None | Unset):
        message (None | str | Unset):
        execution_details (AutomationRunExecutionDetailsType0 | None | Unset): Where the run's `log_file` and
            `state_file` are, among others.
        memory_limit (int | None | Unset):
        project_id (None | str | Unset):
    """

    href: str | Unset = UNSET
    id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    automation: Automation | None | Unset = UNSET
    package: AutomationPackage | None | Unset = UNSET
    inputs: AutomationRunInputsType0 | None | Unset = UNSET
    outputs: AutomationRunOutputsType0 | None | Unset = UNSET
    settings: AutomationRunSettingsType0 | None | Unset = UNSET
    created_on: datetime.datetime | None | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    resumed_from: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    status: AutomationRunStatus | None | Unset = UNSET
    message: None | str | Unset = UNSET
    execution_details: AutomationRunExecutionDetailsType0 | None | Unset = UNSET
    memory_limit: int | None | Unset = UNSET
    project_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.automation import Automation  # noqa: PLC0415
        from ..models.automation_package import AutomationPackage  # noqa: PLC0415
        from ..models.automation_run_execution_details_type_0 import (
            AutomationRunExecutionDetailsType0,  # noqa: PLC0415
        )
        from ..models.automation_run_inputs_type_0 import AutomationRunInputsType0  # noqa: PLC0415
        from ..models.automation_run_outputs_type_0 import AutomationRunOutputsType0  # noqa: PLC0415
        from ..models.automation_run_settings_type_0 import AutomationRunSettingsType0  # noqa: PLC0415

        href = self.href

        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        automation: dict[str, Any] | None | Unset
        if isinstance(self.automation, Unset):
            automation = UNSET
        elif isinstance(self.automation, Automation):
            automation = self.automation.to_dict()
        else:
            automation = self.automation

        package: dict[str, Any] | None | Unset
        if isinstance(self.package, Unset):
            package = UNSET
        elif isinstance(self.package, AutomationPackage):
            package = self.package.to_dict()
        else:
            package = self.package

        inputs: dict[str, Any] | None | Unset
        if isinstance(self.inputs, Unset):
            inputs = UNSET
        elif isinstance(self.inputs, AutomationRunInputsType0):
            inputs = self.inputs.to_dict()
        else:
            inputs = self.inputs

        outputs: dict[str, Any] | None | Unset
        if isinstance(self.outputs, Unset):
            outputs = UNSET
        elif isinstance(self.outputs, AutomationRunOutputsType0):
            outputs = self.outputs.to_dict()
        else:
            outputs = self.outputs

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, AutomationRunSettingsType0):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        created_on: None | str | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        elif isinstance(self.created_on, datetime.datetime):
            created_on = self.created_on.isoformat()
        else:
            created_on = self.created_on

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

        resumed_from: None | str | Unset
        if isinstance(self.resumed_from, Unset):
            resumed_from = UNSET
        else:
            resumed_from = self.resumed_from

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, AutomationRunStatus):
            status = self.status.value
        else:
            status = self.status

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        execution_details: dict[str, Any] | None | Unset
        if isinstance(self.execution_details, Unset):
            execution_details = UNSET
        elif isinstance(self.execution_details, AutomationRunExecutionDetailsType0):
            execution_details = self.execution_details.to_dict()
        else:
            execution_details = self.execution_details

        memory_limit: int | None | Unset
        if isinstance(self.memory_limit, Unset):
            memory_limit = UNSET
        else:
            memory_limit = self.memory_limit

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if automation is not UNSET:
            field_dict["automation"] = automation
        if package is not UNSET:
            field_dict["package"] = package
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if settings is not UNSET:
            field_dict["settings"] = settings
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if resumed_from is not UNSET:
            field_dict["resumed_from"] = resumed_from
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if execution_details is not UNSET:
            field_dict["execution_details"] = execution_details
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit
        if project_id is not UNSET:
            field_dict["project_id"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.automation import Automation  # noqa: PLC0415
        from ..models.automation_package import AutomationPackage  # noqa: PLC0415
        from ..models.automation_run_execution_details_type_0 import (
            AutomationRunExecutionDetailsType0,  # noqa: PLC0415
        )
        from ..models.automation_run_inputs_type_0 import AutomationRunInputsType0  # noqa: PLC0415
        from ..models.automation_run_outputs_type_0 import AutomationRunOutputsType0  # noqa: PLC0415
        from ..models.automation_run_settings_type_0 import AutomationRunSettingsType0  # noqa: PLC0415

        d = dict(src_dict)
        href = d.pop("href", UNSET)

        id = d.pop("id", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_automation(data: object) -> Automation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                automation_type_1 = Automation.from_dict(data)

                return automation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Automation | None | Unset, data)

        automation = _parse_automation(d.pop("automation", UNSET))

        def _parse_package(data: object) -> AutomationPackage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                package_type_1 = AutomationPackage.from_dict(data)

                return package_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutomationPackage | None | Unset, data)

        package = _parse_package(d.pop("package", UNSET))

        def _parse_inputs(data: object) -> AutomationRunInputsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inputs_type_0 = AutomationRunInputsType0.from_dict(data)

                return inputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutomationRunInputsType0 | None | Unset, data)

        inputs = _parse_inputs(d.pop("inputs", UNSET))

        def _parse_outputs(data: object) -> AutomationRunOutputsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outputs_type_0 = AutomationRunOutputsType0.from_dict(data)

                return outputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutomationRunOutputsType0 | None | Unset, data)

        outputs = _parse_outputs(d.pop("outputs", UNSET))

        def _parse_settings(data: object) -> AutomationRunSettingsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_0 = AutomationRunSettingsType0.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutomationRunSettingsType0 | None | Unset, data)

        settings = _parse_settings(d.pop("settings", UNSET))

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

        def _parse_resumed_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resumed_from = _parse_resumed_from(d.pop("resumed_from", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_status(data: object) -> AutomationRunStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = AutomationRunStatus(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutomationRunStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_execution_details(
            data: object,
        ) -> AutomationRunExecutionDetailsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                execution_details_type_0 = AutomationRunExecutionDetailsType0.from_dict(
                    data
                )

                return execution_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutomationRunExecutionDetailsType0 | None | Unset, data)

        execution_details = _parse_execution_details(d.pop("execution_details", UNSET))

        def _parse_memory_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        memory_limit = _parse_memory_limit(d.pop("memory_limit", UNSET))

        def _parse_project_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        automation_run = cls(
            href=href,
            id=id,
            name=name,
            automation=automation,
            package=package,
            inputs=inputs,
            outputs=outputs,
            settings=settings,
            created_on=created_on,
            start_time=start_time,
            end_time=end_time,
            resumed_from=resumed_from,
            created_by=created_by,
            status=status,
            message=message,
            execution_details=execution_details,
            memory_limit=memory_limit,
            project_id=project_id,
        )

        automation_run.additional_properties = d
        return automation_run

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
