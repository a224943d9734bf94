"""The multipart upload of automation code packages: init, part URL, part report, complete, abort.

The protocol is the one of file uploads, in `stores/uploads.py` (shared/api/wire.md §5): parts go
to signed URLs of the storage server, never to the API, straight to their offsets; the client
reports each part's ETag; completing makes the blob without a copy and answers with the code
package file whose `id` a package's `location` names. Without a `part_size` the server picks
5 MiB parts; a part size it cannot use is replaced by one it can, and the answer says which.
"""

from __future__ import annotations

from ..context import Context
from ..request import Request
from ..routing import RouteTable
from ..stores import uploads as multipart
from ..stores.automations import CodePackageFile, CodePackageUpload, new_object_id
from ..stores.uploads import (
    MAXIMUM_OBJECT_SIZE,
    MINIMUM_PART_SIZE,
    choose_part_size,
    init_integer,
    new_upload_id,
    parse_part_number,
    upload_error,
)
from ..wire import JsonObject, Response, no_content, ok
from .automations import find_automation
from .common import single

routes = RouteTable()

SUCCESS_CODES = [200, 201]
INIT_KEYS = ("name", "size", "part_size", "automation_id")


def find_upload(req: Request, ctx: Context) -> CodePackageUpload:
    upload_id = req.params["upload_id"]
    upload = ctx.state.automations.uploads.get(upload_id)
    if upload is None:
        raise upload_error(8003, f"No code package upload has the id '{upload_id}'.")
    if upload.username != req.username:
        raise upload_error(8001)
    return upload


def render_upload(ctx: Context, upload: CodePackageUpload) -> JsonObject:
    href = ctx.href("automation", "upload", upload.id)
    return multipart.render_upload(href, upload, automation_id=upload.automation_id)


@routes.post("/automation/upload")
def init_automation_upload(req: Request, ctx: Context) -> Response:
    body = req.json_object()
    unknown = sorted(set(body) - set(INIT_KEYS))
    if unknown:
        raise upload_error(8013, f"Unknown field(s): {', '.join(unknown)}.")
    name = body.get("name")
    if not isinstance(name, str) or not name.strip() or "/" in name or len(name) > 255:
        raise upload_error(8013, "'name' must be a file name of 1 to 255 characters without '/'.")
    size = init_integer(body, "size", minimum=0, maximum=MAXIMUM_OBJECT_SIZE)
    asked = init_integer(body, "part_size", minimum=1, maximum=MAXIMUM_OBJECT_SIZE)
    automation_id = body.get("automation_id")
    if automation_id is not None:
        if not isinstance(automation_id, str):
            raise upload_error(8013, "'automation_id' must be a string.")
        automation_id = find_automation(ctx, automation_id, req.username).id
    part_size = choose_part_size(size, asked, default=MINIMUM_PART_SIZE)
    upload = CodePackageUpload(
        id=new_upload_id(),
        username=req.username,
        name=name,
        size=size,
        part_size=part_size,
        storage_key=ctx.state.storage.open_parts(part_size),
        automation_id=automation_id,
    )
    ctx.state.automations.uploads[upload.id] = upload
    return single(req, render_upload(ctx, upload), status=201)


@routes.delete("/automation/upload/{upload_id}")
def abort_automation_upload(req: Request, ctx: Context) -> Response:
    upload = find_upload(req, ctx)
    multipart.abort(ctx.state.storage, upload)
    del ctx.state.automations.uploads[upload.id]
    return no_content()


@routes.get("/automation/upload/{upload_id}/part/{part_number}")
def get_automation_upload_part_url(req: Request, ctx: Context) -> Response:
    upload = find_upload(req, ctx)
    number = parse_part_number(req.params["part_number"], upload)
    return ok(multipart.part_instructions(ctx.state.storage, upload, number, SUCCESS_CODES))


@routes.post("/automation/upload/{upload_id}/part")
def report_automation_upload_part(req: Request, ctx: Context) -> Response:
    upload = find_upload(req, ctx)
    number, etag = multipart.report_part(ctx.state.storage, upload, req.json())
    return ok({"part_number": number, "response": {"headers": {"ETag": etag}}})


@routes.post("/automation/upload/{upload_id}/complete")
def complete_automation_upload(req: Request, ctx: Context) -> Response:
    upload = find_upload(req, ctx)
    storage = ctx.state.storage
    numbers = multipart.checked_parts(storage, upload, req.json())
    blob = multipart.assemble(storage, upload, numbers)
    code_file = CodePackageFile(
        id=new_object_id(),
        name=upload.name,
        size=storage.blob_size(blob),
        blob=blob,
        created_by=req.username,
    )
    store = ctx.state.automations
    store.code_files[code_file.id] = code_file
    del store.uploads[upload.id]
    return ok({"id": code_file.id, "name": code_file.name, "size": code_file.size})
