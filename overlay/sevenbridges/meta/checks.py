"""Argument checks that fail before any request, naming the bad value."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import AdvanceAccessError, ValidationError

if TYPE_CHECKING:
    from ..http.client import HttpClient

E = TypeVar("E", bound=Enum)


def require_advance_access(api: HttpClient, what: str) -> None:
    """Refuse an advance-access feature on an ``Api`` without advance access, before sending."""
    if not api.advance_access:
        raise AdvanceAccessError(
            f"{what} is an advance access feature: use Api(advance_access=True) or call it "
            "inside `with api.aa():`"
        )


def optional_str(value: Any, name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(f"{name} must be a string, got {value!r}")
    return value


def required_str(value: Any, name: str) -> str:
    text = optional_str(value, name)
    if text is None or not text.strip():
        raise ValidationError(f"{name} is required and must be a non-empty string, got {value!r}")
    return text


def required_secret(value: Any, name: str) -> str:
    """A secret (a key, a password): a non-empty string. The message names the argument and the
    type it got, never the value, so a secret passed by mistake does not end up in a log."""
    if not isinstance(value, str) or not value.strip():
        shown = "an empty string" if isinstance(value, str) else type(value).__name__
        raise ValidationError(f"{name} is required and must be a non-empty string, got {shown}")
    return value


def optional_str_list(value: Any, name: str) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise ValidationError(f"{name} must be a list of strings, got {value!r}")
    items = list(value)
    for item in items:
        if not isinstance(item, str):
            raise ValidationError(f"{name} must hold only strings, got {item!r} in {value!r}")
    return items


def optional_bool(value: Any, name: str) -> bool | None:
    if value is None:
        return None
    if not isinstance(value, bool):
        raise ValidationError(f"{name} must be True or False, got {value!r}")
    return value


def optional_dict(value: Any, name: str) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ValidationError(f"{name} must be a dict, got {value!r}")
    return value


def optional_date(value: Any, name: str) -> str | None:
    """A date filter: a string as is, or a ``date``/``datetime`` in ISO 8601."""
    if value is None:
        return None
    if hasattr(value, "isoformat") and not isinstance(value, str):
        text: str = value.isoformat()
        return text
    return optional_str(value, name)


def optional_enum(value: Any, enum: type[E], name: str) -> E | None:
    if value is None:
        return None
    allowed = [member.value for member in enum]
    raw = value.value if isinstance(value, Enum) else value
    if raw not in allowed:
        raise ValidationError(f"{name} must be one of {allowed}, got {value!r}")
    return enum(raw)
