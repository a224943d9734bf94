"""Datasets and their members. Anyone may read a public dataset; a private one only its members.
The owner (and members with `admin`) edit the dataset and manage its members; only the owner
deletes it. The owner is always a member with every permission."""

from __future__ import annotations

from typing import Any

from ..context import Context
from ..errors import ApiError, bad_request
from ..request import Request
from ..routing import RouteTable
from ..state import Permissions, utc_now
from ..stores.datasets import DatasetRecord
from ..wire import JsonObject, Response, no_content, ok
from .common import paginated, single
from .members import permission_changes
from .projects import reject_unknown_keys

routes = RouteTable()

UPDATE_KEYS = ("name", "description")
MEMBER_CREATE_KEYS = ("username", "permissions")
MEMBER_LIST_KEYS = ("href", "id", "username")
VISIBILITIES = ("public", "private")


# -- rendering -------------------------------------------------------------------------------


def render_dataset(ctx: Context, record: DatasetRecord) -> JsonObject:
    return {
        "href": ctx.href("datasets", record.owner, record.slug),
        "id": record.id,
        "name": record.name,
        "description": record.description,
    }


def render_dataset_member(ctx: Context, record: DatasetRecord, username: str) -> JsonObject:
    user = ctx.state.users.get(username)
    return {
        "href": ctx.href("datasets", record.owner, record.slug, "members", username),
        "id": username,
        "username": username,
        "email": user.email if user is not None else None,
        "type": "USER",
        "permissions": dict(record.members[username]),
    }


def dataset_response(req: Request, ctx: Context, record: DatasetRecord) -> Response:
    return single(req, render_dataset(ctx, record))


# -- access ----------------------------------------------------------------------------------


def can_see(record: DatasetRecord, username: str) -> bool:
    return record.public or username in record.members


def can_manage(record: DatasetRecord, username: str) -> bool:
    return username == record.owner or record.members.get(username, {}).get("admin", False)


def readable_dataset(req: Request, ctx: Context) -> DatasetRecord:
    """The dataset in the path, if public or the caller is a member (404 / 403 otherwise)."""
    owner, slug = req.params["owner"], req.params["dataset"]
    record = ctx.state.datasets.get(owner, slug)
    if record is None:
        raise ApiError(90003, f"Dataset '{owner}/{slug}' does not exist.")
    if not can_see(record, req.username):
        raise ApiError(90002, f"You are not a member of dataset '{record.id}'.")
    return record


def managed_dataset(req: Request, ctx: Context) -> DatasetRecord:
    record = readable_dataset(req, ctx)
    if not can_manage(record, req.username):
        raise ApiError(90002, "Only the dataset's owner or administrators may do this.")
    return record


def find_member(record: DatasetRecord, username: str) -> dict[str, bool]:
    permissions = record.members.get(username)
    if permissions is None:
        raise ApiError(90003, f"'{username}' is not a member of dataset '{record.id}'.")
    return permissions


