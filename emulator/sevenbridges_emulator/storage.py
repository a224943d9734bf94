"""Blob storage: files in a temporary directory, served by a separate HTTP server under signed,
expiring URLs, the way cloud storage serves presigned URLs.

The API hands out the URLs (a part PUT URL for each upload part, a GET URL for each download); each
carries its own authorisation, an HMAC over method, path and expiry, so the storage server never
needs (and never should see) an API token. Every request's headers are kept in `header_log` so tests
can prove that. Part bodies stream to disk with their MD5 computed on the way (the ETag); blobs go
out with `sendfile`. The faults `storage_*` and `url_ttl` of `Faults` apply here.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import re
import secrets
import shutil
import socket
import tempfile
import threading
import time
import weakref
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any, BinaryIO, cast
from urllib.parse import parse_qs, quote, unquote, urlsplit
from xml.sax.saxutils import escape

from .faults import Faults
from .listener import Listener

BUFFER_SIZE = 1 << 20  # bytes read from or written to a socket or file at a time
DATA_FILE = "data"  # the single file of an upload with a fixed part size
SHM = "/dev/shm"
SHM_MINIMUM_FREE = 8 << 30
_ID = re.compile(r"[0-9a-f]{32}")

HeaderLogEntry = tuple[str, str, dict[str, str]]


@dataclass(frozen=True)
class StoredPart:
    """A part the storage server received: its size and the ETag it answered with."""

    size: int
    etag: str  # the quoted MD5 hex of the bytes, exactly as sent in the ETag header


class StorageError(Exception):
    """An S3-like error answer: a status, an error code word and a message, as a small XML body."""

    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


class Storage:
    """Blobs and upload parts on disk, and the signed URLs through which clients move them.

    The directory is created on first use, under `directory` (default: `default_directory()`),
    and removed by `close()` (the emulator calls it on stop). URLs can only be signed while the
    server is serving (`serve()`).
    """

    def __init__(self, faults: Faults | None = None, directory: str | None = None) -> None:
        self.faults = faults if faults is not None else Faults()
        self.directory = directory
        # (method, path without query, headers) of every request the storage server received.
        self.header_log: list[HeaderLogEntry] = []
        self.origin: str | None = None  # http://host:port while serving
        self._secret = secrets.token_bytes(32)
        self._lock = threading.RLock()
        self._root: Path | None = None
        self._cleanup: weakref.finalize[Any, Any] | None = None
        self._areas: dict[str, dict[int, StoredPart]] = {}  # upload key -> part number -> part
        # Uploads with a fixed part size write parts into one file at their offsets, so that
        # completing them is a rename, not a copy (as fast as a cloud store's complete).
        self._part_sizes: dict[str, int] = {}
        self._etags: dict[str, str] = {}  # blob id -> ETag

    # -- disk ----------------------------------------------------------------------------------

    @property
    def root(self) -> Path:
        """The storage directory (`blobs/<id>`, `parts/<key>/<number>`), created on first use."""
        with self._lock:
            if self._root is None:
                parent = self.directory or default_directory()
                root = Path(tempfile.mkdtemp(prefix="sbg-emulator-storage-", dir=parent))
                (root / "blobs").mkdir()
                (root / "parts").mkdir()
                self._root = root
                # Removed at exit even if nobody calls close().
                self._cleanup = weakref.finalize(self, shutil.rmtree, root, ignore_errors=True)
            return self._root

    def _blob_path(self, blob_id: str) -> Path:
        if not _ID.fullmatch(blob_id):
            raise KeyError(blob_id)
        return self.root / "blobs" / blob_id

    def close(self) -> None:
        """Stop signing URLs and remove every blob and part from disk."""
        with self._lock:
            self.origin = None
            root, self._root = self._root, None
            self._areas.clear()
            self._etags.clear()
            if self._cleanup is not None:
                self._cleanup.detach()
                self._cleanup = None
        if root is not None:
            shutil.rmtree(root, ignore_errors=True)

    # -- blobs (the public interface the file handlers use) -------------------------------------

    def write_blob(self, data: bytes) -> str:
        """Store `data` as a new blob and return its id (for seeding and imports)."""
        blob_id = secrets.token_hex(16)
        self._blob_path(blob_id).write_bytes(data)
        with self._lock:
            self._etags[blob_id] = f'"{hashlib.md5(data).hexdigest()}"'
        return blob_id

    def blob_size(self, blob_id: str) -> int:
        """The size in bytes of a blob; KeyError if there is no such blob."""
        try:
            return self._blob_path(blob_id).stat().st_size
        except FileNotFoundError:
            raise KeyError(blob_id) from None

    def open_blob(self, blob_id: str) -> BinaryIO:
        """The blob opened for reading (the caller closes it); KeyError if there is no such blob."""
        try:
            return self._blob_path(blob_id).open("rb")
        except FileNotFoundError:
            raise KeyError(blob_id) from None

    def blob_etag(self, blob_id: str) -> str | None:
        """The ETag storage answers for a blob (quoted; multipart blobs end in `-<parts>`)."""
        with self._lock:
            return self._etags.get(blob_id)

    def download_url(self, blob_id: str, file_name: str) -> tuple[str, datetime]:
        """A signed GET URL for the blob, served as `file_name`, and the moment it expires."""
        self.blob_size(blob_id)  # KeyError for an unknown blob
        return self._signed_url("GET", f"/blobs/{blob_id}/{quote(file_name, safe='')}")

    # -- upload parts (used by the multipart upload handlers) ----------------------------------

    def open_parts(self, part_size: int | None = None) -> str:
        """A new, empty place for the parts of one upload; returns its key.

        With `part_size`, every part but the last must have exactly that size (a larger one is
        refused); the parts then go straight to their offsets in the future blob.
        """
        key = secrets.token_hex(16)
        directory = self.root / "parts" / key
        directory.mkdir()
        with self._lock:
            self._areas[key] = {}
            if part_size is not None:
                (directory / DATA_FILE).touch()
                self._part_sizes[key] = part_size
        return key

    def fixed_part_size(self, key: str) -> int | None:
        with self._lock:
            return self._part_sizes.get(key)

    def part_url(self, key: str, part_number: int) -> tuple[str, datetime]:
        """A signed PUT URL for one part, and the moment it expires."""
        return self._signed_url("PUT", f"/parts/{key}/{part_number}")

    def stored_part(self, key: str, part_number: int) -> StoredPart | None:
        """What the storage server last received for this part, if anything."""
        with self._lock:
            return self._areas.get(key, {}).get(part_number)

    def assemble(self, key: str, part_numbers: Sequence[int]) -> str:
        """Join the given parts, in order, into a new blob; the parts are consumed. Returns its id.

        The ETag of the blob is the S3 multipart one: MD5 of the parts' MD5s, `-<count>`.
        """
        with self._lock:
            area = self._areas.pop(key)
            parts = [area[number] for number in part_numbers]
            part_size = self._part_sizes.pop(key, None)
        directory = self.root / "parts" / key
        blob_id = secrets.token_hex(16)
        target = self._blob_path(blob_id)
        try:
            if part_size is not None:
                if any(part.size != part_size for part in parts[:-1]) or part_numbers != list(
                    range(1, len(part_numbers) + 1)
                ):
                    raise ValueError(
                        "parts of a fixed-size upload must be 1..n, all but the last full"
                    )
                data = directory / DATA_FILE
                os.truncate(data, sum(part.size for part in parts))
                os.replace(data, target)
            elif len(part_numbers) == 1:
                os.replace(directory / str(part_numbers[0]), target)  # no copy for a single part
            else:
                with target.open("wb", buffering=0) as out:
                    for number in part_numbers:
                        _append_file(directory / str(number), out)
        finally:
            shutil.rmtree(directory, ignore_errors=True)
        digests = b"".join(bytes.fromhex(part.etag.strip('"')) for part in parts)
        with self._lock:
            self._etags[blob_id] = f'"{hashlib.md5(digests).hexdigest()}-{len(parts)}"'
        return blob_id

    def discard_parts(self, key: str) -> None:
        """Forget an upload's parts (abort); later PUTs to its part URLs answer 404."""
        with self._lock:
            self._areas.pop(key, None)
            self._part_sizes.pop(key, None)
        shutil.rmtree(self.root / "parts" / key, ignore_errors=True)

    def _part_directory(self, key: str) -> Path:
        with self._lock:
            if key not in self._areas:
                raise _no_such_upload()
        return self.root / "parts" / key

    def _keep_part(
        self, key: str, part_number: int, part: StoredPart, received: Path | None = None
    ) -> bool:
        """Record a fully received part (moving its file into place, when it has one of its
        own); False if the upload went away meanwhile."""
        with self._lock:
            area = self._areas.get(key)
            if area is None:
                return False
            if received is not None:
                os.replace(received, received.with_name(str(part_number)))
            area[part_number] = part
            return True

    # -- signatures ----------------------------------------------------------------------------

    def _signed_url(self, method: str, path: str) -> tuple[str, datetime]:
        origin = self.origin
        if origin is None:
            raise RuntimeError("the storage server is not serving")
        expires_ms = int((time.time() + self.faults.url_ttl) * 1000)
        signature = self._signature(method, path, expires_ms)
        url = f"{origin}{path}?expires={expires_ms}&signature={signature}"
        return url, datetime.fromtimestamp(expires_ms / 1000, UTC)

    def _signature(self, method: str, path: str, expires_ms: int) -> str:
        message = f"{method}\n{unquote(path)}\n{expires_ms}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def check_signature(self, method: str, path: str, query: str) -> None:
        """Raise a 403 unless the URL was signed by this storage for `method` and is not expired."""
        values = parse_qs(query)
        expires_raw = values.get("expires", [""])[0]
        signature = values.get("signature", [""])[0]
        signed_for = "GET" if method == "HEAD" else method
        if not expires_raw.isdigit() or not hmac.compare_digest(
            signature, self._signature(signed_for, path, int(expires_raw))
        ):
            raise StorageError(
                403,
                "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided.",
            )
        if time.time() * 1000 > int(expires_raw):
            raise StorageError(403, "AccessDenied", "Request has expired")

    # -- serving -------------------------------------------------------------------------------

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> StorageServer:
        """A server for this storage bound to `host`:`port` (0: any free port); the caller runs
        its `serve_forever` and shuts it down."""
        # Imported here: the server module imports the state, which creates a Storage.
        from .server import url_host

        server = StorageServer((host, port), self)
        self.origin = f"http://{url_host(host)}:{server.server_address[1]}"
        return server


