"""Volumes: list, create (the service is checked by type; no cloud is called), read, edit,
deactivate/reactivate, delete; their bucket's contents (continuation-token listing) and objects;
their members.

Access: a volume is visible to its members (users, or teams and divisions the caller belongs to).
Reading needs `read`; editing, deleting and managing members need `admin`. Imports from a volume
need `read`, exports to it `write` (see `imports_exports.py`).
"""

from __future__ import annotations

import base64
import binascii
import copy
import re
from typing import Any
from urllib.parse import quote, unquote_plus, urlsplit, urlunsplit

from ..context import Context
from ..errors import bad_request
from ..request import Request
from ..routing import RouteTable
from ..state import utc_now
from ..stores.volumes import (
    VOLUME_PERMISSION_NAMES,
    VolumeMemberRecord,
    VolumeObjectRecord,
    VolumePermissions,
    VolumeRecord,
    check_location,
    storage_error,
)
from ..wire import JsonObject, Response, format_timestamp, no_content, ok, select_fields
from .common import MAX_LIMIT, paginated, single

routes = RouteTable()

NAME_PATTERN = re.compile(r"[A-Za-z0-9_]{1,32}")
ACCESS_MODES = ("RO", "RW")
READ_ONLY_TYPES = ("AZURE", "OSS")
SERVICE_TYPES = ("S3", "GCS", "AZURE", "OSS")
SECRET_KEYS = ("secret_access_key", "private_key", "client_secret", "sas")
SSE_ALGORITHMS = ("AES256", "aws:kms")
STORAGE_CLASSES = (
    "STANDARD",
    "REDUCED_REDUNDANCY",
    "STANDARD_IA",
    "ONEZONE_IA",
    "INTELLIGENT_TIERING",
    "GLACIER",
    "GLACIER_IR",
    "DEEP_ARCHIVE",
)
CANNED_ACLS = (
    "private",
    "public-read",
    "public-read-write",
    "aws-exec-read",
    "authenticated-read",
    "bucket-owner-read",
    "bucket-owner-full-control",
    "log-delivery-write",
)
CREATE_KEYS = ("name", "description", "access_mode", "service")
UPDATE_KEYS = ("description", "access_mode", "service", "active")
MEMBER_TYPES = ("USER", "TEAM", "DIVISION")
MEMBER_CREATE_KEYS = ("username", "id", "type", "permissions")
MEMBER_LIST_KEYS = ("href", "id", "username")
CONTENT_DEFAULT_LIMIT = 50


# -- access --------------------------------------------------------------------------------------


def permissions_on(ctx: Context, volume: VolumeRecord, username: str) -> VolumePermissions | None:
    """What `username` may do with `volume`, directly or through a team or division."""
    state = ctx.state
    user = state.users.get(username)
    found: VolumePermissions | None = None
    for member in volume.members.values():
        team = state.teams.get(member.id) if member.type == "TEAM" else None
        applies = (
            (member.type == "USER" and member.id == username)
            or (member.type == "TEAM" and team is not None and username in team.members)
            or (member.type == "DIVISION" and user is not None and user.division == member.id)
        )
        if applies:
            found = member.permissions if found is None else found.union(member.permissions)
    return found


def split_volume_id(value: Any) -> str:
    """A volume id from a body or query (`owner/name`); 9007 for anything else."""
    if not isinstance(value, str) or not value:
        raise storage_error(9011, "A volume id (`owner/volume`) must be given.")
    owner, sep, name = value.partition("/")
    if not sep or not owner or not name or "/" in name:
        raise storage_error(9007, f"Malformed volume id '{value}'. Expecting owner/volume.")
    return value


def volume_with(
    ctx: Context, volume_id: str, username: str, permission: str = "read"
) -> VolumeRecord:
    """The volume, if the caller has `permission` on it (404 9007 / 403 9020 otherwise)."""
    volume = ctx.state.volumes.get(volume_id)
    if volume is None:
        raise storage_error(9007, f"Volume '{volume_id}' does not exist.")
    permissions = permissions_on(ctx, volume, username)
    if permissions is None or not getattr(permissions, permission):
        raise storage_error(9020, f"You need the {permission} permission on volume '{volume_id}'.")
    return volume


def path_volume(req: Request, ctx: Context, permission: str = "read") -> VolumeRecord:
    volume_id = f"{req.params['owner']}/{req.params['volume']}"
    return volume_with(ctx, volume_id, req.username, permission)


