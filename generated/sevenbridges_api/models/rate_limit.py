from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instance_limit import InstanceLimit
    from ..models.rate import Rate


T = TypeVar("T", bound="RateLimit")


@_attrs_define
class RateLimit:
    """The caller's request-rate limit and instance limit.

    Example:
        {'rate': {'limit': 1000, 'remaining': 1000, 'reset': 1489700093}, 'instance_limit': {'limit': -1, 'remaining':
            9223372036854775807}}

    Attributes:
        rate (Rate | Unset): Requests allowed per five-minute window. Example: {'limit': 1000, 'remaining': 998,
            'reset': 1489700093}.
        instance_limit (InstanceLimit | Unset): Compute instances you may run at once; -1 means unlimited. Example:
            {'limit': -1, 'remaining': 9223372036854775807}.
    """

    rate: Rate | Unset = UNSET
    instance_limit: InstanceLimit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate, Unset):
            rate = self.rate.to_dict()

        instance_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_limit, Unset):
            instance_limit = self.instance_limit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rate is not UNSET:
            field_dict["rate"] = rate
        if instance_limit is not UNSET:
            field_dict["instance_limit"] = instance_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instance_limit import InstanceLimit  # noqa: PLC0415
        from ..models.rate import Rate  # noqa: PLC0415

        d = dict(src_dict)
        _rate = d.pop("rate", UNSET)
        rate: Rate | Unset
        if isinstance(_rate, Unset):
            rate = UNSET
        else:
            rate = Rate.from_dict(_rate)

        _instance_limit = d.pop("instance_limit", UNSET)
        instance_limit: InstanceLimit | Unset
        if isinstance(_instance_limit, Unset):
            instance_limit = UNSET
        else:
            instance_limit = InstanceLimit.from_dict(_instance_limit)

        rate_limit = cls(
            rate=rate,
            instance_limit=instance_limit,
        )

        rate_limit.additional_properties = d
        return rate_limit

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
