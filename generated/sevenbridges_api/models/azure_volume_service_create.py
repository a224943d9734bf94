from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.azure_volume_service_create_type import AzureVolumeServiceCreateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.azure_credentials_create import AzureCredentialsCreate
    from ..models.volume_properties import VolumeProperties


T = TypeVar("T", bound="AzureVolumeServiceCreate")


@_attrs_define
class AzureVolumeServiceCreate:
    """An Azure Blob Storage container (read-only volumes only).

    Example:
        {'type': 'AZURE', 'storage_account': 'rfranklinstorage', 'container': 'data', 'credentials': {'sas':
            'sv=2022-11-02&ss=b&srt=co&sp=rl&sig=EXAMPLE'}}

    Attributes:
        type_ (AzureVolumeServiceCreateType):
        storage_account (str):
        container (str):
        credentials (AzureCredentialsCreate): An Azure shared access signature (`sas`), or an app registration's tenant,
            client id and secret. Example: {'tenant_id': '72f988bf-86f1-41af-91ab-2d7cd011db47', 'client_id':
            '0d5b7c1e-4b3a-4c2d-9e8f-1a2b3c4d5e6f', 'client_secret': 'not-a-real-secret'}.
        prefix (str | Unset):
        endpoint (str | Unset):
        properties (VolumeProperties | Unset): Cloud-specific settings of a volume or an export (e.g. server-side
            encryption); the server may add more keys. Example: {'sse_algorithm': 'AES256'}.
    """

    type_: AzureVolumeServiceCreateType
    storage_account: str
    container: str
    credentials: AzureCredentialsCreate
    prefix: str | Unset = UNSET
    endpoint: str | Unset = UNSET
    properties: VolumeProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        storage_account = self.storage_account

        container = self.container

        credentials = self.credentials.to_dict()

        prefix = self.prefix

        endpoint = self.endpoint

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "storage_account": storage_account,
                "container": container,
                "credentials": credentials,
            }
        )
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.azure_credentials_create import AzureCredentialsCreate  # noqa: PLC0415
        from ..models.volume_properties import VolumeProperties  # noqa: PLC0415

        d = dict(src_dict)
        type_ = AzureVolumeServiceCreateType(d.pop("type"))

        storage_account = d.pop("storage_account")

        container = d.pop("container")

        credentials = AzureCredentialsCreate.from_dict(d.pop("credentials"))

        prefix = d.pop("prefix", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: VolumeProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = VolumeProperties.from_dict(_properties)

        azure_volume_service_create = cls(
            type_=type_,
            storage_account=storage_account,
            container=container,
            credentials=credentials,
            prefix=prefix,
            endpoint=endpoint,
            properties=properties,
        )

        azure_volume_service_create.additional_properties = d
        return azure_volume_service_create

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
