from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskValidationMessage")


@_attrs_define
class TaskValidationMessage:
    """A validation error or warning about a task's inputs.

    Example:
        {'type': 'error/task_validation/input/schema', 'message': 'Value for this input does not match the expected
            type.', 'input_id': 'FASTQ'}

    Attributes:
        type_ (str | Unset): e.g. `error/task_validation/input/required`.
        message (str | Unset):
        input_id (None | str | Unset):
    """

    type_: str | Unset = UNSET
    message: str | Unset = UNSET
    input_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        message = self.message

        input_id: None | str | Unset
        if isinstance(self.input_id, Unset):
            input_id = UNSET
        else:
            input_id = self.input_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if message is not UNSET:
            field_dict["message"] = message
        if input_id is not UNSET:
            field_dict["input_id"] = input_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        message = d.pop("message", UNSET)

        def _parse_input_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        input_id = _parse_input_id(d.pop("input_id", UNSET))

        task_validation_message = cls(
            type_=type_,
            message=message,
            input_id=input_id,
        )

        task_validation_message.additional_properties = d
        return task_validation_message

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
