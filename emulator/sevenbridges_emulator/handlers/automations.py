"""Automations (RHEO): the templates, their members and their code packages.

Access: a user sees an automation when they are a member of it, directly or through a team; others
get 404, as if it did not exist. Editing, archiving and managing members needs the admin
permission; adding and editing packages needs write; starting runs needs execute (runs live in
`automation_runs.py`). The creator is the owner and first admin member.

The API status-code table has no automation rows, so errors use the generic codes (90000 bad
request, 90002 forbidden, 90003 not found, 90007 conflict) with messages that say what was wrong,
and the billing (4xxx) and user (2002) codes where those apply.
"""

from __future__ import annotations

import uuid
from typing import Any

from ..context import Context
from ..errors import ApiError, bad_request
from ..request import Request
from ..routing import RouteTable
from ..state import PERMISSION_NAMES, Permissions, utc_now
from ..stores.automations import (
    AutomationMemberRecord,
    AutomationRecord,
    PackageRecord,
    new_object_id,
)
from ..wire import JsonObject, Response, format_timestamp, no_content
from .common import paginated, single
from .projects import reject_unknown_keys, valid_billing_group

routes = RouteTable()

MAX_MEMORY_LIMIT = 4000  # MB
MEMBER_TYPES = ("USER", "TEAM")
AUTOMATION_KEYS = (
    "name",
    "description",
    "billing_group",
    "secret_settings",
    "memory_limit",
    "project_based",
)
MEMBER_CREATE_KEYS = ("username", "id", "type", "permissions")
PACKAGE_CREATE_KEYS = ("version", "location", "schema", "memory_limit", "python", "custom_url")
PACKAGE_UPDATE_KEYS = ("custom_url", "memory_limit")
MEMBER_LIST_KEYS = ("href", "id", "username")
PACKAGE_LIST_KEYS = ("href", "id", "version")
SECRET_MASK = "********"


# -- lookups and permissions ---------------------------------------------------------------------


def not_found(what: str, ident: str) -> ApiError:
    return ApiError(90003, f"Requested {what} '{ident}' does not exist.")


def permissions_on(ctx: Context, automation: AutomationRecord, username: str) -> Permissions | None:
    """What `username` may do with `automation`, directly or through teams; None if not a member."""
    found: Permissions | None = None
    for member in automation.members.values():
        team = ctx.state.teams.get(member.id) if member.type == "TEAM" else None
        applies = (member.type == "USER" and member.id == username) or (
            team is not None and username in team.members
        )
        if applies:
            granted = Permissions(**member.permissions)
            found = granted if found is None else found.union(granted)
    return found


def find_automation(ctx: Context, automation_id: str, username: str) -> AutomationRecord:
    """The automation `username` is a member of; 404 for anything else."""
    automation = ctx.state.automations.automations.get(automation_id.lower())
    if automation is None or permissions_on(ctx, automation, username) is None:
        raise not_found("automation", automation_id)
    return automation


def require(
    ctx: Context, automation: AutomationRecord, username: str, permission: str
) -> Permissions:
    granted = permissions_on(ctx, automation, username)
    if granted is None:
        raise not_found("automation", automation.id)
    if not getattr(granted, permission):
        raise ApiError(
            90002,
            f"You need the {permission} permission on automation '{automation.id}' to do this.",
        )
    return granted


def find_package(ctx: Context, package_id: str, username: str) -> PackageRecord:
    """A package of an automation `username` is a member of; 404 otherwise."""
    package = ctx.state.automations.packages.get(package_id)
    if package is None:
        raise not_found("automation package", package_id)
    automation = ctx.state.automations.automations.get(package.automation)
    if automation is None or permissions_on(ctx, automation, username) is None:
        raise not_found("automation package", package_id)
    return package


# -- validation ------------------------------------------------------------------------------------


def valid_text(body: JsonObject, key: str, *, required: bool = False) -> str | None:
    value = body.get(key)
    if value is None:
        if required:
            raise bad_request(f"'{key}' must not be null or an empty string.")
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        raise bad_request(f"'{key}' must be a non-empty string.")
    return value


def valid_dict(body: JsonObject, key: str) -> dict[str, Any] | None:
    value = body.get(key)
    if value is None:
        return None
    if not isinstance(value, dict):
        raise bad_request(f"'{key}' must be an object.")
    return dict(value)


def valid_memory_limit(body: JsonObject) -> int | None:
    value = body.get("memory_limit")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_MEMORY_LIMIT:
        raise bad_request(
            f"'memory_limit' must be an integer number of MB from 1 to {MAX_MEMORY_LIMIT}."
        )
    return value


