"""Fault injection settings, readable and changeable while the server runs."""

from __future__ import annotations

import fnmatch
import random
import threading
import time
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

DEFAULT_RATE_LIMIT = 1000
DEFAULT_RATE_WINDOW = 300.0  # the real API allows 1000 requests per five minutes
DEFAULT_URL_TTL = 3600.0  # how long a signed storage URL stays valid, in seconds


FAILURE_KEYS = ("method", "path", "nth", "status", "drop", "after_handling")


@dataclass
class PlannedFailure:
    """One API request chosen to fail: the `nth` request (1 = the next) whose method is `method`
    (`*`: any) and whose path below /v2 matches `path` (an fnmatch pattern: `/bulk/files/delete`,
    `/tasks/*`), counted from when the failure was planned. It answers `status` with the API's
    JSON error body, or, with `drop`, loses its connection without an answer. With
    `after_handling` the request is carried out first and only its answer is lost or replaced
    (the client cannot know the outcome); otherwise it never reaches its handler. It fires once.
    """

    method: str = "*"
    path: str = "*"
    nth: int = 1
    status: int = 500
    drop: bool = False
    after_handling: bool = False
    seen: int = 0  # matching requests so far

    def __post_init__(self) -> None:
        if not isinstance(self.method, str) or not self.method:
            raise ValueError(f"method must be an HTTP method or '*', got {self.method!r}")
        self.method = self.method.upper()
        if not isinstance(self.path, str) or not self.path.startswith(("/", "*")):
            raise ValueError(
                f"path must be an API path pattern such as '/tasks/*', got {self.path!r}"
            )
        if isinstance(self.nth, bool) or not isinstance(self.nth, int) or self.nth < 1:
            raise ValueError(f"nth must be an integer of at least 1, got {self.nth!r}")
        if isinstance(self.status, bool) or not isinstance(self.status, int):
            raise ValueError(f"status must be an HTTP error status (400-599), got {self.status!r}")
        if not 400 <= self.status <= 599:
            raise ValueError(f"status must be an HTTP error status (400-599), got {self.status!r}")
        for name in ("drop", "after_handling"):
            if not isinstance(getattr(self, name), bool):
                raise ValueError(f"{name} must be true or false, got {getattr(self, name)!r}")

    def matches(self, method: str, path: str) -> bool:
        return self.method in ("*", method.upper()) and fnmatch.fnmatchcase(path, self.path)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class Faults:
    """Rate limit, maintenance, random errors, dropped connections and latency.

    Every attribute may be read or assigned from any thread. Maintenance is on indefinitely
    (`maintenance = True`), for a while (`set_maintenance(seconds)`), or off.

    The `storage_*` settings and `url_ttl` apply to the storage server (signed part and download
    URLs): 500s and connections dropped mid-body on part PUTs and blob GETs, a delay before each
    answer, a per-request bandwidth cap in bytes per second (0: none), and the lifetime of the
    URLs the API signs. Storage rolls use their own seeded generator, so API traffic does not
    change which storage requests fail.
    """

    def __init__(
        self,
        *,
        rate_limit: int = DEFAULT_RATE_LIMIT,
        rate_window: float = DEFAULT_RATE_WINDOW,
        maintenance: bool = False,
        maintenance_seconds: float | None = None,
        error_rate: float = 0.0,
        latency_ms: float = 0.0,
        drop_rate: float = 0.0,
        storage_error_rate: float = 0.0,
        storage_drop_rate: float = 0.0,
        storage_latency_ms: float = 0.0,
        storage_bytes_per_second: float = 0.0,
        url_ttl: float = DEFAULT_URL_TTL,
        seed: int | None = None,
    ) -> None:
        self._lock = threading.RLock()
        self._random = random.Random(seed)
        self._storage_random = random.Random(seed)
        self._rate_limit = DEFAULT_RATE_LIMIT
        self._rate_window = DEFAULT_RATE_WINDOW
        self._error_rate = 0.0
        self._latency_ms = 0.0
        self._drop_rate = 0.0
        self._storage_error_rate = 0.0
        self._storage_drop_rate = 0.0
        self._storage_latency_ms = 0.0
        self._storage_bytes_per_second = 0.0
        self._url_ttl = DEFAULT_URL_TTL
        self._planned: list[PlannedFailure] = []
        # None: off; math.inf: on until switched off; otherwise the time.monotonic() it ends.
        self._maintenance_until: float | None = None
        self.rate_limit = rate_limit
        self.rate_window = rate_window
        self.error_rate = error_rate
        self.latency_ms = latency_ms
        self.drop_rate = drop_rate
        self.storage_error_rate = storage_error_rate
        self.storage_drop_rate = storage_drop_rate
        self.storage_latency_ms = storage_latency_ms
        self.storage_bytes_per_second = storage_bytes_per_second
        self.url_ttl = url_ttl
        if maintenance_seconds is not None:
            self.set_maintenance(maintenance_seconds)
        elif maintenance:
            self.maintenance = True

    # -- rate limit ----------------------------------------------------------------------------

    @property
    def rate_limit(self) -> int:
        with self._lock:
            return self._rate_limit

    @rate_limit.setter
    def rate_limit(self, value: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"rate_limit must be a non-negative integer, got {value!r}")
        with self._lock:
            self._rate_limit = value

    @property
    def rate_window(self) -> float:
        with self._lock:
            return self._rate_window

    @rate_window.setter
    def rate_window(self, value: float) -> None:
        seconds = _number("rate_window", value)
        if seconds <= 0:
            raise ValueError(f"rate_window must be positive, got {value!r}")
        with self._lock:
            self._rate_window = seconds

    # -- maintenance ---------------------------------------------------------------------------

    @property
    def maintenance(self) -> bool:
        with self._lock:
            until = self._maintenance_until
            if until is None:
                return False
            if time.monotonic() >= until:
                self._maintenance_until = None
                return False
            return True

    @maintenance.setter
    def maintenance(self, on: bool) -> None:
        if not isinstance(on, bool):
            raise ValueError(f"maintenance must be true or false, got {on!r}")
        with self._lock:
            self._maintenance_until = float("inf") if on else None

    def set_maintenance(self, seconds: float | None) -> None:
        """Switch maintenance on: for `seconds` from now, or until switched off when None."""
        if seconds is None:
            self.maintenance = True
            return
        duration = _number("maintenance_seconds", seconds)
        if duration < 0:
            raise ValueError(f"maintenance_seconds must not be negative, got {seconds!r}")
        with self._lock:
            self._maintenance_until = time.monotonic() + duration if duration > 0 else None

    def maintenance_remaining(self) -> float | None:
        """Seconds of maintenance left; None when off or on until switched off."""
        with self._lock:
            if not self.maintenance or self._maintenance_until == float("inf"):
                return None
            assert self._maintenance_until is not None
            return max(0.0, self._maintenance_until - time.monotonic())

    # -- randomness and latency ----------------------------------------------------------------

    @property
    def error_rate(self) -> float:
        with self._lock:
            return self._error_rate

    @error_rate.setter
    def error_rate(self, value: float) -> None:
        p = _probability("error_rate", value)
        with self._lock:
            self._error_rate = p

    @property
    def drop_rate(self) -> float:
        with self._lock:
            return self._drop_rate

    @drop_rate.setter
    def drop_rate(self, value: float) -> None:
        p = _probability("drop_rate", value)
        with self._lock:
            self._drop_rate = p

    @property
    def latency_ms(self) -> float:
        with self._lock:
            return self._latency_ms

    @latency_ms.setter
    def latency_ms(self, value: float) -> None:
        millis = _number("latency_ms", value)
        if millis < 0:
            raise ValueError(f"latency_ms must not be negative, got {value!r}")
        with self._lock:
            self._latency_ms = millis

    # -- storage -------------------------------------------------------------------------------

    @property
    def storage_error_rate(self) -> float:
        with self._lock:
            return self._storage_error_rate

    @storage_error_rate.setter
    def storage_error_rate(self, value: float) -> None:
        p = _probability("storage_error_rate", value)
        with self._lock:
            self._storage_error_rate = p

    @property
    def storage_drop_rate(self) -> float:
        with self._lock:
            return self._storage_drop_rate

    @storage_drop_rate.setter
    def storage_drop_rate(self, value: float) -> None:
        p = _probability("storage_drop_rate", value)
        with self._lock:
            self._storage_drop_rate = p

    @property
    def storage_latency_ms(self) -> float:
        with self._lock:
            return self._storage_latency_ms

    @storage_latency_ms.setter
    def storage_latency_ms(self, value: float) -> None:
        millis = _number("storage_latency_ms", value)
        if millis < 0:
            raise ValueError(f"storage_latency_ms must not be negative, got {value!r}")
        with self._lock:
            self._storage_latency_ms = millis

    @property
    def storage_bytes_per_second(self) -> float:
        """The bandwidth of each storage request in bytes per second; 0 means no cap."""
        with self._lock:
            return self._storage_bytes_per_second

    @storage_bytes_per_second.setter
    def storage_bytes_per_second(self, value: float) -> None:
        rate = _number("storage_bytes_per_second", value)
        if rate < 0:
            raise ValueError(f"storage_bytes_per_second must not be negative, got {value!r}")
        with self._lock:
            self._storage_bytes_per_second = rate

    @property
    def url_ttl(self) -> float:
        """Seconds a signed storage URL stays valid after the API hands it out."""
        with self._lock:
            return self._url_ttl

    @url_ttl.setter
    def url_ttl(self, value: float) -> None:
        seconds = _number("url_ttl", value)
        if seconds <= 0:
            raise ValueError(f"url_ttl must be positive, got {value!r}")
        with self._lock:
            self._url_ttl = seconds

    def roll_storage_error(self) -> bool:
        """Whether this storage request should fail with a 500."""
        with self._lock:
            rate = self._storage_error_rate
            return rate > 0 and self._storage_random.random() < rate

    def roll_storage_drop(self) -> bool:
        """Whether this storage request's connection should be cut in the middle of the body."""
        with self._lock:
            rate = self._storage_drop_rate
            return rate > 0 and self._storage_random.random() < rate

    def reseed(self, seed: int | None) -> None:
        """Make the error and drop rolls repeatable from here on (None: unpredictable again)."""
        if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
            raise ValueError(f"seed must be an integer, got {seed!r}")
        with self._lock:
            self._random.seed(seed)
            self._storage_random.seed(seed)

    def roll_error(self) -> bool:
        """Whether this request should fail with a 500."""
        with self._lock:
            return self._error_rate > 0 and self._random.random() < self._error_rate

    def roll_drop(self) -> bool:
        """Whether this request's connection should be closed without an answer."""
        with self._lock:
            return self._drop_rate > 0 and self._random.random() < self._drop_rate

    # -- planned failures of chosen requests -----------------------------------------------------

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
        """Make exactly one chosen request fail (see `PlannedFailure`), e.g. the second chunk of
        a bulk call: `fail_request("POST", "/bulk/files/delete", nth=2)`. ValueError for a bad
        argument; several planned failures count their requests independently."""
        planned = PlannedFailure(method, path, nth, status, drop, after_handling)
        with self._lock:
            self._planned.append(planned)
        return planned

    def planned_failures(self) -> list[dict[str, Any]]:
        """The planned failures that have not fired yet, with how many requests each has seen."""
        with self._lock:
            return [planned.as_dict() for planned in self._planned]

    def clear_planned_failures(self) -> None:
        with self._lock:
            self._planned.clear()

    def take_planned_failure(self, method: str, path: str) -> PlannedFailure | None:
        """Count this API request against every planned failure it matches; the one (if any)
        whose turn it is, which is then used up."""
        with self._lock:
            due: PlannedFailure | None = None
            for planned in self._planned:
                if planned.matches(method, path):
                    planned.seen += 1
                    if due is None and planned.seen >= planned.nth:
                        due = planned
            if due is not None:
                self._planned.remove(due)
            return due

    # -- bulk access ---------------------------------------------------------------------------

    def clear(self) -> None:
        """Back to a healthy server with the default rate limit and no planned failures."""
        with self._lock:
            self._planned.clear()
            self._rate_limit = DEFAULT_RATE_LIMIT
            self._rate_window = DEFAULT_RATE_WINDOW
            self._maintenance_until = None
            self._error_rate = 0.0
            self._latency_ms = 0.0
            self._drop_rate = 0.0
            self._storage_error_rate = 0.0
            self._storage_drop_rate = 0.0
            self._storage_latency_ms = 0.0
            self._storage_bytes_per_second = 0.0
            self._url_ttl = DEFAULT_URL_TTL

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return {
                "rate_limit": self._rate_limit,
                "rate_window": self._rate_window,
                "maintenance": self.maintenance,
                "maintenance_seconds": self.maintenance_remaining(),
                "error_rate": self._error_rate,
                "latency_ms": self._latency_ms,
                "drop_rate": self._drop_rate,
                "storage_error_rate": self._storage_error_rate,
                "storage_drop_rate": self._storage_drop_rate,
                "storage_latency_ms": self._storage_latency_ms,
                "storage_bytes_per_second": self._storage_bytes_per_second,
                "url_ttl": self._url_ttl,
            }

    def update(self, changes: Mapping[str, Any]) -> None:
        """Apply the keys of a control request; all are validated before any is applied."""
        unknown = sorted(set(changes) - set(_SETTERS))
        if unknown:
            raise ValueError(f"unknown fault setting(s): {', '.join(unknown)}")
        with self._lock:
            saved = self.snapshot()
            saved_until = self._maintenance_until
            try:
                for key in _SETTERS:
                    if key in changes:
                        _SETTERS[key](self, changes[key])
            except ValueError:
                self._restore(saved, saved_until)
                raise

    def _restore(self, saved: Mapping[str, Any], maintenance_until: float | None) -> None:
        self._rate_limit = saved["rate_limit"]
        self._rate_window = saved["rate_window"]
        self._error_rate = saved["error_rate"]
        self._latency_ms = saved["latency_ms"]
        self._drop_rate = saved["drop_rate"]
        self._storage_error_rate = saved["storage_error_rate"]
        self._storage_drop_rate = saved["storage_drop_rate"]
        self._storage_latency_ms = saved["storage_latency_ms"]
        self._storage_bytes_per_second = saved["storage_bytes_per_second"]
        self._url_ttl = saved["url_ttl"]
        self._maintenance_until = maintenance_until

    def __repr__(self) -> str:
        settings = ", ".join(f"{k}={v!r}" for k, v in self.snapshot().items())
        return f"Faults({settings})"


