"""The request-rate limiter: a fixed window whose size and length come from `Faults`."""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass

from .faults import Faults


@dataclass(frozen=True)
class RateStatus:
    limit: int
    remaining: int
    reset: int  # epoch seconds at which the current window ends
    allowed: bool = True

    def headers(self) -> dict[str, str]:
        return {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": str(self.reset),
        }


class RateLimiter:
    """Counts requests in a window that starts with the first request after the previous one ended.

    Limit and window length are read from `Faults` on every call, so changes apply at once.
    """

    def __init__(self, faults: Faults) -> None:
        self._faults = faults
        self._lock = threading.Lock()
        self._window_start: float | None = None
        self._used = 0

    def consume(self) -> RateStatus:
        """Count one request, unless the window is used up (then `allowed` is False)."""
        with self._lock:
            now = time.time()
            limit, window = self._faults.rate_limit, self._faults.rate_window
            if self._window_start is None or now >= self._window_start + window:
                self._window_start, self._used = now, 0
            allowed = self._used < limit
            if allowed:
                self._used += 1
            return self._status(limit, window, allowed)

    def peek(self) -> RateStatus:
        """The current status, without counting a request."""
        with self._lock:
            limit, window = self._faults.rate_limit, self._faults.rate_window
            if self._window_start is not None and time.time() >= self._window_start + window:
                self._window_start, self._used = None, 0
            return self._status(limit, window, True)

    def reset(self) -> None:
        """Forget every counted request and start afresh."""
        with self._lock:
            self._window_start, self._used = None, 0

    def _status(self, limit: int, window: float, allowed: bool) -> RateStatus:
        start = self._window_start if self._window_start is not None else time.time()
        return RateStatus(
            limit=limit,
            remaining=max(0, limit - self._used),
            reset=math.ceil(start + window),
            allowed=allowed,
        )
