from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_package_schema_type_0 import AutomationPackageSchemaType0


T = TypeVar("T", bound="AutomationPackage")


@_attrs_define
class AutomationPackage:
    """A code package of an automation.

    Example:
        {'href': 'https://api.sbgenomics.com/v2/automation/packages/65f1c0de2a9b4c0012d3e4f5', 'id':
            '65f1c0de2a9b4c0012d3e4f5', 'automation': '5d7a6a3e-6f5b-4b0e-9d7c-0c1d2e3f4a5b', 'version': '0.0.1',
            'location': '65f1c0da2a9b4c0012d3e4f1', 'schema': {'inputs': {'x': {'type': 'float'}}, 'outputs': {'div':
            {'type': 'float'}}}, 'created_by': 'rfranklin', 'created_on': '2024-03-01T10:05:00Z', 'archived': False,
            'custom_url': None, 'memory_limit': 1000, 'python': '3.10'}

    Attributes:
        href (str | Unset):
        id (str | Unset):
        automation (UUID | Unset): The automation's UUID.
        version (str | Unset):
        location (str | Unset): The id of the uploaded code package file.
        schema (AutomationPackageSchemaType0 | None | Unset): The package's declared `inputs` and `outputs`.
        created_by (None | str | Unset):
        created_on (datetime.datetime | None | Unset):
        archived (bool | Unset):
        custom_url (None | str | Unset):
        memory_limit (int | None | Unset): Memory for each run in MB.
        python (None | str | Unset): The Python version the package runs with.
    """

    href: str | Unset = UNSET
    id: str | Unset = UNSET
    automation: UUID | Unset = UNSET
    version: str | Unset = UNSET
    location: str | Unset = UNSET
    schema: AutomationPackageSchemaType0 | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_on: datetime.datetime | None | Unset = UNSET
    archived: bool | Unset = UNSET
    custom_url: None | str | Unset = UNSET
    memory_limit: int | None | Unset = UNSET
    python: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.automation_package_schema_type_0 import (
            AutomationPackageSchemaType0,  # noqa: PLC0415
        )

        href = self.href

        id = self.id

        automation: str | Unset = UNSET
        if not isinstance(self.automation, Unset):
            automation = str(self.automation)

        version = self.version

        location = self.location

        schema: dict[str, Any] | None | Unset
        if isinstance(self.schema, Unset):
            schema = UNSET
        elif isinstance(self.schema, AutomationPackageSchemaType0):
            schema = self.schema.to_dict()
        else:
            schema = self.schema

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

        archived = self.archived

        custom_url: None | str | Unset
        if isinstance(self.custom_url, Unset):
            custom_url = UNSET
        else:
            custom_url = self.custom_url

        memory_limit: int | None | Unset
        if isinstance(self.memory_limit, Unset):
            memory_limit = UNSET
        else:
            memory_limit = self.memory_limit

        python: None | str | Unset
        if isinstance(self.python, Unset):
            python = UNSET
        else:
            python = self.python

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if id is not UNSET:
            field_dict["id"] = id
        if automation is not UNSET:
            field_dict["automation"] = automation
        if version is not UNSET:
            field_dict["version"] = version
        if location is not UNSET:
            field_dict["location"] = location
        if schema is not UNSET:
            field_dict["schema"] = schema
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if archived is not UNSET:
            field_dict["archived"] = archived
        if custom_url is not UNSET:
            field_dict["custom_url"] = custom_url
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit
        if python is not UNSET:
            field_dict["python"] = python

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.automation_package_schema_type_0 import (
            AutomationPackageSchemaType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        href = d.pop("href", UNSET)

        id = d.pop("id", UNSET)

        _automation = d.pop("automation", UNSET)
        automation: UUID | Unset
        if isinstance(_automation, Unset):
            automation = UNSET
        else:
            automation = UUID(_automation)

        version = d.pop("version", UNSET)

        location = d.pop("location", UNSET)

        def _parse_schema(data: object) -> AutomationPackageSchemaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schema_type_0 = AutomationPackageSchemaType0.from_dict(data)

                return schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutomationPackageSchemaType0 | None | Unset, data)

        schema = _parse_schema(d.pop("schema", UNSET))

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

        archived = d.pop("archived", UNSET)

        def _parse_custom_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_url = _parse_custom_url(d.pop("custom_url", UNSET))

        def _parse_memory_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        memory_limit = _parse_memory_limit(d.pop("memory_limit", UNSET))

        def _parse_python(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        python = _parse_python(d.pop("python", UNSET))

        automation_package = cls(
            href=href,
            id=id,
            automation=automation,
            version=version,
            location=location,
            schema=schema,
            created_by=created_by,
            created_on=created_on,
            archived=archived,
            custom_url=custom_url,
            memory_limit=memory_limit,
            python=python,
        )

        automation_package.additional_properties = d
        return automation_package

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
