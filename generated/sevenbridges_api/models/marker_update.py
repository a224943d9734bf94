from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.marker_position import MarkerPosition


T = TypeVar("T", bound="MarkerUpdate")


@_attrs_define
class MarkerUpdate:
    """Changes to a marker; fields left out keep their value.

    Example:
        {'name': 'BRCA1 exon 11 (start)', 'position': {'start': 43091434, 'end': 43091534}}

    Attributes:
        name (str | Unset):
        chromosome (str | Unset):
        position (MarkerPosition | Unset): Where a marker is on its chromosome; `end` is not before `start`. Example:
            {'start': 1000, 'end': 1050}.
        private (bool | Unset):
    """

    name: str | Unset = UNSET
    chromosome: str | Unset = UNSET
    position: MarkerPosition | Unset = UNSET
    private: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        chromosome = self.chromosome

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        private = self.private

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if chromosome is not UNSET:
            field_dict["chromosome"] = chromosome
        if position is not UNSET:
            field_dict["position"] = position
        if private is not UNSET:
            field_dict["private"] = private

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.marker_position import MarkerPosition  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        chromosome = d.pop("chromosome", UNSET)

        _position = d.pop("position", UNSET)
        position: MarkerPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = MarkerPosition.from_dict(_position)

        private = d.pop("private", UNSET)

        marker_update = cls(
            name=name,
            chromosome=chromosome,
            position=position,
            private=private,
        )

        marker_update.additional_properties = d
        return marker_update

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
