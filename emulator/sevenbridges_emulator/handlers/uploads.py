"""Multipart file uploads: start, inspect, list, part URLs, part reports, complete, abort.

The protocol (part sizes, reports, completion, codes) is `stores/uploads.py`, shared with code
packages; this module parses, says where the file lands and renders. Only the user who started an
upload sees it.
"""

from __future__ import annotations

from ..context import Context
from ..request import Request
from ..routing import RouteTable
from ..stores import uploads as multipart
from ..stores.files import FileRecord, file_error, valid_name
from ..stores.uploads import (
    MAXIMUM_OBJECT_SIZE,
    Upload,
    choose_part_size,
    init_integer,
    parse_part_number,
    upload_error,
)
from ..wire import JsonObject, Response, no_content, ok
from .common import paginated, single
from .files import destination_folder, store

routes = RouteTable()

UPLOAD_LIST_KEYS = ("href", "upload_id", "project", "name", "initiated")
PART_SUCCESS_CODES = [200]


def render_upload(ctx: Context, upload: Upload, *, list_parts: bool = False) -> JsonObject:
    href = ctx.href("upload", "multipart", upload.id)
    rendered = multipart.render_upload(href, upload, project=upload.project, parent=upload.parent)
    if list_parts:
        rendered["parts"] = [
            {"part_number": number, "response": {"headers": {"ETag": upload.parts[number]}}}
            for number in sorted(upload.parts)
        ]
    return rendered


def find_upload(req: Request, ctx: Context) -> Upload:
    """The upload in the path, if the caller started it (404 8003 / 403 8001 otherwise)."""
    upload = ctx.state.uploads.get(req.params["upload_id"])
    if upload is None:
        raise upload_error(8003)
    if upload.username != req.username:
        raise upload_error(8001)
    return upload


def destination(ctx: Context, upload: Upload) -> FileRecord:
    """The folder the file will land in, looked up again (it may have moved or gone)."""
    files = store(ctx)
    if upload.parent is not None:
        return files.folder(upload.parent)
    return files.root_folder(upload.project)


def refuse_taken_name(ctx: Context, folder: FileRecord, name: str, overwrite: bool) -> None:
    """409 if the name is taken: by a folder always, by a file unless `overwrite`."""
    existing = store(ctx).child_named(folder.id, name)
    if existing is None:
        return
    if existing.is_folder:
        raise file_error(5030, f"A folder named '{name}' already exists there.")
    if not overwrite:
        raise upload_error(8005, f"A file named '{name}' already exists there.")


# -- routes ----------------------------------------------------------------------------------


@routes.get("/upload/multipart")
def list_uploads(req: Request, ctx: Context) -> Response:
    return paginated(
        req,
        ctx,
        ctx.state.uploads.of_user(req.username),
        lambda upload: render_upload(ctx, upload),
        default_keys=UPLOAD_LIST_KEYS,
    )


@routes.post("/upload/multipart")
def create_upload(req: Request, ctx: Context) -> Response:
    overwrite = bool(req.query_bool("overwrite", False))
    body = req.json()
    if not isinstance(body, dict):
        raise upload_error(8013, "The body must be a JSON object.")
    if "name" not in body:
        raise upload_error(8013, "`name` is required.")
    name = valid_name(body["name"])
    project = body.get("project")
    if project is not None and (
        not isinstance(project, str) or project.count("/") != 1 or "" in project.split("/")
    ):
        raise upload_error(8010)
    size = init_integer(body, "size", minimum=0)
    if size is not None and size > MAXIMUM_OBJECT_SIZE:
        raise upload_error(8013, f"Files are at most {MAXIMUM_OBJECT_SIZE} bytes (5 TiB).")
    asked = init_integer(body, "part_size", minimum=1)
    md5 = body.get("md5")
    if md5 is not None and not (
        isinstance(md5, str) and len(md5) == 32 and all(c in "0123456789abcdefABCDEF" for c in md5)
    ):
        raise upload_error(8013, "`md5` must be 32 hexadecimal characters.")
    folder = destination_folder(ctx, project, body.get("parent"), req.username)
    refuse_taken_name(ctx, folder, name, overwrite)
    part_size = choose_part_size(size, asked)
    upload = ctx.state.uploads.add(
        Upload(
            id=ctx.state.uploads.new_id(),
            username=req.username,
            project=folder.project,
            parent=folder.id if project is None else None,
            name=name,
            size=size,
            part_size=part_size,
            overwrite=overwrite,
            storage_key=ctx.state.storage.open_parts(part_size),
            md5=md5,
        )
    )
    return single(req, render_upload(ctx, upload))


@routes.get("/upload/multipart/{upload_id}")
def get_upload(req: Request, ctx: Context) -> Response:
    upload = find_upload(req, ctx)
    list_parts = bool(req.query_bool("list_parts", False))
    return single(req, render_upload(ctx, upload, list_parts=list_parts))


@routes.delete("/upload/multipart/{upload_id}")
def abort_upload(req: Request, ctx: Context) -> Response:
    upload = find_upload(req, ctx)
    multipart.abort(ctx.state.storage, upload)
    ctx.state.uploads.remove(upload.id)
    return no_content()


@routes.get("/upload/multipart/{upload_id}/part/{part_number}")
def get_upload_part_url(req: Request, ctx: Context) -> Response:
    upload = find_upload(req, ctx)
    number = parse_part_number(req.params["part_number"], upload)
    return ok(multipart.part_instructions(ctx.state.storage, upload, number, PART_SUCCESS_CODES))


@routes.post("/upload/multipart/{upload_id}/part")
def report_upload_part(req: Request, ctx: Context) -> Response:
    upload = find_upload(req, ctx)
    multipart.report_part(ctx.state.storage, upload, req.json())
    return no_content()


@routes.post("/upload/multipart/{upload_id}/complete")
def complete_upload(req: Request, ctx: Context) -> Response:
    upload = find_upload(req, ctx)
    storage = ctx.state.storage
    numbers = multipart.checked_parts(storage, upload, req.json())
    folder = destination(ctx, upload)
    refuse_taken_name(ctx, folder, upload.name, upload.overwrite)
    blob = multipart.assemble(storage, upload, numbers)
    ctx.state.uploads.remove(upload.id)
    record = store(ctx).add_file(
        project_id=folder.project,
        parent_id=folder.id,
        name=upload.name,
        size=storage.blob_size(blob),
        blob=blob,
        overwrite=upload.overwrite,
    )
    return single(req, store(ctx).render(record))
