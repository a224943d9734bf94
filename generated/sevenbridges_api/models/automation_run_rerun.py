from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_run_rerun_inputs import AutomationRunRerunInputs
    from ..models.automation_run_rerun_secret_settings import (
        AutomationRunRerunSecretSettings,
    )
    from ..models.automation_run_rerun_settings import AutomationRunRerunSettings


T = TypeVar("T", bound="AutomationRunRerun")


@_attrs_define
class AutomationRunRerun:
    """Overrides for a rerun; everything left out is taken from the original run.

    Example:
        {'inputs': {'y': 3}, 'merge': True}

    Attributes:
        package (str | Unset):
        name (str | Unset):
        inputs (AutomationRunRerunInputs | Unset):
        settings (AutomationRunRerunSettings | Unset):
        secret_settings (AutomationRunRerunSecretSettings | Unset):
        resume_from (str | Unset):
        merge (bool | Unset): Merge `inputs` and `settings` into the original ones (the default).
        memory_limit (int | Unset):
    """

    package: str | Unset = UNSET
    name: str | Unset = UNSET
    inputs: AutomationRunRerunInputs | Unset = UNSET
    settings: AutomationRunRerunSettings | Unset = UNSET
    secret_settings: AutomationRunRerunSecretSettings | Unset = UNSET
    resume_from: str | Unset = UNSET
    merge: bool | Unset = UNSET
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

        merge = self.merge

        memory_limit = self.memory_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if package is not UNSET:
            field_dict["package"] = package
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
        if merge is not UNSET:
            field_dict["merge"] = merge
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.automation_run_rerun_inputs import AutomationRunRerunInputs  # noqa: PLC0415
        from ..models.automation_run_rerun_secret_settings import (
            AutomationRunRerunSecretSettings,  # noqa: PLC0415
        )
        from ..models.automation_run_rerun_settings import AutomationRunRerunSettings  # noqa: PLC0415

        d = dict(src_dict)
        package = d.pop("package", UNSET)

        name = d.pop("name", UNSET)

        _inputs = d.pop("inputs", UNSET)
        inputs: AutomationRunRerunInputs | Unset
        if isinstance(_inputs, Unset):
            inputs = UNSET
        else:
            inputs = AutomationRunRerunInputs.from_dict(_inputs)

        _settings = d.pop("settings", UNSET)
        settings: AutomationRunRerunSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = AutomationRunRerunSettings.from_dict(_settings)

        _secret_settings = d.pop("secret_settings", UNSET)
        secret_settings: AutomationRunRerunSecretSettings | Unset
        if isinstance(_secret_settings, Unset):
            secret_settings = UNSET
        else:
            secret_settings = AutomationRunRerunSecretSettings.from_dict(
                _secret_settings
            )

        resume_from = d.pop("resume_from", UNSET)

        merge = d.pop("merge", UNSET)

        memory_limit = d.pop("memory_limit", UNSET)

        automation_run_rerun = cls(
            package=package,
            name=name,
            inputs=inputs,
            settings=settings,
            secret_settings=secret_settings,
            resume_from=resume_from,
            merge=merge,
            memory_limit=memory_limit,
        )

        automation_run_rerun.additional_properties = d
        return automation_run_rerun

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
