"""The HTTP server: reads requests, runs the API pipeline (faults, maintenance, auth, rate limit,
routing) and writes JSON responses with the headers every API response carries."""

from __future__ import annotations

import socket
import sys
import time
import traceback
import uuid
from collections.abc import Iterable
from email.message import Message
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from typing import Any, cast
from urllib.parse import parse_qs, urlsplit

from .context import Context
from .errors import ADVANCE_ACCESS_MESSAGE, GENERIC_CODE_BY_STATUS, ApiError
from .faults import Faults, PlannedFailure
from .listener import Listener
from .rate_limit import RateLimiter, RateStatus
from .request import Request
from .routing import Match, Router, RouteTable
from .state import State
from .wire import JSON_CONTENT_TYPE, Response, encode_json, error_body

API_PREFIX = "/v2"
CONTROL_PREFIX = "/_emulator"


def url_host(host: str) -> str:
    """The host to put in URLs: a wildcard bind address is reached through loopback."""
    if host in ("", "0.0.0.0"):
        return "127.0.0.1"
    if host == "::":
        return "[::1]"
    return f"[{host}]" if ":" in host else host


class ApiServer(Listener):
    """One listening socket serving the API under /v2 and the fault-control API under /_emulator."""

    def __init__(
        self,
        address: tuple[str, int],
        *,
        state: State,
        faults: Faults,
        rate_limiter: RateLimiter,
        api_routes: Iterable[RouteTable],
        control_routes: Iterable[RouteTable],
        log_requests: bool = False,
    ) -> None:
        super().__init__(address, RequestHandler)
        port = self.server_address[1]
        self.context = Context(
            state=state,
            faults=faults,
            rate_limiter=rate_limiter,
            origin=f"http://{url_host(address[0])}:{port}",
        )
        self.api_router = Router(api_routes)
        self.control_router = Router(control_routes)
        self.log_requests = log_requests

    # -- the pipeline --------------------------------------------------------------------------

    def dispatch(
        self, method: str, raw_path: str, raw_query: str, headers: Message, body: bytes
    ) -> Response | None:
        """The response to send, or None to drop the connection without answering."""
        request = Request(
            method=method,
            path=raw_path,
            url=self.context.origin + raw_path + (f"?{raw_query}" if raw_query else ""),
            query=parse_qs(raw_query, keep_blank_values=True),
            headers=headers,
            body=body,
        )
        if raw_path == CONTROL_PREFIX or raw_path.startswith(CONTROL_PREFIX + "/"):
            control = self._control_response(request)
            control.headers["X-Request-Id"] = uuid.uuid4().hex
            return control

        faults = self.context.faults
        planned = faults.take_planned_failure(method, planned_path(raw_path))
        response: Response | None
        if planned is not None and not planned.after_handling:
            response, rate = planned_response(planned), self.context.rate_limiter.peek()
        else:
            if faults.roll_drop():
                return None
            latency = faults.latency_ms
            if latency > 0:
                time.sleep(latency / 1000.0)
            response, rate = self._api_response(request)
            if planned is not None:
                response = planned_response(planned)
        if response is None:
            return None
        response.headers.update(rate.headers())
        response.headers["X-Request-Id"] = uuid.uuid4().hex
        return response

    def _api_response(self, request: Request) -> tuple[Response, RateStatus]:
        ctx = self.context
        rate = ctx.rate_limiter.peek()
        try:
            path = api_relative_path(request.path)
            request.path = path
            if ctx.faults.maintenance:
                raise ApiError(0)
            request.username = self._authenticate(request.headers)
            match: Match | None = None
            not_routable: ApiError | None = None
            try:
                match = self.api_router.resolve(request.method, path)
            except ApiError as error:
                not_routable = error
            if match is None or match.route.counts_against_rate_limit:
                rate = ctx.rate_limiter.consume()
                if not rate.allowed:
                    raise ApiError(1000)
            if ctx.faults.roll_error():
                raise ApiError(90004)
            if not_routable is not None:
                raise not_routable
            assert match is not None
            if match.route.advance_access_required and not request.advance_access:
                raise ApiError(90002, ADVANCE_ACCESS_MESSAGE)
            request.params = match.params
            with ctx.state.lock:
                return match.route.handler(request, ctx), rate
        except ApiError as error:
            return error_response(error), rate
        except Exception:
            traceback.print_exc(file=sys.stderr)
            return error_response(ApiError(90004)), rate

    def _authenticate(self, headers: Message) -> str:
        token = headers.get("X-SBG-Auth-Token")
        if token is None:
            scheme, _, credentials = headers.get("Authorization", "").partition(" ")
            token = credentials.strip() if scheme.lower() == "bearer" else None
        user = self.context.state.user_for_token(token.strip()) if token else None
        if user is None:
            raise ApiError(90001)
        return user.username

    def _control_response(self, request: Request) -> Response:
        try:
            match = self.control_router.resolve(request.method, request.path.rstrip("/") or "/")
            request.params = match.params
            return match.route.handler(request, self.context)
        except ApiError as error:
            return error_response(error)
        except Exception:
            traceback.print_exc(file=sys.stderr)
            return error_response(ApiError(90004))


