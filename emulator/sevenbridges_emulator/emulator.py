"""`Emulator`: the API server on a background thread, as a context manager for tests and scripts."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from http.server import ThreadingHTTPServer
from types import TracebackType

from .faults import Faults, PlannedFailure
from .handlers import API_ROUTE_TABLES, CONTROL_ROUTE_TABLES
from .rate_limit import RateLimiter
from .routing import RouteTable
from .seed import seed
from .server import ApiServer
from .state import State
from .storage import StorageServer


@dataclass
class _Running:
    server: ThreadingHTTPServer
    thread: threading.Thread


class Emulator:
    """A seeded Seven Bridges API v2 emulator.

    >>> with Emulator() as emu:
    ...     emu.url, emu.token  # ('http://127.0.0.1:PORT/v2', '<32 hex chars>')

    `state` is the live store (take `state.lock` when touching it from outside a request);
    `faults` may be changed at any time. For tests: `fail_request(...)` makes exactly one chosen
    request fail, `set_pace(...)` sets how many reads move a task/import/export/run one step.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str | None = None,
        username: str = "john_doe",
        faults: Faults | None = None,
        *,
        log_requests: bool = False,
        route_tables: Iterable[RouteTable] | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self.token = token or secrets.token_hex(16)
        self.username = username
        self.faults = faults if faults is not None else Faults()
        self.state = State(username)
        self.state.storage.faults = self.faults  # storage faults and URL lifetime
        seed(self.state, self.token)
        self.rate_limiter = RateLimiter(self.faults)
        self.log_requests = log_requests
        self._route_tables = tuple(route_tables) if route_tables is not None else API_ROUTE_TABLES
        self._api_server: ApiServer | None = None
        # Every server this emulator owns: the API and the storage server (storage.py).
        self._running: list[_Running] = []
        self._lock = threading.Lock()

    # -- lifecycle -----------------------------------------------------------------------------

    def start(self) -> Emulator:
        with self._lock:
            if self._running:
                return self
            api = ApiServer(
                (self.host, self.port),
                state=self.state,
                faults=self.faults,
                rate_limiter=self.rate_limiter,
                api_routes=self._route_tables,
                control_routes=CONTROL_ROUTE_TABLES,
                log_requests=self.log_requests,
            )
            self._api_server = api
            self.state.files.base_url = api.context.base_url  # file hrefs name this server
            self._serve(api, "sbg-emulator-api")
            self._serve(self.state.storage.serve(self.host), "sbg-emulator-storage")
            return self

    def _serve(self, server: ThreadingHTTPServer, name: str) -> None:
        thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=name, daemon=True
        )
        thread.start()
        self._running.append(_Running(server, thread))

    def stop(self) -> None:
        """Stop serving, close every connection and the listening sockets, join the threads."""
        with self._lock:
            running, self._running = self._running, []
            for item in running:
                item.server.shutdown()
                if isinstance(item.server, ApiServer | StorageServer):
                    item.server.close_connections()
                item.server.server_close()
                item.thread.join()
            if running:
                self.state.storage.close()  # blobs and parts live in a temp dir until stop

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- test knobs ----------------------------------------------------------------------------

    def fail_request(
        self,
        method: str = "*",
        path: str = "*",
        *,
        nth: int = 1,
        status: int = 500,
        drop: bool = False,
        after_handling: bool = False,
    ) -> PlannedFailure:
        """Make the `nth` API request matching `method` and `path` (below /v2, fnmatch pattern)
        fail once with `status`, or lose its connection (`drop`); with `after_handling` it is
        carried out before its answer is lost. E.g. the second chunk of a bulk delete:
        `emu.fail_request("POST", "/bulk/files/delete", nth=2)`. See `faults.PlannedFailure`."""
        return self.faults.fail_request(
            method, path, nth=nth, status=status, drop=drop, after_handling=after_handling
        )

    def set_pace(
        self, *, reads_per_step: int | None = None, frozen: bool | None = None
    ) -> dict[str, object]:
        """How many reads move a task, import, export, DRS import or automation run one step
        (default 1), and whether none moves (`frozen`); returns the new pace (`stores/pace.py`)."""
        changes: dict[str, object] = {}
        if reads_per_step is not None:
            changes["reads_per_step"] = reads_per_step
        if frozen is not None:
            changes["frozen"] = frozen
        with self.state.lock:
            self.state.pace.update(changes)
            return self.state.pace.snapshot()

    # -- addresses -----------------------------------------------------------------------------

    @property
    def origin(self) -> str:
        """`http://127.0.0.1:PORT`, where both the API (/v2) and the control API (/_emulator) live."""
        if self._api_server is None:
            raise RuntimeError("the emulator has not been started")
        return self._api_server.context.origin

    @property
    def url(self) -> str:
        """The API base URL, `http://127.0.0.1:PORT/v2`."""
        return f"{self.origin}/v2"

    @property
    def control_url(self) -> str:
        return f"{self.origin}/_emulator"

    @property
    def running(self) -> bool:
        return bool(self._running)

    def __repr__(self) -> str:
        where = self.url if self._api_server is not None else "not started"
        return f"Emulator({where}, user={self.username!r})"
