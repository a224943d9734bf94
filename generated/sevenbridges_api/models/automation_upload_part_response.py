from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_upload_part_response_headers import (
        AutomationUploadPartResponseHeaders,
    )


T = TypeVar("T", bound="AutomationUploadPartResponse")


@_attrs_define
class AutomationUploadPartResponse:
    """What the storage answered to a part.

    Example:
        {'headers': {'ETag': '"43a5e127340f2b6602badfdebe610f30"'}}

    Attributes:
        headers (AutomationUploadPartResponseHeaders | Unset):
    """

    headers: AutomationUploadPartResponseHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.automation_upload_part_response_headers import (
            AutomationUploadPartResponseHeaders,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _headers = d.pop("headers", UNSET)
        headers: AutomationUploadPartResponseHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = AutomationUploadPartResponseHeaders.from_dict(_headers)

        automation_upload_part_response = cls(
            headers=headers,
        )

        automation_upload_part_response.additional_properties = d
        return automation_upload_part_response

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
