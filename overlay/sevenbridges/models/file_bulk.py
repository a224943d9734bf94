"""Bulk calls on files: any number of items, sent in chunks of the server's limit, one record per
item in input order, each either the resource or the error the server gave for that item."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sevenbridges_api.types import Unset

from ..errors import SbgError, ValidationError, error_for_status
from .enums import RequestParameters

if TYPE_CHECKING:
    from ..api import Api
    from .file import File

T = TypeVar("T")
R = TypeVar("R")

# The most items one bulk call takes (the spec's ``x-sbg-bulk-limit``).
BULK_LIMIT = RequestParameters.DEFAULT_BULK_LIMIT


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


class FileBulkRecord(BulkRecord["File"]):
    """One file of a bulk call on files (``api.files.bulk_get`` and the like)."""


B = TypeVar("B", bound=FileBulkRecord)


def chunks(items: Sequence[T], size: int = BULK_LIMIT) -> Iterable[Sequence[T]]:
    """``items`` in consecutive slices of at most ``size``."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def error_from_model(model: Any) -> SbgError:
    """The typed exception an error object inside a bulk answer stands for."""

    def value(name: str) -> Any:
        raw = getattr(model, name, None)
        return None if raw is None or isinstance(raw, Unset) else raw

    status, code, message, more_info = (
        value(name) for name in ("status", "code", "message", "more_info")
    )
    if isinstance(status, int):
        return error_for_status(status, code, message, more_info)
    return SbgError(message=message, code=code, more_info=more_info)


def records_of(
    api: Api,
    resource_cls: type[File],
    sent: Sequence[Any],
    answered: Sequence[Any] | Unset | None,
    record_cls: type[B] = FileBulkRecord,  # type: ignore[assignment]
) -> list[B]:
    """One record per sent item, in order; an item the server answered nothing for is an error."""
    items = [] if answered is None or isinstance(answered, Unset) else list(answered)
    records: list[B] = []
    for index, item in enumerate(sent):
        if index >= len(items):
            missing = SbgError(message=f"The server returned no record for item {item!r}")
            records.append(record_cls(error=missing))
            continue
        record = items[index]
        error = getattr(record, "error", None)
        resource = getattr(record, "resource", None)
        if error is not None and not isinstance(error, Unset):
            records.append(record_cls(error=error_from_model(error)))
        elif resource is not None and not isinstance(resource, Unset):
            wrapped = resource_cls._from_model(resource, api, complete=False)
            records.append(record_cls(resource=wrapped))
        else:
            empty = SbgError(message=f"The server returned an empty record for item {item!r}")
            records.append(record_cls(error=empty))
    return records


def run_bulk(
    api: Api,
    resource_cls: type[File],
    items: Any,
    what: str,
    convert: Callable[[Any], T],
    send: Callable[[list[T]], Sequence[Any] | Unset | None],
) -> list[FileBulkRecord]:
    """Check and convert every item first (nothing is sent if one is bad), then send them in
    chunks of :data:`BULK_LIMIT` and merge the records in input order."""
    if isinstance(items, str | bytes) or not isinstance(items, Iterable):
        raise ValidationError(f"{what} must be a list, got {items!r}")
    converted = [convert(item) for item in items]
    if not converted:
        raise ValidationError(f"{what} must not be empty")
    records: list[FileBulkRecord] = []
    for chunk in chunks(converted):
        records.extend(records_of(api, resource_cls, chunk, send(list(chunk))))
    return records


__all__ = ["BULK_LIMIT", "BulkRecord", "FileBulkRecord"]
