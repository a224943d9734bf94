"""Talking to storage URLs (presigned part and download URLs), never with the API's credentials.

Storage is another origin: its requests go through a separate ``httpx.Client`` that carries no auth
(not even from ``.netrc``) and only the headers a part-URL response lists. Part bodies are streamed
from the file at their offsets and downloads are written at theirs, so a worker holds one chunk in
memory, not a part.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import threading
from collections.abc import Callable, Generator, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from .. import __version__
from ..errors import TransferError

CHUNK = 1 << 20  # bytes read from disk per write to the socket
RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})
MAX_BACKOFF = 8.0
_MD5_ETAG = re.compile(r'^"?([0-9a-fA-F]{32})"?$')
_CONTENT_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+|\*)$")


class Cancelled(Exception):
    """The transfer was stopped (or another part failed) while this part was moving."""


class _NoAuth(httpx.Auth):
    """Sends the request as it is: storage URLs are signed, and no credential may reach them."""

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield request


class RetryablePartError(Exception):
    """A part attempt failed in a way another attempt may fix."""

    def __init__(self, message: str, url_expired: bool = False) -> None:
        super().__init__(message)
        self.url_expired = url_expired


@dataclass(frozen=True)
class PartTarget:
    """Where and how to send one upload part (from the part-URL response)."""

    method: str
    url: str
    headers: Mapping[str, str] = field(default_factory=dict)
    success_codes: tuple[int, ...] = (200,)
    report_headers: tuple[str, ...] = ("ETag",)


def md5_etag(etag: str | None) -> str | None:
    """The MD5 hex digest an ETag stands for, if it is a plain (single-part) MD5 ETag."""
    if not etag:
        return None
    match = _MD5_ETAG.match(etag.strip())
    return match.group(1).lower() if match else None


def backoff(attempt: int) -> float:
    """Seconds to wait before attempt ``attempt`` (1-based retry): capped, doubling, jittered."""
    delay: float = min(0.25 * 2 ** (attempt - 1), MAX_BACKOFF)
    return delay * random.uniform(0.5, 1.0)


def _host(url: str) -> str:
    """The URL without its query string, which holds the signature (kept out of messages)."""
    return url.split("?", 1)[0]


class StorageClient:
    """A connection pool for storage URLs, shared by the workers of one transfer."""

    def __init__(
        self,
        timeout: float,
        max_connections: int,
        proxies: dict[str, str] | None = None,
    ) -> None:
        limits = httpx.Limits(
            max_connections=max_connections, max_keepalive_connections=max_connections
        )
        mounts: dict[str, httpx.BaseTransport] | None = None
        if proxies:
            mounts = {
                ("all://" if key == "all" else f"{key.rstrip(':/')}://"): httpx.HTTPTransport(
                    proxy=value, limits=limits
                )
                for key, value in proxies.items()
            }
        self._client = httpx.Client(
            auth=_NoAuth(),
            timeout=httpx.Timeout(timeout),
            limits=limits,
            mounts=mounts,
            follow_redirects=True,
            headers={"User-Agent": f"sevenbridges-openapi/{__version__}"},
        )

    def close(self) -> None:
        self._client.close()

    # ----------------------------------------------------------------- upload

    def send_part(
        self,
        target: PartTarget,
        fd: int,
        start: int,
        size: int,
        on_bytes: Callable[[int], None],
        cancelled: threading.Event,
    ) -> tuple[dict[str, str], str]:
        """Send ``size`` bytes of ``fd`` from ``start``; the report headers and the part's MD5.

        Raises :class:`RetryablePartError` for failures worth another attempt.
        """
        digest = hashlib.md5(usedforsecurity=False)
        headers = dict(target.headers)
        headers["Content-Length"] = str(size)
        body = _window(fd, start, size, digest, on_bytes, cancelled)
        try:
            response = self._client.request(
                target.method, target.url, content=body, headers=headers
            )
        except httpx.TransportError as exc:
            if cancelled.is_set():
                raise Cancelled from exc
            raise RetryablePartError(f"{target.method} {_host(target.url)}: {exc!r}") from exc
        if response.status_code not in target.success_codes:
            _refuse(target.method, target.url, response)
        report = {
            name: response.headers[name]
            for name in target.report_headers
            if name in response.headers
        }
        return report, digest.hexdigest()

    # ----------------------------------------------------------------- download

    def probe_size(self, url: str) -> int:
        """The size of the object behind a download URL (a one-byte ranged GET)."""
        try:
            with self._client.stream("GET", url, headers={"Range": "bytes=0-0"}) as response:
                if response.status_code == 200:
                    response.close()  # the whole object: drop the connection, not read it all
                else:
                    response.read()  # one byte: read it, so the connection can be reused
                if response.status_code == 206:
                    match = _CONTENT_RANGE.match(response.headers.get("Content-Range", ""))
                    if match and match.group(3) != "*":
                        return int(match.group(3))
                if response.status_code == 200 and "Content-Length" in response.headers:
                    return int(response.headers["Content-Length"])
                if response.status_code == 416:  # an empty object has no byte 0
                    return 0
                _refuse("GET", url, response)
        except httpx.TransportError as exc:
            raise RetryablePartError(f"GET {_host(url)}: {exc!r}") from exc
        raise TransferError(f"The storage did not say how large {_host(url)} is")

    def fetch_range(
        self,
        url: str,
        fd: int,
        start: int,
        end: int,
        total: int,
        on_bytes: Callable[[int], None],
        cancelled: threading.Event,
    ) -> int:
        """Write bytes ``start`` to ``end`` (exclusive) of the object into ``fd`` at their offsets.

        Returns the offset reached; on a failure part-way, :class:`RetryablePartError` carries on
        from where the bytes stopped (the caller asks again from the offset it was told).
        """
        position = start
        headers = {"Range": f"bytes={start}-{end - 1}"}
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                if response.status_code == 200 and start == 0 and end == total:
                    pass  # the whole object, e.g. from a server that ignores Range
                elif response.status_code == 206:
                    _check_content_range(response, start, end, total, url)
                else:
                    response.read()
                    _refuse("GET", url, response)
                for chunk in response.iter_raw():
                    if cancelled.is_set():
                        raise Cancelled
                    if position + len(chunk) > end:
                        raise TransferError(
                            f"The storage sent more than the {end - start} bytes asked for "
                            f"(range {start}-{end - 1} of {_host(url)})"
                        )
                    os.pwrite(fd, chunk, position)
                    position += len(chunk)
                    on_bytes(len(chunk))
        except httpx.TransportError as exc:
            if cancelled.is_set():
                raise Cancelled from exc
            raise _Partial(f"GET {_host(url)}: {exc!r}", position) from exc
        if position != end:
            raise _Partial(
                f"GET {_host(url)} ended after {position - start} of {end - start} bytes", position
            )
        return position

    def stream(self, url: str, chunk_size: int) -> Iterator[bytes]:
        """The object's bytes in chunks of ``chunk_size`` (the last may be shorter)."""
        with self._client.stream("GET", url) as response:
            if response.status_code != 200:
                response.read()
                _refuse("GET", url, response)
            yield from response.iter_bytes(chunk_size)


