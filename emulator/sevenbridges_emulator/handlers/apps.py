"""Apps: list, read (latest or one revision), raw CWL, install and new revisions, copy, sync.

Access: public apps (project `admin/sbg-public-data`) can be read and copied by anyone; other apps
need read permission in their project to be read, copy permission there to be copied, and write
permission to get new revisions (installing, syncing). Copies go to projects you can write to.
"""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

from ..context import Context
from ..errors import ApiError, bad_request
from ..request import Request
from ..routing import RouteTable
from ..state import Permissions, Project, slugify
from ..stores.apps import (
    COPY_STRATEGIES,
    CWL_CLASSES,
    PUBLIC_PROJECT,
    AppRecord,
    AppRevision,
)
from ..wire import JsonObject, Response, ok
from .common import paginated, single

routes = RouteTable()

# The app codes of the API status-code table (shared/api/wire.md §2.2): code -> (HTTP, message).
APP_CODES: dict[int, tuple[int, str]] = {
    6001: (403, "Insufficient privileges to access the requested app/revision."),
    6002: (404, "Requested app/revision does not exist."),
    6003: (409, "Requested app/revision already exists."),
    6009: (400, "Destination project must not be null or an empty string."),
    6011: (400, "Malformed app id. Expecting `owner/project/app_name/revision`."),
    6012: (400, "Invalid visibility query parameter. Allowed values: [PUBLIC, PRIVATE]."),
    3001: (403, "Not enough privileges to access the requested project/member."),
    3002: (404, "Requested project or member does not exist."),
    3006: (400, "Project id must not be null or an empty string."),
    3012: (400, "Malformed project id. Expecting owner/project"),
}
VISIBILITIES = ("private", "public")
YAML_TYPES = ("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml")


def app_error(code: int, message: str | None = None) -> ApiError:
    status, default = APP_CODES[code]
    return ApiError(code, message or default, status=status)


# -- rendering -------------------------------------------------------------------------------


def render_app(ctx: Context, app: AppRecord, revision: AppRevision) -> JsonObject:
    return {
        "href": ctx.href("apps", app.owner, app.project_slug, app.app_name, str(revision.number)),
        "id": app.revision_id(revision),
        "project": app.project,
        "name": app.name(revision),
        "revision": revision.number,
        "raw": app.rendered_raw(revision),
    }


# -- lookups and access ----------------------------------------------------------------------


def split_project_id(value: Any, *, missing_code: int = 3012) -> tuple[str, str]:
    """`owner/project` -> (owner, project); 400 for anything else."""
    if value is None or value == "":
        raise app_error(missing_code)
    if not isinstance(value, str):
        raise app_error(3012)
    owner, sep, slug = value.partition("/")
    if not sep or not owner or not slug or "/" in slug:
        raise app_error(3012, f"Malformed project id '{value}'. Expecting owner/project.")
    return owner, slug


def project_permissions(ctx: Context, project_id: str, username: str) -> Permissions | None:
    project: Project | None = ctx.state.projects.get(project_id)
    if project is None:
        return None
    return ctx.state.permissions_in(project, username)


def readable_project_for_apps(ctx: Context, project_id: str, username: str) -> Permissions:
    project = ctx.state.projects.get(project_id)
    if project is None:
        raise app_error(3002)
    permissions = ctx.state.permissions_in(project, username)
    if permissions is None or not permissions.read:
        raise app_error(3001)
    return permissions


def can_read(ctx: Context, app: AppRecord, username: str) -> bool:
    if app.public:
        return True
    permissions = project_permissions(ctx, app.project, username)
    return permissions is not None and permissions.read


def readable_app(ctx: Context, app_id: str, username: str) -> AppRecord:
    """The app, if it exists (404 6002) and the caller may read it (403 6001)."""
    app = ctx.state.apps.get(app_id)
    if app is None or (not app.public and app.project not in ctx.state.projects):
        raise app_error(6002, f"App '{app_id}' does not exist.")
    if not can_read(ctx, app, username):
        raise app_error(6001)
    return app


def writable_project(ctx: Context, owner: str, slug: str, username: str) -> Project:
    """A project the caller may add apps to (404 3002 / 403 6001 otherwise)."""
    project_id = f"{owner}/{slug}"
    project = ctx.state.projects.get(project_id)
    if project is None:
        if project_id == PUBLIC_PROJECT:
            raise app_error(6001, "Public apps cannot be changed.")
        raise app_error(3002)
    permissions = ctx.state.permissions_in(project, username)
    if permissions is None or not permissions.read:
        raise app_error(3001)
    if not permissions.write:
        raise app_error(6001, f"You need write permission in '{project_id}' to change its apps.")
    return project