def default_directory() -> str | None:
    """Where storage directories go: memory (/dev/shm) when it has room for big transfers, so a
    slow disk never limits them; otherwise the system's temporary directory (None)."""
    with contextlib.suppress(OSError):
        if os.access(SHM, os.W_OK) and shutil.disk_usage(SHM).free >= SHM_MINIMUM_FREE:
            return SHM
    return None


def _append_file(source: Path, out: BinaryIO) -> None:
    """Append a whole file to `out` (unbuffered), in the kernel where the platform allows."""
    with source.open("rb") as src:
        if hasattr(os, "copy_file_range"):
            with contextlib.suppress(OSError):
                while os.copy_file_range(src.fileno(), out.fileno(), 1 << 30):
                    pass
                return
        shutil.copyfileobj(src, out, BUFFER_SIZE)


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The (first, last) byte of a single `bytes=` range, its end clamped to the blob (RFC 9110).

    None means "send the whole blob": no header, an empty blob, or a range this server ignores
    (malformed, other units, several ranges). A range starting past the end is a 416.
    """
    if header is None or size == 0:
        return None
    unit, _, spec = header.partition("=")
    first_text, dash, last_text = spec.strip().partition("-")
    if unit.strip().lower() != "bytes" or "," in spec or not dash:
        return None
    try:
        if not first_text.strip():  # a suffix: the last N bytes
            count = int(last_text)
            if count <= 0:
                raise StorageError(
                    416,
                    "InvalidRange",
                    "The requested range is not satisfiable",
                    {"Content-Range": f"bytes */{size}"},
                )
            return max(0, size - count), size - 1
        first = int(first_text)
        last = int(last_text) if last_text.strip() else max(first, size - 1)
    except ValueError:
        return None
    if first >= size and last >= first:
        raise StorageError(
            416,
            "InvalidRange",
            "The requested range is not satisfiable",
            {"Content-Range": f"bytes */{size}"},
        )
    if first < 0 or last < first:
        return None
    return first, min(last, size - 1)


class _Throttle:
    """Holds a transfer to `rate` bytes per second on average (0: no cap)."""

    def __init__(self, rate: float) -> None:
        self.rate = rate
        self.started = time.monotonic()

    def wait(self, done: int) -> None:
        if self.rate > 0:
            ahead = done / self.rate - (time.monotonic() - self.started)
            if ahead > 0:
                time.sleep(ahead)


def _no_such_upload() -> StorageError:
    return StorageError(404, "NoSuchUpload", "The specified upload does not exist.")


def _too_large(part_size: int) -> StorageError:
    return StorageError(
        400, "EntityTooLarge", f"A part of this upload holds at most {part_size} bytes."
    )


class StorageServer(Listener):
    """The storage's own listening socket; one thread per connection."""

    def __init__(self, address: tuple[str, int], storage: Storage) -> None:
        super().__init__(address, StorageHandler)
        self.storage = storage


