"""When a request may be tried again, and how long to wait first: the one rule for every retry.

The dispatch point (dropped connections), the error handlers (``RetryPolicy`` and the sleepers) and
transfers (storage answers and the API calls a transfer makes) all use :data:`RETRYABLE_STATUSES`,
:data:`IDEMPOTENT_METHODS` and :func:`backoff`; each caller only picks the base and cap of the wait.
"""

from __future__ import annotations

import random
import time
from email.utils import parsedate_to_datetime

import httpx

# Answers that say "not now" rather than "no": the same request may succeed later.
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Methods whose repetition does no harm, so they may be re-sent after the server may have acted.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
DEFAULT_BASE_DELAY = 0.5
DEFAULT_MAX_DELAY = 8.0


def backoff(
    attempt: int, base: float = DEFAULT_BASE_DELAY, cap: float = DEFAULT_MAX_DELAY
) -> float:
    """Seconds to wait before retry number ``attempt`` (1-based).

    Args:
        attempt: Which retry this is; the first retry is 1.
        base: The wait before the first retry, before jitter.
        cap: The longest wait, before jitter.

    Returns:
        ``min(base * 2 ** (attempt - 1), cap)`` scaled by a random factor between 0.5 and 1, so
        that many clients failing together do not retry in step.
    """
    delay: float = min(base * 2 ** max(attempt - 1, 0), cap)
    return delay * random.uniform(0.5, 1.0)


def server_wait(response: httpx.Response) -> float | None:
    """Seconds the server asked to wait (``Retry-After`` or ``X-RateLimit-Reset``), if it did.

    Args:
        response: The answer to read the headers of.

    Returns:
        The seconds from now (never negative), or None when neither header is usable.
    """
    retry_after = response.headers.get("Retry-After")
    if retry_after:
        try:
            return max(0.0, float(retry_after))
        except ValueError:
            try:
                return max(0.0, parsedate_to_datetime(retry_after).timestamp() - time.time())
            except (TypeError, ValueError):
                pass
    reset = response.headers.get("X-RateLimit-Reset")
    if reset:
        try:
            return max(0.0, float(reset) - time.time())
        except ValueError:
            return None
    return None


__all__ = [
    "DEFAULT_BASE_DELAY",
    "DEFAULT_MAX_DELAY",
    "IDEMPOTENT_METHODS",
    "RETRYABLE_STATUSES",
    "backoff",
    "server_wait",
]
