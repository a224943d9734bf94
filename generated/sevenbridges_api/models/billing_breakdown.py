from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.price import Price
    from ..models.project_breakdown import ProjectBreakdown


T = TypeVar("T", bound="BillingBreakdown")


@_attrs_define
class BillingBreakdown:
    """The spending of a billing group in the current billing period.

    Example:
        {'href': 'https://api.sbgenomics.com/v2/billing/groups/ec1dc1e3-12a3-4b56-789c-e3f2dca0c6f7/breakdown',
            'project_breakdown': [{'href': 'https://api.sbgenomics.com/v2/projects/rfranklin/my_project',
            'analysis_spending': {'currency': 'USD', 'amount': 0.23}, 'task_breakdown': []}], 'total_spending': {'currency':
            'USD', 'amount': 0.23}}

    Attributes:
        href (str | Unset):
        project_breakdown (list[ProjectBreakdown] | Unset):
        total_spending (Price | Unset): An amount of money. Example: {'currency': 'USD', 'amount': 11.75}.
    """

    href: str | Unset = UNSET
    project_breakdown: list[ProjectBreakdown] | Unset = UNSET
    total_spending: Price | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        project_breakdown: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.project_breakdown, Unset):
            project_breakdown = []
            for project_breakdown_item_data in self.project_breakdown:
                project_breakdown_item = project_breakdown_item_data.to_dict()
                project_breakdown.append(project_breakdown_item)

        total_spending: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_spending, Unset):
            total_spending = self.total_spending.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if project_breakdown is not UNSET:
            field_dict["project_breakdown"] = project_breakdown
        if total_spending is not UNSET:
            field_dict["total_spending"] = total_spending

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price import Price  # noqa: PLC0415
        from ..models.project_breakdown import ProjectBreakdown  # noqa: PLC0415

        d = dict(src_dict)
        href = d.pop("href", UNSET)

        _project_breakdown = d.pop("project_breakdown", UNSET)
        project_breakdown: list[ProjectBreakdown] | Unset = UNSET
        if _project_breakdown is not UNSET:
            project_breakdown = []
            for project_breakdown_item_data in _project_breakdown:
                project_breakdown_item = ProjectBreakdown.from_dict(
                    project_breakdown_item_data
                )

                project_breakdown.append(project_breakdown_item)

        _total_spending = d.pop("total_spending", UNSET)
        total_spending: Price | Unset
        if isinstance(_total_spending, Unset):
            total_spending = UNSET
        else:
            total_spending = Price.from_dict(_total_spending)

        billing_breakdown = cls(
            href=href,
            project_breakdown=project_breakdown,
            total_spending=total_spending,
        )

        billing_breakdown.additional_properties = d
        return billing_breakdown

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
