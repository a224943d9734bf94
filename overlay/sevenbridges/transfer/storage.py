"""Talking to storage URLs (presigned part and download URLs), never with the API's credentials.

Storage is another origin, and the bytes of a transfer are most of its cost, so this module speaks
HTTP/1.1 with the standard library's ``http.client``: bodies are sent from and received into one
reusable 1 MiB buffer per worker (``readinto``), read from and written to the file at their
offsets. That costs a fraction of the CPU of a general HTTP client's small chunks, which on a busy
machine is the difference between saturating the link or not. Requests carry no credentials, only
the headers a part-URL response lists. Each worker keeps its own keep-alive connection per host.
"""

from __future__ import annotations

import hashlib
import http.client
import re
import ssl
import threading
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import certifi

from .. import __version__
from ..errors import TransferError
from ..http import retry
from ..http.client import proxies_by_scheme
from . import fileio

CHUNK = 1 << 20  # bytes moved between the file and the socket at a time
REDIRECTS = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5
PART_RETRY_BASE_DELAY = 0.25  # seconds before a part's first retry (before jitter)
USER_AGENT = f"sevenbridges-openapi/{__version__}"
_MD5_ETAG = re.compile(r'^"?([0-9a-fA-F]{32})"?$')
_CONTENT_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+|\*)$")
# What a broken connection looks like from http.client.
CONNECTION_ERRORS = (OSError, http.client.HTTPException)


class Cancelled(Exception):
    """The transfer was stopped (or another part failed) while this part was moving."""


class RetryablePartError(Exception):
    """A part attempt failed in a way another attempt may fix.

    ``url_expired``: the storage URL needs renewing; ``made_progress``: the attempt kept bytes
    the next one carries on from. Neither counts against a part's retries.
    """

    def __init__(
        self, message: str, url_expired: bool = False, made_progress: bool = False
    ) -> None:
        super().__init__(message)
        self.url_expired = url_expired
        self.made_progress = made_progress


class _Partial(RetryablePartError):
    """A ranged GET that broke off after some bytes: ``position`` is where they stopped."""

    def __init__(self, message: str, position: int, made_progress: bool) -> None:
        super().__init__(message, made_progress=made_progress)
        self.position = position


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


def pause_before_retry(attempt: int, cancelled: threading.Event) -> None:
    """Sleep the backoff of retry ``attempt``, waking early (and raising) if the transfer is
    cancelled."""
    if cancelled.wait(retry.backoff(attempt, base=PART_RETRY_BASE_DELAY)):
        raise Cancelled


def _shown(url: str) -> str:
    """The URL without its query string, which holds the signature (kept out of messages)."""
    return url.split("?", 1)[0]


@dataclass
class _PartState:
    """What one attempt at sending a part has sent so far, and the MD5 of it."""

    sent: int = 0
    digest: Any = field(default_factory=lambda: hashlib.md5(usedforsecurity=False))


class _Proxy:
    """Where to connect for a URL when a proxy is configured for its scheme: the ``proxies``
    setting, else (as for the API's requests) ``HTTPS_PROXY``/``HTTP_PROXY`` unless ``NO_PROXY``
    names the host."""

    def __init__(self, proxies: Mapping[str, str] | None) -> None:
        self._explicit = self._addresses(proxies_by_scheme(proxies))
        environment = urllib.request.getproxies()
        self._environment = self._addresses(
            proxies_by_scheme({k: v for k, v in environment.items() if k in ("http", "https")})
        )

    @staticmethod
    def _addresses(urls: Mapping[str, str]) -> dict[str, tuple[str, int]]:
        found = {}
        for scheme, value in urls.items():
            parts = urlsplit(value)
            if not parts.hostname:  # the value is not shown: it may hold the proxy's password
                raise TransferError(f"The {scheme} proxy has no host name")
            found[scheme] = (parts.hostname, parts.port or 8080)
        return found

    def for_url(self, scheme: str, host: str) -> tuple[str, int] | None:
        if scheme in self._explicit:
            return self._explicit[scheme]
        if scheme in self._environment and not urllib.request.proxy_bypass(host):
            return self._environment[scheme]
        return None


