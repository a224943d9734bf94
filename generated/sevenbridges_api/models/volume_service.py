from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.volume_service_type import VolumeServiceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.volume_credentials import VolumeCredentials
    from ..models.volume_properties import VolumeProperties


T = TypeVar("T", bound="VolumeService")


@_attrs_define
class VolumeService:
    """Where a volume's bucket is and how the Platform reaches it; the server may add more keys.

    Example:
        {'type': 'S3', 'bucket': 'rfranklin-data', 'prefix': '', 'endpoint': 's3.amazonaws.com', 'credentials':
            {'access_key_id': 'AKIAIOSFODNN7EXAMPLE'}, 'properties': {'sse_algorithm': 'AES256'}, 'export_enabled': True,
            'direct_export_enabled': True}

    Attributes:
        type_ (VolumeServiceType | Unset): The cloud a volume's bucket is on. Example: S3.
        bucket (None | str | Unset):
        container (None | str | Unset): The Azure container.
        storage_account (None | str | Unset): The Azure storage account.
        prefix (None | str | Unset):
        endpoint (None | str | Unset):
        root_url (None | str | Unset):
        credentials (None | Unset | VolumeCredentials):
        properties (None | Unset | VolumeProperties):
        export_enabled (bool | Unset):
        direct_export_enabled (bool | Unset):
    """

    type_: VolumeServiceType | Unset = UNSET
    bucket: None | str | Unset = UNSET
    container: None | str | Unset = UNSET
    storage_account: None | str | Unset = UNSET
    prefix: None | str | Unset = UNSET
    endpoint: None | str | Unset = UNSET
    root_url: None | str | Unset = UNSET
    credentials: None | Unset | VolumeCredentials = UNSET
    properties: None | Unset | VolumeProperties = UNSET
    export_enabled: bool | Unset = UNSET
    direct_export_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.volume_credentials import VolumeCredentials  # noqa: PLC0415
        from ..models.volume_properties import VolumeProperties  # noqa: PLC0415

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        bucket: None | str | Unset
        if isinstance(self.bucket, Unset):
            bucket = UNSET
        else:
            bucket = self.bucket

        container: None | str | Unset
        if isinstance(self.container, Unset):
            container = UNSET
        else:
            container = self.container

        storage_account: None | str | Unset
        if isinstance(self.storage_account, Unset):
            storage_account = UNSET
        else:
            storage_account = self.storage_account

        prefix: None | str | Unset
        if isinstance(self.prefix, Unset):
            prefix = UNSET
        else:
            prefix = self.prefix

        endpoint: None | str | Unset
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        else:
            endpoint = self.endpoint

        root_url: None | str | Unset
        if isinstance(self.root_url, Unset):
            root_url = UNSET
        else:
            root_url = self.root_url

        credentials: dict[str, Any] | None | Unset
        if isinstance(self.credentials, Unset):
            credentials = UNSET
        elif isinstance(self.credentials, VolumeCredentials):
            credentials = self.credentials.to_dict()
        else:
            credentials = self.credentials

        properties: dict[str, Any] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, VolumeProperties):
            properties = self.properties.to_dict()
        else:
            properties = self.properties

        export_enabled = self.export_enabled

        direct_export_enabled = self.direct_export_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if container is not UNSET:
            field_dict["container"] = container
        if storage_account is not UNSET:
            field_dict["storage_account"] = storage_account
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if root_url is not UNSET:
            field_dict["root_url"] = root_url
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if properties is not UNSET:
            field_dict["properties"] = properties
        if export_enabled is not UNSET:
            field_dict["export_enabled"] = export_enabled
        if direct_export_enabled is not UNSET:
            field_dict["direct_export_enabled"] = direct_export_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.volume_credentials import VolumeCredentials  # noqa: PLC0415
        from ..models.volume_properties import VolumeProperties  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: VolumeServiceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = VolumeServiceType(_type_)

        def _parse_bucket(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bucket = _parse_bucket(d.pop("bucket", UNSET))

        def _parse_container(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        container = _parse_container(d.pop("container", UNSET))

        def _parse_storage_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        storage_account = _parse_storage_account(d.pop("storage_account", UNSET))

        def _parse_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prefix = _parse_prefix(d.pop("prefix", UNSET))

        def _parse_endpoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        endpoint = _parse_endpoint(d.pop("endpoint", UNSET))

        def _parse_root_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        root_url = _parse_root_url(d.pop("root_url", UNSET))

        def _parse_credentials(data: object) -> None | Unset | VolumeCredentials:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_type_1 = VolumeCredentials.from_dict(data)

                return credentials_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VolumeCredentials, data)

        credentials = _parse_credentials(d.pop("credentials", UNSET))

        def _parse_properties(data: object) -> None | Unset | VolumeProperties:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_1 = VolumeProperties.from_dict(data)

                return properties_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VolumeProperties, data)

        properties = _parse_properties(d.pop("properties", UNSET))

        export_enabled = d.pop("export_enabled", UNSET)

        direct_export_enabled = d.pop("direct_export_enabled", UNSET)

        volume_service = cls(
            type_=type_,
            bucket=bucket,
            container=container,
            storage_account=storage_account,
            prefix=prefix,
            endpoint=endpoint,
            root_url=root_url,
            credentials=credentials,
            properties=properties,
            export_enabled=export_enabled,
            direct_export_enabled=direct_export_enabled,
        )

        volume_service.additional_properties = d
        return volume_service

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
