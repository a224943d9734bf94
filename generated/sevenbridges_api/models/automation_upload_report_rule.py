from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationUploadReportRule")


@_attrs_define
class AutomationUploadReportRule:
    """What to report after sending a part.

    Example:
        {'headers': ['ETag'], 'success_codes': [200, 201]}

    Attributes:
        headers (list[str] | Unset): The names of the storage's response headers to report.
        success_codes (list[int] | Unset): The storage's HTTP statuses that mean the part arrived.
    """

    headers: list[str] | Unset = UNSET
    success_codes: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        headers: list[str] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers

        success_codes: list[int] | Unset = UNSET
        if not isinstance(self.success_codes, Unset):
            success_codes = self.success_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if headers is not UNSET:
            field_dict["headers"] = headers
        if success_codes is not UNSET:
            field_dict["success_codes"] = success_codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        headers = cast(list[str], d.pop("headers", UNSET))

        success_codes = cast(list[int], d.pop("success_codes", UNSET))

        automation_upload_report_rule = cls(
            headers=headers,
            success_codes=success_codes,
        )

        automation_upload_report_rule.additional_properties = d
        return automation_upload_report_rule

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
