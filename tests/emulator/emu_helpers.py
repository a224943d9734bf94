"""Assertions shared by the emulator tests."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from typing import Any

import httpx

TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?Z")
LOOKS_LIKE_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
TIMESTAMP_KEYS = {
    "created_on",
    "modified_on",
    "approval_date",
    "from",
    "to",
    "time_started",
    "time_finished",
}
RATE_HEADERS = ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")


def walk(value: Any, key: str | None = None) -> Iterator[tuple[str | None, Any]]:
    """Every (key, value) pair in a JSON document, depth first."""
    yield key, value
    if isinstance(value, dict):
        for k, v in value.items():
            yield from walk(v, k)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item, key)


def assert_timestamps(document: Any) -> int:
    """Every timestamp-looking string and every timestamp field is `YYYY-MM-DDTHH:MM:SSZ`.

    Returns how many timestamps were checked.
    """
    checked = 0
    for key, value in walk(document):
        if isinstance(value, str) and (key in TIMESTAMP_KEYS or LOOKS_LIKE_DATE.match(value)):
            assert TIMESTAMP.fullmatch(value), f"bad timestamp {key}={value!r}"
            checked += 1
        elif key in TIMESTAMP_KEYS and not isinstance(value, dict | list):
            assert value is None, f"timestamp field {key} holds {value!r}"
    return checked


def check_wire_invariants(response: httpx.Response) -> None:
    """What every /v2 response must satisfy; installed as an httpx response hook."""
    response.read()
    if not response.request.url.path.startswith("/v2"):
        return
    for name in RATE_HEADERS:
        assert response.headers.get(name, "").isdigit(), f"{name} missing on {response.request.url}"
    assert response.headers.get("X-Request-Id"), "X-Request-Id missing"
    if response.status_code == 204:
        assert response.content == b""
        assert "content-type" not in response.headers
        return
    assert response.headers["content-type"] == "application/json"
    if response.request.method == "HEAD":
        assert response.content == b""
        return
    assert int(response.headers["content-length"]) == len(response.content)
    body = json.loads(response.content)
    if response.status_code >= 400:
        assert set(body) == {"status", "code", "message", "more_info"}, body
        assert body["status"] == response.status_code
        assert isinstance(body["code"], int)
        assert isinstance(body["message"], str) and body["message"]
        assert body["more_info"].startswith("https://")
    assert_timestamps(body)


def assert_error(response: httpx.Response, status: int, code: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["code"] == code, body
    return body


def is_uuid(value: Any) -> bool:
    try:
        return bool(str(uuid.UUID(value)) == value)
    except (ValueError, TypeError, AttributeError):
        return False
