from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportBulkGet")


@_attrs_define
class ImportBulkGet:
    """Up to 100 import job ids.

    Example:
        {'import_ids': ['aoxqCB0N6D27D3kCLxh0fzkyvsjARZQZ']}

    Attributes:
        import_ids (list[str] | Unset):
    """

    import_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        import_ids: list[str] | Unset = UNSET
        if not isinstance(self.import_ids, Unset):
            import_ids = self.import_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if import_ids is not UNSET:
            field_dict["import_ids"] = import_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        import_ids = cast(list[str], d.pop("import_ids", UNSET))

        import_bulk_get = cls(
            import_ids=import_ids,
        )

        import_bulk_get.additional_properties = d
        return import_bulk_get

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