def revision_number(value: str) -> int:
    if not re.fullmatch(r"\d+", value):
        raise app_error(6011, f"Malformed app revision '{value}': expected a whole number.")
    return int(value)


def path_app_id(req: Request) -> str:
    return f"{req.params['owner']}/{req.params['project']}/{req.params['app_name']}"


def app_revision(app: AppRecord, number: int) -> AppRevision:
    revision = app.revision(number)
    if revision is None:
        raise app_error(6002, f"App '{app.id}' has no revision {number}.")
    return revision


def parse_app_reference(value: str) -> tuple[str, int | None] | None:
    """`owner/project/app_name[/revision]` -> (app id, revision or None); None if malformed."""
    parts = value.split("/")
    if len(parts) not in (3, 4) or not all(parts):
        return None
    if len(parts) == 4:
        if not re.fullmatch(r"\d+", parts[3]):
            return None
        return "/".join(parts[:3]), int(parts[3])
    return value, None


# -- body ------------------------------------------------------------------------------------


def raw_cwl(req: Request) -> dict[str, Any]:
    """The CWL document in the body: JSON, or YAML when the content type says so."""
    content_type = req.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if not req.body.strip():
        raise bad_request("The body must be the app's raw CWL document.")
    try:
        if content_type in YAML_TYPES:
            document = yaml.safe_load(req.body.decode("utf-8"))
        else:
            document = json.loads(req.body)
    except (ValueError, UnicodeDecodeError, yaml.YAMLError):
        raise ApiError(90009) from None
    if not isinstance(document, dict):
        raise bad_request("The raw CWL must be an object.")
    if document.get("class") not in CWL_CLASSES:
        raise bad_request(
            f"The raw CWL must have a 'class' of {', '.join(CWL_CLASSES)}; "
            f"got {document.get('class')!r}."
        )
    return document


# -- listing ---------------------------------------------------------------------------------


def app_matches(app: AppRecord, terms: list[str], ids: list[str]) -> bool:
    if ids and not any(i in (app.id, app.revision_id(app.latest)) for i in ids):
        return False
    raw = app.latest.raw
    haystack = " ".join(
        str(part) for part in (app.id, app.name(), raw.get("description", ""), raw.get("doc", ""))
    ).lower()
    return all(term.lower() in haystack for term in terms)


@routes.get("/apps")
def list_apps(req: Request, ctx: Context) -> Response:
    project_id = req.query_str("project")
    visibility = req.query_str("visibility")
    if visibility is not None and visibility.lower() not in VISIBILITIES:
        raise app_error(6012)
    if project_id:
        owner, slug = split_project_id(project_id)
        project_id = f"{owner}/{slug}"
        if project_id == PUBLIC_PROJECT:
            apps = ctx.state.apps.public_apps()
        else:
            readable_project_for_apps(ctx, project_id, req.username)
            apps = ctx.state.apps.in_project(project_id)
    elif visibility is not None and visibility.lower() == "public":
        apps = ctx.state.apps.public_apps()
    else:
        apps = [
            app
            for app in ctx.state.apps.apps.values()
            if not app.public
            and (perms := project_permissions(ctx, app.project, req.username)) is not None
            and perms.read
        ]
    terms = [word for value in req.query_list("q") for word in value.split()]
    ids = [value for value in req.query_list("id") if value]
    apps = [app for app in apps if app_matches(app, terms, ids)]
    return paginated(req, ctx, apps, lambda app: render_app(ctx, app, app.latest))


# -- one app ---------------------------------------------------------------------------------


@routes.get("/apps/{owner}/{project}/{app_name}")
def get_app(req: Request, ctx: Context) -> Response:
    app = readable_app(ctx, path_app_id(req), req.username)
    return single(req, render_app(ctx, app, app.latest))


@routes.get("/apps/{owner}/{project}/{app_name}/{revision}")
def get_app_revision(req: Request, ctx: Context) -> Response:
    number = revision_number(req.params["revision"])
    app = readable_app(ctx, path_app_id(req), req.username)
    return single(req, render_app(ctx, app, app_revision(app, number)))


@routes.get("/apps/{owner}/{project}/{app_name}/raw")
def get_app_raw(req: Request, ctx: Context) -> Response:
    app = readable_app(ctx, path_app_id(req), req.username)
    return ok(app.rendered_raw(app.latest))


