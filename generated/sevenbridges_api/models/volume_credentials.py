from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VolumeCredentials")


@_attrs_define
class VolumeCredentials:
    """A volume's credentials as the server shows them: identifiers only, never secrets. The server may add more keys.

    Example:
        {'access_key_id': 'AKIAIOSFODNN7EXAMPLE'}

    Attributes:
        access_key_id (str | Unset):
        role_arn (str | Unset):
        client_email (str | Unset):
        tenant_id (str | Unset):
        client_id (str | Unset):
    """

    access_key_id: str | Unset = UNSET
    role_arn: str | Unset = UNSET
    client_email: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    client_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_key_id = self.access_key_id

        role_arn = self.role_arn

        client_email = self.client_email

        tenant_id = self.tenant_id

        client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_key_id is not UNSET:
            field_dict["access_key_id"] = access_key_id
        if role_arn is not UNSET:
            field_dict["role_arn"] = role_arn
        if client_email is not UNSET:
            field_dict["client_email"] = client_email
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_key_id = d.pop("access_key_id", UNSET)

        role_arn = d.pop("role_arn", UNSET)

        client_email = d.pop("client_email", UNSET)

        tenant_id = d.pop("tenant_id", UNSET)

        client_id = d.pop("client_id", UNSET)

        volume_credentials = cls(
            access_key_id=access_key_id,
            role_arn=role_arn,
            client_email=client_email,
            tenant_id=tenant_id,
            client_id=client_id,
        )

        volume_credentials.additional_properties = d
        return volume_credentials

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