def valid_flag(body: JsonObject, key: str) -> bool | None:
    value = body.get(key)
    if value is None:
        return None
    if not isinstance(value, bool):
        raise bad_request(f"'{key}' must be true or false.")
    return value


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


# -- rendering -------------------------------------------------------------------------------------


def render_automation(ctx: Context, automation: AutomationRecord, username: str) -> JsonObject:
    granted = permissions_on(ctx, automation, username)
    secrets_visible = granted is not None and granted.admin
    secret_settings = (
        dict(automation.secret_settings)
        if secrets_visible
        else dict.fromkeys(automation.secret_settings, SECRET_MASK)
    )
    return {
        "href": ctx.href("automation", "automations", automation.id),
        "id": automation.id,
        "name": automation.name,
        "description": automation.description,
        "billing_group": automation.billing_group,
        "owner": automation.owner,
        "created_by": automation.created_by,
        "created_on": format_timestamp(automation.created_on),
        "modified_by": automation.modified_by,
        "modified_on": format_timestamp(automation.modified_on),
        "archived": automation.archived,
        "secret_settings": secret_settings,
        "memory_limit": automation.memory_limit,
        "project_based": automation.project_based,
    }


def render_member(
    ctx: Context, automation: AutomationRecord, member: AutomationMemberRecord
) -> JsonObject:
    user = ctx.state.users.get(member.id) if member.type == "USER" else None
    team = ctx.state.teams.get(member.id) if member.type == "TEAM" else None
    return {
        "href": ctx.href("automation", "automations", automation.id, "members", member.id),
        "id": member.id,
        "username": member.id if member.type == "USER" else None,
        "email": user.email if user is not None else None,
        "type": member.type,
        "name": team.name if team is not None else None,
        "permissions": Permissions(**member.permissions).as_dict(),
    }


def render_package(ctx: Context, package: PackageRecord) -> JsonObject:
    return {
        "href": ctx.href("automation", "packages", package.id),
        "id": package.id,
        "automation": package.automation,
        "version": package.version,
        "location": package.location,
        "schema": package.schema,
        "created_by": package.created_by,
        "created_on": format_timestamp(package.created_on),
        "archived": package.archived,
        "custom_url": package.custom_url,
        "memory_limit": package.memory_limit,
        "python": package.python,
    }


# -- automations -----------------------------------------------------------------------------------


@routes.get("/automation/automations")
def list_automations(req: Request, ctx: Context) -> Response:
    name = req.query_str("name")
    include_archived = req.query_bool("include_archived", False)
    project_based = req.query_bool("project_based")
    found = [
        a
        for a in ctx.state.automations.automations.values()
        if permissions_on(ctx, a, req.username) is not None
        and (name is None or a.name == name)
        and (include_archived or not a.archived)
        and (project_based is None or a.project_based == project_based)
    ]
    return paginated(req, ctx, found, lambda a: render_automation(ctx, a, req.username))


@routes.post("/automation/automations")
def create_automation(req: Request, ctx: Context) -> Response:
    body = req.json_object()
    reject_unknown_keys(body, AUTOMATION_KEYS, "automation")
    name = valid_text(body, "name", required=True)
    assert name is not None
    if body.get("billing_group") is None:
        groups = ctx.state.billing_groups_of(req.username)
        if not groups:
            raise ApiError(3008)
        billing_group = groups[0].id
    else:
        billing_group = valid_billing_group(ctx, body["billing_group"], req.username).id
    automation = AutomationRecord(
        id=str(uuid.uuid4()),
        name=name,
        owner=req.username,
        billing_group=billing_group,
        description=valid_text(body, "description"),
        secret_settings=valid_dict(body, "secret_settings") or {},
        memory_limit=valid_memory_limit(body),
        project_based=bool(valid_flag(body, "project_based")),
        modified_by=req.username,
    )
    automation.members[req.username] = AutomationMemberRecord(
        id=req.username, type="USER", permissions=dict.fromkeys(PERMISSION_NAMES, True)
    )
    ctx.state.automations.automations[automation.id] = automation
    return single(req, render_automation(ctx, automation, req.username), status=201)


@routes.get("/automation/automations/{automation_id}")
def get_automation(req: Request, ctx: Context) -> Response:
    automation = find_automation(ctx, req.params["automation_id"], req.username)
    return single(req, render_automation(ctx, automation, req.username))


