"""Project members: users, teams and divisions with their permissions in a project."""

from __future__ import annotations

from typing import Any

from ..context import Context
from ..errors import ApiError, bad_request
from ..request import Request
from ..routing import RouteTable
from ..state import PERMISSION_NAMES, Permissions, Project, ProjectMember
from ..wire import JsonObject, Response, no_content, ok
from .common import paginated, single
from .projects import administered_project, readable_project, reject_unknown_keys

routes = RouteTable()

MEMBER_TYPES = ("USER", "TEAM", "DIVISION")
MEMBER_LIST_KEYS = ("href", "id", "username")
CREATE_KEYS = ("username", "email", "id", "type", "permissions")


def render_member(ctx: Context, project: Project, member: ProjectMember) -> JsonObject:
    user = ctx.state.users.get(member.id) if member.type == "USER" else None
    return {
        "href": ctx.href("projects", project.owner, project.slug, "members", member.id),
        "id": member.id,
        "username": member.id,
        "email": user.email if user is not None else None,
        "type": member.type,
        "permissions": member.permissions.as_dict(),
    }


def find_member(project: Project, username: str) -> ProjectMember:
    member = project.members.get(username)
    if member is None:
        raise ApiError(3002)
    return member


def permission_changes(value: Any) -> dict[str, bool]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise bad_request("'permissions' must be an object.")
    reject_unknown_keys(value, PERMISSION_NAMES, "permissions")
    for name, flag in value.items():
        if not isinstance(flag, bool):
            raise bad_request(f"Permission '{name}' must be true or false, got {flag!r}.")
    return dict(value)


def is_last_admin(project: Project, member: ProjectMember) -> bool:
    return member.permissions.admin and len(project.admins()) == 1


def new_member_identity(ctx: Context, body: JsonObject) -> tuple[str, str]:
    """(id, type) of the member a create body names: by username, email, or id + type."""
    username, email, member_id = body.get("username"), body.get("email"), body.get("id")
    member_type = body.get("type", "USER")
    if not isinstance(member_type, str) or member_type.upper() not in MEMBER_TYPES:
        raise bad_request(
            f"Invalid member type {member_type!r}: expected one of {', '.join(MEMBER_TYPES)}."
        )
    member_type = member_type.upper()
    if isinstance(username, str) and username:
        if ctx.state.active_user(username) is None:
            raise ApiError(2002)
        return username, "USER"
    if isinstance(email, str) and email:
        user = ctx.state.user_by_email(email)
        if user is None:
            raise ApiError(2002, f"No user has the email address '{email}'.")
        return user.username, "USER"
    if isinstance(member_id, str) and member_id:
        if member_type == "USER" and ctx.state.active_user(member_id) is None:
            raise ApiError(2002)
        if member_type == "TEAM" and member_id not in ctx.state.teams:
            raise ApiError(3002, f"Team '{member_id}' does not exist.")
        if member_type == "DIVISION" and member_id not in ctx.state.divisions:
            raise ApiError(3002, f"Division '{member_id}' does not exist.")
        return member_id, member_type
    raise ApiError(3005)


@routes.get("/projects/{owner}/{project}/members")
def list_project_members(req: Request, ctx: Context) -> Response:
    project, _ = readable_project(req, ctx)
    members = list(project.members.values())
    return paginated(
        req, ctx, members, lambda m: render_member(ctx, project, m), default_keys=MEMBER_LIST_KEYS
    )


@routes.post("/projects/{owner}/{project}/members")
def add_project_member(req: Request, ctx: Context) -> Response:
    project = administered_project(req, ctx)
    body = req.json_object()
    reject_unknown_keys(body, CREATE_KEYS, "member")
    member_id, member_type = new_member_identity(ctx, body)
    changes = permission_changes(body.get("permissions"))
    if member_id in project.members:
        raise ApiError(3003, f"'{member_id}' is already a member of {project.id}.")
    member = ProjectMember(
        id=member_id, type=member_type, permissions=Permissions().merged(changes)
    )
    project.members[member_id] = member
    return single(req, render_member(ctx, project, member), status=201)


@routes.get("/projects/{owner}/{project}/members/{username}")
def get_project_member(req: Request, ctx: Context) -> Response:
    project, _ = readable_project(req, ctx)
    member = find_member(project, req.params["username"])
    return single(req, render_member(ctx, project, member))


@routes.delete("/projects/{owner}/{project}/members/{username}")
def remove_project_member(req: Request, ctx: Context) -> Response:
    project, permissions = readable_project(req, ctx)
    member = find_member(project, req.params["username"])
    leaving_on_own = member.type == "USER" and member.id == req.username
    if not permissions.admin and not leaving_on_own:
        raise ApiError(3001, "Only project administrators may remove other members.")
    if is_last_admin(project, member):
        raise bad_request("The last administrator of a project cannot be removed.")
    del project.members[member.id]
    return no_content()


@routes.patch("/projects/{owner}/{project}/members/{username}/permissions")
def update_project_member_permissions(req: Request, ctx: Context) -> Response:
    project = administered_project(req, ctx)
    member = find_member(project, req.params["username"])
    updated = member.permissions.merged(permission_changes(req.json()))
    if is_last_admin(project, member) and not updated.admin:
        raise bad_request("The last administrator of a project cannot lose the admin permission.")
    member.permissions = updated
    return ok(updated.as_dict())