@routes.get("/apps/{owner}/{project}/{app_name}/{revision}/raw")
def get_app_revision_raw(req: Request, ctx: Context) -> Response:
    number = revision_number(req.params["revision"])
    app = readable_app(ctx, path_app_id(req), req.username)
    return ok(app.rendered_raw(app_revision(app, number)))


@routes.post("/apps/{owner}/{project}/{app_name}/raw")
def install_app(req: Request, ctx: Context) -> Response:
    owner, slug, app_name = req.params["owner"], req.params["project"], req.params["app_name"]
    writable_project(ctx, owner, slug, req.username)
    raw = raw_cwl(req)
    app, revision = ctx.state.apps.add_revision(owner, slug, app_name, raw, req.username)
    return ok(app.rendered_raw(revision))


@routes.post("/apps/{owner}/{project}/{app_name}/{revision}/raw")
def create_app_revision(req: Request, ctx: Context) -> Response:
    owner, slug, app_name = req.params["owner"], req.params["project"], req.params["app_name"]
    number = revision_number(req.params["revision"])
    writable_project(ctx, owner, slug, req.username)
    app = ctx.state.apps.get(f"{owner}/{slug}/{app_name}")
    expected = app.latest.number + 1 if app is not None else 0
    if app is not None and app.revision(number) is not None:
        raise app_error(6003, f"Revision {number} of app '{app.id}' already exists.")
    if number != expected:
        if app is None:
            raise app_error(6002, f"App '{owner}/{slug}/{app_name}' does not exist.")
        raise bad_request(f"The next revision of app '{app.id}' is {expected}, not {number}.")
    raw = raw_cwl(req)
    app, revision = ctx.state.apps.add_revision(owner, slug, app_name, raw, req.username)
    return ok(app.rendered_raw(revision))


def copy_app_from(req: Request, ctx: Context, revision_text: str | None) -> Response:
    source = readable_app(ctx, path_app_id(req), req.username)
    if not source.public:
        permissions = project_permissions(ctx, source.project, req.username)
        if permissions is None or not permissions.copy:
            raise app_error(
                6001, f"You need copy permission in '{source.project}' to copy its apps."
            )
    upto = (
        source.latest
        if revision_text is None
        else app_revision(source, revision_number(revision_text))
    )
    body = req.json_object()
    unknown = sorted(set(body) - {"project", "name", "strategy", "use_revision"})
    if unknown:
        raise bad_request(f"Unknown field(s) in the app copy: {', '.join(unknown)}.")
    owner, slug = split_project_id(body.get("project"), missing_code=6009)
    writable_project(ctx, owner, slug, req.username)
    strategy = body.get("strategy") or "clone"
    if not isinstance(strategy, str) or strategy.lower() not in COPY_STRATEGIES:
        raise bad_request(
            f"Invalid copy strategy {strategy!r}: expected one of {', '.join(COPY_STRATEGIES)}."
        )
    name = body.get("name")
    if name is not None and (not isinstance(name, str) or not name.strip()):
        raise bad_request("'name' must be a non-empty string.")
    app_name = slugify(name) if name else source.app_name
    destination = f"{owner}/{slug}/{app_name}"
    if ctx.state.apps.get(destination) is not None:
        raise app_error(6003, f"App '{destination}' already exists.")
    copied = ctx.state.apps.copy(
        source, upto, f"{owner}/{slug}", app_name, strategy.lower(), req.username
    )
    if name:
        for revision in copied.revisions:
            revision.raw["label"] = name
    return single(req, render_app(ctx, copied, copied.latest))


@routes.post("/apps/{owner}/{project}/{app_name}/actions/copy")
def copy_app(req: Request, ctx: Context) -> Response:
    return copy_app_from(req, ctx, None)


@routes.post("/apps/{owner}/{project}/{app_name}/{revision}/actions/copy")
def copy_app_revision(req: Request, ctx: Context) -> Response:
    return copy_app_from(req, ctx, req.params["revision"])


@routes.post("/apps/{owner}/{project}/{app_name}/actions/sync")
def sync_app(req: Request, ctx: Context) -> Response:
    app = readable_app(ctx, path_app_id(req), req.username)
    writable_project(ctx, app.owner, app.project_slug, req.username)
    if app.source is None or not app.follows_source:
        raise bad_request(
            f"App '{app.id}' is not a copy that takes updates from its source "
            "(only copies made with the clone or transient strategy are)."
        )
    source = ctx.state.apps.get(app.source)
    if source is None:
        raise app_error(6002, f"The source app '{app.source}' no longer exists.")
    ctx.state.apps.sync(app, source, req.username)
    return single(req, render_app(ctx, app, app.latest))
