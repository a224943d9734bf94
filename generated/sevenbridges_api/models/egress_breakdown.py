from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cost import Cost
    from ..models.measurement import Measurement


T = TypeVar("T", bound="EgressBreakdown")


@_attrs_define
class EgressBreakdown:
    """The egress (download) cost of one user in one project.

    Example:
        {'project_name': 'my-project', 'downloaded_by': 'rfranklin', 'downloaded': {'size': 3.2, 'unit': 'GB'},
            'egress_cost': {'amount': 0.29, 'currency': 'USD'}, 'project_locked': False}

    Attributes:
        project_name (str | Unset):
        downloaded_by (None | str | Unset):
        downloaded (Measurement | None | Unset):
        egress_cost (Cost | None | Unset):
        project_locked (bool | Unset):
    """

    project_name: str | Unset = UNSET
    downloaded_by: None | str | Unset = UNSET
    downloaded: Measurement | None | Unset = UNSET
    egress_cost: Cost | None | Unset = UNSET
    project_locked: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cost import Cost  # noqa: PLC0415
        from ..models.measurement import Measurement  # noqa: PLC0415

        project_name = self.project_name

        downloaded_by: None | str | Unset
        if isinstance(self.downloaded_by, Unset):
            downloaded_by = UNSET
        else:
            downloaded_by = self.downloaded_by

        downloaded: dict[str, Any] | None | Unset
        if isinstance(self.downloaded, Unset):
            downloaded = UNSET
        elif isinstance(self.downloaded, Measurement):
            downloaded = self.downloaded.to_dict()
        else:
            downloaded = self.downloaded

        egress_cost: dict[str, Any] | None | Unset
        if isinstance(self.egress_cost, Unset):
            egress_cost = UNSET
        elif isinstance(self.egress_cost, Cost):
            egress_cost = self.egress_cost.to_dict()
        else:
            egress_cost = self.egress_cost

        project_locked = self.project_locked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_name is not UNSET:
            field_dict["project_name"] = project_name
        if downloaded_by is not UNSET:
            field_dict["downloaded_by"] = downloaded_by
        if downloaded is not UNSET:
            field_dict["downloaded"] = downloaded
        if egress_cost is not UNSET:
            field_dict["egress_cost"] = egress_cost
        if project_locked is not UNSET:
            field_dict["project_locked"] = project_locked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost import Cost  # noqa: PLC0415
        from ..models.measurement import Measurement  # noqa: PLC0415

        d = dict(src_dict)
        project_name = d.pop("project_name", UNSET)

        def _parse_downloaded_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        downloaded_by = _parse_downloaded_by(d.pop("downloaded_by", UNSET))

        def _parse_downloaded(data: object) -> Measurement | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                downloaded_type_1 = Measurement.from_dict(data)

                return downloaded_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Measurement | None | Unset, data)

        downloaded = _parse_downloaded(d.pop("downloaded", UNSET))

        def _parse_egress_cost(data: object) -> Cost | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                egress_cost_type_1 = Cost.from_dict(data)

                return egress_cost_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Cost | None | Unset, data)

        egress_cost = _parse_egress_cost(d.pop("egress_cost", UNSET))

        project_locked = d.pop("project_locked", UNSET)

        egress_breakdown = cls(
            project_name=project_name,
            downloaded_by=downloaded_by,
            downloaded=downloaded,
            egress_cost=egress_cost,
            project_locked=project_locked,
        )

        egress_breakdown.additional_properties = d
        return egress_breakdown

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
