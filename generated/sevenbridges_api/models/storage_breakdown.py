from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.measurement import Measurement


T = TypeVar("T", bound="StorageBreakdown")


@_attrs_define
class StorageBreakdown:
    """The storage cost of one project.

    Example:
        {'project_name': 'my-project', 'project_created_by': 'rfranklin', 'location': 'aws:us-east-1', 'active':
            {'size': 12.5, 'unit': 'GB', 'cost': {'amount': 0.29, 'currency': 'USD'}}, 'archived': {'size': 0, 'unit': 'GB',
            'cost': {'amount': 0, 'currency': 'USD'}}, 'project_locked': False}

    Attributes:
        project_name (str | Unset):
        project_created_by (None | str | Unset):
        location (None | str | Unset):
        active (Measurement | None | Unset):
        archived (Measurement | None | Unset):
        project_locked (bool | Unset):
    """

    project_name: str | Unset = UNSET
    project_created_by: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    active: Measurement | None | Unset = UNSET
    archived: Measurement | None | Unset = UNSET
    project_locked: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.measurement import Measurement  # noqa: PLC0415

        project_name = self.project_name

        project_created_by: None | str | Unset
        if isinstance(self.project_created_by, Unset):
            project_created_by = UNSET
        else:
            project_created_by = self.project_created_by

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        active: dict[str, Any] | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        elif isinstance(self.active, Measurement):
            active = self.active.to_dict()
        else:
            active = self.active

        archived: dict[str, Any] | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        elif isinstance(self.archived, Measurement):
            archived = self.archived.to_dict()
        else:
            archived = self.archived

        project_locked = self.project_locked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_name is not UNSET:
            field_dict["project_name"] = project_name
        if project_created_by is not UNSET:
            field_dict["project_created_by"] = project_created_by
        if location is not UNSET:
            field_dict["location"] = location
        if active is not UNSET:
            field_dict["active"] = active
        if archived is not UNSET:
            field_dict["archived"] = archived
        if project_locked is not UNSET:
            field_dict["project_locked"] = project_locked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.measurement import Measurement  # noqa: PLC0415

        d = dict(src_dict)
        project_name = d.pop("project_name", UNSET)

        def _parse_project_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_created_by = _parse_project_created_by(
            d.pop("project_created_by", UNSET)
        )

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_active(data: object) -> Measurement | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                active_type_1 = Measurement.from_dict(data)

                return active_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Measurement | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_archived(data: object) -> Measurement | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                archived_type_1 = Measurement.from_dict(data)

                return archived_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Measurement | None | Unset, data)

        archived = _parse_archived(d.pop("archived", UNSET))

        project_locked = d.pop("project_locked", UNSET)

        storage_breakdown = cls(
            project_name=project_name,
            project_created_by=project_created_by,
            location=location,
            active=active,
            archived=archived,
            project_locked=project_locked,
        )

        storage_breakdown.additional_properties = d
        return storage_breakdown

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
