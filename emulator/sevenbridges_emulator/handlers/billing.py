"""Billing groups, their cost breakdowns, and invoices."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol, TypeVar

from ..context import Context
from ..errors import ApiError
from ..request import Request
from ..routing import RouteTable
from ..state import AnalysisCharge, BillingGroup, EgressCharge, Invoice, StorageCharge
from ..wire import JsonObject, Response, format_timestamp, money, ok
from .common import paginated, single

routes = RouteTable()


class Charge(Protocol):
    @property
    def billing_group(self) -> str: ...

    @property
    def invoice_id(self) -> str | None: ...


C = TypeVar("C", bound=Charge)
BREAKDOWN_DEFAULT_LIMIT = 50  # the breakdown pages document 50, not the usual 25
INVOICE_LIST_KEYS = ("href", "id")


# -- rendering -------------------------------------------------------------------------------


def render_group(ctx: Context, group: BillingGroup) -> JsonObject:
    return {
        "href": ctx.href("billing", "groups", group.id),
        "id": group.id,
        "owner": group.owner,
        "name": group.name,
        "type": group.type,
        "pending": group.pending,
        "disabled": group.disabled,
        "balance": money(group.balance, group.currency),
    }


def render_invoice(ctx: Context, invoice: Invoice) -> JsonObject:
    return {
        "href": ctx.href("billing", "invoices", invoice.id),
        "id": invoice.id,
        "pending": invoice.pending,
        "approval_date": format_timestamp(invoice.approval_date),
        "invoice_period": {
            "from": format_timestamp(invoice.period_from),
            "to": format_timestamp(invoice.period_to),
        },
        "analysis_costs": money(invoice.analysis_costs, invoice.currency),
        "storage_costs": money(invoice.storage_costs, invoice.currency),
        "total": money(invoice.analysis_costs + invoice.storage_costs, invoice.currency),
    }


def render_analysis(charge: AnalysisCharge) -> JsonObject:
    cost = money(charge.amount)
    cost["breakdown"] = {
        "storage": round(charge.storage, 2),
        "computation": round(charge.computation, 2),
        "data_transfer_in": round(charge.data_transfer_in, 2),
    }
    return {
        "project_name": charge.project_name,
        "analysis_app_name": charge.app_name,
        "analysis_name": charge.analysis_name,
        "analysis_type": "TASK",
        "analysis_id": charge.analysis_id,
        "ran_by": charge.ran_by,
        "analysis_status": charge.status,
        "analysis_cost": cost,
        "refunded_amount": round(charge.refunded, 2),
        "time_started": format_timestamp(charge.time_started),
        "time_finished": format_timestamp(charge.time_finished),
        "project_locked": charge.project_locked,
    }


def measurement(size_gb: float, cost: float) -> JsonObject:
    return {
        "size": round(size_gb, 2),
        "unit": "GB",
        "cost": {"amount": round(cost, 2), "currency": "USD"},
    }


def render_storage(charge: StorageCharge) -> JsonObject:
    return {
        "project_name": charge.project_name,
        "project_created_by": charge.project_created_by,
        "location": charge.location,
        "active": measurement(charge.active_gb, charge.active_cost),
        "archived": measurement(charge.archived_gb, charge.archived_cost),
        "project_locked": charge.project_locked,
    }


def render_egress(charge: EgressCharge) -> JsonObject:
    return {
        "project_name": charge.project_name,
        "downloaded_by": charge.downloaded_by,
        "downloaded": measurement(charge.size_gb, charge.cost),
        "egress_cost": money(charge.cost),
        "project_locked": charge.project_locked,
    }


# -- lookups ---------------------------------------------------------------------------------


def valid_group_id(value: str) -> str:
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise ApiError(4005, f"Billing group id must be a valid UUID, got '{value}'.") from None


def visible_group(req: Request, ctx: Context, group_id: str) -> BillingGroup:
    group = ctx.state.billing_groups.get(valid_group_id(group_id))
    if group is None:
        raise ApiError(4002)
    if req.username not in group.members:
        raise ApiError(4001)
    return group


def charges_in_range(
    req: Request, charges: Sequence[C], group: BillingGroup, when: Callable[[C], datetime]
) -> list[C]:
    """Charges of `group` filtered by `date_from`, `date_to` (inclusive) and `invoice_id`."""
    start = req.query_datetime("date_from")
    end = req.query_datetime("date_to", end_of_day=True)
    invoice_id = req.query_str("invoice_id")
    return [
        charge
        for charge in charges
        if charge.billing_group == group.id
        and (start is None or when(charge) >= start)
        and (end is None or when(charge) <= end)
        and (not invoice_id or charge.invoice_id == invoice_id)
    ]


# -- routes ----------------------------------------------------------------------------------


@routes.get("/billing")
def get_billing_index(req: Request, ctx: Context) -> Response:
    return ok(
        {
            "billing_groups_url": ctx.href("billing", "groups") + "/",
            "invoices_url": ctx.href("billing", "invoices") + "/",
        }
    )


@routes.get("/billing/groups")
def list_billing_groups(req: Request, ctx: Context) -> Response:
    groups = ctx.state.billing_groups_of(req.username)
    return paginated(req, ctx, groups, lambda g: render_group(ctx, g))


@routes.get("/billing/groups/{billing_group_id}")
def get_billing_group(req: Request, ctx: Context) -> Response:
    return single(req, render_group(ctx, visible_group(req, ctx, req.params["billing_group_id"])))


@routes.get("/billing/groups/{billing_group_id}/breakdown")
def get_billing_group_breakdown(req: Request, ctx: Context) -> Response:
    """The legacy per-project view: every analysis of the group (it is a free group, so all of them)."""
    group = visible_group(req, ctx, req.params["billing_group_id"])
    by_project: dict[tuple[str, str], list[AnalysisCharge]] = {}
    for charge in ctx.state.analysis_charges:
        if charge.billing_group == group.id:
            key = (charge.project_owner or group.owner, charge.project_name)
            by_project.setdefault(key, []).append(charge)
    projects = [
        {
            "href": ctx.href("projects", owner, name),
            "analysis_spending": money(sum(c.amount for c in charges)),
            "task_breakdown": [
                {
                    "href": ctx.href("tasks", c.analysis_id),
                    "runner_username": c.ran_by,
                    "time_started": format_timestamp(c.time_started),
                    "time_finished": format_timestamp(c.time_finished),
                    "task_cost": money(c.amount),
                }
                for c in charges
            ],
        }
        for (owner, name), charges in by_project.items()
    ]
    total = sum(c.amount for charges in by_project.values() for c in charges)
    return single(
        req,
        {
            "href": ctx.href("billing", "groups", group.id, "breakdown"),
            "project_breakdown": projects,
            "total_spending": money(total),
        },
    )


@routes.get("/billing/groups/{billing_group_id}/breakdown/analysis")
def list_analysis_breakdown(req: Request, ctx: Context) -> Response:
    group = visible_group(req, ctx, req.params["billing_group_id"])
    charges = charges_in_range(req, ctx.state.analysis_charges, group, lambda c: c.time_started)
    return paginated(
        req, ctx, charges, render_analysis, default_limit=BREAKDOWN_DEFAULT_LIMIT, default_keys=None
    )


@routes.get("/billing/groups/{billing_group_id}/breakdown/storage")
def list_storage_breakdown(req: Request, ctx: Context) -> Response:
    group = visible_group(req, ctx, req.params["billing_group_id"])
    charges = charges_in_range(req, ctx.state.storage_charges, group, lambda c: c.day)
    return paginated(
        req, ctx, charges, render_storage, default_limit=BREAKDOWN_DEFAULT_LIMIT, default_keys=None
    )


@routes.get("/billing/groups/{billing_group_id}/breakdown/egress")
def list_egress_breakdown(req: Request, ctx: Context) -> Response:
    group = visible_group(req, ctx, req.params["billing_group_id"])
    charges = charges_in_range(req, ctx.state.egress_charges, group, lambda c: c.day)
    return paginated(
        req, ctx, charges, render_egress, default_limit=BREAKDOWN_DEFAULT_LIMIT, default_keys=None
    )


@routes.get("/billing/invoices")
def list_invoices(req: Request, ctx: Context) -> Response:
    group_filter = req.query_str("billing_group")
    if group_filter:
        groups = {visible_group(req, ctx, group_filter).id}
    else:
        groups = {g.id for g in ctx.state.billing_groups_of(req.username)}
    invoices = [i for i in ctx.state.invoices.values() if i.billing_group in groups]
    return paginated(
        req, ctx, invoices, lambda i: render_invoice(ctx, i), default_keys=INVOICE_LIST_KEYS
    )


@routes.get("/billing/invoices/{invoice_id}")
def get_invoice(req: Request, ctx: Context) -> Response:
    invoice = ctx.state.invoices.get(req.params["invoice_id"])
    if invoice is None:
        raise ApiError(4002)
    group = ctx.state.billing_groups.get(invoice.billing_group)
    if group is None or req.username not in group.members:
        raise ApiError(4001)
    return single(req, render_invoice(ctx, invoice))
