from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VolumePermissions")


@_attrs_define
class VolumePermissions:
    """A member's permissions on a volume.

    Example:
        {'read': True, 'copy': True, 'write': False, 'admin': False}

    Attributes:
        read (bool | Unset):
        copy (bool | Unset):
        write (bool | Unset):
        admin (bool | Unset):
    """

    read: bool | Unset = UNSET
    copy: bool | Unset = UNSET
    write: bool | Unset = UNSET
    admin: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        read = self.read

        copy = self.copy

        write = self.write

        admin = self.admin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if read is not UNSET:
            field_dict["read"] = read
        if copy is not UNSET:
            field_dict["copy"] = copy
        if write is not UNSET:
            field_dict["write"] = write
        if admin is not UNSET:
            field_dict["admin"] = admin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        read = d.pop("read", UNSET)

        copy = d.pop("copy", UNSET)

        write = d.pop("write", UNSET)

        admin = d.pop("admin", UNSET)

        volume_permissions = cls(
            read=read,
            copy=copy,
            write=write,
            admin=admin,
        )

        volume_permissions.additional_properties = d
        return volume_permissions

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
