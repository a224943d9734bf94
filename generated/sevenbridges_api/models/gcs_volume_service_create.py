from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gcs_volume_service_create_type import GcsVolumeServiceCreateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gcs_credentials_create import GcsCredentialsCreate
    from ..models.volume_properties import VolumeProperties


T = TypeVar("T", bound="GcsVolumeServiceCreate")


@_attrs_define
class GcsVolumeServiceCreate:
    """A Google Cloud Storage bucket.

    Example:
        {'type': 'GCS', 'bucket': 'rfranklin-data', 'credentials': {'client_email': 'sbg-volume@my-
            project.iam.gserviceaccount.com', 'private_key': '-----BEGIN PRIVATE
            KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----\\n'}}

    Attributes:
        type_ (GcsVolumeServiceCreateType):
        bucket (str):
        credentials (GcsCredentialsCreate): A Google Cloud service account: its `client_email` and PEM `private_key`, or
            a workload identity `configuration`. Example: {'client_email': 'sbg-volume@my-project.iam.gserviceaccount.com',
            'private_key': '-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----\\n'}.
        prefix (str | Unset):
        root_url (str | Unset): The server's default is `https://www.googleapis.com`.
        properties (VolumeProperties | Unset): Cloud-specific settings of a volume or an export (e.g. server-side
            encryption); the server may add more keys. Example: {'sse_algorithm': 'AES256'}.
    """

    type_: GcsVolumeServiceCreateType
    bucket: str
    credentials: GcsCredentialsCreate
    prefix: str | Unset = UNSET
    root_url: str | Unset = UNSET
    properties: VolumeProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        bucket = self.bucket

        credentials = self.credentials.to_dict()

        prefix = self.prefix

        root_url = self.root_url

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
        if root_url is not UNSET:
            field_dict["root_url"] = root_url
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gcs_credentials_create import GcsCredentialsCreate  # noqa: PLC0415
        from ..models.volume_properties import VolumeProperties  # noqa: PLC0415

        d = dict(src_dict)
        type_ = GcsVolumeServiceCreateType(d.pop("type"))

        bucket = d.pop("bucket")

        credentials = GcsCredentialsCreate.from_dict(d.pop("credentials"))

        prefix = d.pop("prefix", UNSET)

        root_url = d.pop("root_url", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: VolumeProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = VolumeProperties.from_dict(_properties)

        gcs_volume_service_create = cls(
            type_=type_,
            bucket=bucket,
            credentials=credentials,
            prefix=prefix,
            root_url=root_url,
            properties=properties,
        )

        gcs_volume_service_create.additional_properties = d
        return gcs_volume_service_create

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
