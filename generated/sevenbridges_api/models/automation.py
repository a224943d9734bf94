from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_secret_settings_type_0 import AutomationSecretSettingsType0


T = TypeVar("T", bound="Automation")


@_attrs_define
class Automation:
    """An automation (RHEO template).

    Example:
        {'href': 'https://api.sbgenomics.com/v2/automation/automations/5d7a6a3e-6f5b-4b0e-9d7c-0c1d2e3f4a5b', 'id':
            '5d7a6a3e-6f5b-4b0e-9d7c-0c1d2e3f4a5b', 'name': 'Nightly QC', 'description': 'Runs QC on new sequencing
            batches', 'billing_group': 'ec1dc1e3-12a3-4b56-789c-e3f2dca0c6f7', 'owner': 'rfranklin', 'created_by':
            'rfranklin', 'created_on': '2024-03-01T10:00:00Z', 'modified_by': 'rfranklin', 'modified_on':
            '2024-03-02T08:30:00Z', 'archived': False, 'secret_settings': {'api_key': '********'}, 'memory_limit': 1000,
            'project_based': False}

    Attributes:
        href (str | Unset):
        id (UUID | Unset):
        name (str | Unset):
        description (None | str | Unset):
        billing_group (UUID | Unset): Pays for the automation's runs.
        owner (str | Unset):
        created_by (None | str | Unset):
        created_on (datetime.datetime | None | Unset):
        modified_by (None | str | Unset):
        modified_on (datetime.datetime | None | Unset):
        archived (bool | Unset):
        secret_settings (AutomationSecretSettingsType0 | None | Unset): Settings handed to every run but never shown to
            members without admin.
        memory_limit (int | None | Unset): Memory for each run in MB (500 when not set, at most 4000).
        project_based (bool | None | Unset):
    """

    href: str | Unset = UNSET
    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    billing_group: UUID | Unset = UNSET
    owner: str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_on: datetime.datetime | None | Unset = UNSET
    modified_by: None | str | Unset = UNSET
    modified_on: datetime.datetime | None | Unset = UNSET
    archived: bool | Unset = UNSET
    secret_settings: AutomationSecretSettingsType0 | None | Unset = UNSET
    memory_limit: int | None | Unset = UNSET
    project_based: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.automation_secret_settings_type_0 import (
            AutomationSecretSettingsType0,  # noqa: PLC0415
        )

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

        billing_group: str | Unset = UNSET
        if not isinstance(self.billing_group, Unset):
            billing_group = str(self.billing_group)

        owner = self.owner

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        created_on: None | str | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        elif isinstance(self.created_on, datetime.datetime):
            created_on = self.created_on.isoformat()
        else:
            created_on = self.created_on

        modified_by: None | str | Unset
        if isinstance(self.modified_by, Unset):
            modified_by = UNSET
        else:
            modified_by = self.modified_by

        modified_on: None | str | Unset
        if isinstance(self.modified_on, Unset):
            modified_on = UNSET
        elif isinstance(self.modified_on, datetime.datetime):
            modified_on = self.modified_on.isoformat()
        else:
            modified_on = self.modified_on

        archived = self.archived

        secret_settings: dict[str, Any] | None | Unset
        if isinstance(self.secret_settings, Unset):
            secret_settings = UNSET
        elif isinstance(self.secret_settings, AutomationSecretSettingsType0):
            secret_settings = self.secret_settings.to_dict()
        else:
            secret_settings = self.secret_settings

        memory_limit: int | None | Unset
        if isinstance(self.memory_limit, Unset):
            memory_limit = UNSET
        else:
            memory_limit = self.memory_limit

        project_based: bool | None | Unset
        if isinstance(self.project_based, Unset):
            project_based = UNSET
        else:
            project_based = self.project_based

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
        if billing_group is not UNSET:
            field_dict["billing_group"] = billing_group
        if owner is not UNSET:
            field_dict["owner"] = owner
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if modified_by is not UNSET:
            field_dict["modified_by"] = modified_by
        if modified_on is not UNSET:
            field_dict["modified_on"] = modified_on
        if archived is not UNSET:
            field_dict["archived"] = archived
        if secret_settings is not UNSET:
            field_dict["secret_settings"] = secret_settings
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit
        if project_based is not UNSET:
            field_dict["project_based"] = project_based

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.automation_secret_settings_type_0 import (
            AutomationSecretSettingsType0,  # noqa: PLC0415
        )

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

        _billing_group = d.pop("billing_group", UNSET)
        billing_group: UUID | Unset
        if isinstance(_billing_group, Unset):
            billing_group = UNSET
        else:
            billing_group = UUID(_billing_group)

        owner = d.pop("owner", UNSET)

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

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

        def _parse_modified_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        modified_by = _parse_modified_by(d.pop("modified_by", UNSET))

        def _parse_modified_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_on_type_0 = datetime.datetime.fromisoformat(data)

                return modified_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        modified_on = _parse_modified_on(d.pop("modified_on", UNSET))

        archived = d.pop("archived", UNSET)

        def _parse_secret_settings(
            data: object,
        ) -> AutomationSecretSettingsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                secret_settings_type_0 = AutomationSecretSettingsType0.from_dict(data)

                return secret_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutomationSecretSettingsType0 | None | Unset, data)

        secret_settings = _parse_secret_settings(d.pop("secret_settings", UNSET))

        def _parse_memory_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        memory_limit = _parse_memory_limit(d.pop("memory_limit", UNSET))

        def _parse_project_based(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        project_based = _parse_project_based(d.pop("project_based", UNSET))

        automation = cls(
            href=href,
            id=id,
            name=name,
            description=description,
            billing_group=billing_group,
            owner=owner,
            created_by=created_by,
            created_on=created_on,
            modified_by=modified_by,
            modified_on=modified_on,
            archived=archived,
            secret_settings=secret_settings,
            memory_limit=memory_limit,
            project_based=project_based,
        )

        automation.additional_properties = d
        return automation

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
