"""Multipart uploads, the one protocol behind file uploads (`handlers/uploads.py`) and automation
code-package uploads (`handlers/automation_uploads.py`): part sizes, part numbers, part reports,
completion, and the upload codes of the API status-code table (wire.md §2.2).

The part bytes never pass through the API. Every upload gets an area in the storage server
(`Storage.open_parts(part_size)`) in which each part is written straight at its offset,
`(part_number - 1) * part_size`, of the future blob; each part goes to a signed URL, the storage
answers with the part's ETag and the client reports that ETag to the API. Completing checks that
every part is reported, still the one stored, full-sized but the last, and that the total is the
announced size; the area's file then becomes the blob by a rename, never a copy.

What differs between the two kinds stays in their handlers: where a finished file lands (a
project folder, or a code package file) and the extra fields of each kind's JSON.
"""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ..errors import ApiError
from ..storage import Storage
from ..wire import JsonObject, format_timestamp

MIB = 1 << 20
MINIMUM_PART_SIZE = 5 * MIB
MAXIMUM_PART_SIZE = 5 * 1024 * MIB
RECOMMENDED_PART_SIZE = 32 * MIB
MAXIMUM_TOTAL_PARTS = 10_000
MAXIMUM_OBJECT_SIZE = 5 * 1024 * 1024 * MIB  # 5 TiB

_UPLOAD_ID_ALPHABET = string.ascii_letters + string.digits

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


def upload_error(code: int, detail: str | None = None) -> ApiError:
    """An `ApiError` with the status of an upload code; `detail` follows the table's message."""
    status, message = UPLOAD_CODES[code]
    return ApiError(code, f"{message} {detail}" if detail else message, status=status)


def new_upload_id() -> str:
    """Upload ids are 64 letters and digits."""
    return "".join(secrets.choice(_UPLOAD_ID_ALPHABET) for _ in range(64))


