"""How things look on the wire: JSON bodies, errors, timestamps, `fields` selection, list envelopes."""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote_plus, urlsplit, urlunsplit

JsonObject = dict[str, Any]

MORE_INFO_URL = "https://docs.sevenbridges.com/reference/api-status-codes"
JSON_CONTENT_TYPE = "application/json"


@dataclass
class Response:
    """What a handler answers: a status, an optional JSON body and extra headers."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    has_body: bool = True

    def encoded_body(self) -> bytes:
        return encode_json(self.body) if self.has_body else b""


def ok(body: Any, status: int = 200) -> Response:
    return Response(status=status, body=body)


def no_content() -> Response:
    return Response(status=204, has_body=False)


def encode_json(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def error_body(status: int, code: int, message: str) -> JsonObject:
    return {"status": status, "code": code, "message": message, "more_info": MORE_INFO_URL}


def format_timestamp(moment: datetime | None) -> str | None:
    """`YYYY-MM-DDTHH:MM:SSZ` in UTC with a literal Z: some clients parse with exactly that format."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def money(amount: float, currency: str = "USD") -> JsonObject:
    """Amounts are always JSON numbers, rounded to cents."""
    return {"currency": currency, "amount": round(float(amount), 2)}


# ---------------------------------------------------------------------------------------------
# `fields` selection


@dataclass(frozen=True)
class FieldSelection:
    """A parsed `fields` query: `_all`, included paths and excluded (`!`) paths."""

    all: bool = False
    include: tuple[tuple[str, ...], ...] = ()
    exclude: tuple[tuple[str, ...], ...] = ()


# Kept whenever specific fields are asked for, so the result can still be fetched and compared.
IDENTITY_FIELDS = ("href", "id")


def parse_fields(values: Sequence[str]) -> FieldSelection | None:
    """Parse every `fields` value (repeated keys are joined); None when none was given."""
    tokens = [token.strip() for value in values for token in value.split(",")]
    tokens = [token for token in tokens if token]
    if not tokens:
        return None
    include: list[tuple[str, ...]] = []
    exclude: list[tuple[str, ...]] = []
    want_all = False
    for token in tokens:
        if token == "_all":
            want_all = True
        elif token.startswith("!"):
            if len(token) > 1:
                exclude.append(tuple(token[1:].split(".")))
        else:
            include.append(tuple(token.split(".")))
    return FieldSelection(all=want_all, include=tuple(include), exclude=tuple(exclude))


def select_fields(
    obj: Mapping[str, Any],
    selection: FieldSelection | None,
    default_keys: Sequence[str] | None = None,
) -> JsonObject:
    """Apply `fields` to one rendered object.

    With no selection, single resources come whole and list items keep only `default_keys`.
    """
    if selection is None:
        if default_keys is None:
            return dict(obj)
        return {key: obj[key] for key in default_keys if key in obj}
    if selection.include and not selection.all:
        picked: JsonObject = {key: obj[key] for key in IDENTITY_FIELDS if key in obj}
        for path in selection.include:
            _copy_path(obj, picked, path)
        result = {key: picked[key] for key in obj if key in picked}
    else:
        result = copy.deepcopy(dict(obj))
    for path in selection.exclude:
        _remove_path(result, path)
    return result


def _copy_path(source: Mapping[str, Any], target: JsonObject, path: tuple[str, ...]) -> None:
    key, rest = path[0], path[1:]
    if key not in source:
        return
    value = source[key]
    if not rest or not isinstance(value, dict | list):
        target[key] = copy.deepcopy(value)
        return
    if isinstance(value, dict):
        existing = target.get(key)
        sub: JsonObject = existing if isinstance(existing, dict) else {}
        target[key] = sub
        _copy_path(value, sub, rest)
        return
    # A list of objects: select the nested path in each element.
    existing_list = target.get(key)
    if not isinstance(existing_list, list) or len(existing_list) != len(value):
        existing_list = [{} if isinstance(item, dict) else copy.deepcopy(item) for item in value]
        target[key] = existing_list
    for item, out in zip(value, existing_list, strict=True):
        if isinstance(item, dict) and isinstance(out, dict):
            _copy_path(item, out, rest)


def _remove_path(target: Any, path: tuple[str, ...]) -> None:
    if isinstance(target, list):
        for item in target:
            _remove_path(item, path)
        return
    if not isinstance(target, dict):
        return
    key, rest = path[0], path[1:]
    if not rest:
        target.pop(key, None)
    elif key in target:
        _remove_path(target[key], rest)


# ---------------------------------------------------------------------------------------------
# Lists


def page_url(url: str, offset: int, limit: int) -> str:
    """The same URL with `offset` and `limit` set; every other query parameter is kept as sent."""
    parts = urlsplit(url)
    kept = [
        pair
        for pair in parts.query.split("&")
        if pair and unquote_plus(pair.partition("=")[0]) not in ("offset", "limit")
    ]
    query = "&".join([*kept, f"offset={offset}", f"limit={limit}"])
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def list_envelope(
    url: str, items: list[JsonObject], *, offset: int, limit: int, total: int
) -> Response:
    """The standard `{href, items, links}` page with its `X-Total-Matching-Query` header."""
    links: list[JsonObject] = []
    if offset + limit < total:
        links.append({"href": page_url(url, offset + limit, limit), "rel": "next", "method": "GET"})
    if offset > 0:
        links.append(
            {"href": page_url(url, max(0, offset - limit), limit), "rel": "prev", "method": "GET"}
        )
    body = {"href": url, "items": items, "links": links}
    return Response(status=200, body=body, headers={"X-Total-Matching-Query": str(total)})
