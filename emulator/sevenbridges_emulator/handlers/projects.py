"""Projects: list, create, read, edit, delete; plus the access checks member routes share."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterable
from typing import Any

from ..context import Context
from ..errors import ApiError, bad_request
from ..request import Request
from ..routing import RouteTable
from ..state import BillingGroup, Permissions, Project, default_project_settings, utc_now
from ..wire import JsonObject, Response, format_timestamp, no_content
from .common import paginated, single

routes = RouteTable()

CATEGORIES = ("PRIVATE", "PUBLIC")
BOOLEAN_SETTINGS = (
    "locked",
    "controlled",
    "use_interruptible_instances",
    "use_memoization",
    "allow_network_access",
    "use_elastic_disk",
)
SETTING_KEYS = (*BOOLEAN_SETTINGS, "location", "intermediate_files")
# Some clients send a few settings at the top level of a create body; they land in `settings`.
TOP_LEVEL_SETTING_KEYS = (
    "location",
    "use_elastic_disk",
    "use_interruptible_instances",
    "use_memoization",
    "intermediate_files",
)
CREATE_KEYS = (
    "name",
    "billing_group",
    "description",
    "tags",
    "settings",
    "category",
    *TOP_LEVEL_SETTING_KEYS,
)
UPDATE_KEYS = ("name", "description", "billing_group", "settings", "tags", "category")
MAX_INTERMEDIATE_HOURS = 120


# -- rendering -------------------------------------------------------------------------------


def render_project(
    ctx: Context, project: Project, username: str, advance_access: bool
) -> JsonObject:
    permissions = ctx.state.permissions_in(project, username) or Permissions(read=False)
    rendered: JsonObject = {
        "href": ctx.href("projects", project.owner, project.slug),
        "id": project.id,
        "name": project.name,
        "type": "v2",
        "description": project.description,
        "tags": list(project.tags),
        "settings": copy.deepcopy(project.settings),
        "billing_group": project.billing_group,
        "permissions": permissions.as_dict(),
        "created_by": project.created_by,
        "created_on": format_timestamp(project.created_on),
        "modified_on": format_timestamp(project.modified_on),
        "category": project.category,
    }
    if advance_access:
        rendered["root_folder"] = project.root_folder
    return rendered


def project_response(req: Request, ctx: Context, project: Project, status: int = 200) -> Response:
    return single(req, render_project(ctx, project, req.username, req.advance_access), status)


# -- access checks shared with the member routes ---------------------------------------------


def find_project(ctx: Context, owner: str, slug: str) -> Project:
    project = ctx.state.projects.get(f"{owner}/{slug}")
    if project is None:
        raise ApiError(3002)
    return project


def readable_project(req: Request, ctx: Context) -> tuple[Project, Permissions]:
    """The project in the path, if the caller is a member (404 3002 / 403 3001 otherwise)."""
    project = find_project(ctx, req.params["owner"], req.params["project"])
    permissions = ctx.state.permissions_in(project, req.username)
    if permissions is None or not permissions.read:
        raise ApiError(3001)
    return project, permissions


def administered_project(req: Request, ctx: Context) -> Project:
    project, permissions = readable_project(req, ctx)
    if not permissions.admin:
        raise ApiError(3001, "Only project administrators may do this.")
    return project


# -- body validation -------------------------------------------------------------------------


def reject_unknown_keys(body: JsonObject, allowed: Iterable[str], what: str) -> None:
    unknown = sorted(set(body) - set(allowed))
    if unknown:
        raise bad_request(
            f"Unknown field(s) in the {what}: {', '.join(unknown)}. Allowed: {', '.join(allowed)}."
        )


def valid_name(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ApiError(3007)
    return value


def valid_description(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise bad_request("'description' must be a string.")
    return value


def valid_tags(value: Any) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(tag, str) for tag in value):
        raise bad_request("'tags' must be a list of strings.")
    return list(value)


def valid_category(value: Any) -> str:
    if value not in CATEGORIES:
        raise bad_request(f"Invalid category {value!r}: expected one of {', '.join(CATEGORIES)}.")
    return str(value)


def valid_billing_group(ctx: Context, value: Any, username: str) -> BillingGroup:
    if value is None or value == "" or not isinstance(value, str):
        raise ApiError(3008)
    try:
        uuid.UUID(value)
    except ValueError:
        raise ApiError(4005, f"Billing group id must be a valid UUID, got '{value}'.") from None
    group = ctx.state.billing_groups.get(value.lower())
    if group is None:
        raise ApiError(4002)
    if username not in group.members:
        raise ApiError(4006)
    return group


def merged_settings(current: dict[str, Any], changes: Any) -> dict[str, Any]:
    """Settings after applying `changes` (validated); nested `intermediate_files` merges too."""
    if changes is None:
        return copy.deepcopy(current)
    if not isinstance(changes, dict):
        raise bad_request("'settings' must be an object.")
    reject_unknown_keys(changes, SETTING_KEYS, "project settings")
    result = copy.deepcopy(current)
    for key, value in changes.items():
        if key in BOOLEAN_SETTINGS:
            if not isinstance(value, bool):
                raise bad_request(f"Setting '{key}' must be true or false, got {value!r}.")
            result[key] = value
        elif key == "location":
            if not isinstance(value, str) or not value:
                raise bad_request(f"Setting 'location' must be a non-empty string, got {value!r}.")
            result[key] = value
        else:
            result[key] = merged_intermediate_files(result.get(key) or {}, value)
    return result


def merged_intermediate_files(current: dict[str, Any], changes: Any) -> dict[str, Any]:
    if not isinstance(changes, dict):
        raise bad_request("Setting 'intermediate_files' must be an object.")
    reject_unknown_keys(changes, ("retention", "duration"), "intermediate_files setting")
    result = dict(current)
    if "retention" in changes:
        if changes["retention"] not in ("LIMITED", "UNLIMITED"):
            raise bad_request("'intermediate_files.retention' must be LIMITED or UNLIMITED.")
        result["retention"] = changes["retention"]
    if "duration" in changes:
        duration = changes["duration"]
        valid = duration is None or (
            isinstance(duration, int)
            and not isinstance(duration, bool)
            and 1 <= duration <= MAX_INTERMEDIATE_HOURS
        )
        if not valid:
            raise bad_request(
                f"'intermediate_files.duration' must be 1 to {MAX_INTERMEDIATE_HOURS} hours, got {duration!r}."
            )
        result["duration"] = duration
    return result


# -- listing ---------------------------------------------------------------------------------


def visible_projects(req: Request, ctx: Context) -> list[Project]:
    """The caller's projects matching the query: OR within one filter, AND across filters."""
    names = req.query_list("name")
    categories = req.query_list("category")
    for category in categories:
        valid_category(category)
    tags = req.query_list("tags")
    return [
        p
        for p in ctx.state.projects.values()
        if ctx.state.permissions_in(p, req.username) is not None
        and (not names or p.name in names)
        and (not categories or p.category in categories)
        and (not tags or any(tag in p.tags for tag in tags))
    ]


