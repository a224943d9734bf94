"""Divisions: the Enterprise organisation the caller belongs to (users and teams hang off it)."""

from __future__ import annotations

from ..context import Context
from ..errors import ApiError
from ..request import Request
from ..routing import RouteTable
from ..state import Division
from ..wire import JsonObject, Response
from .common import paginated, single

routes = RouteTable()


def render_division(ctx: Context, division: Division) -> JsonObject:
    return {"href": ctx.href("divisions", division.id), "id": division.id, "name": division.name}


def member_division(req: Request, ctx: Context, division_id: str) -> Division:
    """The division, if the caller belongs to it (404 90003 unknown, 403 90002 someone else's)."""
    division = ctx.state.divisions.get(division_id)
    if division is None:
        raise ApiError(90003, f"Division '{division_id}' does not exist.")
    if ctx.state.users[req.username].division != division.id:
        raise ApiError(90002, f"You are not a member of division '{division_id}'.")
    return division


def administered_division(req: Request, ctx: Context, division_id: str) -> Division:
    """The division, if the caller is one of its administrators."""
    division = member_division(req, ctx, division_id)
    if ctx.state.users[req.username].role != "admin":
        raise ApiError(90002, f"Only administrators of division '{division_id}' may do this.")
    return division


@routes.get("/divisions")
def list_divisions(req: Request, ctx: Context) -> Response:
    mine = ctx.state.users[req.username].division
    divisions = [d for d in ctx.state.divisions.values() if d.id == mine]
    return paginated(req, ctx, divisions, lambda d: render_division(ctx, d))


@routes.get("/divisions/{division_id}")
def get_division(req: Request, ctx: Context) -> Response:
    return single(req, render_division(ctx, member_division(req, ctx, req.params["division_id"])))
