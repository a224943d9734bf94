from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_category import ProjectCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_settings import ProjectSettings


T = TypeVar("T", bound="ProjectUpdate")


@_attrs_define
class ProjectUpdate:
    """Changes to a project; fields left out keep their value.

    Example:
        {'description': 'Re-described', 'settings': {'locked': True}}

    Attributes:
        name (str | Unset):
        billing_group (UUID | Unset):
        description (str | Unset):
        tags (list[str] | Unset):
        settings (ProjectSettings | Unset): Project settings; the server may add more keys. Example: {'locked': False,
            'controlled': True, 'use_interruptible_instances': False, 'use_memoization': True, 'allow_network_access': True,
            'intermediate_files': {'retention': 'LIMITED', 'duration': 24}}.
        category (ProjectCategory | Unset): Whether a project is private or public. Example: PRIVATE.
    """

    name: str | Unset = UNSET
    billing_group: UUID | Unset = UNSET
    description: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    settings: ProjectSettings | Unset = UNSET
    category: ProjectCategory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        billing_group: str | Unset = UNSET
        if not isinstance(self.billing_group, Unset):
            billing_group = str(self.billing_group)

        description = self.description

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if billing_group is not UNSET:
            field_dict["billing_group"] = billing_group
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if settings is not UNSET:
            field_dict["settings"] = settings
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_settings import ProjectSettings  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _billing_group = d.pop("billing_group", UNSET)
        billing_group: UUID | Unset
        if isinstance(_billing_group, Unset):
            billing_group = UNSET
        else:
            billing_group = UUID(_billing_group)

        description = d.pop("description", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _settings = d.pop("settings", UNSET)
        settings: ProjectSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = ProjectSettings.from_dict(_settings)

        _category = d.pop("category", UNSET)
        category: ProjectCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = ProjectCategory(_category)

        project_update = cls(
            name=name,
            billing_group=billing_group,
            description=description,
            tags=tags,
            settings=settings,
            category=category,
        )

        project_update.additional_properties = d
        return project_update

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
