"""The multipart upload of automation code packages: init, part URL, part report, complete, abort.

The protocol is the one of file uploads (shared/api/wire.md §5): parts go to signed URLs of the
storage server (`storage.py`), never to the API; the client reports each part's ETag; completing
joins the parts into a blob and answers with the code package file whose `id` a package's
`location` names. Parts are 5 MiB to 5 GiB (the last may be smaller), at most 10,000; a part size
the server cannot use is replaced by one it can, and the answer says which.
"""

from __future__ import annotations

from typing import Any

from ..context import Context
from ..errors import ApiError
from ..request import Request
from ..routing import RouteTable
from ..storage import Storage
from ..stores.automations import CodePackageFile, CodePackageUpload, new_object_id, new_upload_id
from ..wire import JsonObject, Response, format_timestamp, no_content, ok
from .automations import find_automation
from .common import single

routes = RouteTable()

MIN_PART_SIZE = 5 * 1024**2
MAX_PART_SIZE = 5 * 1024**3
MAX_PARTS = 10_000
MAX_SIZE = 5 * 1024**4
SUCCESS_CODES = [200, 201]
INIT_KEYS = ("name", "size", "part_size", "automation_id")

# The upload codes of the API status-code table (shared/api/wire.md §2.2): code -> (HTTP, message).
UPLOAD_CODES: dict[int, tuple[int, str]] = {
    8000: (503, "Upload service is currently unavailable."),
    8001: (403, "Insufficient privileges to access the requested upload."),
    8003: (404, "Requested upload does not exist."),
    8007: (400, "Failed to complete upload."),
    8012: (400, "Part number is missing or invalid."),
    8013: (400, "Invalid `init` request."),
    8014: (400, "Invalid `part` report."),
    8015: (
        400,
        "Invalid list of parts. Expecting an object with `parts`: [ array of part reports ].",
    ),
}


def upload_error(code: int, detail: str | None = None) -> ApiError:
    status, message = UPLOAD_CODES[code]
    return ApiError(code, f"{message} {detail}" if detail else message, status=status)


def storage_of(ctx: Context) -> Storage:
    storage: Storage | None = getattr(ctx.state, "storage", None)
    if storage is None:
        raise upload_error(8000, "No storage is configured.")
    return storage


def find_upload(req: Request, ctx: Context) -> CodePackageUpload:
    upload_id = req.params["upload_id"]
    upload = ctx.state.automations.uploads.get(upload_id)
    if upload is None:
        raise upload_error(8003, f"No code package upload has the id '{upload_id}'.")
    if upload.created_by != req.username:
        raise upload_error(8001)
    return upload


