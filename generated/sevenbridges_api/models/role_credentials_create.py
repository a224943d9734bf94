from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RoleCredentialsCreate")


@_attrs_define
class RoleCredentialsCreate:
    """An AWS IAM role the Platform assumes, with its external id.

    Example:
        {'role_arn': 'arn:aws:iam::123456789012:role/sbg-volume-access', 'external_id': '6f1d2c3b4a5e'}

    Attributes:
        role_arn (str):
        external_id (str):
    """

    role_arn: str
    external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_arn = self.role_arn

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role_arn": role_arn,
                "external_id": external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role_arn = d.pop("role_arn")

        external_id = d.pop("external_id")

        role_credentials_create = cls(
            role_arn=role_arn,
            external_id=external_id,
        )

        role_credentials_create.additional_properties = d
        return role_credentials_create

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
