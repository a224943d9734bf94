"""Helpers every handler module uses: single resources and paginated lists with `fields`, the
bulk limit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from ..context import Context
from ..request import Request
from ..wire import JsonObject, Response, list_envelope, ok, select_fields

T = TypeVar("T")

DEFAULT_LIMIT = 25
MAX_LIMIT = 100
BULK_LIMIT = 100  # items per bulk call (the spec's x-sbg-bulk-limit)
# Without `fields`, list items show only these keys (the ones that exist on the item).
DEFAULT_LIST_KEYS = ("href", "id", "name")


def single(req: Request, rendered: JsonObject, status: int = 200) -> Response:
    """A single resource: whole unless `fields` says otherwise."""
    return ok(select_fields(rendered, req.fields), status)


def paginated(
    req: Request,
    ctx: Context,
    records: Sequence[T],
    render: Callable[[T], JsonObject],
    *,
    default_limit: int = DEFAULT_LIMIT,
    default_keys: Sequence[str] | None = DEFAULT_LIST_KEYS,
) -> Response:
    """One page of `records` in the standard envelope; `default_keys=None` lists whole items."""
    offset = req.query_int("offset", 0, minimum=0)
    limit = req.query_int("limit", default_limit, minimum=1, maximum=MAX_LIMIT)
    selection = req.fields
    items = [
        select_fields(render(r), selection, default_keys) for r in records[offset : offset + limit]
    ]
    return list_envelope(req.url, items, offset=offset, limit=limit, total=len(records))
