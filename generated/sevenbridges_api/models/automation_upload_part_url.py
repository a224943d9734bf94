from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_upload_part_url_headers import (
        AutomationUploadPartUrlHeaders,
    )
    from ..models.automation_upload_report_rule import AutomationUploadReportRule


T = TypeVar("T", bound="AutomationUploadPartUrl")


@_attrs_define
class AutomationUploadPartUrl:
    """Where and how to send one part.

    Example:
        {'method': 'PUT', 'url': 'https://storage.example.org/code-packages/8Kq3mZx0?partNumber=1&signature=abc123',
            'expires': '2024-03-01T11:00:00Z', 'headers': {}, 'success_codes': [200, 201], 'report': {'headers': ['ETag'],
            'success_codes': [200, 201]}}

    Attributes:
        method (str | Unset): The HTTP method to send the part with.
        url (str | Unset): The signed storage URL; send no API token there.
        expires (datetime.datetime | None | Unset):
        headers (AutomationUploadPartUrlHeaders | Unset): Headers to set on the part request.
        success_codes (list[int] | Unset):
        report (AutomationUploadReportRule | Unset): What to report after sending a part. Example: {'headers': ['ETag'],
            'success_codes': [200, 201]}.
    """

    method: str | Unset = UNSET
    url: str | Unset = UNSET
    expires: datetime.datetime | None | Unset = UNSET
    headers: AutomationUploadPartUrlHeaders | Unset = UNSET
    success_codes: list[int] | Unset = UNSET
    report: AutomationUploadReportRule | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        url = self.url

        expires: None | str | Unset
        if isinstance(self.expires, Unset):
            expires = UNSET
        elif isinstance(self.expires, datetime.datetime):
            expires = self.expires.isoformat()
        else:
            expires = self.expires

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        success_codes: list[int] | Unset = UNSET
        if not isinstance(self.success_codes, Unset):
            success_codes = self.success_codes

        report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.report, Unset):
            report = self.report.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if url is not UNSET:
            field_dict["url"] = url
        if expires is not UNSET:
            field_dict["expires"] = expires
        if headers is not UNSET:
            field_dict["headers"] = headers
        if success_codes is not UNSET:
            field_dict["success_codes"] = success_codes
        if report is not UNSET:
            field_dict["report"] = report

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.automation_upload_part_url_headers import (
            AutomationUploadPartUrlHeaders,  # noqa: PLC0415
        )
        from ..models.automation_upload_report_rule import AutomationUploadReportRule  # noqa: PLC0415

        d = dict(src_dict)
        method = d.pop("method", UNSET)

        url = d.pop("url", UNSET)

        def _parse_expires(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_type_0 = datetime.datetime.fromisoformat(data)

                return expires_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires = _parse_expires(d.pop("expires", UNSET))

        _headers = d.pop("headers", UNSET)
        headers: AutomationUploadPartUrlHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = AutomationUploadPartUrlHeaders.from_dict(_headers)

        success_codes = cast(list[int], d.pop("success_codes", UNSET))

        _report = d.pop("report", UNSET)
        report: AutomationUploadReportRule | Unset
        if isinstance(_report, Unset):
            report = UNSET
        else:
            report = AutomationUploadReportRule.from_dict(_report)

        automation_upload_part_url = cls(
            method=method,
            url=url,
            expires=expires,
            headers=headers,
            success_codes=success_codes,
            report=report,
        )

        automation_upload_part_url.additional_properties = d
        return automation_upload_part_url

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
