from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.oss_volume_service_create_type import OssVolumeServiceCreateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_key_credentials_create import AccessKeyCredentialsCreate
    from ..models.volume_properties import VolumeProperties


T = TypeVar("T", bound="OssVolumeServiceCreate")


@_attrs_define
class OssVolumeServiceCreate:
    """An Ali Cloud OSS bucket (read-only volumes only).

    Example:
        {'type': 'OSS', 'endpoint': 'oss-cn-hangzhou.aliyuncs.com', 'bucket': 'rfranklin-data', 'credentials':
            {'access_key_id': 'LTAI5tEXAMPLE', 'secret_access_key': 'not-a-real-secret'}}

    Attributes:
        type_ (OssVolumeServiceCreateType):
        endpoint (str):
        bucket (str):
        credentials (AccessKeyCredentialsCreate): An access key pair (AWS IAM user, or Ali Cloud OSS). Example:
            {'access_key_id': 'AKIAIOSFODNN7EXAMPLE', 'secret_access_key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'}.
        prefix (str | Unset):
        properties (VolumeProperties | Unset): Cloud-specific settings of a volume or an export (e.g. server-side
            encryption); the server may add more keys. Example: {'sse_algorithm': 'AES256'}.
    """

    type_: OssVolumeServiceCreateType
    endpoint: str
    bucket: str
    credentials: AccessKeyCredentialsCreate
    prefix: str | Unset = UNSET
    properties: VolumeProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        endpoint = self.endpoint

        bucket = self.bucket

        credentials = self.credentials.to_dict()

        prefix = self.prefix

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "endpoint": endpoint,
                "bucket": bucket,
                "credentials": credentials,
            }
        )
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.access_key_credentials_create import AccessKeyCredentialsCreate  # noqa: PLC0415
        from ..models.volume_properties import VolumeProperties  # noqa: PLC0415

        d = dict(src_dict)
        type_ = OssVolumeServiceCreateType(d.pop("type"))

        endpoint = d.pop("endpoint")

        bucket = d.pop("bucket")

        credentials = AccessKeyCredentialsCreate.from_dict(d.pop("credentials"))

        prefix = d.pop("prefix", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: VolumeProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = VolumeProperties.from_dict(_properties)

        oss_volume_service_create = cls(
            type_=type_,
            endpoint=endpoint,
            bucket=bucket,
            credentials=credentials,
            prefix=prefix,
            properties=properties,
        )

        oss_volume_service_create.additional_properties = d
        return oss_volume_service_create

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
