from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportBulkGet")


@_attrs_define
class ExportBulkGet:
    """Up to 100 export job ids.

    Example:
        {'export_ids': ['3nSRkLMFm9VFUKjTQhqBxRg4DhNWsMme']}

    Attributes:
        export_ids (list[str] | Unset):
    """

    export_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        export_ids: list[str] | Unset = UNSET
        if not isinstance(self.export_ids, Unset):
            export_ids = self.export_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if export_ids is not UNSET:
            field_dict["export_ids"] = export_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        export_ids = cast(list[str], d.pop("export_ids", UNSET))

        export_bulk_get = cls(
            export_ids=export_ids,
        )

        export_bulk_get.additional_properties = d
        return export_bulk_get

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