def chosen_part_size(asked: int | None, size: int | None) -> int:
    """The part size the server uses: the one asked for when usable, else the nearest usable."""
    part_size = asked if asked is not None else MIN_PART_SIZE
    part_size = min(max(part_size, MIN_PART_SIZE), MAX_PART_SIZE)
    if size is not None and -(-size // part_size) > MAX_PARTS:
        part_size = -(-size // MAX_PARTS)
    return part_size


def part_count(upload: CodePackageUpload) -> int | None:
    if upload.size is None:
        return None
    return max(1, -(-upload.size // upload.part_size))


def render_upload(ctx: Context, upload: CodePackageUpload) -> JsonObject:
    return {
        "href": ctx.href("automation", "upload", upload.upload_id),
        "upload_id": upload.upload_id,
        "name": upload.name,
        "size": upload.size,
        "part_size": upload.part_size,
        "parallel_uploads": True,
        "initiated": format_timestamp(upload.initiated),
        "uploaded_parts_count": len(upload.reported),
        "automation_id": upload.automation_id,
    }


def optional_int(body: JsonObject, key: str, minimum: int, maximum: int) -> int | None:
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
        raise upload_error(8013, f"'{key}' must be an integer from {minimum} to {maximum}.")
    return value


@routes.post("/automation/upload")
def init_automation_upload(req: Request, ctx: Context) -> Response:
    body = req.json_object()
    unknown = sorted(set(body) - set(INIT_KEYS))
    if unknown:
        raise upload_error(8013, f"Unknown field(s): {', '.join(unknown)}.")
    name = body.get("name")
    if not isinstance(name, str) or not name.strip() or "/" in name or len(name) > 255:
        raise upload_error(8013, "'name' must be a file name of 1 to 255 characters without '/'.")
    size = optional_int(body, "size", 0, MAX_SIZE)
    asked = optional_int(body, "part_size", 1, MAX_SIZE)
    automation_id = body.get("automation_id")
    if automation_id is not None:
        if not isinstance(automation_id, str):
            raise upload_error(8013, "'automation_id' must be a string.")
        automation_id = find_automation(ctx, automation_id, req.username).id
    upload = CodePackageUpload(
        upload_id=new_upload_id(),
        name=name,
        created_by=req.username,
        part_size=chosen_part_size(asked, size),
        storage_key=storage_of(ctx).open_parts(),
        size=size,
        automation_id=automation_id,
    )
    ctx.state.automations.uploads[upload.upload_id] = upload
    return single(req, render_upload(ctx, upload), status=201)


@routes.delete("/automation/upload/{upload_id}")
def abort_automation_upload(req: Request, ctx: Context) -> Response:
    upload = find_upload(req, ctx)
    storage_of(ctx).discard_parts(upload.storage_key)
    del ctx.state.automations.uploads[upload.upload_id]
    return no_content()


def valid_part_number(raw: Any, upload: CodePackageUpload) -> int:
    if isinstance(raw, bool):
        raise upload_error(8012)
    try:
        number = int(raw)
    except (TypeError, ValueError):
        raise upload_error(8012, f"Got {raw!r}.") from None
    total = part_count(upload)
    upper = total if total is not None else MAX_PARTS
    if not 1 <= number <= upper:
        raise upload_error(8012, f"Parts of this upload are numbered 1 to {upper}; got {number}.")
    return number


@routes.get("/automation/upload/{upload_id}/part/{part_number}")
def get_automation_upload_part_url(req: Request, ctx: Context) -> Response:
    upload = find_upload(req, ctx)
    number = valid_part_number(req.params["part_number"], upload)
    storage = storage_of(ctx)
    if storage.origin is None:
        raise upload_error(8000, "The storage server is not running.")
    url, expires = storage.part_url(upload.storage_key, number)
    return ok(
        {
            "method": "PUT",
            "url": url,
            "expires": format_timestamp(expires),
            "headers": {},
            "success_codes": SUCCESS_CODES,
            "report": {"headers": ["ETag"], "success_codes": SUCCESS_CODES},
        }
    )


def parse_report(value: Any, upload: CodePackageUpload, code: int) -> tuple[int, str]:
    """(part number, ETag) of one part report `{part_number, response: {headers: {ETag}}}`."""
    if not isinstance(value, dict):
        raise upload_error(code, "A part report must be an object.")
    number = valid_part_number(value.get("part_number"), upload)
    response = value.get("response")
    headers = response.get("headers") if isinstance(response, dict) else None
    if not isinstance(headers, dict):
        raise upload_error(code, "The report needs 'response': {'headers': {'ETag': ...}}.")
    etag = next((v for k, v in headers.items() if k.lower() == "etag"), None)
    if not isinstance(etag, str) or not etag.strip('"'):
        raise upload_error(code, "The report's headers must hold the part's ETag.")
    return number, etag


@routes.post("/automation/upload/{upload_id}/part")
def report_automation_upload_part(req: Request, ctx: Context) -> Response:
    upload = find_upload(req, ctx)
    number, etag = parse_report(req.json(), upload, 8014)
    upload.reported[number] = etag
    return ok({"part_number": number, "response": {"headers": {"ETag": etag}}})


@routes.post("/automation/upload/{upload_id}/complete")
def complete_automation_upload(req: Request, ctx: Context) -> Response:
    upload = find_upload(req, ctx)
    body = req.json()
    if body is not None and body != {}:
        parts = body.get("parts") if isinstance(body, dict) else None
        if not isinstance(parts, list):
            raise upload_error(8015)
        for item in parts:
            number, etag = parse_report(item, upload, 8015)
            upload.reported[number] = etag
    numbers = sorted(upload.reported)
    expected = part_count(upload) or len(numbers)
    if numbers != list(range(1, expected + 1)):
        missing = sorted(set(range(1, expected + 1)) - set(numbers))
        raise upload_error(8007, f"Parts not reported: {missing or 'none'}.")
    storage = storage_of(ctx)
    for number in numbers:
        stored = storage.stored_part(upload.storage_key, number)
        if stored is None:
            raise upload_error(8007, f"Part {number} never reached the storage.")
        if stored.etag.strip('"') != upload.reported[number].strip('"'):
            raise upload_error(8007, f"The ETag reported for part {number} is not the stored one.")
    blob = storage.assemble(upload.storage_key, numbers)
    size = storage.blob_size(blob)
    if upload.size is not None and size != upload.size:
        storage_size = f"{size} bytes arrived, {upload.size} were announced."
        raise upload_error(8007, storage_size)
    code_file = CodePackageFile(
        id=new_object_id(), name=upload.name, size=size, blob=blob, created_by=req.username
    )
    store = ctx.state.automations
    store.code_files[code_file.id] = code_file
    del store.uploads[upload.upload_id]
    return ok({"id": code_file.id, "name": code_file.name, "size": code_file.size})
