"""Billing groups, breakdowns, invoices, the rate limit and the endpoint index."""

from __future__ import annotations

from datetime import date

import pytest
import sevenbridges as sbg


def test_billing_groups_query_and_get(api: sbg.Api) -> None:
    groups = api.billing_groups.query()
    assert groups.total == 1
    group = api.billing_groups.get(groups[0].id)
    assert group == groups[0]
    assert group.name == "Pilot Funds (john_doe)"
    assert group.owner == "john_doe"
    assert group.balance.currency == "USD"
    assert isinstance(group.balance.amount, float | int)


def test_billing_group_id_must_be_one_segment(api: sbg.Api) -> None:
    with pytest.raises(sbg.ValidationError):
        api.billing_groups.get("a/b")


@pytest.mark.parametrize("kind", ["analysis", "storage", "egress"])
def test_breakdowns_page_through_every_row(api: sbg.Api, kind: str) -> None:
    group = api.billing_groups.query()[0]
    first = getattr(group, f"{kind}_breakdown")(limit=1)
    assert len(first) == 1
    assert first.total is not None and first.total >= 2
    rows = list(first.all())
    assert len(rows) == first.total
    assert all(row.project_name for row in rows)


def test_analysis_breakdown_fields_and_dates(api: sbg.Api) -> None:
    group = api.billing_groups.query()[0]
    row = group.analysis_breakdown()[0]
    assert row.analysis_cost.amount is not None
    assert row.analysis_id is not None
    assert isinstance(row.project_locked, bool)
    dated = group.analysis_breakdown(date_from=date(2000, 1, 1), date_to="2100-01-01")
    assert dated.total == group.analysis_breakdown().total
    with pytest.raises(sbg.BadRequest):
        group.analysis_breakdown(date_from="yesterday-ish")


def test_storage_and_egress_measurements(api: sbg.Api) -> None:
    group = api.billing_groups.query()[0]
    storage = group.storage_breakdown()[0]
    assert storage.active.unit and isinstance(storage.active.size, float | int)
    egress = group.egress_breakdown()[0]
    assert egress.egress_cost.currency == "USD"


def test_legacy_breakdown(api: sbg.Api) -> None:
    breakdown = api.billing_groups.query()[0].breakdown()
    assert breakdown.total_spending.currency == "USD"


def test_invoices(api: sbg.Api) -> None:
    invoices = api.invoices.query()
    assert invoices.total == 2
    invoice = api.invoices.get(invoices[0].id)
    assert invoice.total.amount is not None
    assert invoice.invoice_period.from_ is not None
    group = api.billing_groups.query()[0]
    assert api.invoices.query(billing_group=group).total == 2
    with pytest.raises(sbg.NotFound):
        api.invoices.get("no-such-invoice")


def test_rate_limit_and_headers(api: sbg.Api) -> None:
    limits = api.rate_limit.get()
    assert limits.rate.limit == 1000
    assert limits.instance_limit.limit == -1
    api.users.me()
    assert api.limit == 1000
    assert api.remaining is not None and api.remaining < 1000
    assert api.reset_time is not None
    assert api.request_id


def test_endpoints(api: sbg.Api, emulator: object) -> None:
    endpoints = api.endpoints.get()
    assert endpoints.user_url == f"{api.url}/user"
    assert endpoints.projects_url and endpoints.projects_url.startswith(api.url)
