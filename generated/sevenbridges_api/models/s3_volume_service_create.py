from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.s3_volume_service_create_type import S3VolumeServiceCreateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_key_credentials_create import AccessKeyCredentialsCreate
    from ..models.role_credentials_create import RoleCredentialsCreate
    from ..models.volume_properties import VolumeProperties


T = TypeVar("T", bound="S3VolumeServiceCreate")


@_attrs_define
class S3VolumeServiceCreate:
    """An AWS S3 bucket, reached with an IAM user's access keys or by assuming an IAM role.

    Example:
        {'type': 'S3', 'bucket': 'rfranklin-data', 'prefix': 'runs/', 'credentials': {'access_key_id':
            'AKIAIOSFODNN7EXAMPLE', 'secret_access_key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'}, 'properties':
            {'sse_algorithm': 'AES256'}}

    Attributes:
        type_ (S3VolumeServiceCreateType):
        bucket (str):
        credentials (AccessKeyCredentialsCreate | RoleCredentialsCreate):
        prefix (str | Unset):
        endpoint (str | Unset): The S3 endpoint; the server's default is `s3.amazonaws.com`.
        properties (VolumeProperties | Unset): Cloud-specific settings of a volume or an export (e.g. server-side
            encryption); the server may add more keys. Example: {'sse_algorithm': 'AES256'}.
    """

    type_: S3VolumeServiceCreateType
    bucket: str
    credentials: AccessKeyCredentialsCreate | RoleCredentialsCreate
    prefix: str | Unset = UNSET
    endpoint: str | Unset = UNSET
    properties: VolumeProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.access_key_credentials_create import AccessKeyCredentialsCreate  # noqa: PLC0415

        type_ = self.type_.value

        bucket = self.bucket

        credentials: dict[str, Any]
        if isinstance(self.credentials, AccessKeyCredentialsCreate):
            credentials = self.credentials.to_dict()
        else:
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
                "bucket": bucket,
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
        from ..models.access_key_credentials_create import AccessKeyCredentialsCreate  # noqa: PLC0415
        from ..models.role_credentials_create import RoleCredentialsCreate  # noqa: PLC0415
        from ..models.volume_properties import VolumeProperties  # noqa: PLC0415

        d = dict(src_dict)
        type_ = S3VolumeServiceCreateType(d.pop("type"))

        bucket = d.pop("bucket")

        def _parse_credentials(
            data: object,
        ) -> AccessKeyCredentialsCreate | RoleCredentialsCreate:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_type_0 = AccessKeyCredentialsCreate.from_dict(data)

                return credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            credentials_type_1 = RoleCredentialsCreate.from_dict(data)

            return credentials_type_1

        credentials = _parse_credentials(d.pop("credentials"))

        prefix = d.pop("prefix", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: VolumeProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = VolumeProperties.from_dict(_properties)

        s3_volume_service_create = cls(
            type_=type_,
            bucket=bucket,
            credentials=credentials,
            prefix=prefix,
            endpoint=endpoint,
            properties=properties,
        )

        s3_volume_service_create.additional_properties = d
        return s3_volume_service_create

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
