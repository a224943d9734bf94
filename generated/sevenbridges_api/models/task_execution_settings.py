from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskExecutionSettings")


@_attrs_define
class TaskExecutionSettings:
    """How a task runs; the server may add more keys.

    Example:
        {'instance_type': 'c4.2xlarge;ebs-gp2;2000', 'max_parallel_instances': 1, 'use_memoization': True}

    Attributes:
        instance_type (None | str | Unset): e.g. `c4.2xlarge;ebs-gp2;2000`.
        max_parallel_instances (int | None | Unset):
        use_memoization (bool | None | Unset):
        use_elastic_disk (bool | None | Unset):
    """

    instance_type: None | str | Unset = UNSET
    max_parallel_instances: int | None | Unset = UNSET
    use_memoization: bool | None | Unset = UNSET
    use_elastic_disk: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_type: None | str | Unset
        if isinstance(self.instance_type, Unset):
            instance_type = UNSET
        else:
            instance_type = self.instance_type

        max_parallel_instances: int | None | Unset
        if isinstance(self.max_parallel_instances, Unset):
            max_parallel_instances = UNSET
        else:
            max_parallel_instances = self.max_parallel_instances

        use_memoization: bool | None | Unset
        if isinstance(self.use_memoization, Unset):
            use_memoization = UNSET
        else:
            use_memoization = self.use_memoization

        use_elastic_disk: bool | None | Unset
        if isinstance(self.use_elastic_disk, Unset):
            use_elastic_disk = UNSET
        else:
            use_elastic_disk = self.use_elastic_disk

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_type is not UNSET:
            field_dict["instance_type"] = instance_type
        if max_parallel_instances is not UNSET:
            field_dict["max_parallel_instances"] = max_parallel_instances
        if use_memoization is not UNSET:
            field_dict["use_memoization"] = use_memoization
        if use_elastic_disk is not UNSET:
            field_dict["use_elastic_disk"] = use_elastic_disk

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_instance_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instance_type = _parse_instance_type(d.pop("instance_type", UNSET))

        def _parse_max_parallel_instances(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_parallel_instances = _parse_max_parallel_instances(
            d.pop("max_parallel_instances", UNSET)
        )

        def _parse_use_memoization(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_memoization = _parse_use_memoization(d.pop("use_memoization", UNSET))

        def _parse_use_elastic_disk(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_elastic_disk = _parse_use_elastic_disk(d.pop("use_elastic_disk", UNSET))

        task_execution_settings = cls(
            instance_type=instance_type,
            max_parallel_instances=max_parallel_instances,
            use_memoization=use_memoization,
            use_elastic_disk=use_elastic_disk,
        )

        task_execution_settings.additional_properties = d
        return task_execution_settings

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
