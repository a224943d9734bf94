from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_job_disk import TaskJobDisk


T = TypeVar("T", bound="TaskJobInstance")


@_attrs_define
class TaskJobInstance:
    """The compute instance a job ran on.

    Example:
        {'id': 'i-0a1b2c3d4e5f60718', 'type': 'c4.2xlarge', 'provider': 'AWS', 'disk': {'size': 1024, 'unit': 'GB',
            'type': 'ebs-gp2'}}

    Attributes:
        id (str | Unset):
        type_ (None | str | Unset):
        provider (None | str | Unset):
        disk (None | TaskJobDisk | Unset):
    """

    id: str | Unset = UNSET
    type_: None | str | Unset = UNSET
    provider: None | str | Unset = UNSET
    disk: None | TaskJobDisk | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_job_disk import TaskJobDisk  # noqa: PLC0415

        id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        disk: dict[str, Any] | None | Unset
        if isinstance(self.disk, Unset):
            disk = UNSET
        elif isinstance(self.disk, TaskJobDisk):
            disk = self.disk.to_dict()
        else:
            disk = self.disk

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if provider is not UNSET:
            field_dict["provider"] = provider
        if disk is not UNSET:
            field_dict["disk"] = disk

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_job_disk import TaskJobDisk  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))

        def _parse_disk(data: object) -> None | TaskJobDisk | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                disk_type_1 = TaskJobDisk.from_dict(data)

                return disk_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskJobDisk | Unset, data)

        disk = _parse_disk(d.pop("disk", UNSET))

        task_job_instance = cls(
            id=id,
            type_=type_,
            provider=provider,
            disk=disk,
        )

        task_job_instance.additional_properties = d
        return task_job_instance

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
