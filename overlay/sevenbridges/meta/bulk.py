"""The one bulk engine: any number of items, sent in chunks of the server's limit, a few chunks in
flight at once, one record per item in input order.

Every bulk call of the overlay (files, tasks, imports, exports, DRS imports) goes through
:func:`run_bulk`. Items are checked and converted before anything is sent (one bad item sends
nothing). When a chunk fails after others were answered, no outcome is lost: the
:class:`~sevenbridges.errors.BulkError` raised carries the record of every answered item, the items
whose chunk failed (outcome unknown) and the items never sent.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sevenbridges_api.types import Unset

from ..concurrency import DEFAULTS, concurrency_of
from ..errors import BulkError, SbgError, ValidationError, error_for_status
from ..models.enums import RequestParameters

if TYPE_CHECKING:
    from ..api import Api
    from .resource import Resource

T = TypeVar("T")
R = TypeVar("R")

# The most items one bulk call takes (the spec's ``x-sbg-bulk-limit``).
BULK_LIMIT = RequestParameters.DEFAULT_BULK_LIMIT
# How many chunks of one bulk call are in flight at once by default; an Api's own bound is
# ``api.concurrency.bulk`` (sevenbridges.Concurrency).
BULK_CONCURRENCY = DEFAULTS.bulk


class BulkRecord(Generic[R]):
    """The outcome of one item of a bulk call: ``resource`` when it succeeded, else ``error``."""

    def __init__(self, resource: R | None = None, error: SbgError | None = None) -> None:
        self.resource = resource
        self.error = error

    @property
    def valid(self) -> bool:
        """Whether the item succeeded (the server answered with the resource, not an error)."""
        return self.error is None

    def __repr__(self) -> str:
        if self.error is not None:
            return f"<{type(self).__name__}: valid=False, error={self.error!r}>"
        return f"<{type(self).__name__}: valid=True, resource={self.resource!r}>"


B = TypeVar("B", bound=BulkRecord[Any])


def chunks(items: Sequence[T], size: int = BULK_LIMIT) -> Iterable[Sequence[T]]:
    """``items`` in consecutive slices of at most ``size``."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def error_from_model(model: Any) -> SbgError:
    """The typed exception an error object inside a bulk answer stands for (a generated model,
    or the JSON object itself)."""

    def value(name: str) -> Any:
        raw = model.get(name) if isinstance(model, Mapping) else getattr(model, name, None)
        return None if raw is None or isinstance(raw, Unset) else raw

    status, code, message, more_info = (
        value(name) for name in ("status", "code", "message", "more_info")
    )
    if isinstance(status, int):
        return error_for_status(status, code, message, more_info)
    return SbgError(message=message, code=code, more_info=more_info)


def records_of(
    api: Api,
    resource_cls: type[Resource],
    sent: Sequence[Any],
    answered: Sequence[Any] | Mapping[str, Any] | Unset | None,
    record_cls: type[B],
) -> list[B]:
    """One record per sent item, in order, from a bulk answer's ``[{resource|error}, ...]`` (the
    JSON items, or generated models); an item the server answered nothing for is an error
    record."""
    if isinstance(answered, Mapping):  # the whole JSON answer
        answered = answered.get("items")
    if answered is not None and not isinstance(answered, Unset | list | tuple):
        raise SbgError(f"Unexpected bulk answer from the API: {answered!r:.200}")
    items = [] if answered is None or isinstance(answered, Unset) else list(answered)
    records: list[B] = []
    for index, item in enumerate(sent):
        if index >= len(items):
            missing = SbgError(message=f"The server returned no record for item {item!r}")
            records.append(record_cls(error=missing))
            continue
        record = items[index]
        if isinstance(record, Mapping):
            error, resource = record.get("error"), record.get("resource")
        else:
            error, resource = getattr(record, "error", None), getattr(record, "resource", None)
        if error is not None and not isinstance(error, Unset):
            records.append(record_cls(error=error_from_model(error)))
        elif isinstance(resource, Mapping):
            wrapped = resource_cls._from_wire(resource, api, complete=False)
            records.append(record_cls(resource=wrapped))
        elif resource is not None and not isinstance(resource, Unset):
            wrapped = resource_cls._from_model(resource, api, complete=False)
            records.append(record_cls(resource=wrapped))
        else:
            empty = SbgError(message=f"The server returned an empty record for item {item!r}")
            records.append(record_cls(error=empty))
    return records


