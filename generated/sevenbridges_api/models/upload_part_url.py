from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.upload_part_report import UploadPartReport
    from ..models.upload_part_url_headers import UploadPartUrlHeaders


T = TypeVar("T", bound="UploadPartUrl")


@_attrs_define
class UploadPartUrl:
    """Where and how to send one part. `success_codes` appears both here and inside `report`.

    Example:
        {'method': 'PUT', 'url': 'https://storage.example.com/bucket/uploads/ezCeGm?partNumber=1&X-Amz-
            Signature=1f2e3d', 'expires': '2016-01-01T01:00:00Z', 'headers': {}, 'success_codes': [200], 'report':
            {'headers': ['ETag'], 'success_codes': [200]}}

    Attributes:
        method (str | Unset): The HTTP method for the part (PUT).
        url (str | Unset): The signed storage URL; send no API token to it.
        expires (datetime.datetime | None | Unset): When the URL stops working (UTC).
        headers (UploadPartUrlHeaders | Unset): Headers to set on the part request.
        success_codes (list[int] | Unset):
        report (None | Unset | UploadPartReport):
    """

    method: str | Unset = UNSET
    url: str | Unset = UNSET
    expires: datetime.datetime | None | Unset = UNSET
    headers: UploadPartUrlHeaders | Unset = UNSET
    success_codes: list[int] | Unset = UNSET
    report: None | Unset | UploadPartReport = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.upload_part_report import UploadPartReport  # noqa: PLC0415

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

        report: dict[str, Any] | None | Unset
        if isinstance(self.report, Unset):
            report = UNSET
        elif isinstance(self.report, UploadPartReport):
            report = self.report.to_dict()
        else:
            report = self.report

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
        from ..models.upload_part_report import UploadPartReport  # noqa: PLC0415
        from ..models.upload_part_url_headers import UploadPartUrlHeaders  # noqa: PLC0415

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
        headers: UploadPartUrlHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = UploadPartUrlHeaders.from_dict(_headers)

        success_codes = cast(list[int], d.pop("success_codes", UNSET))

        def _parse_report(data: object) -> None | Unset | UploadPartReport:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                report_type_1 = UploadPartReport.from_dict(data)

                return report_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UploadPartReport, data)

        report = _parse_report(d.pop("report", UNSET))

        upload_part_url = cls(
            method=method,
            url=url,
            expires=expires,
            headers=headers,
            success_codes=success_codes,
            report=report,
        )

        upload_part_url.additional_properties = d
        return upload_part_url

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
