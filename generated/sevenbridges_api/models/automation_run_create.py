from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_run_create_inputs import AutomationRunCreateInputs
    from ..models.automation_run_create_secret_settings import (
        AutomationRunCreateSecretSettings,
    )
    from ..models.automation_run_create_settings import AutomationRunCreateSettings


T = TypeVar("T", bound="AutomationRunCreate")


@_attrs_define
class AutomationRunCreate:
    """A new run of a code package.

    Example:
        {'package': '65f1c0de2a9b4c0012d3e4f5', 'name': 'QC batch 12', 'inputs': {'x': 1, 'y': 2}, 'settings':
            {'notify': True}, 'memory_limit': 1000}

    Attributes:
        package (str): The code package's id.
        name (str | Unset):
        inputs (AutomationRunCreateInputs | Unset):
        settings (AutomationRunCreateSettings | Unset):
        secret_settings (AutomationRunCreateSecretSettings | Unset):
        resume_from (str | Unset): The id of a run to resume from.
        memory_limit (int | Unset):
    """

    package: str
    name: str | Unset = UNSET
    inputs: AutomationRunCreateInputs | Unset = UNSET
    settings: AutomationRunCreateSettings | Unset = UNSET
    secret_settings: AutomationRunCreateSecretSettings | Unset = UNSET
    resume_from: str | Unset = UNSET
    memory_limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package = self.package

        name = self.name

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        secret_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.secret_settings, Unset):
            secret_settings = self.secret_settings.to_dict()

        resume_from = self.resume_from

        memory_limit = self.memory_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "package": package,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if settings is not UNSET:
            field_dict["settings"] = settings
        if secret_settings is not UNSET:
            field_dict["secret_settings"] = secret_settings
        if resume_from is not UNSET:
            field_dict["resume_from"] = resume_from
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.automation_run_create_inputs import AutomationRunCreateInputs  # noqa: PLC0415
        from ..models.automation_run_create_secret_settings import (
            AutomationRunCreateSecretSettings,  # noqa: PLC0415
        )
        from ..models.automation_run_create_settings import AutomationRunCreateSettings  # noqa: PLC0415

        d = dict(src_dict)
        package = d.pop("package")

        name = d.pop("name", UNSET)

        _inputs = d.pop("inputs", UNSET)
        inputs: AutomationRunCreateInputs | Unset
        if isinstance(_inputs, Unset):
            inputs = UNSET
        else:
            inputs = AutomationRunCreateInputs.from_dict(_inputs)

        _settings = d.pop("settings", UNSET)
        settings: AutomationRunCreateSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = AutomationRunCreateSettings.from_dict(_settings)

        _secret_settings = d.pop("secret_settings", UNSET)
        secret_settings: AutomationRunCreateSecretSettings | Unset
        if isinstance(_secret_settings, Unset):
            secret_settings = UNSET
        else:
            secret_settings = AutomationRunCreateSecretSettings.from_dict(
                _secret_settings
            )

        resume_from = d.pop("resume_from", UNSET)

        memory_limit = d.pop("memory_limit", UNSET)

        automation_run_create = cls(
            package=package,
            name=name,
            inputs=inputs,
            settings=settings,
            secret_settings=secret_settings,
            resume_from=resume_from,
            memory_limit=memory_limit,
        )

        automation_run_create.additional_properties = d
        return automation_run_create

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
