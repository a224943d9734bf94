from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationUpload")


@_attrs_define
class AutomationUpload:
    """A code package upload in progress.

    Example:
        {'href': 'https://api.sbgenomics.com/v2/automation/upload/8Kq3mZx0vTn2Lr5yWc7bHd9fJg1sAe4uPo6iQt8kXz2nMv0lBr3c',
            'upload_id': '8Kq3mZx0vTn2Lr5yWc7bHd9fJg1sAe4uPo6iQt8kXz2nMv0lBr3c', 'name': 'qc_package.zip', 'size': 10485760,
            'part_size': 5242880, 'parallel_uploads': True, 'initiated': '2024-03-01T10:00:00Z', 'uploaded_parts_count': 0,
            'automation_id': None}

    Attributes:
        href (str | Unset):
        upload_id (str | Unset):
        name (str | Unset):
        size (int | None | Unset):
        part_size (int | Unset): The part size to use (the server's choice wins).
        parallel_uploads (bool | Unset):
        initiated (datetime.datetime | None | Unset):
        uploaded_parts_count (int | Unset):
        automation_id (None | Unset | UUID):
    """

    href: str | Unset = UNSET
    upload_id: str | Unset = UNSET
    name: str | Unset = UNSET
    size: int | None | Unset = UNSET
    part_size: int | Unset = UNSET
    parallel_uploads: bool | Unset = UNSET
    initiated: datetime.datetime | None | Unset = UNSET
    uploaded_parts_count: int | Unset = UNSET
    automation_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        upload_id = self.upload_id

        name = self.name

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        part_size = self.part_size

        parallel_uploads = self.parallel_uploads

        initiated: None | str | Unset
        if isinstance(self.initiated, Unset):
            initiated = UNSET
        elif isinstance(self.initiated, datetime.datetime):
            initiated = self.initiated.isoformat()
        else:
            initiated = self.initiated

        uploaded_parts_count = self.uploaded_parts_count

        automation_id: None | str | Unset
        if isinstance(self.automation_id, Unset):
            automation_id = UNSET
        elif isinstance(self.automation_id, UUID):
            automation_id = str(self.automation_id)
        else:
            automation_id = self.automation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if upload_id is not UNSET:
            field_dict["upload_id"] = upload_id
        if name is not UNSET:
            field_dict["name"] = name
        if size is not UNSET:
            field_dict["size"] = size
        if part_size is not UNSET:
            field_dict["part_size"] = part_size
        if parallel_uploads is not UNSET:
            field_dict["parallel_uploads"] = parallel_uploads
        if initiated is not UNSET:
            field_dict["initiated"] = initiated
        if uploaded_parts_count is not UNSET:
            field_dict["uploaded_parts_count"] = uploaded_parts_count
        if automation_id is not UNSET:
            field_dict["automation_id"] = automation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        href = d.pop("href", UNSET)

        upload_id = d.pop("upload_id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        part_size = d.pop("part_size", UNSET)

        parallel_uploads = d.pop("parallel_uploads", UNSET)

        def _parse_initiated(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                initiated_type_0 = datetime.datetime.fromisoformat(data)

                return initiated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        initiated = _parse_initiated(d.pop("initiated", UNSET))

        uploaded_parts_count = d.pop("uploaded_parts_count", UNSET)

        def _parse_automation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                automation_id_type_0 = UUID(data)

                return automation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        automation_id = _parse_automation_id(d.pop("automation_id", UNSET))

        automation_upload = cls(
            href=href,
            upload_id=upload_id,
            name=name,
            size=size,
            part_size=part_size,
            parallel_uploads=parallel_uploads,
            initiated=initiated,
            uploaded_parts_count=uploaded_parts_count,
            automation_id=automation_id,
        )

        automation_upload.additional_properties = d
        return automation_upload

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