def choose_part_size(
    size: int | None, asked: int | None, default: int = RECOMMENDED_PART_SIZE
) -> int:
    """The part size the server uses for a file of `size` bytes when the client asked for `asked`.

    Unset: `default`. Out of bounds: clamped to 5 MiB..5 GiB. Then, for a known size, raised (to
    whole MiB) until the file fits in 10,000 parts.
    """
    part_size = default if asked is None else asked
    part_size = min(max(part_size, MINIMUM_PART_SIZE), MAXIMUM_PART_SIZE)
    if size is not None and -(-size // part_size) > MAXIMUM_TOTAL_PARTS:
        needed = -(-size // MAXIMUM_TOTAL_PARTS)
        part_size = min(-(-needed // MIB) * MIB, MAXIMUM_PART_SIZE)
    return part_size


def part_count(size: int, part_size: int) -> int:
    """How many parts a file of `size` bytes has; a zero-byte file is one empty part."""
    return max(1, -(-size // part_size))


@dataclass(kw_only=True)
class MultipartUpload:
    """What every multipart upload has: its owner, the name and size announced, the part size
    the server chose, its storage area and the parts reported so far."""

    id: str
    username: str
    name: str
    size: int | None
    part_size: int
    storage_key: str  # the upload's area in the storage server (Storage.open_parts)
    initiated: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))
    parts: dict[int, str] = field(default_factory=dict)  # part number -> reported ETag

    @property
    def total_parts(self) -> int | None:
        """The number of parts for a known size; None when the size was not given."""
        return None if self.size is None else part_count(self.size, self.part_size)


@dataclass(kw_only=True)
class Upload(MultipartUpload):
    """A file upload: where the file will go."""

    project: str  # owner/project
    parent: str | None  # the folder named at init, if any
    overwrite: bool
    md5: str | None = None


class UploadStore:
    """File uploads by id, in the order they were started."""

    def __init__(self) -> None:
        self.uploads: dict[str, Upload] = {}

    new_id = staticmethod(new_upload_id)

    def add(self, upload: Upload) -> Upload:
        self.uploads[upload.id] = upload
        return upload

    def get(self, upload_id: str) -> Upload | None:
        return self.uploads.get(upload_id)

    def remove(self, upload_id: str) -> Upload | None:
        return self.uploads.pop(upload_id, None)

    def of_user(self, username: str) -> list[Upload]:
        return [u for u in self.uploads.values() if u.username == username]


# -- the protocol ----------------------------------------------------------------------------


def init_integer(
    body: dict[str, Any], key: str, *, minimum: int, maximum: int | None = None
) -> int | None:
    """An optional integer field of an init body (400 8013 when it is anything else)."""
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise upload_error(8013, f"`{key}` must be an integer of at least {minimum}.")
    if maximum is not None and value > maximum:
        raise upload_error(8013, f"`{key}` must be at most {maximum}.")
    return value


def parse_part_number(value: Any, upload: MultipartUpload, code: int = 8012) -> int:
    """A part number this upload can have: 1..10,000, and within the parts of a known size."""
    number = value if isinstance(value, int) and not isinstance(value, bool) else None
    if number is None and isinstance(value, str) and value.isdigit():
        number = int(value)
    total = upload.total_parts
    highest = MAXIMUM_TOTAL_PARTS if total is None else total
    if number is None or not 1 <= number <= highest:
        raise upload_error(code, f"Part numbers of this upload run from 1 to {highest}.")
    return number


def parse_report(report: Any, upload: MultipartUpload, code: int) -> tuple[int, str]:
    """(part number, ETag) of a well-formed part report `{part_number, response: {headers:
    {ETag}}}` (400 `code` otherwise); the header name in any case, the ETag quoted or not."""
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
    return number, etag


def check_stored(
    storage: Storage, upload: MultipartUpload, number: int, etag: str, code: int
) -> None:
    """400 `code` unless the storage holds part `number` with this ETag."""
    stored = storage.stored_part(upload.storage_key, number)
    if stored is None:
        raise upload_error(code, f"Part {number} has not reached the storage.")
    if etag.strip('"') != stored.etag.strip('"'):
        raise upload_error(code, f"The ETag of part {number} does not match the stored part.")


def report_part(storage: Storage, upload: MultipartUpload, report: Any) -> tuple[int, str]:
    """Record one part report (400 8014 unless it matches what the storage received)."""
    number, etag = parse_report(report, upload, 8014)
    check_stored(storage, upload, number, etag, 8014)
    upload.parts[number] = etag
    return number, etag


def checked_parts(storage: Storage, upload: MultipartUpload, body: Any) -> list[int]:
    """Take the part reports a complete request may carry (`{"parts": [...]}`; none, null or
    `{}` is fine) and check the whole upload; the part numbers `assemble` joins.

    400 8015 for a malformed list, 8007 when a part is missing, changed since its report, not
    full-sized (all but the last), or the parts do not add up to the announced size.
    """
    if body is not None and body != {}:
        reports = body.get("parts") if isinstance(body, dict) else None
        if not isinstance(reports, list):
            raise upload_error(8015)
        parsed = [parse_report(report, upload, 8015) for report in reports]
        for number, etag in parsed:
            check_stored(storage, upload, number, etag, 8007)
            upload.parts[number] = etag
    return completed_parts(storage, upload)


def assemble(storage: Storage, upload: MultipartUpload, numbers: list[int]) -> str:
    """The blob of a checked upload (its area's file renamed into place; no copy); its id."""
    if not numbers:
        storage.discard_parts(upload.storage_key)
        return storage.write_blob(b"")
    return storage.assemble(upload.storage_key, numbers)


def completed_parts(storage: Storage, upload: MultipartUpload) -> list[int]:
    """The part numbers to join, in order, once every check passes (400 8007 otherwise).

    All parts of a known size must be reported (none for a zero-byte file is fine too); without a
    size, the reported parts must run 1..n without a gap. Every reported part must still be the
    one stored, every part but the last exactly the part size, and the total the announced size.
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


def abort(storage: Storage, upload: MultipartUpload) -> None:
    """Drop an upload's parts (400 8009 if the storage cannot)."""
    try:
        storage.discard_parts(upload.storage_key)
    except OSError as error:
        raise upload_error(8009, str(error)) from None


# -- the protocol's answers (the same JSON for both kinds) -------------------------------------


def part_instructions(
    storage: Storage, upload: MultipartUpload, number: int, success_codes: list[int]
) -> JsonObject:
    """Where and how to send part `number`: a signed PUT URL and what to report back."""
    if storage.origin is None:
        raise upload_error(8000, "The storage server is not running.")
    url, expires = storage.part_url(upload.storage_key, number)
    return {
        "method": "PUT",
        "url": url,
        "expires": format_timestamp(expires),
        "headers": {},
        "success_codes": list(success_codes),
        "report": {"headers": ["ETag"], "success_codes": list(success_codes)},
    }


def render_upload(href: str, upload: MultipartUpload, **extra: Any) -> JsonObject:
    """The JSON of an upload: what both kinds show, then the `extra` fields of its kind."""
    return {
        "href": href,
        "upload_id": upload.id,
        "name": upload.name,
        "size": upload.size,
        "part_size": upload.part_size,
        "parallel_uploads": True,
        "initiated": format_timestamp(upload.initiated),
        "uploaded_parts_count": len(upload.parts),
        **extra,
    }