def valid_dataset_name(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise bad_request("A dataset's 'name' must be a non-empty string.")
    return value


def valid_dataset_description(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise bad_request("'description' must be a string.")
    return value


# -- datasets --------------------------------------------------------------------------------


def list_of_datasets(req: Request, ctx: Context, records: list[DatasetRecord]) -> Response:
    return paginated(req, ctx, records, lambda r: render_dataset(ctx, r))


@routes.get("/datasets")
def list_datasets(req: Request, ctx: Context) -> Response:
    raw = req.query_str("visibility")
    visibility = raw.lower() if raw else "private"
    if visibility not in VISIBILITIES:
        raise bad_request(
            f"Invalid value '{raw}' for query parameter 'visibility': expected public or private."
        )
    records = ctx.state.datasets.all()
    if visibility == "public":
        chosen = [r for r in records if r.public]
    else:
        chosen = [r for r in records if req.username in r.members]
    return list_of_datasets(req, ctx, chosen)


@routes.get("/datasets/{owner}")
def list_owner_datasets(req: Request, ctx: Context) -> Response:
    owner = req.params["owner"]
    records = [r for r in ctx.state.datasets.all() if r.owner == owner and can_see(r, req.username)]
    return list_of_datasets(req, ctx, records)


@routes.get("/datasets/{owner}/{dataset}")
def get_dataset(req: Request, ctx: Context) -> Response:
    return dataset_response(req, ctx, readable_dataset(req, ctx))


@routes.patch("/datasets/{owner}/{dataset}")
def update_dataset(req: Request, ctx: Context) -> Response:
    record = managed_dataset(req, ctx)
    body = req.json_object()
    if "id" in body:
        raise bad_request("A dataset's id cannot be changed.")
    reject_unknown_keys(body, UPDATE_KEYS, "dataset update")
    name = valid_dataset_name(body["name"]) if "name" in body else record.name
    description = (
        valid_dataset_description(body["description"])
        if "description" in body
        else record.description
    )
    if body:
        record.name, record.description = name, description
        record.modified_on = utc_now()
    return dataset_response(req, ctx, record)


@routes.delete("/datasets/{owner}/{dataset}")
def delete_dataset(req: Request, ctx: Context) -> Response:
    record = readable_dataset(req, ctx)
    if req.username != record.owner:
        raise ApiError(90002, "Only the dataset's owner may delete it.")
    ctx.state.datasets.remove(record)
    return no_content()


# -- members ---------------------------------------------------------------------------------


@routes.get("/datasets/{owner}/{dataset}/members")
def list_dataset_members(req: Request, ctx: Context) -> Response:
    record = readable_dataset(req, ctx)
    return paginated(
        req,
        ctx,
        list(record.members),
        lambda username: render_dataset_member(ctx, record, username),
        default_keys=MEMBER_LIST_KEYS,
    )


@routes.post("/datasets/{owner}/{dataset}/members")
def add_dataset_member(req: Request, ctx: Context) -> Response:
    record = managed_dataset(req, ctx)
    body = req.json_object()
    reject_unknown_keys(body, MEMBER_CREATE_KEYS, "dataset member")
    username = body.get("username")
    if not isinstance(username, str) or not username:
        raise ApiError(3005)
    if ctx.state.active_user(username) is None:
        raise ApiError(2002)
    changes = permission_changes(body.get("permissions"))
    if username in record.members:
        raise ApiError(90007, f"'{username}' is already a member of dataset '{record.id}'.")
    record.members[username] = Permissions().merged(changes).as_dict()
    return single(req, render_dataset_member(ctx, record, username), status=201)


@routes.get("/datasets/{owner}/{dataset}/members/{username}")
def get_dataset_member(req: Request, ctx: Context) -> Response:
    record = readable_dataset(req, ctx)
    username = req.params["username"]
    find_member(record, username)
    return single(req, render_dataset_member(ctx, record, username))


@routes.delete("/datasets/{owner}/{dataset}/members/{username}")
def remove_dataset_member(req: Request, ctx: Context) -> Response:
    record = readable_dataset(req, ctx)
    username = req.params["username"]
    find_member(record, username)
    if not can_manage(record, req.username) and username != req.username:
        raise ApiError(90002, "Only the dataset's owner or administrators may remove others.")
    if username == record.owner:
        raise bad_request("The owner of a dataset cannot be removed from it.")
    del record.members[username]
    return no_content()


@routes.patch("/datasets/{owner}/{dataset}/members/{username}/permissions")
def update_dataset_member_permissions(req: Request, ctx: Context) -> Response:
    record = managed_dataset(req, ctx)
    username = req.params["username"]
    current = Permissions(**find_member(record, username))
    updated = current.merged(permission_changes(req.json()))
    if username == record.owner and not updated.admin:
        raise bad_request("The owner of a dataset always keeps the admin permission.")
    record.members[username] = updated.as_dict()
    return ok(updated.as_dict())
