from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.price import Price
    from ..models.task_breakdown import TaskBreakdown


T = TypeVar("T", bound="ProjectBreakdown")


@_attrs_define
class ProjectBreakdown:
    """The spending of one project in a legacy breakdown.

    Example:
        {'href': 'https://api.sbgenomics.com/v2/projects/rfranklin/my_project', 'analysis_spending': {'currency': 'USD',
            'amount': 0.23}, 'task_breakdown': []}

    Attributes:
        href (str | Unset):
        analysis_spending (Price | Unset): An amount of money. Example: {'currency': 'USD', 'amount': 11.75}.
        task_breakdown (list[TaskBreakdown] | Unset):
    """

    href: str | Unset = UNSET
    analysis_spending: Price | Unset = UNSET
    task_breakdown: list[TaskBreakdown] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        analysis_spending: dict[str, Any] | Unset = UNSET
        if not isinstance(self.analysis_spending, Unset):
            analysis_spending = self.analysis_spending.to_dict()

        task_breakdown: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.task_breakdown, Unset):
            task_breakdown = []
            for task_breakdown_item_data in self.task_breakdown:
                task_breakdown_item = task_breakdown_item_data.to_dict()
                task_breakdown.append(task_breakdown_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if analysis_spending is not UNSET:
            field_dict["analysis_spending"] = analysis_spending
        if task_breakdown is not UNSET:
            field_dict["task_breakdown"] = task_breakdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price import Price  # noqa: PLC0415
        from ..models.task_breakdown import TaskBreakdown  # noqa: PLC0415

        d = dict(src_dict)
        href = d.pop("href", UNSET)

        _analysis_spending = d.pop("analysis_spending", UNSET)
        analysis_spending: Price | Unset
        if isinstance(_analysis_spending, Unset):
            analysis_spending = UNSET
        else:
            analysis_spending = Price.from_dict(_analysis_spending)

        _task_breakdown = d.pop("task_breakdown", UNSET)
        task_breakdown: list[TaskBreakdown] | Unset = UNSET
        if _task_breakdown is not UNSET:
            task_breakdown = []
            for task_breakdown_item_data in _task_breakdown:
                task_breakdown_item = TaskBreakdown.from_dict(task_breakdown_item_data)

                task_breakdown.append(task_breakdown_item)

        project_breakdown = cls(
            href=href,
            analysis_spending=analysis_spending,
            task_breakdown=task_breakdown,
        )

        project_breakdown.additional_properties = d
        return project_breakdown

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
