from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.member_type import MemberType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.volume_permissions import VolumePermissions


T = TypeVar("T", bound="VolumeMemberCreate")


@_attrs_define
class VolumeMemberCreate:
    """A new volume member, a user by `username` or a team or division by `id` with `type`.

    Example:
        {'username': 'francis-crick', 'permissions': {'read': True, 'copy': True, 'write': False, 'admin': False}}

    Attributes:
        username (str | Unset):
        id (str | Unset):
        type_ (MemberType | Unset): What kind of member this is. Example: USER.
        permissions (VolumePermissions | Unset): A member's permissions on a volume. Example: {'read': True, 'copy':
            True, 'write': False, 'admin': False}.
    """

    username: str | Unset = UNSET
    id: str | Unset = UNSET
    type_: MemberType | Unset = UNSET
    permissions: VolumePermissions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.volume_permissions import VolumePermissions  # noqa: PLC0415

        d = dict(src_dict)
        username = d.pop("username", UNSET)

        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: MemberType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = MemberType(_type_)

        _permissions = d.pop("permissions", UNSET)
        permissions: VolumePermissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = VolumePermissions.from_dict(_permissions)

        volume_member_create = cls(
            username=username,
            id=id,
            type_=type_,
            permissions=permissions,
        )

        volume_member_create.additional_properties = d
        return volume_member_create

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