def list_of_projects(req: Request, ctx: Context, projects: list[Project]) -> Response:
    advance = req.advance_access
    return paginated(req, ctx, projects, lambda p: render_project(ctx, p, req.username, advance))


@routes.get("/projects")
def list_projects(req: Request, ctx: Context) -> Response:
    return list_of_projects(req, ctx, visible_projects(req, ctx))


@routes.get("/projects/{owner}")
def list_owner_projects(req: Request, ctx: Context) -> Response:
    owner = req.params["owner"]
    return list_of_projects(req, ctx, [p for p in visible_projects(req, ctx) if p.owner == owner])


# -- one project -----------------------------------------------------------------------------


@routes.post("/projects")
def create_project(req: Request, ctx: Context) -> Response:
    body = req.json_object()
    reject_unknown_keys(body, CREATE_KEYS, "project")
    name = valid_name(body.get("name"))
    group = valid_billing_group(ctx, body.get("billing_group"), req.username)
    top_level_settings = {key: body[key] for key in TOP_LEVEL_SETTING_KEYS if key in body}
    settings = merged_settings(
        merged_settings(default_project_settings(), top_level_settings), body.get("settings")
    )
    project = ctx.state.add_project(
        req.username,
        name,
        group.id,
        description=valid_description(body.get("description")),
        tags=valid_tags(body.get("tags")),
        settings=settings,
        category=valid_category(body.get("category", "PRIVATE")),
    )
    return project_response(req, ctx, project, status=201)


@routes.get("/projects/{owner}/{project}")
def get_project(req: Request, ctx: Context) -> Response:
    project, _ = readable_project(req, ctx)
    return project_response(req, ctx, project)


@routes.patch("/projects/{owner}/{project}")
def update_project(req: Request, ctx: Context) -> Response:
    project = administered_project(req, ctx)
    body = req.json_object()
    if "id" in body:
        raise bad_request("A project's id cannot be changed.")
    reject_unknown_keys(body, UPDATE_KEYS, "project update")
    # Validate everything before changing anything.
    name = valid_name(body["name"]) if "name" in body else project.name
    description = (
        valid_description(body["description"]) if "description" in body else project.description
    )
    group = (
        valid_billing_group(ctx, body["billing_group"], req.username).id
        if "billing_group" in body
        else project.billing_group
    )
    settings = merged_settings(project.settings, body.get("settings"))
    tags = valid_tags(body["tags"]) if "tags" in body else project.tags
    category = valid_category(body["category"]) if "category" in body else project.category
    if body:
        project.name, project.description, project.billing_group = name, description, group
        project.settings, project.tags, project.category = settings, tags, category
        project.modified_on = utc_now()
    return project_response(req, ctx, project)


@routes.delete("/projects/{owner}/{project}")
def delete_project(req: Request, ctx: Context) -> Response:
    project = administered_project(req, ctx)
    del ctx.state.projects[project.id]
    return no_content()
