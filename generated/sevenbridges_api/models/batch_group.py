from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_group_fields import BatchGroupFields


T = TypeVar("T", bound="BatchGroup")


@_attrs_define
class BatchGroup:
    """The group of batch items a child task runs on.

    Example:
        {'value': 'HCC1143', 'fields': {'sample_id': 'HCC1143'}}

    Attributes:
        value (None | str | Unset):
        fields (BatchGroupFields | None | Unset):
    """

    value: None | str | Unset = UNSET
    fields: BatchGroupFields | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.batch_group_fields import BatchGroupFields  # noqa: PLC0415

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        fields: dict[str, Any] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, BatchGroupFields):
            fields = self.fields.to_dict()
        else:
            fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_group_fields import BatchGroupFields  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        def _parse_fields(data: object) -> BatchGroupFields | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fields_type_1 = BatchGroupFields.from_dict(data)

                return fields_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchGroupFields | None | Unset, data)

        fields = _parse_fields(d.pop("fields", UNSET))

        batch_group = cls(
            value=value,
            fields=fields,
        )

        batch_group.additional_properties = d
        return batch_group

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