class StorageClient:
    """Connections to storage hosts for the workers of one transfer (one per worker and host)."""

    def __init__(self, timeout: float, proxies: Mapping[str, str] | None = None) -> None:
        self.timeout = timeout
        self._proxy = _Proxy(proxies)
        self._local = threading.local()
        self._all: list[http.client.HTTPConnection] = []
        self._lock = threading.Lock()
        self._tls: ssl.SSLContext | None = None

    @classmethod
    def for_api(cls, api: Any, timeout: float) -> StorageClient:
        """A storage client with ``api``'s proxy settings (``HTTPS_PROXY`` and the like when it
        has none)."""
        return cls(timeout=timeout, proxies=getattr(api, "_proxies", None))

    def close(self) -> None:
        with self._lock:
            connections, self._all = self._all, []
        for connection in connections:
            connection.close()

    # ----------------------------------------------------------------- connections

    def _tls_context(self) -> ssl.SSLContext:
        with self._lock:
            if self._tls is None:
                self._tls = ssl.create_default_context(cafile=certifi.where())
            return self._tls

    def _connection(
        self, scheme: str, host: str, port: int
    ) -> tuple[http.client.HTTPConnection, bool]:
        """This thread's connection to the host, and whether it was used before."""
        pool: dict[tuple[str, str, int], http.client.HTTPConnection] = getattr(
            self._local, "pool", {}
        )
        self._local.pool = pool
        key = (scheme, host, port)
        if key in pool:
            return pool[key], True
        proxy = self._proxy.for_url(scheme, host)
        connection: http.client.HTTPConnection
        if scheme == "https":
            target = proxy or (host, port)
            connection = http.client.HTTPSConnection(
                target[0], target[1], timeout=self.timeout, context=self._tls_context()
            )
            if proxy is not None:
                connection.set_tunnel(host, port)
        else:
            target = proxy or (host, port)
            connection = http.client.HTTPConnection(target[0], target[1], timeout=self.timeout)
        pool[key] = connection
        with self._lock:
            self._all.append(connection)
        return connection, False

    def _drop(self, scheme: str, host: str, port: int) -> None:
        pool = getattr(self._local, "pool", {})
        connection = pool.pop((scheme, host, port), None)
        if connection is not None:
            connection.close()

    def _open(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        send_body: Callable[[http.client.HTTPConnection], None] | None = None,
        on_restart: Callable[[], None] | None = None,
    ) -> tuple[http.client.HTTPResponse, tuple[str, str, int]]:
        """Send one request and return its response (headers read, body not yet).

        A kept-alive connection the server has meanwhile closed is replaced once, silently;
        any other connection failure is a :class:`RetryablePartError`.
        """
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https") or not parts.hostname:
            raise TransferError(f"Invalid storage URL {_shown(url)!r}")
        port = parts.port or (443 if scheme == "https" else 80)
        where = (scheme, parts.hostname, port)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        if scheme == "http" and self._proxy.for_url(scheme, parts.hostname) is not None:
            path = url  # a plain-http proxy takes the absolute URL
        for first_try in (True, False):
            connection, reused = self._connection(*where)
            try:
                connection.putrequest(method, path, skip_accept_encoding=True)
                connection.putheader("User-Agent", USER_AGENT)
                for name, value in headers.items():
                    connection.putheader(name, value)
                connection.endheaders()
                if send_body is not None:
                    send_body(connection)
                return connection.getresponse(), where
            except (Cancelled, TransferError):
                self._drop(*where)
                raise
            except CONNECTION_ERRORS as exc:
                self._drop(*where)
                if reused and first_try:
                    if on_restart is not None:
                        on_restart()
                    continue  # the server closed an idle keep-alive connection: one more go
                raise RetryablePartError(f"{method} {_shown(url)}: {exc!r}") from exc
        raise AssertionError("unreachable")

    def _finish(self, response: http.client.HTTPResponse, where: tuple[str, str, int]) -> bytes:
        """Read the rest of a (small) body so the connection can be used again."""
        try:
            return response.read()
        except CONNECTION_ERRORS:
            self._drop(*where)
            return b""

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
        """Send ``size`` bytes of ``fd`` from ``start``; the report headers and the part's MD5."""
        state = _PartState()

        def send_body(connection: http.client.HTTPConnection) -> None:
            buffer = bytearray(min(CHUNK, max(size, 1)))
            view = memoryview(buffer)
            position, end = start, start + size
            while position < end:
                if cancelled.is_set():
                    raise Cancelled
                count = fileio.read_into(fd, view[: min(len(buffer), end - position)], position)
                if count <= 0:
                    raise TransferError(
                        f"The file ended at byte {position} while part bytes {start}-{end - 1} "
                        "were read: was it changed during the upload?"
                    )
                chunk = view[:count]
                state.digest.update(chunk)
                connection.send(chunk)
                position += count
                state.sent += count
                on_bytes(count)

        def restart() -> None:
            on_bytes(-state.sent)
            state.sent = 0
            state.digest = hashlib.md5(usedforsecurity=False)

        headers = {**target.headers, "Content-Length": str(size)}
        response, where = self._open(target.method, target.url, headers, send_body, restart)
        body = self._finish(response, where)
        if response.status not in target.success_codes:
            _refuse(target.method, target.url, response.status, body)
        report = {}
        for name in target.report_headers:
            value = response.getheader(name)
            if value is not None:
                report[name] = value
        return report, state.digest.hexdigest()

    # ----------------------------------------------------------------- download

    def _get(
        self, url: str, headers: Mapping[str, str]
    ) -> tuple[http.client.HTTPResponse, tuple[str, str, int], str]:
        """A GET that follows redirects; the response, its connection key and the final URL."""
        for _ in range(MAX_REDIRECTS + 1):
            response, where = self._open("GET", url, headers)
            location = response.getheader("Location")
            if response.status in REDIRECTS and location:
                self._finish(response, where)
                url = location
                continue
            return response, where, url
        raise TransferError(f"Too many redirects from {_shown(url)}")

    def probe_size(self, url: str) -> int:
        """The size of the object behind a download URL (a one-byte ranged GET)."""
        response, where, final = self._get(url, {"Range": "bytes=0-0"})
        if response.status == 200:
            length = response.getheader("Content-Length")
            self._drop(*where)  # the whole object is coming: hang up rather than read it
            if length is not None and length.isdigit():
                return int(length)
            raise TransferError(f"The storage did not say how large {_shown(url)} is")
        body = self._finish(response, where)
        if response.status == 206:
            match = _CONTENT_RANGE.match(response.getheader("Content-Range") or "")
            if match and match.group(3) != "*":
                return int(match.group(3))
            raise TransferError(f"GET {_shown(url)}: a 206 answer without a valid Content-Range")
        if response.status == 416:  # an empty object has no byte 0
            return 0
        _refuse("GET", final, response.status, body)
        raise AssertionError("unreachable")

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

        Returns the offset reached; a failure part-way raises :class:`_Partial` with the offset
        the bytes stopped at, from which the next attempt carries on.
        """
        response, where, final = self._get(url, {"Range": f"bytes={start}-{end - 1}"})
        if response.status == 206:
            _check_content_range(response.getheader("Content-Range"), start, end, total, final)
        elif not (response.status == 200 and start == 0 and end == total):
            _refuse("GET", final, response.status, self._finish(response, where))
        else:  # the whole object, whose length must be the one expected
            length = response.getheader("Content-Length")
            if length is not None and length.strip().isdigit() and int(length) != total:
                self._drop(*where)
                raise TransferError(
                    f"GET {_shown(final)}: the storage holds {int(length)} bytes, expected "
                    f"{total} (did the file change?)"
                )
        # Whether the answer ends where the part does, so the connection can serve the next one.
        delimited = response.status == 206 or response.getheader("Content-Length") is not None
        buffer = bytearray(min(CHUNK, end - start))
        view = memoryview(buffer)
        position = start
        try:
            while position < end:
                if cancelled.is_set():
                    raise Cancelled
                count = response.readinto(view[: min(len(buffer), end - position)])
                if not count:
                    break
                fileio.write_at(fd, view[:count], position)
                position += count
                on_bytes(count)
            if position == end and delimited:
                self._finish(response, where)
            elif position == end and response.read(1):  # a whole object of unstated length
                self._drop(*where)
                raise TransferError(
                    f"GET {_shown(final)}: the storage holds more than the {total} bytes "
                    "expected (did the file change?)"
                )
            else:
                self._drop(*where)
        except Cancelled:
            self._drop(*where)
            raise
        except (TimeoutError, *CONNECTION_ERRORS) as exc:
            self._drop(*where)
            raise _Partial(f"GET {_shown(final)}: {exc!r}", position, position > start) from exc
        if position != end:
            raise _Partial(
                f"GET {_shown(final)} ended after {position - start} of {end - start} bytes",
                position,
                position > start,
            )
        return position

    def stream(self, url: str, chunk_size: int) -> Iterator[bytes]:
        """The object's bytes in chunks of ``chunk_size`` (the last may be shorter)."""
        response, where, final = self._get(url, {})
        if response.status != 200:
            _refuse("GET", final, response.status, self._finish(response, where))
        try:
            while chunk := response.read(chunk_size):
                yield chunk
        except CONNECTION_ERRORS as exc:
            self._drop(*where)
            raise TransferError(f"GET {_shown(final)} broke off: {exc!r}") from exc
        finally:
            if not response.isclosed():
                self._drop(*where)


def _check_content_range(header: str | None, start: int, end: int, total: int, url: str) -> None:
    match = _CONTENT_RANGE.match(header or "")
    if not match:
        raise TransferError(f"GET {_shown(url)}: a 206 answer without a valid Content-Range")
    first, last, size = int(match.group(1)), int(match.group(2)), match.group(3)
    # The object's size must be stated and be the one expected: a part of an object that grew
    # would otherwise pass, and the download end short of it without a word.
    if first != start or last != end - 1 or size == "*" or int(size) != total:
        raise TransferError(
            f"GET {_shown(url)}: asked for bytes {start}-{end - 1} of {total}, got {header!r} "
            "(did the file change?)"
        )


def _refuse(method: str, url: str, status: int, body: bytes) -> None:
    """Raise the error a storage answer stands for: retryable, URL expired, or final."""
    snippet = body[:200].decode("utf-8", "replace").strip()
    message = f"{method} {_shown(url)} answered {status}" + (f": {snippet}" if snippet else "")
    if status == 403:
        # Presigned URLs answer 403 once they expire: get a fresh one and try again.
        raise RetryablePartError(message, url_expired=True)
    if status in retry.RETRYABLE_STATUSES:
        raise RetryablePartError(message)
    raise TransferError(message, status=status)
