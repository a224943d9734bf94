"""Every method + path that the compatible client (sevenbridges-python 2.11.2) sends is in the spec.

`compatible_operations.txt` is the list of ../shared/api/operations.md. Its composite ids (`{id}` of a
project is `owner/project`, of an app `owner/project/app[/revision]`) are split into segments in our
spec, so a `{param}` of the list matches one or more parameter segments of a spec path.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .spec_loader import operations

LISTED = [
    tuple(line.split(" ", 1))
    for line in (Path(__file__).parent / "compatible_operations.txt").read_text().splitlines()
    if line.strip()
]

# Listed pairs that are not endpoints of their own, each with the reason.
NOT_ENDPOINTS = {
    # The client builds the package archive/restore URL from two strings; this is its first half.
    # The spec has the whole path: /automation/automations/{automation_id}/packages/{package_id}/...
    ("POST", "/automation/automations/{automation_id}"),
}

PARAMETER = r"\{[^/}]+\}"


def pattern_of(path: str) -> re.Pattern[str]:
    parts = []
    for segment in path.strip("/").split("/"):
        if segment.startswith("{") and segment.endswith("}"):
            parts.append(f"{PARAMETER}(?:/{PARAMETER})*")
        else:
            parts.append(re.escape(segment))
    return re.compile("^/" + "/".join(parts) + "$") if parts != [""] else re.compile("^/$")


def test_the_list_is_the_whole_of_operations_md() -> None:
    assert len(LISTED) == 146
    assert len(set(LISTED)) == 146


ENDPOINTS = [pair for pair in LISTED if pair not in NOT_ENDPOINTS]


@pytest.mark.parametrize(("method", "path"), ENDPOINTS, ids=[f"{m} {p}" for m, p in ENDPOINTS])
def test_listed_operation_is_in_the_spec(method: str, path: str) -> None:
    pattern = pattern_of(path)
    matches = [p for m, p, _ in operations() if m == method and pattern.match(p)]
    assert matches, f"{method} {path} is sent by the compatible client but missing from the spec"


def test_not_endpoints_are_still_listed() -> None:
    assert set(LISTED) >= NOT_ENDPOINTS