class StorageHandler(BaseHTTPRequestHandler):
    """`PUT /parts/<key>/<n>` stores a part; `GET`/`HEAD /blobs/<id>/<name>` serve a blob."""

    protocol_version = "HTTP/1.1"
    server_version = "sbg-emulator-storage"
    timeout = 120

    _body_state = "unread"

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    @property
    def storage(self) -> Storage:
        return cast(StorageServer, self.server).storage

    def do_GET(self) -> None:
        self._handle()

    def do_HEAD(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()

    def _handle(self) -> None:
        storage = self.storage
        url = urlsplit(self.path)
        storage.header_log.append((self.command, url.path, dict(self.headers.items())))
        self._body_state = "unread"  # then "reading", then "read"
        try:
            try:
                self._route(url.path, url.query)
            except StorageError as error:
                if self.command == "PUT" and self._body_state == "unread":
                    self._discard_body()
                elif self._body_state == "reading":
                    self.close_connection = True  # the rest of the body is still on the wire
                self._send_storage_error(error)
        except (ConnectionError, TimeoutError):
            self.close_connection = True

    def _route(self, path: str, query: str) -> None:
        if self.command not in ("GET", "HEAD", "PUT"):
            raise StorageError(405, "MethodNotAllowed", "The specified method is not allowed.")
        self.storage.check_signature(self.command, path, query)
        latency = self.storage.faults.storage_latency_ms
        if latency > 0:
            time.sleep(latency / 1000.0)
        segments = path.split("/")
        if self.command == "PUT":
            if len(segments) != 4 or segments[1] != "parts" or not segments[3].isdigit():
                raise StorageError(404, "NoSuchKey", "The specified key does not exist.")
            self._put_part(segments[2], int(segments[3]))
        else:
            if len(segments) != 4 or segments[1] != "blobs":
                raise StorageError(404, "NoSuchKey", "The specified key does not exist.")
            self._get_blob(segments[2], unquote(segments[3]))

    # -- PUT a part ----------------------------------------------------------------------------

    def _put_part(self, key: str, part_number: int) -> None:
        storage = self.storage
        directory = storage._part_directory(key)
        if storage.faults.roll_storage_error():
            raise StorageError(
                500, "InternalError", "We encountered an internal error. Please try again."
            )
        length = self._content_length()
        part_size = storage.fixed_part_size(key)
        if part_size is None:
            # A part file of its own, renamed into place once whole: no half part is ever kept.
            received = directory / f"{part_number}.{secrets.token_hex(4)}.partial"
            try:
                with received.open("wb") as out:
                    part = self._receive(length, lambda piece, _: out.write(piece), None)
                if part is not None and not storage._keep_part(key, part_number, part, received):
                    raise _no_such_upload()
            finally:
                received.unlink(missing_ok=True)
            if part is None:
                # Hang up only now that the half part is gone: a client that sees the cut may
                # look at the storage straight away.
                self._hang_up()
                return
        else:
            # Straight to the part's offset in the upload's one file. A part cut off half-way
            # is not recorded, so its bytes there are overwritten when it is sent again.
            if length is not None and length > part_size:
                raise _too_large(part_size)
            offset = (part_number - 1) * part_size
            fd = os.open(directory / DATA_FILE, os.O_WRONLY)
            try:
                part = self._receive(
                    length, lambda piece, at: os.pwrite(fd, piece, offset + at), part_size
                )
            finally:
                os.close(fd)
            if part is None:
                self._hang_up()
                return
            if not storage._keep_part(key, part_number, part):
                raise _no_such_upload()
        self.send_response(200)
        self.send_header("ETag", part.etag)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _receive(
        self, length: int | None, write: Callable[[memoryview, int], object], limit: int | None
    ) -> StoredPart | None:
        """Pass the body to `write(piece, offset in the part)`, under the storage faults; the
        part received, or None when a dropped-connection fault cut the body half-way (the caller
        then cleans up and hangs up, in that order, so no client ever sees a half part)."""
        faults = self.storage.faults
        cut_at = max(length or 0, 1) // 2 if faults.roll_storage_drop() else None
        throttle = _Throttle(faults.storage_bytes_per_second)
        digest = hashlib.md5()
        size = 0
        if cut_at == 0:
            return None
        for piece in self._body(length):
            if limit is not None and size + len(piece) > limit:
                raise _too_large(limit)
            digest.update(piece)
            write(piece, size)
            size += len(piece)
            throttle.wait(size)
            if cut_at is not None and size >= cut_at:
                return None
        return StoredPart(size=size, etag=f'"{digest.hexdigest()}"')

    def _content_length(self) -> int | None:
        """The announced body length; None for a chunked body; 411 when neither is given."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return None
        raw = self.headers.get("Content-Length")
        if raw is None or not raw.strip().isdigit():
            raise StorageError(411, "MissingContentLength", "You must provide the Content-Length.")
        return int(raw)

    def _body(self, length: int | None) -> Iterator[memoryview]:
        """The request body in pieces of at most BUFFER_SIZE bytes, read into one reused buffer
        (never the whole body in memory)."""
        self._body_state = "reading"
        buffer = memoryview(bytearray(BUFFER_SIZE))
        if length is not None:
            yield from self._read_exactly(length, buffer)
            self._body_state = "read"
            return
        while True:  # chunked transfer coding
            size_line = self.rfile.readline(65537)
            if not size_line:
                raise ConnectionError("the client closed the connection in the body")
            try:
                size = int(size_line.split(b";")[0].strip(), 16)
            except ValueError:
                raise StorageError(400, "IncompleteBody", "Malformed chunked body.") from None
            if size == 0:
                while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                self._body_state = "read"
                return
            yield from self._read_exactly(size, buffer)
            self.rfile.readline(65537)

    def _read_exactly(self, count: int, buffer: memoryview) -> Iterator[memoryview]:
        left = count
        while left:
            n = self.rfile.readinto(buffer[: min(left, len(buffer))])
            if not n:
                raise ConnectionError("the client closed the connection in the body")
            left -= n
            yield buffer[:n]

    def _discard_body(self) -> None:
        """Read and drop a body we will not store, so the connection can answer and carry on."""
        try:
            for _ in self._body(self._content_length()):
                pass
        except StorageError:
            self.close_connection = True

    def _hang_up(self) -> None:
        """An injected fault: cut the connection without (finishing) an answer."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    # -- GET / HEAD a blob ---------------------------------------------------------------------

    def _get_blob(self, blob_id: str, file_name: str) -> None:
        storage = self.storage
        faults = storage.faults
        try:
            handle = storage.open_blob(blob_id)
        except KeyError:
            raise StorageError(404, "NoSuchKey", "The specified key does not exist.") from None
        with handle:
            size = os.fstat(handle.fileno()).st_size
            if self.command == "GET" and faults.roll_storage_error():
                raise StorageError(
                    500, "InternalError", "We encountered an internal error. Please try again."
                )
            wanted = parse_range(self.headers.get("Range"), size)
            first, last = wanted if wanted is not None else (0, size - 1)
            count = last - first + 1
            self.send_response(200 if wanted is None else 206)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(count))
            self.send_header("Accept-Ranges", "bytes")
            if wanted is not None:
                self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
            etag = storage.blob_etag(blob_id)
            if etag is not None:
                self.send_header("ETag", etag)
            self.send_header(
                "Content-Disposition", f"attachment; filename*=UTF-8''{quote(file_name, safe='')}"
            )
            self.end_headers()
            if self.command == "HEAD" or count == 0:
                return
            rate = faults.storage_bytes_per_second
            if faults.roll_storage_drop():
                self._send_slowly(handle, first, count // 2, rate)
                self._hang_up()
            elif rate > 0:
                self._send_slowly(handle, first, count, rate)
            else:
                self.connection.sendfile(handle, first, count)

    def _send_slowly(self, handle: BinaryIO, offset: int, count: int, rate: float) -> None:
        """Write `count` bytes from `offset` in small pieces, at most `rate` bytes per second."""
        piece = BUFFER_SIZE if rate <= 0 else max(1024, min(BUFFER_SIZE, int(rate / 10)))
        throttle = _Throttle(rate)
        handle.seek(offset)
        sent = 0
        while sent < count:
            data = handle.read(min(piece, count - sent))
            if not data:
                break
            throttle.wait(sent + len(data))  # before writing: the client sees the pace
            self.wfile.write(data)
            sent += len(data)

    # -- errors --------------------------------------------------------------------------------

    def _send_storage_error(self, error: StorageError) -> None:
        body = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f"<Error><Code>{escape(error.code)}</Code>"
            f"<Message>{escape(error.message)}</Message></Error>"
        ).encode()
        self.send_response(error.status)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(body)))
        for name, value in error.headers.items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Errors of the HTTP layer itself (bad request line, unknown method) are XML too."""
        self.close_connection = True
        if self.request_version == "HTTP/0.9":
            self.request_version = self.protocol_version
        self._send_storage_error(StorageError(int(code), "BadRequest", message or "Bad request."))

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the storage server does not log requests."""
