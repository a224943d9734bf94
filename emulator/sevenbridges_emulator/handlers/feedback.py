"""Feedback: a message for the Platform's team. The emulator keeps what it got in
`State.feedback`, so tests can read it back."""

from __future__ import annotations

from ..context import Context
from ..errors import bad_request
from ..request import Request
from ..routing import RouteTable
from ..wire import Response, no_content
from .projects import reject_unknown_keys

routes = RouteTable()

FEEDBACK_TYPES = ("IDEA", "PROBLEM", "THOUGHT")
KEYS = ("type", "text", "referrer")


@routes.post("/action/notifications/feedback")
def send_feedback(req: Request, ctx: Context) -> Response:
    body = req.json_object()
    reject_unknown_keys(body, KEYS, "feedback")
    kind = body.get("type", "IDEA")
    # Some clients send the type in lower case (`idea`); both spellings are the same type.
    if not isinstance(kind, str) or kind.upper() not in FEEDBACK_TYPES:
        raise bad_request(
            f"Invalid feedback type {kind!r}: expected one of {', '.join(FEEDBACK_TYPES)}."
        )
    text = body.get("text")
    if not isinstance(text, str) or not text.strip():
        raise bad_request("Feedback needs a non-empty 'text'.")
    referrer = body.get("referrer")
    if referrer is not None and not isinstance(referrer, str):
        raise bad_request("'referrer' must be a string.")
    entry = {"type": kind.upper(), "text": text, "referrer": referrer or "", "user": req.username}
    ctx.state.feedback.append(entry)
    return no_content()
