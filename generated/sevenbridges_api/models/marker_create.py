from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.marker_position import MarkerPosition


T = TypeVar("T", bound="MarkerCreate")


@_attrs_define
class MarkerCreate:
    """A new marker.

    Example:
        {'file': '567890abc8a5639cc6722063', 'name': 'BRCA1 exon 11', 'chromosome': 'chr17', 'position': {'start':
            43091434, 'end': 43094860}, 'private': True}

    Attributes:
        file (str): The id of the file to put the marker on.
        name (str):
        chromosome (str):
        position (MarkerPosition): Where a marker is on its chromosome; `end` is not before `start`. Example: {'start':
            1000, 'end': 1050}.
        private (bool | Unset): Only you see a private marker (the default).
    """

    file: str
    name: str
    chromosome: str
    position: MarkerPosition
    private: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file

        name = self.name

        chromosome = self.chromosome

        position = self.position.to_dict()

        private = self.private

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "name": name,
                "chromosome": chromosome,
                "position": position,
            }
        )
        if private is not UNSET:
            field_dict["private"] = private

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.marker_position import MarkerPosition  # noqa: PLC0415

        d = dict(src_dict)
        file = d.pop("file")

        name = d.pop("name")

        chromosome = d.pop("chromosome")

        position = MarkerPosition.from_dict(d.pop("position"))

        private = d.pop("private", UNSET)

        marker_create = cls(
            file=file,
            name=name,
            chromosome=chromosome,
            position=position,
            private=private,
        )

        marker_create.additional_properties = d
        return marker_create

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
