from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intermediate_files import IntermediateFiles


T = TypeVar("T", bound="ProjectSettings")


@_attrs_define
class ProjectSettings:
    """Project settings; the server may add more keys.

    Example:
        {'locked': False, 'controlled': True, 'use_interruptible_instances': False, 'use_memoization': True,
            'allow_network_access': True, 'intermediate_files': {'retention': 'LIMITED', 'duration': 24}}

    Attributes:
        locked (bool | Unset):
        controlled (bool | Unset):
        use_interruptible_instances (bool | Unset):
        use_memoization (bool | Unset):
        allow_network_access (bool | Unset):
        use_elastic_disk (bool | Unset):
        location (None | str | Unset):
        intermediate_files (IntermediateFiles | None | Unset):
    """

    locked: bool | Unset = UNSET
    controlled: bool | Unset = UNSET
    use_interruptible_instances: bool | Unset = UNSET
    use_memoization: bool | Unset = UNSET
    allow_network_access: bool | Unset = UNSET
    use_elastic_disk: bool | Unset = UNSET
    location: None | str | Unset = UNSET
    intermediate_files: IntermediateFiles | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.intermediate_files import IntermediateFiles  # noqa: PLC0415

        locked = self.locked

        controlled = self.controlled

        use_interruptible_instances = self.use_interruptible_instances

        use_memoization = self.use_memoization

        allow_network_access = self.allow_network_access

        use_elastic_disk = self.use_elastic_disk

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        intermediate_files: dict[str, Any] | None | Unset
        if isinstance(self.intermediate_files, Unset):
            intermediate_files = UNSET
        elif isinstance(self.intermediate_files, IntermediateFiles):
            intermediate_files = self.intermediate_files.to_dict()
        else:
            intermediate_files = self.intermediate_files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if locked is not UNSET:
            field_dict["locked"] = locked
        if controlled is not UNSET:
            field_dict["controlled"] = controlled
        if use_interruptible_instances is not UNSET:
            field_dict["use_interruptible_instances"] = use_interruptible_instances
        if use_memoization is not UNSET:
            field_dict["use_memoization"] = use_memoization
        if allow_network_access is not UNSET:
            field_dict["allow_network_access"] = allow_network_access
        if use_elastic_disk is not UNSET:
            field_dict["use_elastic_disk"] = use_elastic_disk
        if location is not UNSET:
            field_dict["location"] = location
        if intermediate_files is not UNSET:
            field_dict["intermediate_files"] = intermediate_files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intermediate_files import IntermediateFiles  # noqa: PLC0415

        d = dict(src_dict)
        locked = d.pop("locked", UNSET)

        controlled = d.pop("controlled", UNSET)

        use_interruptible_instances = d.pop("use_interruptible_instances", UNSET)

        use_memoization = d.pop("use_memoization", UNSET)

        allow_network_access = d.pop("allow_network_access", UNSET)

        use_elastic_disk = d.pop("use_elastic_disk", UNSET)

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_intermediate_files(data: object) -> IntermediateFiles | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                intermediate_files_type_1 = IntermediateFiles.from_dict(data)

                return intermediate_files_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IntermediateFiles | None | Unset, data)

        intermediate_files = _parse_intermediate_files(
            d.pop("intermediate_files", UNSET)
        )

        project_settings = cls(
            locked=locked,
            controlled=controlled,
            use_interruptible_instances=use_interruptible_instances,
            use_memoization=use_memoization,
            allow_network_access=allow_network_access,
            use_elastic_disk=use_elastic_disk,
            location=location,
            intermediate_files=intermediate_files,
        )

        project_settings.additional_properties = d
        return project_settings

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