@routes.patch("/automation/automations/{automation_id}")
def update_automation(req: Request, ctx: Context) -> Response:
    automation = find_automation(ctx, req.params["automation_id"], req.username)
    require(ctx, automation, req.username, "admin")
    body = req.json_object()
    reject_unknown_keys(body, AUTOMATION_KEYS, "automation")
    if "name" in body:
        name = valid_text(body, "name", required=True)
        assert name is not None
        automation.name = name
    if "description" in body:
        automation.description = valid_text(body, "description")
    if body.get("billing_group") is not None:
        automation.billing_group = valid_billing_group(ctx, body["billing_group"], req.username).id
    if "secret_settings" in body:
        automation.secret_settings = valid_dict(body, "secret_settings") or {}
    if "memory_limit" in body:
        automation.memory_limit = valid_memory_limit(body)
    if "project_based" in body:
        automation.project_based = bool(valid_flag(body, "project_based"))
    automation.modified_by = req.username
    automation.modified_on = utc_now()
    return single(req, render_automation(ctx, automation, req.username))


def set_archived(req: Request, ctx: Context, archived: bool) -> Response:
    automation = find_automation(ctx, req.params["automation_id"], req.username)
    require(ctx, automation, req.username, "admin")
    if automation.archived == archived:
        state = "archived" if archived else "not archived"
        raise bad_request(f"Automation '{automation.id}' is already {state}.")
    automation.archived = archived
    automation.modified_by = req.username
    automation.modified_on = utc_now()
    return single(req, render_automation(ctx, automation, req.username))


@routes.post("/automation/automations/{automation_id}/actions/archive")
def archive_automation(req: Request, ctx: Context) -> Response:
    return set_archived(req, ctx, True)


@routes.post("/automation/automations/{automation_id}/actions/restore")
def restore_automation(req: Request, ctx: Context) -> Response:
    return set_archived(req, ctx, False)


# -- members ---------------------------------------------------------------------------------------


def find_member(automation: AutomationRecord, member_id: str) -> AutomationMemberRecord:
    member = automation.members.get(member_id) or automation.members.get(member_id.lower())
    if member is None:
        raise not_found("automation member", member_id)
    return member


def admins_of(automation: AutomationRecord) -> list[AutomationMemberRecord]:
    return [m for m in automation.members.values() if m.permissions.get("admin")]


@routes.get("/automation/automations/{automation_id}/members")
def list_automation_members(req: Request, ctx: Context) -> Response:
    automation = find_automation(ctx, req.params["automation_id"], req.username)
    members = list(automation.members.values())
    return paginated(
        req,
        ctx,
        members,
        lambda m: render_member(ctx, automation, m),
        default_keys=MEMBER_LIST_KEYS,
    )


@routes.post("/automation/automations/{automation_id}/members")
def add_automation_member(req: Request, ctx: Context) -> Response:
    automation = find_automation(ctx, req.params["automation_id"], req.username)
    require(ctx, automation, req.username, "admin")
    body = req.json_object()
    reject_unknown_keys(body, MEMBER_CREATE_KEYS, "member")
    member_type = body.get("type", "USER")
    if not isinstance(member_type, str) or member_type.upper() not in MEMBER_TYPES:
        raise bad_request(
            f"Invalid member type {member_type!r}: expected one of {', '.join(MEMBER_TYPES)}."
        )
    member_type = member_type.upper()
    username, member_id = body.get("username"), body.get("id")
    if isinstance(username, str) and username:
        if ctx.state.active_user(username) is None:
            raise ApiError(2002)
        ident, member_type = username, "USER"
    elif isinstance(member_id, str) and member_id:
        if member_type == "TEAM" and member_id not in ctx.state.teams:
            raise not_found("team", member_id)
        if member_type == "USER" and ctx.state.active_user(member_id) is None:
            raise ApiError(2002)
        ident = member_id
    else:
        raise bad_request("Name the new member with 'username', or with 'id' and 'type'.")
    if ident in automation.members:
        raise ApiError(90007, f"'{ident}' is already a member of automation '{automation.id}'.")
    granted = Permissions().merged(permission_changes(body.get("permissions")))
    member = AutomationMemberRecord(id=ident, type=member_type, permissions=granted.as_dict())
    automation.members[ident] = member
    return single(req, render_member(ctx, automation, member), status=201)


@routes.get("/automation/automations/{automation_id}/members/{member_id}")
def get_automation_member(req: Request, ctx: Context) -> Response:
    automation = find_automation(ctx, req.params["automation_id"], req.username)
    member = find_member(automation, req.params["member_id"])
    return single(req, render_member(ctx, automation, member))


