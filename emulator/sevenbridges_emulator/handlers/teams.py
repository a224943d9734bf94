"""Teams: named groups of users of one division. Members of the division may look; its
administrators create and rename teams and change who is in them."""

from __future__ import annotations

import uuid
from typing import Any

from ..context import Context
from ..errors import ApiError, bad_request
from ..request import Request
from ..routing import RouteTable
from ..state import Team, User
from ..wire import JsonObject, Response, no_content
from .common import paginated, single
from .divisions import administered_division, member_division
from .projects import reject_unknown_keys

routes = RouteTable()

CREATE_KEYS = ("division", "name")
UPDATE_KEYS = ("name",)
MEMBER_KEYS = ("id", "username")
MEMBER_LIST_KEYS = ("href", "id", "username", "role")


def render_team(ctx: Context, team: Team) -> JsonObject:
    return {"href": ctx.href("teams", team.id), "id": team.id, "name": team.name}


def render_team_member(ctx: Context, user: User) -> JsonObject:
    return {
        "href": ctx.href("users", user.username),
        "id": user.username,
        "username": user.username,
        "role": user.role,
    }


def readable_team(req: Request, ctx: Context) -> Team:
    """The team in the path, if the caller belongs to its division."""
    team_id = req.params["team_id"]
    team = ctx.state.teams.get(team_id)
    if team is None:
        raise ApiError(90003, f"Team '{team_id}' does not exist.")
    member_division(req, ctx, team.division)
    return team


def administered_team(req: Request, ctx: Context) -> Team:
    team = readable_team(req, ctx)
    administered_division(req, ctx, team.division)
    return team


def valid_team_name(ctx: Context, value: Any, division: str, team_id: str | None = None) -> str:
    """A non-empty name no other team of the division has."""
    if not isinstance(value, str) or not value.strip():
        raise bad_request("A team's 'name' must be a non-empty string.")
    for team in ctx.state.teams.values():
        if team.division == division and team.name == value and team.id != team_id:
            raise ApiError(90007, f"Division '{division}' already has a team named '{value}'.")
    return value


def division_user(ctx: Context, username: Any, division: str) -> User:
    """An active user of `division` (2002 unknown, 2001 in another division)."""
    if not isinstance(username, str) or not username:
        raise bad_request("Name the user to add with 'id' (a username).")
    user = ctx.state.active_user(username)
    if user is None:
        raise ApiError(2002)
    if user.division != division:
        raise ApiError(2001, f"User '{username}' is not a member of division '{division}'.")
    return user


@routes.get("/teams")
def list_teams(req: Request, ctx: Context) -> Response:
    division_id = req.query_str("division")
    if not division_id:
        raise ApiError(2105)
    division = member_division(req, ctx, division_id)
    list_all = req.query_bool("_all", False)
    teams = [
        t
        for t in ctx.state.teams.values()
        if t.division == division.id and (list_all or req.username in t.members)
    ]
    return paginated(req, ctx, teams, lambda t: render_team(ctx, t))


@routes.post("/teams")
def create_team(req: Request, ctx: Context) -> Response:
    body = req.json_object()
    reject_unknown_keys(body, CREATE_KEYS, "team")
    division_id = body.get("division")
    if not isinstance(division_id, str) or not division_id:
        raise ApiError(2105)
    division = administered_division(req, ctx, division_id)
    name = valid_team_name(ctx, body.get("name"), division.id)
    team = Team(id=str(uuid.uuid4()), name=name, division=division.id)
    ctx.state.teams[team.id] = team
    return single(req, render_team(ctx, team), status=201)


@routes.get("/teams/{team_id}")
def get_team(req: Request, ctx: Context) -> Response:
    return single(req, render_team(ctx, readable_team(req, ctx)))


@routes.patch("/teams/{team_id}")
def update_team(req: Request, ctx: Context) -> Response:
    team = administered_team(req, ctx)
    body = req.json_object()
    reject_unknown_keys(body, UPDATE_KEYS, "team update")
    if "name" in body:
        team.name = valid_team_name(ctx, body["name"], team.division, team.id)
    return single(req, render_team(ctx, team))


@routes.get("/teams/{team_id}/members")
def list_team_members(req: Request, ctx: Context) -> Response:
    team = readable_team(req, ctx)
    members = [
        user
        for user in ctx.state.users.values()
        if user.username in team.members and not user.disabled
    ]
    return paginated(
        req, ctx, members, lambda u: render_team_member(ctx, u), default_keys=MEMBER_LIST_KEYS
    )


@routes.post("/teams/{team_id}/members")
def add_team_member(req: Request, ctx: Context) -> Response:
    team = administered_team(req, ctx)
    body = req.json_object()
    reject_unknown_keys(body, MEMBER_KEYS, "team member")
    user = division_user(ctx, body.get("id", body.get("username")), team.division)
    if user.username in team.members:
        raise ApiError(90007, f"'{user.username}' is already a member of team '{team.name}'.")
    team.members.add(user.username)
    return single(req, render_team_member(ctx, user), status=201)


@routes.delete("/teams/{team_id}/members/{username}")
def remove_team_member(req: Request, ctx: Context) -> Response:
    team = administered_team(req, ctx)
    username = req.params["username"]
    if username not in team.members:
        raise ApiError(90003, f"'{username}' is not a member of team '{team.name}'.")
    team.members.discard(username)
    return no_content()
