from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_cost_breakdown import AnalysisCostBreakdown


T = TypeVar("T", bound="AnalysisCost")


@_attrs_define
class AnalysisCost:
    """The cost of one analysis.

    Example:
        {'currency': 'USD', 'amount': 2.21, 'breakdown': {'storage': 0.01, 'computation': 2.2, 'data_transfer_in': 0.0}}

    Attributes:
        currency (str | Unset):
        amount (float | Unset):
        breakdown (AnalysisCostBreakdown | None | Unset):
    """

    currency: str | Unset = UNSET
    amount: float | Unset = UNSET
    breakdown: AnalysisCostBreakdown | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.analysis_cost_breakdown import AnalysisCostBreakdown  # noqa: PLC0415

        currency = self.currency

        amount = self.amount

        breakdown: dict[str, Any] | None | Unset
        if isinstance(self.breakdown, Unset):
            breakdown = UNSET
        elif isinstance(self.breakdown, AnalysisCostBreakdown):
            breakdown = self.breakdown.to_dict()
        else:
            breakdown = self.breakdown

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if amount is not UNSET:
            field_dict["amount"] = amount
        if breakdown is not UNSET:
            field_dict["breakdown"] = breakdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analysis_cost_breakdown import AnalysisCostBreakdown  # noqa: PLC0415

        d = dict(src_dict)
        currency = d.pop("currency", UNSET)

        amount = d.pop("amount", UNSET)

        def _parse_breakdown(data: object) -> AnalysisCostBreakdown | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                breakdown_type_1 = AnalysisCostBreakdown.from_dict(data)

                return breakdown_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalysisCostBreakdown | None | Unset, data)

        breakdown = _parse_breakdown(d.pop("breakdown", UNSET))

        analysis_cost = cls(
            currency=currency,
            amount=amount,
            breakdown=breakdown,
        )

        analysis_cost.additional_properties = d
        return analysis_cost

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