class _Partial(RetryablePartError):
    """A ranged GET that broke off after some bytes: ``position`` is where they stopped."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(message)
        self.position = position


def _window(
    fd: int,
    start: int,
    size: int,
    digest: Any,
    on_bytes: Callable[[int], None],
    cancelled: threading.Event,
) -> Iterator[bytes]:
    """The bytes of one part, read at their offsets a chunk at a time."""
    position, end = start, start + size
    while position < end:
        if cancelled.is_set():
            raise Cancelled
        data = os.pread(fd, min(CHUNK, end - position), position)
        if not data:
            raise TransferError(
                f"The file ended at byte {position} while part bytes {start}-{end - 1} were read: "
                "was it changed during the upload?"
            )
        digest.update(data)
        position += len(data)
        on_bytes(len(data))
        yield data


def _check_content_range(
    response: httpx.Response, start: int, end: int, total: int, url: str
) -> None:
    match = _CONTENT_RANGE.match(response.headers.get("Content-Range", ""))
    if not match:
        raise TransferError(f"GET {_host(url)}: a 206 answer without a valid Content-Range")
    first, last, size = int(match.group(1)), int(match.group(2)), match.group(3)
    if first != start or last != end - 1 or (size != "*" and int(size) != total):
        raise TransferError(
            f"GET {_host(url)}: asked for bytes {start}-{end - 1} of {total}, got "
            f"{response.headers['Content-Range']!r} (did the file change?)"
        )


def _refuse(method: str, url: str, response: httpx.Response) -> None:
    """Raise the error a storage answer stands for: retryable, URL expired, or final."""
    status = response.status_code
    try:
        snippet = response.text[:200].strip()
    except httpx.StreamError:  # a body that was not read (a closed stream)
        snippet = ""
    message = f"{method} {_host(url)} answered {status}" + (f": {snippet}" if snippet else "")
    if status == 403:
        # Presigned URLs answer 403 once they expire: get a fresh one and try again.
        raise RetryablePartError(message, url_expired=True)
    if status in RETRYABLE_STATUS:
        raise RetryablePartError(message)
    raise TransferError(message, status=status)


def pause_before_retry(attempt: int, cancelled: threading.Event) -> None:
    """Sleep the backoff of ``attempt``, waking early (and raising) if the transfer is cancelled."""
    if cancelled.wait(backoff(attempt)):
        raise Cancelled
