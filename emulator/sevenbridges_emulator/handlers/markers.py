"""Genome markers (advance access): named positions on a chromosome, put on a file.

Only files (not folders) of projects the caller can read take markers. A private marker is seen
only by its creator; a public one by everyone who can read its file. Only the creator edits or
deletes a marker.
"""

from __future__ import annotations

from typing import Any

from ..context import Context
from ..errors import ApiError, bad_request
from ..request import Request
from ..routing import RouteTable
from ..stores.markers import MarkerRecord
from ..wire import JsonObject, Response, format_timestamp, no_content
from .common import paginated, single
from .projects import reject_unknown_keys

routes = RouteTable()

CREATE_KEYS = ("file", "name", "chromosome", "position", "private")
UPDATE_KEYS = ("name", "chromosome", "position", "private")
POSITION_KEYS = ("start", "end")


def render_marker(ctx: Context, marker: MarkerRecord) -> JsonObject:
    return {
        "href": ctx.href("genome", "markers", marker.id),
        "id": marker.id,
        "name": marker.name,
        "file": marker.file,
        "chromosome": marker.chromosome,
        "position": {"start": marker.start, "end": marker.end},
        "private": marker.private,
        "created_by": marker.created_by,
        "created_time": format_timestamp(marker.created_time),
    }


# -- access ----------------------------------------------------------------------------------


def readable_file(req: Request, ctx: Context, file_id: Any) -> str:
    """The id of a file the caller may read (400 5004 / 404 5002 / 403 5001 otherwise)."""
    if not isinstance(file_id, str) or not file_id:
        raise ApiError(5004, status=400)
    record = ctx.state.files.get(file_id)
    if record is None:
        raise ApiError(5002, status=404)
    if record.is_folder:
        raise bad_request("Markers can only be put on files, not on folders.")
    project = ctx.state.files.project_of(record)
    permissions = ctx.state.permissions_in(project, req.username) if project else None
    if permissions is None or not permissions.read:
        raise ApiError(5001, status=403)
    return record.id


def can_see(req: Request, ctx: Context, marker: MarkerRecord) -> bool:
    if marker.created_by == req.username:
        return True
    if marker.private:
        return False
    try:
        readable_file(req, ctx, marker.file)
    except ApiError:
        return False
    return True


def visible_marker(req: Request, ctx: Context) -> MarkerRecord:
    marker = ctx.state.markers.get(req.params["marker_id"])
    if marker is None or not can_see(req, ctx, marker):
        raise ApiError(90003, "Requested marker does not exist.")
    return marker


def own_marker(req: Request, ctx: Context) -> MarkerRecord:
    marker = visible_marker(req, ctx)
    if marker.created_by != req.username:
        raise ApiError(90002, "Only the marker's creator may change it.")
    return marker


# -- validation ------------------------------------------------------------------------------


def valid_text(value: Any, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise bad_request(f"A marker's '{name}' must be a non-empty string.")
    return value


def valid_flag(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise bad_request(f"A marker's '{name}' must be true or false, got {value!r}.")
    return value


def valid_position(value: Any, current: tuple[int, int] | None = None) -> tuple[int, int]:
    """(start, end) from a position object; an edit may give one of them, a create needs `start`."""
    if not isinstance(value, dict):
        raise bad_request("A marker's 'position' must be an object with 'start' and 'end'.")
    reject_unknown_keys(value, POSITION_KEYS, "marker position")
    numbers: dict[str, int] = {}
    for key in POSITION_KEYS:
        if key not in value:
            continue
        number = value[key]
        if not isinstance(number, int) or isinstance(number, bool) or number < 0:
            raise bad_request(f"'position.{key}' must be a whole number of at least 0.")
        numbers[key] = number
    if current is None:
        if "start" not in numbers:
            raise bad_request("A marker's 'position' needs a 'start'.")
        current = (numbers["start"], numbers["start"])  # a new marker's end defaults to its start
    start = numbers.get("start", current[0])
    end = numbers.get("end", current[1])
    if end < start:
        raise bad_request(f"'position.end' ({end}) must not be before 'position.start' ({start}).")
    return start, end


# -- routes ----------------------------------------------------------------------------------


@routes.get("/genome/markers", advance_access_required=True)
def list_markers(req: Request, ctx: Context) -> Response:
    file_id = readable_file(req, ctx, req.query_str("file"))
    markers = [m for m in ctx.state.markers.on_file(file_id) if can_see(req, ctx, m)]
    return paginated(req, ctx, markers, lambda m: render_marker(ctx, m))


@routes.post("/genome/markers", advance_access_required=True)
def create_marker(req: Request, ctx: Context) -> Response:
    body = req.json_object()
    reject_unknown_keys(body, CREATE_KEYS, "marker")
    file_id = readable_file(req, ctx, body.get("file"))
    name = valid_text(body.get("name"), "name")
    chromosome = valid_text(body.get("chromosome"), "chromosome")
    if "position" not in body:
        raise bad_request("A marker needs a 'position' with 'start' and 'end'.")
    start, end = valid_position(body["position"])
    private = valid_flag(body.get("private", True), "private")
    marker = ctx.state.markers.add(
        file_id, name, chromosome, start, end, req.username, private=private
    )
    return single(req, render_marker(ctx, marker), status=201)


@routes.get("/genome/markers/{marker_id}", advance_access_required=True)
def get_marker(req: Request, ctx: Context) -> Response:
    return single(req, render_marker(ctx, visible_marker(req, ctx)))


@routes.patch("/genome/markers/{marker_id}", advance_access_required=True)
def update_marker(req: Request, ctx: Context) -> Response:
    marker = own_marker(req, ctx)
    body = req.json_object()
    if "file" in body:
        raise bad_request("A marker cannot move to another file.")
    reject_unknown_keys(body, UPDATE_KEYS, "marker update")
    # Validate everything before changing anything.
    name = valid_text(body["name"], "name") if "name" in body else marker.name
    chromosome = (
        valid_text(body["chromosome"], "chromosome") if "chromosome" in body else marker.chromosome
    )
    start, end = (
        valid_position(body["position"], (marker.start, marker.end))
        if "position" in body
        else (marker.start, marker.end)
    )
    private = valid_flag(body["private"], "private") if "private" in body else marker.private
    marker.name, marker.chromosome, marker.private = name, chromosome, private
    marker.start, marker.end = start, end
    return single(req, render_marker(ctx, marker))


@routes.delete("/genome/markers/{marker_id}", advance_access_required=True)
def delete_marker(req: Request, ctx: Context) -> Response:
    ctx.state.markers.remove(own_marker(req, ctx))
    return no_content()
