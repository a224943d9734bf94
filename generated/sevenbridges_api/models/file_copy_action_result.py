from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.file_copy_outcome import FileCopyOutcome


T = TypeVar("T", bound="FileCopyActionResult")


@_attrs_define
class FileCopyActionResult:
    """The outcome of a multi-file copy, keyed by source file id.

    Example:
        {'567890abc8a5639cc6722063': {'new_file_id': '6a0b1c2d3e4f5a6b7c8d9e0f', 'new_file_name': 'chr20.intervals'}}

    """

    additional_properties: dict[str, FileCopyOutcome] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_copy_outcome import FileCopyOutcome  # noqa: PLC0415

        d = dict(src_dict)
        file_copy_action_result = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = FileCopyOutcome.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        file_copy_action_result.additional_properties = additional_properties
        return file_copy_action_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> FileCopyOutcome:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: FileCopyOutcome) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