def _set_rate_limit(faults: Faults, value: Any) -> None:
    faults.rate_limit = value


def _set_rate_window(faults: Faults, value: Any) -> None:
    faults.rate_window = value


def _set_maintenance(faults: Faults, value: Any) -> None:
    faults.maintenance = value


def _set_maintenance_seconds(faults: Faults, value: Any) -> None:
    # null leaves maintenance alone, so a snapshot posted back unchanged changes nothing.
    if value is not None:
        faults.set_maintenance(value)


def _set_error_rate(faults: Faults, value: Any) -> None:
    faults.error_rate = value


def _set_latency_ms(faults: Faults, value: Any) -> None:
    faults.latency_ms = value


def _set_drop_rate(faults: Faults, value: Any) -> None:
    faults.drop_rate = value


def _set_storage_error_rate(faults: Faults, value: Any) -> None:
    faults.storage_error_rate = value


def _set_storage_drop_rate(faults: Faults, value: Any) -> None:
    faults.storage_drop_rate = value


def _set_storage_latency_ms(faults: Faults, value: Any) -> None:
    faults.storage_latency_ms = value


def _set_storage_bytes_per_second(faults: Faults, value: Any) -> None:
    faults.storage_bytes_per_second = value


def _set_url_ttl(faults: Faults, value: Any) -> None:
    faults.url_ttl = value


def _set_seed(faults: Faults, value: Any) -> None:
    faults.reseed(value)


# Order matters: `maintenance` then `maintenance_seconds`, so a body holding both sets a duration.
_SETTERS = {
    "rate_limit": _set_rate_limit,
    "rate_window": _set_rate_window,
    "maintenance": _set_maintenance,
    "maintenance_seconds": _set_maintenance_seconds,
    "error_rate": _set_error_rate,
    "latency_ms": _set_latency_ms,
    "drop_rate": _set_drop_rate,
    "storage_error_rate": _set_storage_error_rate,
    "storage_drop_rate": _set_storage_drop_rate,
    "storage_latency_ms": _set_storage_latency_ms,
    "storage_bytes_per_second": _set_storage_bytes_per_second,
    "url_ttl": _set_url_ttl,
    "seed": _set_seed,
}


def _number(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a number, got {value!r}")
    return float(value)


def _probability(name: str, value: Any) -> float:
    p = _number(name, value)
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"{name} must be between 0 and 1, got {value!r}")
    return p
