from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.volume_access_mode import VolumeAccessMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.volume_service import VolumeService


T = TypeVar("T", bound="Volume")


@_attrs_define
class Volume:
    """A cloud bucket connected to the Platform.

    Example:
        {'href': 'https://api.sbgenomics.com/v2/storage/volumes/rfranklin/my_volume', 'id': 'rfranklin/my_volume',
            'name': 'my_volume', 'description': 'Sequencing runs', 'access_mode': 'RW', 'service': {'type': 'S3', 'bucket':
            'rfranklin-data', 'prefix': '', 'endpoint': 's3.amazonaws.com', 'credentials': {'access_key_id':
            'AKIAIOSFODNN7EXAMPLE'}, 'properties': {'sse_algorithm': 'AES256'}}, 'created_on': '2024-03-01T10:00:00Z',
            'modified_on': '2024-03-01T10:00:00Z', 'active': True}

    Attributes:
        href (str | Unset):
        id (str | Unset): `owner/name`.
        name (str | Unset):
        description (None | str | Unset):
        access_mode (None | Unset | VolumeAccessMode):
        service (None | Unset | VolumeService):
        created_on (datetime.datetime | None | Unset):
        modified_on (datetime.datetime | None | Unset):
        active (bool | Unset):
    """

    href: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    access_mode: None | Unset | VolumeAccessMode = UNSET
    service: None | Unset | VolumeService = UNSET
    created_on: datetime.datetime | None | Unset = UNSET
    modified_on: datetime.datetime | None | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.volume_service import VolumeService  # noqa: PLC0415

        href = self.href

        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        access_mode: None | str | Unset
        if isinstance(self.access_mode, Unset):
            access_mode = UNSET
        elif isinstance(self.access_mode, VolumeAccessMode):
            access_mode = self.access_mode.value
        else:
            access_mode = self.access_mode

        service: dict[str, Any] | None | Unset
        if isinstance(self.service, Unset):
            service = UNSET
        elif isinstance(self.service, VolumeService):
            service = self.service.to_dict()
        else:
            service = self.service

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

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if access_mode is not UNSET:
            field_dict["access_mode"] = access_mode
        if service is not UNSET:
            field_dict["service"] = service
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if modified_on is not UNSET:
            field_dict["modified_on"] = modified_on
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.volume_service import VolumeService  # noqa: PLC0415

        d = dict(src_dict)
        href = d.pop("href", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_access_mode(data: object) -> None | Unset | VolumeAccessMode:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                access_mode_type_1 = VolumeAccessMode(data)

                return access_mode_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VolumeAccessMode, data)

        access_mode = _parse_access_mode(d.pop("access_mode", UNSET))

        def _parse_service(data: object) -> None | Unset | VolumeService:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_type_1 = VolumeService.from_dict(data)

                return service_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VolumeService, data)

        service = _parse_service(d.pop("service", UNSET))

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

        active = d.pop("active", UNSET)

        volume = cls(
            href=href,
            id=id,
            name=name,
            description=description,
            access_mode=access_mode,
            service=service,
            created_on=created_on,
            modified_on=modified_on,
            active=active,
        )

        volume.additional_properties = d
        return volume

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
