"""Error handlers: callables ``handler(api, response) -> response`` run after every response.

A handler may sleep and re-send the request (``api.session.send(response.request)``, which retries
a dropped connection and raises :class:`~sevenbridges.errors.NetworkError` when none answers) and
return the new response. The chain runs again while a handler changes the status, so a maintenance
wait that ends in a 429 is waited out too, in whatever order the handlers are listed; the last
response is the one the caller sees (and, if its status is still >= 400, the one raised).

``Api()`` installs :data:`DEFAULT_ERROR_HANDLERS`: it waits for the rate limit to reset and for a
maintenance window to end. ``error_handlers=[]`` turns every wait off. The sleepers keep
sevenbridges-python's names and arguments, but each waits a bounded time per request
(``max_wait``) and then lets the error through. :class:`RetryPolicy` also retries 5xx answers, with
capped exponential backoff and a limit on attempts.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, TypeVar

import httpx

from . import retry

if TYPE_CHECKING:
    from .client import HttpClient

log = logging.getLogger("sevenbridges")

ErrorHandler = Callable[["HttpClient", httpx.Response], httpx.Response]

MAINTENANCE_CODE = 0
# The most a bundled sleeper waits for one request, in seconds, unless told otherwise: three of the
# API's five-minute rate-limit windows, and an hour of maintenance.
RATE_LIMIT_MAX_WAIT = 900.0
MAINTENANCE_MAX_WAIT = 3600.0
SERVER_ERROR_MAX_WAIT = 3600.0
# A little spread after a reset time, so the clients that waited for it do not all send at once.
RESET_JITTER = 0.25


def _pause(seconds: float) -> None:
    time.sleep(seconds)


def _body_code(response: httpx.Response) -> int | None:
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    code = body.get("code") if isinstance(body, dict) else None
    return code if isinstance(code, int) else None


def _is_maintenance(response: httpx.Response) -> bool:
    return response.status_code == 503 and _body_code(response) == MAINTENANCE_CODE


def _resend(api: HttpClient, response: httpx.Response) -> httpx.Response:
    return api.session.send(response.request)


def _wait_and_resend(
    api: HttpClient,
    response: httpx.Response,
    *,
    condition: Callable[[httpx.Response], bool],
    wait: Callable[[httpx.Response, int], float],
    max_wait: float,
    what: str,
) -> httpx.Response:
    """While ``condition(response)``, sleep ``wait(response, attempt)`` and re-send, until
    ``max_wait`` seconds have been slept for this response; then return the last response."""
    waited = 0.0
    attempt = 0
    while condition(response):
        left = max_wait - waited
        if left <= 0:
            log.warning("%s: gave up after waiting %.0fs", what, waited)
            break
        attempt += 1
        seconds = min(wait(response, attempt), left)
        log.warning("%s; sleeping %.1fs before retry %d", what, seconds, attempt)
        _pause(seconds)
        waited += seconds
        response = _resend(api, response)
    return response


def _until_reset(response: httpx.Response, attempt: int) -> float:
    told = retry.server_wait(response)
    floor = retry.backoff(attempt)  # a reset already past (or none given) must not spin
    return max(told + random.uniform(0, RESET_JITTER) if told else 0.0, floor)


def rate_limit_sleeper(
    api: HttpClient, response: httpx.Response, *, max_wait: float = RATE_LIMIT_MAX_WAIT
) -> httpx.Response:
    """While the status is 429, sleep until the rate limit resets and re-send. Installed by default.

    Args:
        api: The client that sent the request.
        response: The response to look at.
        max_wait: The most seconds to sleep for this response in all; then the 429 is returned
            (and raised as ``TooManyRequests``).

    Returns:
        The first response that is not a 429, or the last one once ``max_wait`` is spent.

    Raises:
        NetworkError: A re-send got no answer.
    """
    return _wait_and_resend(
        api,
        response,
        condition=lambda r: r.status_code == 429,
        wait=_until_reset,
        max_wait=max_wait,
        what="Rate limit reached",
    )


def maintenance_sleeper(
    api: HttpClient,
    response: httpx.Response,
    sleep: float = 300,
    *,
    max_wait: float = MAINTENANCE_MAX_WAIT,
) -> httpx.Response:
    """While the API answers 503 with code 0 (maintenance), sleep and re-send. Installed by default.

    Args:
        api: The client that sent the request.
        response: The response to look at.
        sleep: Seconds between tries.
        max_wait: The most seconds to sleep for this response in all; then the 503 is returned
            (and raised as ``ServiceUnavailable``).

    Returns:
        The first response that is not a maintenance answer, or the last one once ``max_wait``
        is spent.

    Raises:
        NetworkError: A re-send got no answer.
    """
    return _wait_and_resend(
        api,
        response,
        condition=_is_maintenance,
        wait=lambda _response, _attempt: sleep,
        max_wait=max_wait,
        what="The API is under maintenance",
    )


def general_error_sleeper(
    api: HttpClient,
    response: httpx.Response,
    sleep: float = 300,
    *,
    max_wait: float = SERVER_ERROR_MAX_WAIT,
) -> httpx.Response:
    """While the status is 500 or more, sleep and re-send (whatever the method: install it only
    if re-sending a request the server may have acted on is safe for your script).

    Args:
        api: The client that sent the request.
        response: The response to look at.
        sleep: Seconds between tries.
        max_wait: The most seconds to sleep for this response in all.

    Returns:
        The first response below 500, or the last one once ``max_wait`` is spent.

    Raises:
        NetworkError: A re-send got no answer.
    """
    return _wait_and_resend(
        api,
        response,
        condition=lambda r: r.status_code >= 500,
        wait=lambda _response, _attempt: sleep,
        max_wait=max_wait,
        what="Server error",
    )


DEFAULT_ERROR_HANDLERS: tuple[ErrorHandler, ...] = (rate_limit_sleeper, maintenance_sleeper)


class RetryPolicy:
    """A bounded retry handler: ``Api(error_handlers=[RetryPolicy()])``.

    Retries the answers in ``statuses`` (by default :data:`~sevenbridges.http.retry.RETRYABLE_STATUSES`):
    429 and maintenance (503 with code 0) always, as the server did not act on the request; the
    others for idempotent methods only, unless ``retry_non_idempotent`` is set. The wait before
    retry ``n`` is :func:`~sevenbridges.http.retry.backoff` of ``n`` (``base_delay`` doubling up to
    ``max_delay``, with jitter), or the server's ``Retry-After``/``X-RateLimit-Reset`` when it gives
    one (but never more than ``max_wait``). After ``max_attempts`` tries in all, the last response
    is returned and becomes the raised error.
    """

    def __init__(
        self,
        max_attempts: int = 6,
        base_delay: float = retry.DEFAULT_BASE_DELAY,
        max_delay: float = retry.DEFAULT_MAX_DELAY,
        max_wait: float = 300.0,
        statuses: Collection[int] = retry.RETRYABLE_STATUSES,
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
        """Whether ``response`` is worth another try.

        Args:
            response: The answer to judge.

        Returns:
            True for a status in ``statuses`` the request may be re-sent after.
        """
        status = response.status_code
        if status not in self.statuses:
            return False
        # A 429 or a maintenance answer means the server did not act on the request.
        if status == 429 or _is_maintenance(response):
            return True
        return self.retry_non_idempotent or response.request.method in retry.IDEMPOTENT_METHODS

    def delay(self, attempt: int, response: httpx.Response) -> float:
        """Seconds to wait before retry number ``attempt`` (1-based).

        Args:
            attempt: Which retry this is.
            response: The answer that is retried (its reset headers are honoured).

        Returns:
            The wait in seconds.
        """
        told = retry.server_wait(response)
        if told is not None and response.status_code in (429, 503):
            return min(told + random.uniform(0, RESET_JITTER), self.max_wait)
        return retry.backoff(attempt, base=self.base_delay, cap=self.max_delay)

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
    "DEFAULT_ERROR_HANDLERS",
    "ErrorHandler",
    "RetryPolicy",
    "general_error_sleeper",
    "maintenance_sleeper",
    "rate_limit_sleeper",
    "repeatable_handler",
]
