from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_by import BatchBy
    from ..models.batch_group import BatchGroup
    from ..models.execution_status import ExecutionStatus
    from ..models.price import Price
    from ..models.task_execution_settings import TaskExecutionSettings
    from ..models.task_inputs import TaskInputs
    from ..models.task_output_location import TaskOutputLocation
    from ..models.task_outputs import TaskOutputs
    from ..models.task_validation_message import TaskValidationMessage


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """A task, one run of an app on a set of inputs.

    Example:
        {'href': 'https://api.sbgenomics.com/v2/tasks/234eca2d-6a5b-4c3e-9d8f-1a2b3c4d5e6f', 'id':
            '234eca2d-6a5b-4c3e-9d8f-1a2b3c4d5e6f', 'name': 'FastQC run', 'description': 'Quality control of the first
            lane', 'status': 'COMPLETED', 'project': 'rfranklin/my-project', 'app': 'rfranklin/my-project/fastqc/3', 'type':
            'v2', 'created_by': 'rfranklin', 'executed_by': 'rfranklin', 'created_time': '2024-03-01T10:00:00Z',
            'start_time': '2024-03-01T10:01:00Z', 'end_time': '2024-03-01T10:07:12Z', 'batch': False, 'batch_input': None,
            'parent': None, 'origin_id': None, 'use_interruptible_instances': True, 'execution_settings': {'instance_type':
            'c4.2xlarge;ebs-gp2;2000', 'max_parallel_instances': 1, 'use_memoization': True}, 'execution_status':
            {'message': 'Completed', 'steps_completed': 1, 'steps_total': 1}, 'price': {'currency': 'USD', 'amount': 0.05,
            'breakdown': {'storage': 0.01, 'computation': 0.04, 'data_transfer': 0.0}}, 'inputs': {'reads': [{'class':
            'File', 'path': '567890abc3d8130ea4047731', 'name': 'sample_1.fastq'}], 'threads': None}, 'outputs': {'report':
            [{'class': 'File', 'path': '5f0c1a2b3c4d5e6f7a8b9c0e', 'name': 'sample_1_fastqc.html'}]}, 'errors': [],
            'warnings': []}

    Attributes:
        href (str | Unset):
        id (UUID | Unset):
        name (str | Unset):
        description (None | str | Unset):
        status (None | TaskStatus | Unset):
        project (str | Unset): `owner/project`.
        app (str | Unset): The app revision it runs, `owner/project/app_name/revision`.
        type_ (str | Unset): Always `v2`.
        created_by (None | str | Unset):
        executed_by (None | str | Unset):
        created_time (datetime.datetime | None | Unset):
        start_time (datetime.datetime | None | Unset):
        end_time (datetime.datetime | None | Unset):
        batch (bool | Unset): Whether this is a batch (parent) task.
        batch_input (None | str | Unset): The input whose items are batched.
        batch_by (BatchBy | None | Unset):
        batch_group (BatchGroup | None | Unset):
        parent (None | str | Unset): The id of the batch parent, for a batch child.
        origin_id (None | str | Unset): The entity that created the task, e.g. an automation run.
        use_interruptible_instances (bool | None | Unset):
        execution_settings (None | TaskExecutionSettings | Unset):
        output_location (None | TaskOutputLocation | Unset):
        execution_status (ExecutionStatus | None | Unset):
        price (None | Price | Unset):
        inputs (None | TaskInputs | Unset):
        outputs (None | TaskOutputs | Unset):
        errors (list[TaskValidationMessage] | Unset): Validation errors; a task with any cannot run.
        warnings (list[TaskValidationMessage] | Unset): Validation warnings.
    """

    href: str | Unset = UNSET
    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    status: None | TaskStatus | Unset = UNSET
    project: str | Unset = UNSET
    app: str | Unset = UNSET
    type_: str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    executed_by: None | str | Unset = UNSET
    created_time: datetime.datetime | None | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    batch: bool | Unset = UNSET
    batch_input: None | str | Unset = UNSET
    batch_by: BatchBy | None | Unset = UNSET
    batch_group: BatchGroup | None | Unset = UNSET
    parent: None | str | Unset = UNSET
    origin_id: None | str | Unset = UNSET
    use_interruptible_instances: bool | None | Unset = UNSET
    execution_settings: None | TaskExecutionSettings | Unset = UNSET
    output_location: None | TaskOutputLocation | Unset = UNSET
    execution_status: ExecutionStatus | None | Unset = UNSET
    price: None | Price | Unset = UNSET
    inputs: None | TaskInputs | Unset = UNSET
    outputs: None | TaskOutputs | Unset = UNSET
    errors: list[TaskValidationMessage] | Unset = UNSET
    warnings: list[TaskValidationMessage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.batch_by import BatchBy  # noqa: PLC0415
        from ..models.batch_group import BatchGroup  # noqa: PLC0415
        from ..models.execution_status import ExecutionStatus  # noqa: PLC0415
        from ..models.price import Price  # noqa: PLC0415
        from ..models.task_execution_settings import TaskExecutionSettings  # noqa: PLC0415
        from ..models.task_inputs import TaskInputs  # noqa: PLC0415
        from ..models.task_output_location import TaskOutputLocation  # noqa: PLC0415
        from ..models.task_outputs import TaskOutputs  # noqa: PLC0415

        href = self.href

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, TaskStatus):
            status = self.status.value
        else:
            status = self.status

        project = self.project

        app = self.app

        type_ = self.type_

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        executed_by: None | str | Unset
        if isinstance(self.executed_by, Unset):
            executed_by = UNSET
        else:
            executed_by = self.executed_by

        created_time: None | str | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        elif isinstance(self.created_time, datetime.datetime):
            created_time = self.created_time.isoformat()
        else:
            created_time = self.created_time

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

        batch = self.batch

        batch_input: None | str | Unset
        if isinstance(self.batch_input, Unset):
            batch_input = UNSET
        else:
            batch_input = self.batch_input

        batch_by: dict[str, Any] | None | Unset
        if isinstance(self.batch_by, Unset):
            batch_by = UNSET
        elif isinstance(self.batch_by, BatchBy):
            batch_by = self.batch_by.to_dict()
        else:
            batch_by = self.batch_by

        batch_group: dict[str, Any] | None | Unset
        if isinstance(self.batch_group, Unset):
            batch_group = UNSET
        elif isinstance(self.batch_group, BatchGroup):
            batch_group = self.batch_group.to_dict()
        else:
            batch_group = self.batch_group

        parent: None | str | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        else:
            parent = self.parent

        origin_id: None | str | Unset
        if isinstance(self.origin_id, Unset):
            origin_id = UNSET
        else:
            origin_id = self.origin_id

        use_interruptible_instances: bool | None | Unset
        if isinstance(self.use_interruptible_instances, Unset):
            use_interruptible_instances = UNSET
        else:
            use_interruptible_instances = self.use_interruptible_instances

        execution_settings: dict[str, Any] | None | Unset
        if isinstance(self.execution_settings, Unset):
            execution_settings = UNSET
        elif isinstance(self.execution_settings, TaskExecutionSettings):
            execution_settings = self.execution_settings.to_dict()
        else:
            execution_settings = self.execution_settings

        output_location: dict[str, Any] | None | Unset
        if isinstance(self.output_location, Unset):
            output_location = UNSET
        elif isinstance(self.output_location, TaskOutputLocation):
            output_location = self.output_location.to_dict()
        else:
            output_location = self.output_location

        execution_status: dict[str, Any] | None | Unset
        if isinstance(self.execution_status, Unset):
            execution_status = UNSET
        elif isinstance(self.execution_status, ExecutionStatus):
            execution_status = self.execution_status.to_dict()
        else:
            execution_status = self.execution_status

        price: dict[str, Any] | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, Price):
            price = self.price.to_dict()
        else:
            price = self.price

        inputs: dict[str, Any] | None | Unset
        if isinstance(self.inputs, Unset):
            inputs = UNSET
        elif isinstance(self.inputs, TaskInputs):
            inputs = self.inputs.to_dict()
        else:
            inputs = self.inputs

        outputs: dict[str, Any] | None | Unset
        if isinstance(self.outputs, Unset):
            outputs = UNSET
        elif isinstance(self.outputs, TaskOutputs):
            outputs = self.outputs.to_dict()
        else:
            outputs = self.outputs

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if project is not UNSET:
            field_dict["project"] = project
        if app is not UNSET:
            field_dict["app"] = app
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if executed_by is not UNSET:
            field_dict["executed_by"] = executed_by
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if batch is not UNSET:
            field_dict["batch"] = batch
        if batch_input is not UNSET:
            field_dict["batch_input"] = batch_input
        if batch_by is not UNSET:
            field_dict["batch_by"] = batch_by
        if batch_group is not UNSET:
            field_dict["batch_group"] = batch_group
        if parent is not UNSET:
            field_dict["parent"] = parent
        if origin_id is not UNSET:
            field_dict["origin_id"] = origin_id
        if use_interruptible_instances is not UNSET:
            field_dict["use_interruptible_instances"] = use_interruptible_instances
        if execution_settings is not UNSET:
            field_dict["execution_settings"] = execution_settings
        if output_location is not UNSET:
            field_dict["output_location"] = output_location
        if execution_status is not UNSET:
            field_dict["execution_status"] = execution_status
        if price is not UNSET:
            field_dict["price"] = price
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if errors is not UNSET:
            field_dict["errors"] = errors
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_by import BatchBy  # noqa: PLC0415
        from ..models.batch_group import BatchGroup  # noqa: PLC0415
        from ..models.execution_status import ExecutionStatus  # noqa: PLC0415
        from ..models.price import Price  # noqa: PLC0415
        from ..models.task_execution_settings import TaskExecutionSettings  # noqa: PLC0415
        from ..models.task_inputs import TaskInputs  # noqa: PLC0415
        from ..models.task_output_location import TaskOutputLocation  # noqa: PLC0415
        from ..models.task_outputs import TaskOutputs  # noqa: PLC0415
        from ..models.task_validation_message import TaskValidationMessage  # noqa: PLC0415

        d = dict(src_dict)
        href = d.pop("href", UNSET)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_status(data: object) -> None | TaskStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = TaskStatus(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        project = d.pop("project", UNSET)

        app = d.pop("app", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_executed_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        executed_by = _parse_executed_by(d.pop("executed_by", UNSET))

        def _parse_created_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_time_type_0 = datetime.datetime.fromisoformat(data)

                return created_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_time = _parse_created_time(d.pop("created_time", UNSET))

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

        batch = d.pop("batch", UNSET)

        def _parse_batch_input(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        batch_input = _parse_batch_input(d.pop("batch_input", UNSET))

        def _parse_batch_by(data: object) -> BatchBy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                batch_by_type_1 = BatchBy.from_dict(data)

                return batch_by_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchBy | None | Unset, data)

        batch_by = _parse_batch_by(d.pop("batch_by", UNSET))

        def _parse_batch_group(data: object) -> BatchGroup | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                batch_group_type_1 = BatchGroup.from_dict(data)

                return batch_group_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchGroup | None | Unset, data)

        batch_group = _parse_batch_group(d.pop("batch_group", UNSET))

        def _parse_parent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        def _parse_origin_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        origin_id = _parse_origin_id(d.pop("origin_id", UNSET))

        def _parse_use_interruptible_instances(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_interruptible_instances = _parse_use_interruptible_instances(
            d.pop("use_interruptible_instances", UNSET)
        )

        def _parse_execution_settings(
            data: object,
        ) -> None | TaskExecutionSettings | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                execution_settings_type_1 = TaskExecutionSettings.from_dict(data)

                return execution_settings_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskExecutionSettings | Unset, data)

        execution_settings = _parse_execution_settings(
            d.pop("execution_settings", UNSET)
        )

        def _parse_output_location(data: object) -> None | TaskOutputLocation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_location_type_1 = TaskOutputLocation.from_dict(data)

                return output_location_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskOutputLocation | Unset, data)

        output_location = _parse_output_location(d.pop("output_location", UNSET))

        def _parse_execution_status(data: object) -> ExecutionStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                execution_status_type_1 = ExecutionStatus.from_dict(data)

                return execution_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExecutionStatus | None | Unset, data)

        execution_status = _parse_execution_status(d.pop("execution_status", UNSET))

        def _parse_price(data: object) -> None | Price | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                price_type_1 = Price.from_dict(data)

                return price_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Price | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_inputs(data: object) -> None | TaskInputs | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inputs_type_1 = TaskInputs.from_dict(data)

                return inputs_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskInputs | Unset, data)

        inputs = _parse_inputs(d.pop("inputs", UNSET))

        def _parse_outputs(data: object) -> None | TaskOutputs | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outputs_type_1 = TaskOutputs.from_dict(data)

                return outputs_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskOutputs | Unset, data)

        outputs = _parse_outputs(d.pop("outputs", UNSET))

        _errors = d.pop("errors", UNSET)
        errors: list[TaskValidationMessage] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = TaskValidationMessage.from_dict(errors_item_data)

                errors.append(errors_item)

        _warnings = d.pop("warnings", UNSET)
        warnings: list[TaskValidationMessage] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = TaskValidationMessage.from_dict(warnings_item_data)

                warnings.append(warnings_item)

        task = cls(
            href=href,
            id=id,
            name=name,
            description=description,
            status=status,
            project=project,
            app=app,
            type_=type_,
            created_by=created_by,
            executed_by=executed_by,
            created_time=created_time,
            start_time=start_time,
            end_time=end_time,
            batch=batch,
            batch_input=batch_input,
            batch_by=batch_by,
            batch_group=batch_group,
            parent=parent,
            origin_id=origin_id,
            use_interruptible_instances=use_interruptible_instances,
            execution_settings=execution_settings,
            output_location=output_location,
            execution_status=execution_status,
            price=price,
            inputs=inputs,
            outputs=outputs,
            errors=errors,
            warnings=warnings,
        )

        task.additional_properties = d
        return task

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
