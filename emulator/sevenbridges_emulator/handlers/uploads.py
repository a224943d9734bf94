"""Multipart uploads: start, inspect, list, part URLs, part reports, complete, abort.

The part bytes never pass through the API: each part goes with a signed URL to the storage server
(`storage.py`), which answers with the part's ETag; the client reports that ETag here, and
`complete` joins the stored parts into a blob and creates the file. Only the user who started an
upload sees it. Codes are the 8xxx upload codes of the API status-code table (wire.md §2.2).
"""

from __future__ import annotations

from typing import Any

from ..context import Context
from ..errors import ApiError
from ..request import Request
from ..routing import RouteTable
from ..stores.files import FileRecord, file_error, valid_name
from ..stores.uploads import (
    MAXIMUM_OBJECT_SIZE,
    MAXIMUM_TOTAL_PARTS,
    Upload,
    choose_part_size,
)
from ..wire import JsonObject, Response, format_timestamp, no_content, ok
from .common import paginated, single
from .files import destination_folder, store

routes = RouteTable()

# code -> (HTTP status, message). 8004/8005 disagree between sources; the newest (sevenbridges2)
# is followed: 8005 is "already exists".
UPLOAD_CODES: dict[int, tuple[int, str]] = {
    8000: (503, "Upload service is currently unavailable."),
    8001: (403, "Insufficient privileges to access the requested upload."),
    8002: (403, "Insufficient privileges to access the requested file."),
    8003: (404, "Requested upload does not exist."),
    8005: (409, "Requested file already exists."),
    8007: (400, "Failed to complete upload."),
    8009: (400, "Failed to abort upload."),
    8010: (400, "Malformed project id. Expecting `owner/project`."),
    8012: (400, "Part number is missing or invalid."),
    8013: (400, "Invalid `init` request."),
    8014: (400, "Invalid `part` report."),
    8015: (
        400,
        "Invalid list of parts. Expecting an object with `parts`: [ array of part reports ].",
    ),
}

UPLOAD_LIST_KEYS = ("href", "upload_id", "project", "name", "initiated")
PART_SUCCESS_CODES = [200]
PART_REPORT_HEADERS = ["ETag"]


def upload_error(code: int, detail: str | None = None) -> ApiError:
    """An `ApiError` with the status of an upload code; `detail` follows the table's message."""
    status, message = UPLOAD_CODES[code]
    return ApiError(code, f"{message} {detail}" if detail else message, status=status)


# -- rendering and lookup --------------------------------------------------------------------


def render_upload(ctx: Context, upload: Upload, *, list_parts: bool = False) -> JsonObject:
    rendered: JsonObject = {
        "href": ctx.href("upload", "multipart", upload.id),
        "upload_id": upload.id,
        "project": upload.project,
        "parent": upload.parent,
        "name": upload.name,
        "size": upload.size,
        "part_size": upload.part_size,
        "parallel_uploads": True,
        "initiated": format_timestamp(upload.initiated),
        "uploaded_parts_count": len(upload.parts),
    }
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


# -- body validation -------------------------------------------------------------------------


