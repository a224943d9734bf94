from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationPackageUpdate")


@_attrs_define
class AutomationPackageUpdate:
    """Changes to a code package; fields left out keep their value.

    Example:
        {'custom_url': 'https://example.org/qc-dashboard'}

    Attributes:
        custom_url (None | str | Unset):
        memory_limit (int | Unset):
    """

    custom_url: None | str | Unset = UNSET
    memory_limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_url: None | str | Unset
        if isinstance(self.custom_url, Unset):
            custom_url = UNSET
        else:
            custom_url = self.custom_url

        memory_limit = self.memory_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_url is not UNSET:
            field_dict["custom_url"] = custom_url
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_custom_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_url = _parse_custom_url(d.pop("custom_url", UNSET))

        memory_limit = d.pop("memory_limit", UNSET)

        automation_package_update = cls(
            custom_url=custom_url,
            memory_limit=memory_limit,
        )

        automation_package_update.additional_properties = d
        return automation_package_update

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
