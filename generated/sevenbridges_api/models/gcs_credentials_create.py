from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gcs_credentials_create_configuration import (
        GcsCredentialsCreateConfiguration,
    )


T = TypeVar("T", bound="GcsCredentialsCreate")


@_attrs_define
class GcsCredentialsCreate:
    """A Google Cloud service account: its `client_email` and PEM `private_key`, or a workload identity `configuration`.

    Example:
        {'client_email': 'sbg-volume@my-project.iam.gserviceaccount.com', 'private_key': '-----BEGIN PRIVATE
            KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----\\n'}

    Attributes:
        client_email (str | Unset):
        private_key (str | Unset):
        configuration (GcsCredentialsCreateConfiguration | Unset):
    """

    client_email: str | Unset = UNSET
    private_key: str | Unset = UNSET
    configuration: GcsCredentialsCreateConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_email = self.client_email

        private_key = self.private_key

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_email is not UNSET:
            field_dict["client_email"] = client_email
        if private_key is not UNSET:
            field_dict["private_key"] = private_key
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gcs_credentials_create_configuration import (
            GcsCredentialsCreateConfiguration,  # noqa: PLC0415
        )

        d = dict(src_dict)
        client_email = d.pop("client_email", UNSET)

        private_key = d.pop("private_key", UNSET)

        _configuration = d.pop("configuration", UNSET)
        configuration: GcsCredentialsCreateConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = GcsCredentialsCreateConfiguration.from_dict(_configuration)

        gcs_credentials_create = cls(
            client_email=client_email,
            private_key=private_key,
            configuration=configuration,
        )

        gcs_credentials_create.additional_properties = d
        return gcs_credentials_create

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