def _integer(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def init_integer(body: JsonObject, key: str, *, minimum: int) -> int | None:
    """An optional integer field of the init body (400 8013 when it is anything else)."""
    value = body.get(key)
    if value is None:
        return None
    number = _integer(value)
    if number is None or number < minimum:
        raise upload_error(8013, f"`{key}` must be an integer of at least {minimum}.")
    return number


def parse_part_number(value: Any, upload: Upload, code: int = 8012) -> int:
    """A part number this upload can have: 1..10,000, and within the parts of a known size."""
    number = _integer(value)
    if number is None and isinstance(value, str) and value.isdigit():
        number = int(value)
    total = upload.total_parts
    highest = MAXIMUM_TOTAL_PARTS if total is None else total
    if number is None or not 1 <= number <= highest:
        raise upload_error(code, f"Part numbers of this upload run from 1 to {highest}.")
    return number


def parse_report(ctx: Context, upload: Upload, report: Any, code: int) -> tuple[int, str]:
    """(part number, ETag) of a part report that matches what the storage received."""
    if not isinstance(report, dict):
        raise upload_error(code, "A part report is an object with `part_number` and `response`.")
    number = parse_part_number(report.get("part_number"), upload, code)
    response = report.get("response")
    headers = response.get("headers") if isinstance(response, dict) else None
    etag = None
    if isinstance(headers, dict):
        etag = next((v for k, v in headers.items() if str(k).lower() == "etag"), None)
    if not isinstance(etag, str) or not etag.strip('"'):
        raise upload_error(code, "The report must carry the part's `ETag` in `response.headers`.")
    stored = ctx.state.storage.stored_part(upload.storage_key, number)
    if stored is None:
        raise upload_error(8014, f"Part {number} has not reached the storage.")
    if etag.strip('"') != stored.etag.strip('"'):
        raise upload_error(8014, f"The ETag of part {number} does not match the stored part.")
    return number, etag


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
    try:
        ctx.state.storage.discard_parts(upload.storage_key)
    except OSError as error:
        raise upload_error(8009, str(error)) from None
    ctx.state.uploads.remove(upload.id)
    return no_content()


@routes.get("/upload/multipart/{upload_id}/part/{part_number}")
def get_upload_part_url(req: Request, ctx: Context) -> Response:
    upload = find_upload(req, ctx)
    number = parse_part_number(req.params["part_number"], upload)
    url, expires = ctx.state.storage.part_url(upload.storage_key, number)
    return ok(
        {
            "method": "PUT",
            "url": url,
            "expires": format_timestamp(expires),
            "headers": {},
            "success_codes": list(PART_SUCCESS_CODES),
            "report": {
                "headers": list(PART_REPORT_HEADERS),
                "success_codes": list(PART_SUCCESS_CODES),
            },
        }
    )


@routes.post("/upload/multipart/{upload_id}/part")
def report_upload_part(req: Request, ctx: Context) -> Response:
    upload = find_upload(req, ctx)
    number, etag = parse_report(ctx, upload, req.json(), 8014)
    upload.parts[number] = etag
    return no_content()


@routes.post("/upload/multipart/{upload_id}/complete")
def complete_upload(req: Request, ctx: Context) -> Response:
    upload = find_upload(req, ctx)
    body = req.json()
    if body is not None and body != {}:
        reports = body.get("parts") if isinstance(body, dict) else None
        if not isinstance(reports, list):
            raise upload_error(8015)
        for report in reports:
            number, etag = parse_report(ctx, upload, report, 8015)
            upload.parts[number] = etag
    numbers = completed_parts(ctx, upload)
    folder = destination(ctx, upload)
    refuse_taken_name(ctx, folder, upload.name, upload.overwrite)
    storage = ctx.state.storage
    if numbers:
        blob = storage.assemble(upload.storage_key, numbers)
    else:
        storage.discard_parts(upload.storage_key)
        blob = storage.write_blob(b"")
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


def completed_parts(ctx: Context, upload: Upload) -> list[int]:
    """The part numbers to join, in order, once every check passes (400 8007 otherwise).

    All parts of a known size must be reported (none for a zero-byte file is fine too); without a
    size, the reported parts must run 1..n without a gap. Every reported part must still be the
    one stored, every part but the last at least 5 MiB, and the total the announced size.
    """
    numbers = sorted(upload.parts)
    total = upload.total_parts
    if upload.size == 0 and not numbers:
        return []
    expected = list(range(1, (total if total is not None else len(numbers)) + 1))
    if numbers != expected:
        missing = sorted(set(expected) - set(numbers))
        shown = ", ".join(map(str, missing[:20])) + (", ..." if len(missing) > 20 else "")
        raise upload_error(8007, f"Parts not reported yet: {shown}.")
    storage = ctx.state.storage
    received = 0
    for number in numbers:
        stored = storage.stored_part(upload.storage_key, number)
        if stored is None or stored.etag.strip('"') != upload.parts[number].strip('"'):
            raise upload_error(8007, f"Part {number} changed after it was reported.")
        if number != numbers[-1] and stored.size != upload.part_size:
            raise upload_error(
                8007,
                f"Part {number} has {stored.size} bytes; all but the last must have the upload's "
                f"part size, {upload.part_size}.",
            )
        received += stored.size
    if upload.size is not None and received != upload.size:
        raise upload_error(
            8007, f"The parts hold {received} bytes, not the {upload.size} announced."
        )
    return numbers
