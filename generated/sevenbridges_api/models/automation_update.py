from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_update_secret_settings import (
        AutomationUpdateSecretSettings,
    )


T = TypeVar("T", bound="AutomationUpdate")


@_attrs_define
class AutomationUpdate:
    """Changes to an automation; fields left out keep their value.

    Example:
        {'description': 'Runs QC twice a day', 'memory_limit': 2000}

    Attributes:
        name (str | Unset):
        description (str | Unset):
        billing_group (UUID | Unset):
        secret_settings (AutomationUpdateSecretSettings | Unset):
        memory_limit (int | Unset):
        project_based (bool | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    billing_group: UUID | Unset = UNSET
    secret_settings: AutomationUpdateSecretSettings | Unset = UNSET
    memory_limit: int | Unset = UNSET
    project_based: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        billing_group: str | Unset = UNSET
        if not isinstance(self.billing_group, Unset):
            billing_group = str(self.billing_group)

        secret_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.secret_settings, Unset):
            secret_settings = self.secret_settings.to_dict()

        memory_limit = self.memory_limit

        project_based = self.project_based

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if billing_group is not UNSET:
            field_dict["billing_group"] = billing_group
        if secret_settings is not UNSET:
            field_dict["secret_settings"] = secret_settings
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit
        if project_based is not UNSET:
            field_dict["project_based"] = project_based

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.automation_update_secret_settings import (
            AutomationUpdateSecretSettings,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _billing_group = d.pop("billing_group", UNSET)
        billing_group: UUID | Unset
        if isinstance(_billing_group, Unset):
            billing_group = UNSET
        else:
            billing_group = UUID(_billing_group)

        _secret_settings = d.pop("secret_settings", UNSET)
        secret_settings: AutomationUpdateSecretSettings | Unset
        if isinstance(_secret_settings, Unset):
            secret_settings = UNSET
        else:
            secret_settings = AutomationUpdateSecretSettings.from_dict(_secret_settings)

        memory_limit = d.pop("memory_limit", UNSET)

        project_based = d.pop("project_based", UNSET)

        automation_update = cls(
            name=name,
            description=description,
            billing_group=billing_group,
            secret_settings=secret_settings,
            memory_limit=memory_limit,
            project_based=project_based,
        )

        automation_update.additional_properties = d
        return automation_update

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
