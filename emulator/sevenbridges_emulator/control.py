"""`FaultControl`: a small stdlib client for the /_emulator control API of a running emulator."""

from __future__ import annotations

import contextlib
import json
import urllib.error
import urllib.request
from typing import Any, TypedDict, cast

from .faults import DEFAULT_URL_TTL


class FaultSettings(TypedDict):
    rate_limit: int
    rate_window: float
    maintenance: bool
    maintenance_seconds: float | None
    error_rate: float
    latency_ms: float
    drop_rate: float
    storage_error_rate: float
    storage_drop_rate: float
    storage_latency_ms: float
    storage_bytes_per_second: float
    url_ttl: float


class FaultControlError(RuntimeError):
    """The control API refused a change (the message says why) or could not be reached."""


class FaultControl:
    """Change the faults of an emulator started elsewhere (e.g. `sbg-emulator` as a subprocess).

    `base_url` may be the API URL the emulator printed (`http://127.0.0.1:PORT/v2`) or its origin.
    """

    def __init__(self, base_url: str, timeout: float = 10.0) -> None:
        origin = base_url.rstrip("/")
        if origin.endswith("/v2"):
            origin = origin[: -len("/v2")]
        self.control_url = f"{origin}/_emulator"
        self.timeout = timeout

    def get(self) -> FaultSettings:
        """The current settings."""
        return cast(FaultSettings, self._call("GET", "/faults", None))

    def set(
        self,
        *,
        rate_limit: int | None = None,
        rate_window: float | None = None,
        maintenance: bool | None = None,
        maintenance_seconds: float | None = None,
        error_rate: float | None = None,
        latency_ms: float | None = None,
        drop_rate: float | None = None,
        storage_error_rate: float | None = None,
        storage_drop_rate: float | None = None,
        storage_latency_ms: float | None = None,
        storage_bytes_per_second: float | None = None,
        url_ttl: float | None = None,
        seed: int | None = None,
    ) -> FaultSettings:
        """Change the given settings (others keep their value); returns the new settings.

        `seed` makes the error and drop rolls repeatable from now on. The `storage_*` settings
        and `url_ttl` act on the storage server (see `Faults`).
        """
        changes: dict[str, Any] = {
            "rate_limit": rate_limit,
            "rate_window": rate_window,
            "maintenance": maintenance,
            "maintenance_seconds": maintenance_seconds,
            "error_rate": error_rate,
            "latency_ms": latency_ms,
            "drop_rate": drop_rate,
            "storage_error_rate": storage_error_rate,
            "storage_drop_rate": storage_drop_rate,
            "storage_latency_ms": storage_latency_ms,
            "storage_bytes_per_second": storage_bytes_per_second,
            "url_ttl": url_ttl,
            "seed": seed,
        }
        body = {key: value for key, value in changes.items() if value is not None}
        return cast(FaultSettings, self._call("POST", "/faults", body))

    def maintenance(self, seconds: float | None = None) -> FaultSettings:
        """Maintenance on: for `seconds`, or until `clear()`/`set(maintenance=False)` when None."""
        if seconds is None:
            return self.set(maintenance=True)
        return self.set(maintenance_seconds=seconds)

    def clear(self) -> FaultSettings:
        """No maintenance, errors, drops or latency; default rate limit; a fresh rate window."""
        settings = self.set(
            rate_limit=1000,
            rate_window=300.0,
            maintenance=False,
            error_rate=0.0,
            latency_ms=0.0,
            drop_rate=0.0,
            storage_error_rate=0.0,
            storage_drop_rate=0.0,
            storage_latency_ms=0.0,
            storage_bytes_per_second=0.0,
            url_ttl=DEFAULT_URL_TTL,
        )
        self._call("DELETE", "/request-failures", None)
        self.reset_rate_limit()
        return settings

    def fail_request(
        self,
        method: str = "*",
        path: str = "*",
        *,
        nth: int = 1,
        status: int = 500,
        drop: bool = False,
        after_handling: bool = False,
    ) -> list[dict[str, Any]]:
        """Plan one failure of a chosen request (see `Emulator.fail_request`); returns the
        failures still pending."""
        body = {
            "method": method,
            "path": path,
            "nth": nth,
            "status": status,
            "drop": drop,
            "after_handling": after_handling,
        }
        return cast(list[dict[str, Any]], self._call("POST", "/request-failures", body)["pending"])

    def planned_failures(self) -> list[dict[str, Any]]:
        """The planned failures that have not fired yet."""
        return cast(list[dict[str, Any]], self._call("GET", "/request-failures", None)["pending"])

    def set_pace(
        self, *, reads_per_step: int | None = None, frozen: bool | None = None
    ) -> dict[str, Any]:
        """How many reads move a job one step, and whether jobs are frozen (see `Emulator.set_pace`)."""
        changes = {"reads_per_step": reads_per_step, "frozen": frozen}
        body = {key: value for key, value in changes.items() if value is not None}
        return cast(dict[str, Any], self._call("POST", "/pace", body))

    def reset_rate_limit(self) -> None:
        """Forget the requests counted so far in the current rate-limit window."""
        self._call("POST", "/reset-rate-limit", {})

    def _call(self, method: str, path: str, body: dict[str, Any] | None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(
            self.control_url + path,
            data=data,
            method=method,
            headers={"Content-Type": "application/json", "Accept": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", "replace")
            with contextlib.suppress(ValueError, AttributeError):
                detail = json.loads(detail).get("message", detail)
            raise FaultControlError(f"{method} {path} failed ({error.code}): {detail}") from None
        except urllib.error.URLError as error:
            raise FaultControlError(f"cannot reach {self.control_url}: {error.reason}") from None
