from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_by import BatchBy
    from ..models.task_execution_settings import TaskExecutionSettings
    from ..models.task_inputs import TaskInputs
    from ..models.task_output_location import TaskOutputLocation


T = TypeVar("T", bound="TaskUpdate")


@_attrs_define
class TaskUpdate:
    """Changes to a task; fields left out keep their value, and `inputs` are merged into the existing ones. Only `name` and
    `description` can change once the task has run.

        Example:
            {'name': 'FastQC run, lane 2', 'inputs': {'threads': 8}}

        Attributes:
            name (str | Unset):
            description (str | Unset):
            app (str | Unset): Another app (revision) for a draft, `owner/project/app_name[/revision]`.
            inputs (TaskInputs | Unset): Input values by input id. A file is `{"class": "File", "path": <file id>}`
                (`Directory` for a folder), possibly with `name`; arrays and plain values are as the app declares them. Example:
                {'reads': [{'class': 'File', 'path': '567890abc3d8130ea4047731', 'name': 'sample_1.fastq'}], 'threads': 4}.
            batch (bool | Unset): `false` turns batching off.
            batch_input (str | Unset):
            batch_by (BatchBy | Unset): How a batch task splits its batch input into child tasks. Example: {'type':
                'CRITERIA', 'criteria': ['metadata.sample_id']}.
            use_interruptible_instances (bool | Unset):
            execution_settings (TaskExecutionSettings | Unset): How a task runs; the server may add more keys. Example:
                {'instance_type': 'c4.2xlarge;ebs-gp2;2000', 'max_parallel_instances': 1, 'use_memoization': True}.
            output_location (TaskOutputLocation | Unset): Where a task's outputs are written; the server may add more keys.
                Example: {'main_location': '/Analysis/results/'}.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    app: str | Unset = UNSET
    inputs: TaskInputs | Unset = UNSET
    batch: bool | Unset = UNSET
    batch_input: str | Unset = UNSET
    batch_by: BatchBy | Unset = UNSET
    use_interruptible_instances: bool | Unset = UNSET
    execution_settings: TaskExecutionSettings | Unset = UNSET
    output_location: TaskOutputLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        app = self.app

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        batch = self.batch

        batch_input = self.batch_input

        batch_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.batch_by, Unset):
            batch_by = self.batch_by.to_dict()

        use_interruptible_instances = self.use_interruptible_instances

        execution_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution_settings, Unset):
            execution_settings = self.execution_settings.to_dict()

        output_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_location, Unset):
            output_location = self.output_location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if app is not UNSET:
            field_dict["app"] = app
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if batch is not UNSET:
            field_dict["batch"] = batch
        if batch_input is not UNSET:
            field_dict["batch_input"] = batch_input
        if batch_by is not UNSET:
            field_dict["batch_by"] = batch_by
        if use_interruptible_instances is not UNSET:
            field_dict["use_interruptible_instances"] = use_interruptible_instances
        if execution_settings is not UNSET:
            field_dict["execution_settings"] = execution_settings
        if output_location is not UNSET:
            field_dict["output_location"] = output_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_by import BatchBy  # noqa: PLC0415
        from ..models.task_execution_settings import TaskExecutionSettings  # noqa: PLC0415
        from ..models.task_inputs import TaskInputs  # noqa: PLC0415
        from ..models.task_output_location import TaskOutputLocation  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        app = d.pop("app", UNSET)

        _inputs = d.pop("inputs", UNSET)
        inputs: TaskInputs | Unset
        if isinstance(_inputs, Unset):
            inputs = UNSET
        else:
            inputs = TaskInputs.from_dict(_inputs)

        batch = d.pop("batch", UNSET)

        batch_input = d.pop("batch_input", UNSET)

        _batch_by = d.pop("batch_by", UNSET)
        batch_by: BatchBy | Unset
        if isinstance(_batch_by, Unset):
            batch_by = UNSET
        else:
            batch_by = BatchBy.from_dict(_batch_by)

        use_interruptible_instances = d.pop("use_interruptible_instances", UNSET)

        _execution_settings = d.pop("execution_settings", UNSET)
        execution_settings: TaskExecutionSettings | Unset
        if isinstance(_execution_settings, Unset):
            execution_settings = UNSET
        else:
            execution_settings = TaskExecutionSettings.from_dict(_execution_settings)

        _output_location = d.pop("output_location", UNSET)
        output_location: TaskOutputLocation | Unset
        if isinstance(_output_location, Unset):
            output_location = UNSET
        else:
            output_location = TaskOutputLocation.from_dict(_output_location)

        task_update = cls(
            name=name,
            description=description,
            app=app,
            inputs=inputs,
            batch=batch,
            batch_input=batch_input,
            batch_by=batch_by,
            use_interruptible_instances=use_interruptible_instances,
            execution_settings=execution_settings,
            output_location=output_location,
        )

        task_update.additional_properties = d
        return task_update

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