def check_items(items: Any, what: str, convert: Callable[[Any], T]) -> list[T]:
    """Every item converted for sending; a bad item or an empty list raises before anything
    is sent."""
    if isinstance(items, str | bytes) or not isinstance(items, Iterable):
        raise ValidationError(f"{what} must be a list, got {items!r}")
    converted = [convert(item) for item in items]
    if not converted:
        raise ValidationError(f"{what} must not be empty")
    return converted


class _InCallingThread:
    """An executor that runs each task at once in the calling thread (a single chunk, or a
    bound of 1), handing back a finished future as ``ThreadPoolExecutor.submit`` would."""

    def submit(self, function: Callable[..., R], /, *args: Any) -> Future[R]:
        future: Future[R] = Future()
        try:
            future.set_result(function(*args))
        except Exception as error:
            future.set_exception(error)
        return future

    def __enter__(self) -> _InCallingThread:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def run_chunks(
    converted: Sequence[T],
    send: Callable[[list[T]], list[B]],
    *,
    what: str,
    limit: int = BULK_LIMIT,
    concurrency: int = BULK_CONCURRENCY,
) -> list[B]:
    """Send ``converted`` in chunks of ``limit`` with up to ``concurrency`` chunks in flight
    (callers holding an ``Api`` pass ``api.concurrency.bulk``); ``send(chunk)`` returns one
    record per item of the chunk. Records come back in input order.

    When a chunk raises, no further chunk is started, the ones in flight are finished, and a
    :class:`BulkError` carries what is known.
    """
    parts = [list(chunk) for chunk in chunks(converted, limit)]
    results: list[list[B] | None] = [None] * len(parts)
    failed: dict[int, SbgError] = {}
    pool: ThreadPoolExecutor | _InCallingThread
    if len(parts) == 1 or concurrency == 1:
        pool = _InCallingThread()  # nothing to overlap: no thread to start
    else:
        pool = ThreadPoolExecutor(max_workers=min(concurrency, len(parts)))
    with pool:
        in_flight: dict[Future[list[B]], int] = {}
        next_index = 0
        while next_index < len(parts) or in_flight:
            while not failed and next_index < len(parts) and len(in_flight) < concurrency:
                # Each chunk in the caller's context (an ``api.aa()`` block reaches its request).
                context = contextvars.copy_context()
                in_flight[pool.submit(context.run, send, parts[next_index])] = next_index
                next_index += 1
            if not in_flight:
                break
            finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in finished:
                index = in_flight.pop(future)
                try:
                    records = future.result()
                except SbgError as error:
                    failed[index] = error
                    continue
                if len(records) != len(parts[index]):
                    raise SbgError(
                        message=f"Bulk {what}: {len(records)} records for {len(parts[index])} items"
                    )
                results[index] = records
            if failed and next_index >= len(parts) and not in_flight:
                break
    if not failed:
        return [record for chunk in results if chunk is not None for record in chunk]
    first = min(failed)
    flat: list[B | None] = []
    unknown: list[Any] = []
    not_sent: list[Any] = []
    for index, part in enumerate(parts):
        chunk_records = results[index]
        if chunk_records is not None:
            flat.extend(chunk_records)
        else:
            flat.extend([None] * len(part))
            (unknown if index in failed or index < next_index else not_sent).extend(part)
    answered = sum(1 for record in flat if record is not None)
    raise BulkError(
        message=f"Bulk {what} failed part way: {answered} items answered, {len(unknown)} with "
        f"unknown outcome, {len(not_sent)} not sent ({failed[first]})",
        records=flat,
        unknown=unknown,
        not_sent=not_sent,
        cause=failed[first],
    )


def run_bulk(
    api: Api,
    resource_cls: type[Resource],
    items: Any,
    what: str,
    convert: Callable[[Any], T],
    send: Callable[[list[T]], Sequence[Any] | Unset | None],
    record_cls: type[B],
    *,
    limit: int = BULK_LIMIT,
) -> list[B]:
    """The usual bulk call: check and convert every item, send chunks with ``send(chunk)``
    (returning the answer's ``items``), and wrap each answer item as a ``record_cls``."""
    converted = check_items(items, what, convert)

    def send_chunk(chunk: list[T]) -> list[B]:
        return records_of(api, resource_cls, chunk, send(chunk), record_cls)

    return run_chunks(
        converted, send_chunk, what=what, limit=limit, concurrency=concurrency_of(api).bulk
    )


__all__ = [
    "BULK_LIMIT",
    "BulkRecord",
    "check_items",
    "chunks",
    "error_from_model",
    "records_of",
    "run_bulk",
    "run_chunks",
]
