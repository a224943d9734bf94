"""A parsed API request and the typed accessors handlers use to read its query and body."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from email.message import Message
from typing import Any

from .errors import ApiError, bad_request
from .wire import FieldSelection, JsonObject, parse_fields

TRUE_WORDS = ("true", "True")
FALSE_WORDS = ("false", "False")


@dataclass
class Request:
    """One request as the router sees it; `path` is relative to the API base, without the query."""

    method: str
    path: str
    url: str  # absolute, exactly as requested (query kept), so list hrefs can echo it
    query: dict[str, list[str]]
    headers: Message
    body: bytes = b""
    params: dict[str, str] = field(default_factory=dict)
    username: str = ""  # the authenticated user, set by the server before the handler runs

    @property
    def advance_access(self) -> bool:
        # Header names are case-insensitive in Message; the value is too, per server-compat.md.
        value = self.headers.get("X-SBG-Advance-Access", "")
        return value.strip().lower() == "advance"

    # -- query -------------------------------------------------------------------------------

    def query_list(self, name: str) -> list[str]:
        """Every value of a repeatable parameter (`tags=a&tags=b`)."""
        return list(self.query.get(name, []))

    def query_str(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None

    def query_int(
        self, name: str, default: int, *, minimum: int, maximum: int | None = None
    ) -> int:
        raw = self.query_str(name)
        if raw is None:
            return default
        try:
            value = int(raw.strip())
        except ValueError:
            raise bad_request(
                f"Invalid value '{raw}' for query parameter '{name}': expected an integer."
            ) from None
        if value < minimum or (maximum is not None and value > maximum):
            upper = f" and {maximum}" if maximum is not None else ""
            bound = f"between {minimum}{upper}" if maximum is not None else f"at least {minimum}"
            raise bad_request(
                f"Invalid value '{raw}' for query parameter '{name}': must be {bound}."
            )
        return value

    def query_bool(self, name: str, default: bool | None = None) -> bool | None:
        """`true`/`false` and the capitalised `True`/`False` that some clients send."""
        raw = self.query_str(name)
        if raw is None:
            return default
        if raw in TRUE_WORDS:
            return True
        if raw in FALSE_WORDS:
            return False
        raise bad_request(
            f"Invalid value '{raw}' for query parameter '{name}': expected true or false."
        )

    def query_datetime(self, name: str, *, end_of_day: bool = False) -> datetime | None:
        """An ISO 8601 date or date-time; a bare date at the end of a range covers that whole day."""
        raw = self.query_str(name)
        if raw is None or raw == "":
            return None
        text = raw.strip()
        try:
            if len(text) == 10:
                day = date.fromisoformat(text)
                return datetime.combine(day, time.max if end_of_day else time.min, UTC)
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise ApiError(
                9021,
                f"Invalid time format for '{name}': '{raw}'. Use an ISO 8601 date or date-time.",
            ) from None
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

    @property
    def fields(self) -> FieldSelection | None:
        return parse_fields(self.query_list("fields"))

    # -- body --------------------------------------------------------------------------------

    def json(self) -> Any:
        """The decoded body; an empty body is the same as `null`."""
        if not self.body.strip():
            return None
        try:
            return json.loads(self.body)
        except (ValueError, UnicodeDecodeError):
            raise ApiError(90009) from None

    def json_object(self) -> JsonObject:
        """The body as an object; `null` and an empty body read as `{}`."""
        value = self.json()
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise bad_request("The request body must be a JSON object.")
        return value
