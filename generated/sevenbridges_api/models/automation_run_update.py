from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_run_update_inputs import AutomationRunUpdateInputs
    from ..models.automation_run_update_settings import AutomationRunUpdateSettings


T = TypeVar("T", bound="AutomationRunUpdate")


@_attrs_define
class AutomationRunUpdate:
    """Changes to a run; fields left out keep their value.

    Example:
        {'name': 'QC batch 12 (rerun of the 3rd)'}

    Attributes:
        name (str | Unset):
        inputs (AutomationRunUpdateInputs | Unset):
        settings (AutomationRunUpdateSettings | Unset):
        memory_limit (int | Unset):
    """

    name: str | Unset = UNSET
    inputs: AutomationRunUpdateInputs | Unset = UNSET
    settings: AutomationRunUpdateSettings | Unset = UNSET
    memory_limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        memory_limit = self.memory_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if settings is not UNSET:
            field_dict["settings"] = settings
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.automation_run_update_inputs import AutomationRunUpdateInputs  # noqa: PLC0415
        from ..models.automation_run_update_settings import AutomationRunUpdateSettings  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _inputs = d.pop("inputs", UNSET)
        inputs: AutomationRunUpdateInputs | Unset
        if isinstance(_inputs, Unset):
            inputs = UNSET
        else:
            inputs = AutomationRunUpdateInputs.from_dict(_inputs)

        _settings = d.pop("settings", UNSET)
        settings: AutomationRunUpdateSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = AutomationRunUpdateSettings.from_dict(_settings)

        memory_limit = d.pop("memory_limit", UNSET)

        automation_run_update = cls(
            name=name,
            inputs=inputs,
            settings=settings,
            memory_limit=memory_limit,
        )

        automation_run_update.additional_properties = d
        return automation_run_update

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
