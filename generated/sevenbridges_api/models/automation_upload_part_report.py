from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_upload_part_response import AutomationUploadPartResponse


T = TypeVar("T", bound="AutomationUploadPartReport")


@_attrs_define
class AutomationUploadPartReport:
    """A part that was sent, with the storage's response headers.

    Example:
        {'part_number': 1, 'response': {'headers': {'ETag': '"43a5e127340f2b6602badfdebe610f30"'}}}

    Attributes:
        part_number (int | Unset):
        response (AutomationUploadPartResponse | Unset): What the storage answered to a part. Example: {'headers':
            {'ETag': '"43a5e127340f2b6602badfdebe610f30"'}}.
    """

    part_number: int | Unset = UNSET
    response: AutomationUploadPartResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        part_number = self.part_number

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if part_number is not UNSET:
            field_dict["part_number"] = part_number
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.automation_upload_part_response import (
            AutomationUploadPartResponse,  # noqa: PLC0415
        )

        d = dict(src_dict)
        part_number = d.pop("part_number", UNSET)

        _response = d.pop("response", UNSET)
        response: AutomationUploadPartResponse | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = AutomationUploadPartResponse.from_dict(_response)

        automation_upload_part_report = cls(
            part_number=part_number,
            response=response,
        )

        automation_upload_part_report.additional_properties = d
        return automation_upload_part_report

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
