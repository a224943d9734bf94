from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VolumeProperties")


@_attrs_define
class VolumeProperties:
    """Cloud-specific settings of a volume or an export (e.g. server-side encryption); the server may add more keys.

    Example:
        {'sse_algorithm': 'AES256'}

    Attributes:
        sse_algorithm (str | Unset): `AES256` or `aws:kms`.
        sse_aws_kms_key_id (None | str | Unset):
        aws_storage_class (str | Unset): e.g. `STANDARD` or `STANDARD_IA`.
        aws_canned_acl (str | Unset): e.g. `private` or `bucket-owner-full-control`.
        resource_id (str | Unset): The Azure storage account's resource id.
    """

    sse_algorithm: str | Unset = UNSET
    sse_aws_kms_key_id: None | str | Unset = UNSET
    aws_storage_class: str | Unset = UNSET
    aws_canned_acl: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sse_algorithm = self.sse_algorithm

        sse_aws_kms_key_id: None | str | Unset
        if isinstance(self.sse_aws_kms_key_id, Unset):
            sse_aws_kms_key_id = UNSET
        else:
            sse_aws_kms_key_id = self.sse_aws_kms_key_id

        aws_storage_class = self.aws_storage_class

        aws_canned_acl = self.aws_canned_acl

        resource_id = self.resource_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sse_algorithm is not UNSET:
            field_dict["sse_algorithm"] = sse_algorithm
        if sse_aws_kms_key_id is not UNSET:
            field_dict["sse_aws_kms_key_id"] = sse_aws_kms_key_id
        if aws_storage_class is not UNSET:
            field_dict["aws_storage_class"] = aws_storage_class
        if aws_canned_acl is not UNSET:
            field_dict["aws_canned_acl"] = aws_canned_acl
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sse_algorithm = d.pop("sse_algorithm", UNSET)

        def _parse_sse_aws_kms_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sse_aws_kms_key_id = _parse_sse_aws_kms_key_id(
            d.pop("sse_aws_kms_key_id", UNSET)
        )

        aws_storage_class = d.pop("aws_storage_class", UNSET)

        aws_canned_acl = d.pop("aws_canned_acl", UNSET)

        resource_id = d.pop("resource_id", UNSET)

        volume_properties = cls(
            sse_algorithm=sse_algorithm,
            sse_aws_kms_key_id=sse_aws_kms_key_id,
            aws_storage_class=aws_storage_class,
            aws_canned_acl=aws_canned_acl,
            resource_id=resource_id,
        )

        volume_properties.additional_properties = d
        return volume_properties

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
