from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.marker_position import MarkerPosition


T = TypeVar("T", bound="Marker")


@_attrs_define
class Marker:
    """A named position on the genome, shown on an alignment file.

    Example:
        {'href': 'https://api.sbgenomics.com/v2/genome/markers/5be9a1b2c3d4e5f60718293a', 'id':
            '5be9a1b2c3d4e5f60718293a', 'name': 'BRCA1 exon 11', 'file': '567890abc8a5639cc6722063', 'chromosome': 'chr17',
            'position': {'start': 43091434, 'end': 43094860}, 'private': True, 'created_by': 'rfranklin', 'created_time':
            '2024-03-01T10:00:00Z'}

    Attributes:
        href (str | Unset):
        id (str | Unset):
        name (str | Unset):
        file (str | Unset): The id of the file the marker is on.
        chromosome (str | Unset):
        position (MarkerPosition | None | Unset):
        private (bool | Unset): Only the creator sees a private marker.
        created_by (None | str | Unset):
        created_time (datetime.datetime | None | Unset):
    """

    href: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    file: str | Unset = UNSET
    chromosome: str | Unset = UNSET
    position: MarkerPosition | None | Unset = UNSET
    private: bool | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.marker_position import MarkerPosition  # noqa: PLC0415

        href = self.href

        id = self.id

        name = self.name

        file = self.file

        chromosome = self.chromosome

        position: dict[str, Any] | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, MarkerPosition):
            position = self.position.to_dict()
        else:
            position = self.position

        private = self.private

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        created_time: None | str | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        elif isinstance(self.created_time, datetime.datetime):
            created_time = self.created_time.isoformat()
        else:
            created_time = self.created_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if file is not UNSET:
            field_dict["file"] = file
        if chromosome is not UNSET:
            field_dict["chromosome"] = chromosome
        if position is not UNSET:
            field_dict["position"] = position
        if private is not UNSET:
            field_dict["private"] = private
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_time is not UNSET:
            field_dict["created_time"] = created_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.marker_position import MarkerPosition  # noqa: PLC0415

        d = dict(src_dict)
        href = d.pop("href", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        file = d.pop("file", UNSET)

        chromosome = d.pop("chromosome", UNSET)

        def _parse_position(data: object) -> MarkerPosition | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_1 = MarkerPosition.from_dict(data)

                return position_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MarkerPosition | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        private = d.pop("private", UNSET)

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_created_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_time_type_0 = datetime.datetime.fromisoformat(data)

                return created_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_time = _parse_created_time(d.pop("created_time", UNSET))

        marker = cls(
            href=href,
            id=id,
            name=name,
            file=file,
            chromosome=chromosome,
            position=position,
            private=private,
            created_by=created_by,
            created_time=created_time,
        )

        marker.additional_properties = d
        return marker

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
