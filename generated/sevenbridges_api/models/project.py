from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_category import ProjectCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.permissions import Permissions
    from ..models.project_settings import ProjectSettings


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A project, the place where files, apps and tasks live.

    Example:
        {'href': 'https://api.sbgenomics.com/v2/projects/rfranklin/rfranklin-s-demo-project', 'id':
            'rfranklin/rfranklin-s-demo-project', 'name': "rfranklin's Demo Project", 'type': 'v2', 'description': 'A demo
            project', 'tags': [], 'settings': {'locked': False, 'controlled': True, 'use_interruptible_instances': False,
            'use_memoization': True, 'allow_network_access': True, 'intermediate_files': {'retention': 'LIMITED',
            'duration': 24}}, 'permissions': {'write': True, 'read': True, 'copy': True, 'execute': True, 'admin': True},
            'billing_group': 'ec1dc1e3-12a3-4b56-789c-e3f2dca0c6f7', 'created_by': 'rfranklin', 'created_on':
            '2024-03-01T10:00:00Z', 'modified_on': '2024-03-01T10:00:00Z', 'category': 'PRIVATE'}

    Attributes:
        href (str | Unset):
        id (str | Unset): `owner/short-name`.
        name (str | Unset):
        type_ (str | Unset): Always `v2`.
        description (None | str | Unset):
        tags (list[str] | Unset):
        settings (None | ProjectSettings | Unset):
        permissions (None | Permissions | Unset):
        billing_group (UUID | Unset):
        root_folder (None | str | Unset): Returned with advance access.
        created_by (None | str | Unset):
        created_on (datetime.datetime | None | Unset):
        modified_on (datetime.datetime | None | Unset):
        category (None | ProjectCategory | Unset):
    """

    href: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    description: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    settings: None | ProjectSettings | Unset = UNSET
    permissions: None | Permissions | Unset = UNSET
    billing_group: UUID | Unset = UNSET
    root_folder: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_on: datetime.datetime | None | Unset = UNSET
    modified_on: datetime.datetime | None | Unset = UNSET
    category: None | ProjectCategory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.permissions import Permissions  # noqa: PLC0415
        from ..models.project_settings import ProjectSettings  # noqa: PLC0415

        href = self.href

        id = self.id

        name = self.name

        type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, ProjectSettings):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        permissions: dict[str, Any] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, Permissions):
            permissions = self.permissions.to_dict()
        else:
            permissions = self.permissions

        billing_group: str | Unset = UNSET
        if not isinstance(self.billing_group, Unset):
            billing_group = str(self.billing_group)

        root_folder: None | str | Unset
        if isinstance(self.root_folder, Unset):
            root_folder = UNSET
        else:
            root_folder = self.root_folder

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        created_on: None | str | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        elif isinstance(self.created_on, datetime.datetime):
            created_on = self.created_on.isoformat()
        else:
            created_on = self.created_on

        modified_on: None | str | Unset
        if isinstance(self.modified_on, Unset):
            modified_on = UNSET
        elif isinstance(self.modified_on, datetime.datetime):
            modified_on = self.modified_on.isoformat()
        else:
            modified_on = self.modified_on

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, ProjectCategory):
            category = self.category.value
        else:
            category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if settings is not UNSET:
            field_dict["settings"] = settings
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if billing_group is not UNSET:
            field_dict["billing_group"] = billing_group
        if root_folder is not UNSET:
            field_dict["root_folder"] = root_folder
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if modified_on is not UNSET:
            field_dict["modified_on"] = modified_on
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.permissions import Permissions  # noqa: PLC0415
        from ..models.project_settings import ProjectSettings  # noqa: PLC0415

        d = dict(src_dict)
        href = d.pop("href", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_settings(data: object) -> None | ProjectSettings | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_1 = ProjectSettings.from_dict(data)

                return settings_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectSettings | Unset, data)

        settings = _parse_settings(d.pop("settings", UNSET))

        def _parse_permissions(data: object) -> None | Permissions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                permissions_type_1 = Permissions.from_dict(data)

                return permissions_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Permissions | Unset, data)

        permissions = _parse_permissions(d.pop("permissions", UNSET))

        _billing_group = d.pop("billing_group", UNSET)
        billing_group: UUID | Unset
        if isinstance(_billing_group, Unset):
            billing_group = UNSET
        else:
            billing_group = UUID(_billing_group)

        def _parse_root_folder(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        root_folder = _parse_root_folder(d.pop("root_folder", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_created_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_on_type_0 = datetime.datetime.fromisoformat(data)

                return created_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_on = _parse_created_on(d.pop("created_on", UNSET))

        def _parse_modified_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_on_type_0 = datetime.datetime.fromisoformat(data)

                return modified_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        modified_on = _parse_modified_on(d.pop("modified_on", UNSET))

        def _parse_category(data: object) -> None | ProjectCategory | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_1 = ProjectCategory(data)

                return category_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectCategory | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        project = cls(
            href=href,
            id=id,
            name=name,
            type_=type_,
            description=description,
            tags=tags,
            settings=settings,
            permissions=permissions,
            billing_group=billing_group,
            root_folder=root_folder,
            created_by=created_by,
            created_on=created_on,
            modified_on=modified_on,
            category=category,
        )

        project.additional_properties = d
        return project

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