# -- rendering -----------------------------------------------------------------------------------


def public_service(service: dict[str, Any]) -> JsonObject:
    """The service as the server shows it: no secrets."""
    shown = copy.deepcopy(service)
    credentials = shown.get("credentials")
    if isinstance(credentials, dict):
        shown["credentials"] = {k: v for k, v in credentials.items() if k not in SECRET_KEYS}
    return shown


def render_volume(ctx: Context, volume: VolumeRecord) -> JsonObject:
    return {
        "href": ctx.href("storage", "volumes", volume.owner, volume.name),
        "id": volume.id,
        "name": volume.name,
        "description": volume.description,
        "access_mode": volume.access_mode,
        "service": public_service(volume.service),
        "created_on": format_timestamp(volume.created_on),
        "modified_on": format_timestamp(volume.modified_on),
        "active": volume.active,
    }


def object_href(ctx: Context, volume: VolumeRecord, location: str) -> str:
    base = ctx.href("storage", "volumes", volume.owner, volume.name, "object")
    return f"{base}?location={quote(location, safe='/')}"


def render_object(ctx: Context, volume: VolumeRecord, obj: VolumeObjectRecord) -> JsonObject:
    return {
        "href": object_href(ctx, volume, obj.location),
        "location": obj.location,
        "volume": volume.id,
        "type": volume.type.lower(),
        "metadata": copy.deepcopy(obj.metadata),
    }


def render_prefix(ctx: Context, volume: VolumeRecord, prefix: str) -> JsonObject:
    base = ctx.href("storage", "volumes", volume.owner, volume.name, "list")
    return {
        "href": f"{base}?prefix={quote(prefix, safe='/')}",
        "prefix": prefix,
        "volume": volume.id,
    }


def render_member(ctx: Context, volume: VolumeRecord, member: VolumeMemberRecord) -> JsonObject:
    user = ctx.state.users.get(member.id) if member.type == "USER" else None
    return {
        "href": ctx.href("storage", "volumes", volume.owner, volume.name, "members", member.id),
        "id": member.id,
        "username": member.id,
        "email": user.email if user is not None else None,
        "type": member.type,
        "permissions": member.permissions.as_dict(),
    }


# -- validation ----------------------------------------------------------------------------------


def reject_unknown_keys(body: JsonObject, allowed: tuple[str, ...], what: str) -> None:
    unknown = sorted(set(body) - set(allowed))
    if unknown:
        raise storage_error(
            9011,
            f"Unknown field(s) in the {what}: {', '.join(unknown)}. Allowed: {', '.join(allowed)}.",
        )


def valid_access_mode(value: Any) -> str:
    if value not in ACCESS_MODES:
        raise storage_error(9015, f"Invalid access_mode {value!r}: expected RO or RW.")
    return str(value)


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _has(mapping: dict[str, Any], *keys: str) -> bool:
    return all(_text(mapping.get(key)) for key in keys)