def api_relative_path(raw_path: str) -> str:
    """`/v2/projects/` -> `/projects`: strip the base and one trailing slash; 404 outside /v2."""
    if raw_path != API_PREFIX and not raw_path.startswith(API_PREFIX + "/"):
        raise ApiError(90003)
    path = raw_path[len(API_PREFIX) :] or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path[:-1]
    return path


def planned_path(raw_path: str) -> str:
    """The path a planned failure is matched against: below /v2, without a trailing slash."""
    try:
        return api_relative_path(raw_path)
    except ApiError:
        return raw_path


def planned_response(planned: PlannedFailure) -> Response | None:
    """The answer of a request chosen to fail: None (hang up) or the JSON error of its status."""
    if planned.drop:
        return None
    code = {429: 1000}.get(planned.status) or GENERIC_CODE_BY_STATUS.get(planned.status, 90004)
    message = f"Planned failure: {planned.method} {planned.path} request #{planned.nth}."
    return error_response(ApiError(code, message, status=planned.status))


def error_response(error: ApiError) -> Response:
    return Response(status=error.status, body=error_body(error.status, error.code, error.message))


class RequestHandler(BaseHTTPRequestHandler):
    """HTTP/1.1 with keep-alive; every answer has a JSON body (or none for 204) and a Content-Length."""

    protocol_version = "HTTP/1.1"
    server_version = "sbg-emulator"
    timeout = 120  # idle keep-alive connections are closed after this many seconds

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes; without this, Nagle's algorithm and the
        # client's delayed ACK add ~40 ms to every keep-alive response.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def version_string(self) -> str:
        return self.server_version

    @property
    def api_server(self) -> ApiServer:
        return cast(ApiServer, self.server)

    def do_GET(self) -> None:
        self._handle()

    def do_HEAD(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def do_PATCH(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()

    def do_OPTIONS(self) -> None:
        self._handle()

    def __getattr__(self, name: str) -> Any:
        # Any other method (TRACE, QUERY, ...) goes through the router too, which answers 405
        # with the API's error body, where http.server would send its own HTML 501.
        if name.startswith("do_") and name[3:].isalpha() and name[3:].isupper():
            return self._handle
        raise AttributeError(name)

    def _handle(self) -> None:
        try:
            body = self._read_body()
        except ValueError as error:
            self.send_error(HTTPStatus.BAD_REQUEST, str(error))
            return
        parts = urlsplit(self.path)
        response = self.api_server.dispatch(
            self.command, parts.path or "/", parts.query, self.headers, body
        )
        if response is None:
            self.close_connection = True  # an injected fault: hang up without a word
            return
        self._write(response)

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        length_header = self.headers.get("Content-Length")
        if length_header is None:
            return b""
        try:
            length = int(length_header)
        except ValueError:
            raise ValueError(f"Invalid Content-Length: {length_header!r}") from None
        if length < 0:
            raise ValueError(f"Invalid Content-Length: {length_header!r}")
        return self.rfile.read(length)

    def _read_chunked(self) -> bytes:
        chunks: list[bytes] = []
        while True:
            size_line = self.rfile.readline(65537)
            try:
                size = int(size_line.split(b";")[0].strip(), 16)
            except ValueError:
                raise ValueError("Malformed chunked body") from None
            if size == 0:
                while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return b"".join(chunks)
            chunks.append(self.rfile.read(size))
            self.rfile.readline(65537)

    def _write(self, response: Response) -> None:
        body = response.encoded_body()
        self.send_response(response.status)
        if response.has_body:
            self.send_header("Content-Type", JSON_CONTENT_TYPE)
        for name, value in response.headers.items():
            self.send_header(name, value)
        if response.status not in (204, 304):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD" and body:
            self.wfile.write(body)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Errors raised by the HTTP layer itself (bad request line, bad headers) are JSON too."""
        status = int(code)
        text = message or HTTPStatus(status).phrase
        body = encode_json(error_body(status, GENERIC_CODE_BY_STATUS.get(status, 90000), text))
        self.close_connection = True
        if self.request_version == "HTTP/0.9":
            # An unparsable request line leaves the 0.9 default, which would suppress the headers.
            self.request_version = self.protocol_version
        self.send_response(status, text)
        self.send_header("Content-Type", JSON_CONTENT_TYPE)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        if self.api_server.log_requests:
            super().log_message(format, *args)
