"""Composite ids (``owner/project``) split into validated path segments before any request."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from ..errors import ValidationError

_BAD_SEGMENTS = {"", ".", ".."}


def id_of(value: Any, what: str) -> str:
    """The id string of ``value``: a string, or a resource (or anything with an ``id``)."""
    if isinstance(value, str):
        result = value
    elif isinstance(value, UUID):
        result = str(value)
    else:
        attribute = getattr(value, "id", None)
        if attribute is None or isinstance(attribute, bool | int | float):
            raise ValidationError(
                f"Expected a {what} id (a string) or a {what} object, got {value!r}"
            )
        result = str(attribute)  # UUID ids of billing groups are UUID objects
    if not result.strip():
        raise ValidationError(f"The {what} id must not be empty")
    return result


def uuid_id(value: Any, field: str, what: str) -> str:
    """The id of ``value`` (a resource or an id string) when it is a UUID, as the API's billing
    group ids are.

    Args:
        value: a resource with a UUID ``id``, a ``UUID`` or its string form.
        field: the argument or field name, for the message (``billing_group``).
        what: what the id identifies, for the message (``billing group``).

    Returns:
        The canonical string form of the UUID.

    Raises:
        ValidationError: naming ``field`` and the bad value, before any request.
    """
    try:
        return str(UUID(id_of(value, what)))
    except (ValidationError, ValueError):
        raise ValidationError(
            f"{field} must be a {what} id (a UUID such as "
            f"'ec1dc1e3-12a3-4b56-789c-e3f2dca0c6f7') or a {what} object, got {value!r}"
        ) from None


def split_id(value: Any, what: str, parts: int, example: str) -> tuple[str, ...]:
    """Split ``owner/name``-style ids into exactly ``parts`` non-empty segments.

    ``.`` and ``..`` segments are refused: the generated layer would send them as path steps.
    """
    text = id_of(value, what)
    segments = tuple(text.split("/"))
    if len(segments) != parts or any(seg.strip() in _BAD_SEGMENTS for seg in segments):
        raise ValidationError(f"Invalid {what} id {text!r}: expected the form {example!r}")
    return segments


def project_segments(value: Any) -> tuple[str, str]:
    owner, name = split_id(value, "project", 2, "owner/project")
    return owner, name


def single_segment(value: Any, what: str) -> str:
    """A one-segment id (username, billing group, invoice), refusing slashes and dot segments."""
    (segment,) = split_id(value, what, 1, f"{what} without '/'")
    return segment