def valid_properties(value: Any) -> dict[str, Any]:
    """Volume or export properties: known S3 settings are checked, the rest kept as given."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise storage_error(9011, "'properties' must be an object.")
    if "sse_algorithm" in value and value["sse_algorithm"] not in SSE_ALGORITHMS:
        raise storage_error(9032)
    if "aws_storage_class" in value and value["aws_storage_class"] not in STORAGE_CLASSES:
        raise storage_error(9024)
    if "aws_canned_acl" in value and value["aws_canned_acl"] not in CANNED_ACLS:
        raise storage_error(9022)
    return dict(value)


def valid_service(value: Any, access_mode: str) -> dict[str, Any]:
    """A service object checked by its `type`; returned with `type` upper-cased and defaults set."""
    if value is None:
        raise storage_error(9016)
    if not isinstance(value, dict):
        raise storage_error(9017, "'service' must be an object.")
    service = copy.deepcopy(value)
    kind = service.get("type")
    kind = kind.upper() if isinstance(kind, str) else kind
    if kind not in SERVICE_TYPES:
        raise storage_error(
            9017, f"Unknown service type {value.get('type')!r}: expected s3, gcs, azure or OSS."
        )
    service["type"] = kind
    credentials = service.get("credentials")
    if not isinstance(credentials, dict):
        raise storage_error(9017, "The service needs a 'credentials' object.")
    if "prefix" in service and not isinstance(service["prefix"], str):
        raise storage_error(9017, "'prefix' must be a string.")
    if kind == "S3":
        if not _has(service, "bucket"):
            raise storage_error(9017, "An S3 service needs a 'bucket'.")
        keys = _has(credentials, "access_key_id", "secret_access_key")
        role = _has(credentials, "role_arn", "external_id")
        if not keys and not role:
            raise storage_error(
                9017,
                "S3 credentials need 'access_key_id' and 'secret_access_key', or 'role_arn' and "
                "'external_id'.",
            )
        service.setdefault("endpoint", "s3.amazonaws.com")
    elif kind == "GCS":
        if not _has(service, "bucket"):
            raise storage_error(9017, "A GCS service needs a 'bucket'.")
        if isinstance(credentials.get("configuration"), dict):
            pass
        elif _has(credentials, "client_email", "private_key"):
            if "PRIVATE KEY" not in credentials["private_key"]:
                raise storage_error(9025)
        else:
            raise storage_error(
                9017, "GCS credentials need 'client_email' and 'private_key', or 'configuration'."
            )
        service.setdefault("root_url", "https://www.googleapis.com")
    elif kind == "AZURE":
        if not _has(service, "storage_account", "container"):
            raise storage_error(9017, "An Azure service needs 'storage_account' and 'container'.")
        if not (
            _has(credentials, "sas") or _has(credentials, "tenant_id", "client_id", "client_secret")
        ):
            raise storage_error(
                9017,
                "Azure credentials need 'sas', or 'tenant_id', 'client_id' and 'client_secret'.",
            )
    elif not _has(service, "endpoint", "bucket") or not _has(
        credentials, "access_key_id", "secret_access_key"
    ):
        raise storage_error(
            9017,
            "An OSS service needs 'endpoint', 'bucket' and credentials with 'access_key_id' "
            "and 'secret_access_key'.",
        )
    if kind in READ_ONLY_TYPES and access_mode != "RO":
        raise storage_error(9017, f"{kind} volumes can only be read-only (access_mode RO).")
    service.setdefault("prefix", "")
    service["properties"] = valid_properties(service.get("properties"))
    return service


def valid_volume_name(value: Any) -> str:
    if value is None or value == "":
        raise storage_error(9013)
    if not isinstance(value, str) or not NAME_PATTERN.fullmatch(value):
        raise storage_error(9014, f"Invalid volume name {value!r}: {storage_error(9014).message}")
    return value


def valid_description(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise storage_error(9011, "'description' must be a string.")
    return value


# -- volumes -------------------------------------------------------------------------------------


@routes.get("/storage/volumes")
def list_volumes(req: Request, ctx: Context) -> Response:
    visible = [
        v
        for v in ctx.state.volumes.volumes.values()
        if permissions_on(ctx, v, req.username) is not None
    ]
    return paginated(req, ctx, visible, lambda v: render_volume(ctx, v))


@routes.post("/storage/volumes")
def create_volume(req: Request, ctx: Context) -> Response:
    body = req.json_object()
    reject_unknown_keys(body, CREATE_KEYS, "volume")
    name = valid_volume_name(body.get("name"))
    access_mode = valid_access_mode(body.get("access_mode", "RW"))
    service = valid_service(body.get("service"), access_mode)
    description = valid_description(body.get("description"))
    if ctx.state.volumes.get(f"{req.username}/{name}") is not None:
        raise storage_error(9010, f"You already have a volume named '{name}'.")
    volume = ctx.state.volumes.add(
        VolumeRecord(
            owner=req.username,
            name=name,
            service=service,
            access_mode=access_mode,
            description=description,
        )
    )
    return single(req, render_volume(ctx, volume), status=201)


@routes.get("/storage/volumes/{owner}/{volume}")
def get_volume(req: Request, ctx: Context) -> Response:
    return single(req, render_volume(ctx, path_volume(req, ctx)))


@routes.patch("/storage/volumes/{owner}/{volume}")
def update_volume(req: Request, ctx: Context) -> Response:
    volume = path_volume(req, ctx, "admin")
    body = req.json_object()
    if "name" in body or "id" in body:
        raise storage_error(9011, "A volume's name cannot be changed.")
    reject_unknown_keys(body, UPDATE_KEYS, "volume update")
    # Validate everything before changing anything.
    access_mode = (
        valid_access_mode(body["access_mode"]) if "access_mode" in body else volume.access_mode
    )
    description = (
        valid_description(body["description"]) if "description" in body else volume.description
    )
    changes = body.get("service")
    if changes is not None and not isinstance(changes, dict):
        raise storage_error(9017, "'service' must be an object.")
    service = copy.deepcopy(volume.service)
    if changes:
        if "type" in changes and str(changes["type"]).upper() != volume.type:
            raise storage_error(9017, "A volume's service type cannot be changed.")
        for key, value in changes.items():
            if key == "properties" and isinstance(value, dict):
                service["properties"] = {**service.get("properties", {}), **value}
            else:
                service[key] = value
    service = valid_service(service, access_mode)
    active = body.get("active", volume.active)
    if not isinstance(active, bool):
        raise storage_error(9011, "'active' must be true or false.")
    if body:
        volume.access_mode, volume.description = access_mode, description
        volume.service, volume.active = service, active
        volume.modified_on = utc_now()
    return single(req, render_volume(ctx, volume))


@routes.delete("/storage/volumes/{owner}/{volume}")
def delete_volume(req: Request, ctx: Context) -> Response:
    volume = path_volume(req, ctx, "admin")
    if volume.active:
        raise bad_request(
            f"Volume '{volume.id}' is active; deactivate it (PATCH active=false) before deleting it."
        )
    ctx.state.volumes.delete(volume)
    return no_content()


# -- contents ------------------------------------------------------------------------------------


def encode_token(key: str) -> str:
    return base64.urlsafe_b64encode(key.encode()).decode().rstrip("=")


def decode_token(token: str) -> str:
    """The key a page ended at; 9011 unless `token` is one `encode_token` made."""
    try:
        key = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
    except (binascii.Error, ValueError):
        key = None
    if key is None or encode_token(key) != token:
        raise storage_error(9011, f"Invalid continuation_token '{token}'.")
    return key


def with_token(url: str, token: str) -> str:
    """`url` with `continuation_token` set to `token`; every other parameter kept as sent."""
    parts = urlsplit(url)
    kept = [
        pair
        for pair in parts.query.split("&")
        if pair and unquote_plus(pair.partition("=")[0]) != "continuation_token"
    ]
    query = "&".join([*kept, f"continuation_token={token}"])
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def contents(volume: VolumeRecord, prefix: str) -> list[tuple[str, bool]]:
    """(key, is_prefix) of what lies directly under `prefix`, in key order."""
    entries: dict[str, bool] = {}
    for location in volume.objects:
        if not location.startswith(prefix):
            continue
        rest = location[len(prefix) :]
        head, sep, _ = rest.partition("/")
        if sep:
            entries[prefix + head + "/"] = True
        else:
            entries[location] = False
    return sorted(entries.items())


@routes.get("/storage/volumes/{owner}/{volume}/list")
def list_volume_contents(req: Request, ctx: Context) -> Response:
    volume = path_volume(req, ctx)
    prefix = check_location(volume, req.query_str("prefix") or "")
    limit = req.query_int("limit", CONTENT_DEFAULT_LIMIT, minimum=1, maximum=MAX_LIMIT)
    token = req.query_str("continuation_token")
    entries = contents(volume, prefix)
    if token:
        after = decode_token(token)
        entries = [entry for entry in entries if entry[0] > after]
    page, more = entries[:limit], len(entries) > limit
    selection = req.fields
    items = [
        select_fields(render_object(ctx, volume, volume.objects[key]), selection)
        for key, is_prefix in page
        if not is_prefix
    ]
    prefixes = [render_prefix(ctx, volume, key) for key, is_prefix in page if is_prefix]
    links = [{"next": with_token(req.url, encode_token(page[-1][0]))}] if more else []
    return ok({"href": req.url, "items": items, "prefixes": prefixes, "links": links})


@routes.get("/storage/volumes/{owner}/{volume}/object")
def get_volume_object(req: Request, ctx: Context) -> Response:
    volume = path_volume(req, ctx)
    location = req.query_str("location")
    if not location:
        raise storage_error(9011, "The 'location' query parameter is required.")
    check_location(volume, location)
    obj = volume.objects.get(location)
    if obj is None:
        raise storage_error(9105, f"There is no object at '{location}' on {volume.id}.")
    return single(req, render_object(ctx, volume, obj))


# -- members -------------------------------------------------------------------------------------


def permission_changes(value: Any) -> dict[str, bool]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise storage_error(9011, "'permissions' must be an object.")
    reject_unknown_keys(value, VOLUME_PERMISSION_NAMES, "permissions")
    for name, flag in value.items():
        if not isinstance(flag, bool):
            raise storage_error(9011, f"Permission '{name}' must be true or false, got {flag!r}.")
    return dict(value)


def find_member(volume: VolumeRecord, username: str) -> VolumeMemberRecord:
    member = volume.members.get(username)
    if member is None:
        raise storage_error(9012, f"'{username}' is not a member of volume {volume.id}.")
    return member


def is_last_admin(volume: VolumeRecord, member: VolumeMemberRecord) -> bool:
    return member.permissions.admin and len(volume.admins()) == 1


def new_member_identity(ctx: Context, body: JsonObject) -> tuple[str, str]:
    username, member_id = body.get("username"), body.get("id")
    member_type = body.get("type", "USER")
    if not isinstance(member_type, str) or member_type.upper() not in MEMBER_TYPES:
        raise storage_error(
            9011, f"Invalid member type {member_type!r}: expected one of {', '.join(MEMBER_TYPES)}."
        )
    member_type = member_type.upper()
    if isinstance(username, str) and username:
        if ctx.state.active_user(username) is None:
            raise storage_error(2002)
        return username, "USER"
    if isinstance(member_id, str) and member_id:
        if member_type == "USER" and ctx.state.active_user(member_id) is None:
            raise storage_error(2002)
        if member_type == "TEAM" and member_id not in ctx.state.teams:
            raise storage_error(9012, f"Team '{member_id}' does not exist.")
        if member_type == "DIVISION" and member_id not in ctx.state.divisions:
            raise storage_error(9012, f"Division '{member_id}' does not exist.")
        return member_id, member_type
    raise storage_error(3005)


@routes.get("/storage/volumes/{owner}/{volume}/members")
def list_volume_members(req: Request, ctx: Context) -> Response:
    volume = path_volume(req, ctx)
    return paginated(
        req,
        ctx,
        list(volume.members.values()),
        lambda m: render_member(ctx, volume, m),
        default_keys=MEMBER_LIST_KEYS,
    )


@routes.post("/storage/volumes/{owner}/{volume}/members")
def add_volume_member(req: Request, ctx: Context) -> Response:
    volume = path_volume(req, ctx, "admin")
    body = req.json_object()
    reject_unknown_keys(body, MEMBER_CREATE_KEYS, "member")
    member_id, member_type = new_member_identity(ctx, body)
    changes = permission_changes(body.get("permissions"))
    if member_id in volume.members:
        raise storage_error(90007, f"'{member_id}' is already a member of volume {volume.id}.")
    member = VolumeMemberRecord(
        id=member_id, type=member_type, permissions=VolumePermissions().merged(changes)
    )
    volume.members[member_id] = member
    return single(req, render_member(ctx, volume, member), status=201)


@routes.get("/storage/volumes/{owner}/{volume}/members/{username}")
def get_volume_member(req: Request, ctx: Context) -> Response:
    volume = path_volume(req, ctx)
    return single(req, render_member(ctx, volume, find_member(volume, req.params["username"])))


@routes.delete("/storage/volumes/{owner}/{volume}/members/{username}")
def remove_volume_member(req: Request, ctx: Context) -> Response:
    volume = path_volume(req, ctx)
    member = find_member(volume, req.params["username"])
    permissions = permissions_on(ctx, volume, req.username)
    leaving_on_own = member.type == "USER" and member.id == req.username
    if not leaving_on_own and (permissions is None or not permissions.admin):
        raise storage_error(9020, "Only volume administrators may remove other members.")
    if is_last_admin(volume, member):
        raise storage_error(9011, "The last administrator of a volume cannot be removed.")
    del volume.members[member.id]
    return no_content()


@routes.patch("/storage/volumes/{owner}/{volume}/members/{username}/permissions")
def update_volume_member_permissions(req: Request, ctx: Context) -> Response:
    volume = path_volume(req, ctx, "admin")
    member = find_member(volume, req.params["username"])
    updated = member.permissions.merged(permission_changes(req.json()))
    if is_last_admin(volume, member) and not updated.admin:
        raise storage_error(9011, "The last administrator of a volume cannot lose admin.")
    member.permissions = updated
    return ok(updated.as_dict())


def raise_if_inactive(volume: VolumeRecord) -> None:
    """Jobs cannot use a deactivated volume."""
    if not volume.active:
        raise storage_error(9103, f"Volume '{volume.id}' is not active.")
