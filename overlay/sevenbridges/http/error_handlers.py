"""Error handlers: callables ``handler(api, response) -> response`` run after every response.

A handler may sleep and re-send the request (``api.session.send(response.request)``) and return the
new response; the last handler's response is the one the caller sees (and, if its status is still
>= 400, the one turned into an exception).

The classic handlers keep sevenbridges-python's behaviour (they wait as long as it takes).
:class:`RetryPolicy` is the bounded one: capped exponential backoff with jitter, honouring
``Retry-After`` and ``X-RateLimit-Reset``, and a limit on attempts.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable, Collection
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, TypeVar

import httpx

if TYPE_CHECKING:
    from .client import HttpClient

log = logging.getLogger("sevenbridges")

ErrorHandler = Callable[["HttpClient", httpx.Response], httpx.Response]

MAINTENANCE_CODE = 0
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


def _body_code(response: httpx.Response) -> int | None:
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    code = body.get("code") if isinstance(body, dict) else None
    return code if isinstance(code, int) else None


def _is_maintenance(response: httpx.Response) -> bool:
    return response.status_code == 503 and _body_code(response) == MAINTENANCE_CODE


def _seconds_until_reset(response: httpx.Response) -> float | None:
    """Seconds to wait according to ``Retry-After`` or ``X-RateLimit-Reset``, if either is set."""
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


def _resend(api: HttpClient, response: httpx.Response) -> httpx.Response:
    return api.session.send(response.request)


def rate_limit_sleeper(api: HttpClient, response: httpx.Response) -> httpx.Response:
    """While the status is 429, sleep until ``X-RateLimit-Reset`` and re-send."""
    while response.status_code == 429:
        wait = _seconds_until_reset(response) or 0.0
        log.warning("Rate limit reached; sleeping %.1fs until it resets", wait)
        time.sleep(wait)
        response = _resend(api, response)
    return response


def maintenance_sleeper(
    api: HttpClient, response: httpx.Response, sleep: float = 300
) -> httpx.Response:
    """While the API answers 503 with code 0 (maintenance), sleep ``sleep`` seconds and re-send."""
    while _is_maintenance(response):
        log.warning("The API is under maintenance; sleeping %.1fs", sleep)
        time.sleep(sleep)
        response = _resend(api, response)
    return response


def general_error_sleeper(
    api: HttpClient, response: httpx.Response, sleep: float = 300
) -> httpx.Response:
    """While the status is 500 or more, sleep ``sleep`` seconds and re-send."""
    while response.status_code >= 500:
        log.warning("Server error %d; sleeping %.1fs", response.status_code, sleep)
        time.sleep(sleep)
        response = _resend(api, response)
    return response


class RetryPolicy:
    """A bounded retry handler: ``Api(error_handlers=[RetryPolicy()])``.

    Retries 429 (waiting for ``Retry-After``/``X-RateLimit-Reset`` when given), maintenance (503 with
    code 0) and, for idempotent methods only unless ``retry_non_idempotent`` is set, 5xx answers in
    ``statuses``. The wait before retry ``n`` is ``min(base_delay * 2**n, max_delay)`` with jitter,
    or the server's reset time when it says one (but never more than ``max_wait``). After
    ``max_attempts`` tries in all, the last response is returned and becomes the raised error.
    """

    def __init__(
        self,
        max_attempts: int = 6,
        base_delay: float = 0.5,
        max_delay: float = 8.0,
        max_wait: float = 300.0,
        statuses: Collection[int] = (429, 500, 502, 503, 504),
        retry_non_idempotent: bool = False,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if max_attempts < 1:
            raise ValueError(f"max_attempts must be at least 1, got {max_attempts!r}")
        if base_delay < 0 or max_delay < 0 or max_wait < 0:
            raise ValueError("delays must not be negative")
        self.max_attempts = max_attempts
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.max_wait = max_wait
        self.statuses = frozenset(statuses)
        self.retry_non_idempotent = retry_non_idempotent
        self._sleep = sleep

    def should_retry(self, response: httpx.Response) -> bool:
        status = response.status_code
        if status not in self.statuses:
            return False
        # A 429 or a maintenance answer means the server did not act on the request.
        if status == 429 or _is_maintenance(response):
            return True
        return self.retry_non_idempotent or response.request.method in IDEMPOTENT_METHODS

    def delay(self, attempt: int, response: httpx.Response) -> float:
        """Seconds to wait before retry number ``attempt`` (1-based)."""
        told = _seconds_until_reset(response)
        if told is not None and response.status_code in (429, 503):
            return min(told + random.uniform(0, 0.25), self.max_wait)
        backoff = min(self.base_delay * 2 ** (attempt - 1), self.max_delay)
        return random.uniform(backoff / 2, backoff)

    def __call__(self, api: HttpClient, response: httpx.Response) -> httpx.Response:
        attempt = 1
        while attempt < self.max_attempts and self.should_retry(response):
            wait = self.delay(attempt, response)
            log.warning(
                "%s %s answered %d; retry %d/%d in %.2fs",
                response.request.method,
                response.request.url,
                response.status_code,
                attempt,
                self.max_attempts - 1,
                wait,
            )
            self._sleep(wait)
            response = _resend(api, response)
            attempt += 1
        return response

    def __repr__(self) -> str:
        return (
            f"RetryPolicy(max_attempts={self.max_attempts}, base_delay={self.base_delay}, "
            f"max_delay={self.max_delay})"
        )


H = TypeVar("H", bound=Callable[..., httpx.Response])


def repeatable_handler(handler: H) -> H:
    """Mark ``handler`` as repeatable (``handler.is_repeatable = True``): it hands back the
    response it was given when it has nothing to handle, so it may safely run again on the
    response of a re-sent request. The bundled sleepers are repeatable.

    Args:
        handler: an error handler ``handler(api, response) -> response``.

    Returns:
        The same handler, marked.
    """
    handler.is_repeatable = True  # type: ignore[attr-defined]
    return handler


for _bundled in (rate_limit_sleeper, maintenance_sleeper, general_error_sleeper):
    repeatable_handler(_bundled)


__all__ = [
    "ErrorHandler",
    "RetryPolicy",
    "general_error_sleeper",
    "maintenance_sleeper",
    "rate_limit_sleeper",
    "repeatable_handler",
]
