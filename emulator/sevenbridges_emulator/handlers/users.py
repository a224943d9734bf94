"""Users: the caller, and the users of the caller's division."""

from __future__ import annotations

from ..context import Context
from ..errors import ApiError, bad_request
from ..request import Request
from ..routing import RouteTable
from ..state import User
from ..wire import JsonObject, Response, no_content
from .common import paginated, single

routes = RouteTable()

DIVISION_ROLES = ("admin", "member", "external_collaborator")
USER_LIST_KEYS = ("href", "username")


def render_user(ctx: Context, user: User) -> JsonObject:
    return {
        "href": ctx.href("users", user.username),
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "affiliation": user.affiliation,
        "phone": user.phone,
        "address": user.address,
        "city": user.city,
        "state": user.state,
        "country": user.country,
        "zip_code": user.zip_code,
        "role": user.role,
        "tags": list(user.tags),
    }


def caller(req: Request, ctx: Context) -> User:
    return ctx.state.users[req.username]


def visible_user(req: Request, ctx: Context, username: str) -> User:
    """A user the caller may look at: themselves or someone of their division."""
    user = ctx.state.active_user(username)
    if user is None:
        raise ApiError(2002)
    me = caller(req, ctx)
    if user.username != me.username and (me.division is None or user.division != me.division):
        raise ApiError(2001)
    return user


@routes.get("/user")
def get_current_user(req: Request, ctx: Context) -> Response:
    return single(req, render_user(ctx, caller(req, ctx)))


@routes.get("/users")
def list_users(req: Request, ctx: Context) -> Response:
    division = req.query_str("division")
    if not division:
        raise ApiError(2105)
    role = req.query_str("role")
    if role is not None and role not in DIVISION_ROLES:
        raise bad_request(
            f"Invalid value '{role}' for query parameter 'role': expected one of {', '.join(DIVISION_ROLES)}."
        )
    if caller(req, ctx).division != division:
        raise ApiError(2001, f"You are not a member of division '{division}'.")
    users = [
        u
        for u in ctx.state.users.values()
        if u.division == division and not u.disabled and (role is None or u.role == role)
    ]
    return paginated(req, ctx, users, lambda u: render_user(ctx, u), default_keys=USER_LIST_KEYS)


@routes.get("/users/{username}")
def get_user(req: Request, ctx: Context) -> Response:
    return single(req, render_user(ctx, visible_user(req, ctx, req.params["username"])))


@routes.delete("/users/{username}")
def disable_user(req: Request, ctx: Context) -> Response:
    user = visible_user(req, ctx, req.params["username"])
    me = caller(req, ctx)
    if me.role != "admin":
        raise ApiError(2001, "Only division administrators may disable users.")
    if user.username == me.username:
        raise bad_request("You cannot disable your own account.")
    user.disabled = True
    return no_content()
