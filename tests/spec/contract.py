"""Shared contract checks: a response must be one its operation documents, with a body that
validates against the documented schema. Each `test_contract_<area>.py` sends every operation of
its tags (`COVERED_TAGS`) to the emulator; `test_contract_coverage.py` proves every tag is covered."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import httpx
from openapi_schema_validator import OAS30Validator

from .spec_loader import operations, resolve

Operation = tuple[str, str, dict[str, Any]]


def operations_tagged(tags: Iterable[str], last: tuple[str, ...] = ()) -> list[Operation]:
    """Every spec operation with one of `tags`; those named in `last` at the end, in that order."""
    wanted = set(tags)
    ops = [op for op in operations() if set(op[2].get("tags", [])) & wanted]
    first = [op for op in ops if op[2]["operationId"] not in last]
    tail = sorted(
        (op for op in ops if op[2]["operationId"] in last),
        key=lambda op: last.index(op[2]["operationId"]),
    )
    return first + tail


def operation_id(value: Any) -> str:
    """pytest ids: the method and path of each parametrized operation."""
    return value if isinstance(value, str) else ""


def fill_path(base: str, path: str, params: Mapping[str, str]) -> str:
    """The absolute URL of `path` with each `{name}` taken from `params` (raw, slashes kept)."""
    return base + re.sub(r"\{(\w+)\}", lambda m: params[m.group(1)], path)


def check_documented(
    method: str, path: str, operation: dict[str, Any], response: httpx.Response
) -> None:
    """Fail unless `response` is a documented success of `operation` with a valid body."""
    documented = operation["responses"]
    status = str(response.status_code)
    key = status if status in documented else f"{status[0]}XX"
    assert key in documented, f"{method} {path} answered {status}: {response.text[:300]}"
    assert response.status_code < 400, f"{method} {path} failed: {response.text[:300]}"
    content = resolve(documented[key]).get("content")
    if content is None:
        assert response.content == b"", f"{method} {path} {status} must have no body"
        return
    media = next(iter(content))
    schema = content[media].get("schema")
    if media == "application/json" and schema is not None:
        OAS30Validator(schema).validate(response.json())
    assert "X-RateLimit-Remaining" in response.headers
    if operation.get("x-sbg-pagination") == "offset":
        assert response.headers["X-Total-Matching-Query"].isdigit()
