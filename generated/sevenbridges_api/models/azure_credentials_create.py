from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AzureCredentialsCreate")


@_attrs_define
class AzureCredentialsCreate:
    """An Azure shared access signature (`sas`), or an app registration's tenant, client id and secret.

    Example:
        {'tenant_id': '72f988bf-86f1-41af-91ab-2d7cd011db47', 'client_id': '0d5b7c1e-4b3a-4c2d-9e8f-1a2b3c4d5e6f',
            'client_secret': 'not-a-real-secret'}

    Attributes:
        sas (str | Unset):
        tenant_id (str | Unset):
        client_id (str | Unset):
        client_secret (str | Unset):
    """

    sas: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sas = self.sas

        tenant_id = self.tenant_id

        client_id = self.client_id

        client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sas is not UNSET:
            field_dict["sas"] = sas
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sas = d.pop("sas", UNSET)

        tenant_id = d.pop("tenant_id", UNSET)

        client_id = d.pop("client_id", UNSET)

        client_secret = d.pop("client_secret", UNSET)

        azure_credentials_create = cls(
            sas=sas,
            tenant_id=tenant_id,
            client_id=client_id,
            client_secret=client_secret,
        )

        azure_credentials_create.additional_properties = d
        return azure_credentials_create

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
