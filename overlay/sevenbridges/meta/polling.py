"""Waiting until something reaches a terminal state: one resource (``task.wait()``, ``job.wait()``)
or many at once with one request per page of ids instead of one per item (``wait_many``).

Polling sleeps between checks and never busy-waits; a timeout raises :class:`WaitTimeout`, and
Ctrl-C (``KeyboardInterrupt``) simply stops waiting: what runs on the server keeps running.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from typing import TypeVar

from ..errors import ValidationError, WaitTimeout

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)

DEFAULT_PERIOD = 10.0


def check_period_timeout(period: float, timeout: float | None) -> None:
    """Refuse a period that is not positive or a timeout that is negative, naming the value."""
    if isinstance(period, bool) or not isinstance(period, int | float) or period <= 0:
        raise ValidationError(f"period must be a positive number of seconds, got {period!r}")
    if timeout is not None and (
        isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout < 0
    ):
        raise ValidationError(f"timeout must be a number of seconds or None, got {timeout!r}")


def wait_until(
    refresh: Callable[[], T],
    done: Callable[[T], bool],
    *,
    what: str,
    period: float = DEFAULT_PERIOD,
    timeout: float | None = None,
    callback: Callable[[T], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Call ``refresh()`` every ``period`` seconds until ``done(value)``; return that value.

    ``callback(value)`` is called after every check (for a progress line). ``what`` names the thing
    waited for in the :class:`WaitTimeout` raised once ``timeout`` seconds have passed.
    """
    check_period_timeout(period, timeout)
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        value = refresh()
        if callback is not None:
            callback(value)
        if done(value):
            return value
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise WaitTimeout(message=f"{what} did not finish within {timeout} s", last=value)
            sleep(min(period, left))
        else:
            sleep(period)


def wait_many(
    keys: Iterable[K],
    refresh_many: Callable[[Sequence[K]], Sequence[T]],
    done: Callable[[T], bool],
    *,
    what: str,
    period: float = DEFAULT_PERIOD,
    timeout: float | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Iterator[T]:
    """Poll many items with ``refresh_many`` (one call for all that are pending, e.g. a bulk get
    that chunks by itself) and yield each item once, as soon as ``done(item)``.

    ``refresh_many(keys)`` returns one current value per key, in order. Items finish in any order;
    each is yielded exactly once. ``WaitTimeout`` names how many were still pending.
    """
    check_period_timeout(period, timeout)
    pending = list(dict.fromkeys(keys))
    deadline = None if timeout is None else time.monotonic() + timeout
    while pending:
        values = refresh_many(pending)
        still: list[K] = []
        for key, value in zip(pending, values, strict=True):
            if done(value):
                yield value
            else:
                still.append(key)
        pending = still
        if not pending:
            return
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise WaitTimeout(
                    message=f"{len(pending)} {what} did not finish within {timeout} s: "
                    f"{', '.join(map(str, pending[:10]))}{' ...' if len(pending) > 10 else ''}",
                    last=pending,
                )
            sleep(min(period, left))
        else:
            sleep(period)


__all__ = ["DEFAULT_PERIOD", "check_period_timeout", "wait_many", "wait_until"]