@routes.patch("/automation/automations/{automation_id}/members/{member_id}")
def update_automation_member(req: Request, ctx: Context) -> Response:
    automation = find_automation(ctx, req.params["automation_id"], req.username)
    require(ctx, automation, req.username, "admin")
    member = find_member(automation, req.params["member_id"])
    body = req.json_object()
    reject_unknown_keys(body, ("permissions",), "member")
    updated = Permissions(**member.permissions).merged(permission_changes(body.get("permissions")))
    if member.permissions.get("admin") and not updated.admin and len(admins_of(automation)) == 1:
        raise bad_request(
            "The last administrator of an automation cannot lose the admin permission."
        )
    member.permissions = updated.as_dict()
    return single(req, render_member(ctx, automation, member))


@routes.delete("/automation/automations/{automation_id}/members/{member_id}")
def remove_automation_member(req: Request, ctx: Context) -> Response:
    automation = find_automation(ctx, req.params["automation_id"], req.username)
    member = find_member(automation, req.params["member_id"])
    leaving_on_own = member.type == "USER" and member.id == req.username
    if not leaving_on_own:
        require(ctx, automation, req.username, "admin")
    if member.permissions.get("admin") and len(admins_of(automation)) == 1:
        raise bad_request("The last administrator of an automation cannot be removed.")
    del automation.members[member.id]
    return no_content()


# -- packages --------------------------------------------------------------------------------------


@routes.get("/automation/automations/{automation_id}/packages")
def list_automation_packages(req: Request, ctx: Context) -> Response:
    automation = find_automation(ctx, req.params["automation_id"], req.username)
    packages = ctx.state.automations.packages_of(automation.id)
    return paginated(
        req, ctx, packages, lambda p: render_package(ctx, p), default_keys=PACKAGE_LIST_KEYS
    )


@routes.post("/automation/automations/{automation_id}/packages", advance_access_required=True)
def create_automation_package(req: Request, ctx: Context) -> Response:
    automation = find_automation(ctx, req.params["automation_id"], req.username)
    require(ctx, automation, req.username, "write")
    if automation.archived:
        raise bad_request(f"Automation '{automation.id}' is archived; restore it first.")
    body = req.json_object()
    reject_unknown_keys(body, PACKAGE_CREATE_KEYS, "package")
    version = valid_text(body, "version", required=True)
    location = valid_text(body, "location", required=True)
    assert version is not None and location is not None
    if location not in ctx.state.automations.code_files:
        raise bad_request(
            f"'location' must be the id of a completed code package upload; '{location}' is not."
        )
    store = ctx.state.automations
    if any(p.version == version for p in store.packages_of(automation.id)):
        raise ApiError(
            90007, f"Automation '{automation.id}' already has a package of version '{version}'."
        )
    package = PackageRecord(
        id=new_object_id(),
        automation=automation.id,
        version=version,
        location=location,
        created_by=req.username,
        schema=valid_dict(body, "schema") or {},
        memory_limit=valid_memory_limit(body),
        python=valid_text(body, "python"),
        custom_url=valid_text(body, "custom_url"),
    )
    store.packages[package.id] = package
    return single(req, render_package(ctx, package), status=201)


def set_package_archived(req: Request, ctx: Context, archived: bool) -> Response:
    automation = find_automation(ctx, req.params["automation_id"], req.username)
    package = find_package(ctx, req.params["package_id"], req.username)
    if package.automation != automation.id:
        raise not_found("automation package", package.id)
    require(ctx, automation, req.username, "write")
    if package.archived == archived:
        state = "archived" if archived else "not archived"
        raise bad_request(f"Package '{package.id}' is already {state}.")
    package.archived = archived
    return single(req, render_package(ctx, package))


@routes.post("/automation/automations/{automation_id}/packages/{package_id}/actions/archive")
def archive_automation_package(req: Request, ctx: Context) -> Response:
    return set_package_archived(req, ctx, True)


@routes.post("/automation/automations/{automation_id}/packages/{package_id}/actions/restore")
def restore_automation_package(req: Request, ctx: Context) -> Response:
    return set_package_archived(req, ctx, False)


@routes.get("/automation/packages/{package_id}")
def get_automation_package(req: Request, ctx: Context) -> Response:
    package = find_package(ctx, req.params["package_id"], req.username)
    return single(req, render_package(ctx, package))


@routes.patch("/automation/packages/{package_id}")
def update_automation_package(req: Request, ctx: Context) -> Response:
    package = find_package(ctx, req.params["package_id"], req.username)
    automation = ctx.state.automations.automations[package.automation]
    require(ctx, automation, req.username, "write")
    body = req.json_object()
    reject_unknown_keys(body, PACKAGE_UPDATE_KEYS, "package")
    if "custom_url" in body:
        package.custom_url = valid_text(body, "custom_url")
    if "memory_limit" in body:
        package.memory_limit = valid_memory_limit(body)
    return single(req, render_package(ctx, package))
