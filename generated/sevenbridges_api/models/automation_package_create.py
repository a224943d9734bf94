from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_package_create_schema import AutomationPackageCreateSchema


T = TypeVar("T", bound="AutomationPackageCreate")


@_attrs_define
class AutomationPackageCreate:
    """A new code package.

    Example:
        {'version': '0.0.1', 'location': '65f1c0da2a9b4c0012d3e4f1', 'schema': {'inputs': {'x': {'type': 'float'}},
            'outputs': {'div': {'type': 'float'}}}, 'memory_limit': 1000}

    Attributes:
        version (str):
        location (str): The id of a completed code-package upload.
        schema (AutomationPackageCreateSchema | Unset):
        memory_limit (int | Unset):
        python (str | Unset):
        custom_url (str | Unset):
    """

    version: str
    location: str
    schema: AutomationPackageCreateSchema | Unset = UNSET
    memory_limit: int | Unset = UNSET
    python: str | Unset = UNSET
    custom_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        location = self.location

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        memory_limit = self.memory_limit

        python = self.python

        custom_url = self.custom_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "location": location,
            }
        )
        if schema is not UNSET:
            field_dict["schema"] = schema
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit
        if python is not UNSET:
            field_dict["python"] = python
        if custom_url is not UNSET:
            field_dict["custom_url"] = custom_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.automation_package_create_schema import (
            AutomationPackageCreateSchema,  # noqa: PLC0415
        )

        d = dict(src_dict)
        version = d.pop("version")

        location = d.pop("location")

        _schema = d.pop("schema", UNSET)
        schema: AutomationPackageCreateSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = AutomationPackageCreateSchema.from_dict(_schema)

        memory_limit = d.pop("memory_limit", UNSET)

        python = d.pop("python", UNSET)

        custom_url = d.pop("custom_url", UNSET)

        automation_package_create = cls(
            version=version,
            location=location,
            schema=schema,
            memory_limit=memory_limit,
            python=python,
            custom_url=custom_url,
        )

        automation_package_create.additional_properties = d
        return automation_package_create

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
