from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_period import InvoicePeriod
    from ..models.price import Price


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """An invoice of a billing group.

    Example:
        {'href': 'https://api.sbgenomics.com/v2/billing/invoices/6351830069', 'id': '6351830069', 'pending': False,
            'approval_date': '2024-03-05T00:00:00Z', 'invoice_period': {'from': '2024-02-01T00:00:00Z', 'to':
            '2024-02-29T23:59:59Z'}, 'analysis_costs': {'currency': 'USD', 'amount': 10.25}, 'storage_costs': {'currency':
            'USD', 'amount': 1.5}, 'total': {'currency': 'USD', 'amount': 11.75}}

    Attributes:
        href (str | Unset):
        id (str | Unset):
        pending (bool | Unset):
        approval_date (datetime.datetime | None | Unset):
        invoice_period (InvoicePeriod | None | Unset):
        analysis_costs (None | Price | Unset):
        storage_costs (None | Price | Unset):
        total (None | Price | Unset):
    """

    href: str | Unset = UNSET
    id: str | Unset = UNSET
    pending: bool | Unset = UNSET
    approval_date: datetime.datetime | None | Unset = UNSET
    invoice_period: InvoicePeriod | None | Unset = UNSET
    analysis_costs: None | Price | Unset = UNSET
    storage_costs: None | Price | Unset = UNSET
    total: None | Price | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_period import InvoicePeriod  # noqa: PLC0415
        from ..models.price import Price  # noqa: PLC0415

        href = self.href

        id = self.id

        pending = self.pending

        approval_date: None | str | Unset
        if isinstance(self.approval_date, Unset):
            approval_date = UNSET
        elif isinstance(self.approval_date, datetime.datetime):
            approval_date = self.approval_date.isoformat()
        else:
            approval_date = self.approval_date

        invoice_period: dict[str, Any] | None | Unset
        if isinstance(self.invoice_period, Unset):
            invoice_period = UNSET
        elif isinstance(self.invoice_period, InvoicePeriod):
            invoice_period = self.invoice_period.to_dict()
        else:
            invoice_period = self.invoice_period

        analysis_costs: dict[str, Any] | None | Unset
        if isinstance(self.analysis_costs, Unset):
            analysis_costs = UNSET
        elif isinstance(self.analysis_costs, Price):
            analysis_costs = self.analysis_costs.to_dict()
        else:
            analysis_costs = self.analysis_costs

        storage_costs: dict[str, Any] | None | Unset
        if isinstance(self.storage_costs, Unset):
            storage_costs = UNSET
        elif isinstance(self.storage_costs, Price):
            storage_costs = self.storage_costs.to_dict()
        else:
            storage_costs = self.storage_costs

        total: dict[str, Any] | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        elif isinstance(self.total, Price):
            total = self.total.to_dict()
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if id is not UNSET:
            field_dict["id"] = id
        if pending is not UNSET:
            field_dict["pending"] = pending
        if approval_date is not UNSET:
            field_dict["approval_date"] = approval_date
        if invoice_period is not UNSET:
            field_dict["invoice_period"] = invoice_period
        if analysis_costs is not UNSET:
            field_dict["analysis_costs"] = analysis_costs
        if storage_costs is not UNSET:
            field_dict["storage_costs"] = storage_costs
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_period import InvoicePeriod  # noqa: PLC0415
        from ..models.price import Price  # noqa: PLC0415

        d = dict(src_dict)
        href = d.pop("href", UNSET)

        id = d.pop("id", UNSET)

        pending = d.pop("pending", UNSET)

        def _parse_approval_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approval_date_type_0 = datetime.datetime.fromisoformat(data)

                return approval_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        approval_date = _parse_approval_date(d.pop("approval_date", UNSET))

        def _parse_invoice_period(data: object) -> InvoicePeriod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invoice_period_type_1 = InvoicePeriod.from_dict(data)

                return invoice_period_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicePeriod | None | Unset, data)

        invoice_period = _parse_invoice_period(d.pop("invoice_period", UNSET))

        def _parse_analysis_costs(data: object) -> None | Price | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                analysis_costs_type_1 = Price.from_dict(data)

                return analysis_costs_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Price | Unset, data)

        analysis_costs = _parse_analysis_costs(d.pop("analysis_costs", UNSET))

        def _parse_storage_costs(data: object) -> None | Price | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                storage_costs_type_1 = Price.from_dict(data)

                return storage_costs_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Price | Unset, data)

        storage_costs = _parse_storage_costs(d.pop("storage_costs", UNSET))

        def _parse_total(data: object) -> None | Price | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_type_1 = Price.from_dict(data)

                return total_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Price | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        invoice = cls(
            href=href,
            id=id,
            pending=pending,
            approval_date=approval_date,
            invoice_period=invoice_period,
            analysis_costs=analysis_costs,
            storage_costs=storage_costs,
            total=total,
        )

        invoice.additional_properties = d
        return invoice

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
