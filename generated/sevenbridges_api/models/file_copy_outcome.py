from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileCopyOutcome")


@_attrs_define
class FileCopyOutcome:
    """What became of one file of a multi-file copy; error fields are set for a failed copy.

    Example:
        {'new_file_id': '6a0b1c2d3e4f5a6b7c8d9e0f', 'new_file_name': 'chr20.intervals'}

    Attributes:
        new_file_id (None | str | Unset):
        new_file_name (None | str | Unset):
        status (int | None | Unset): The HTTP status of a failed copy.
        code (int | None | Unset): The error code of a failed copy.
        message (None | str | Unset): Why the copy failed.
    """

    new_file_id: None | str | Unset = UNSET
    new_file_name: None | str | Unset = UNSET
    status: int | None | Unset = UNSET
    code: int | None | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new_file_id: None | str | Unset
        if isinstance(self.new_file_id, Unset):
            new_file_id = UNSET
        else:
            new_file_id = self.new_file_id

        new_file_name: None | str | Unset
        if isinstance(self.new_file_name, Unset):
            new_file_name = UNSET
        else:
            new_file_name = self.new_file_name

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        code: int | None | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if new_file_id is not UNSET:
            field_dict["new_file_id"] = new_file_id
        if new_file_name is not UNSET:
            field_dict["new_file_name"] = new_file_name
        if status is not UNSET:
            field_dict["status"] = status
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_new_file_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        new_file_id = _parse_new_file_id(d.pop("new_file_id", UNSET))

        def _parse_new_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        new_file_name = _parse_new_file_name(d.pop("new_file_name", UNSET))

        def _parse_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        file_copy_outcome = cls(
            new_file_id=new_file_id,
            new_file_name=new_file_name,
            status=status,
            code=code,
            message=message,
        )

        file_copy_outcome.additional_properties = d
        return file_copy_outcome

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
