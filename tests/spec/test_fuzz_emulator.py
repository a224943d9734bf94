"""Property-based contract check: schemathesis generates requests from the spec (its examples and
random data within its schemas) and every answer of the emulator must be documented, valid against
the spec's schemas, and never a server error. Derandomized, so a run is repeatable."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from sevenbridges_emulator import Emulator
from sevenbridges_emulator.faults import Faults

from .spec_loader import SPEC_PATH

CHECKS = [
    schemathesis.checks.not_a_server_error,
    schemathesis.checks.status_code_conformance,
    schemathesis.checks.content_type_conformance,
    schemathesis.checks.response_schema_conformance,
]
SCHEMA = schemathesis.openapi.from_path(str(SPEC_PATH))
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    # No rate limit here: the generated requests would exhaust it.
    with Emulator(faults=Faults(rate_limit=10**9)) as emu:
        yield emu


@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.label for op in OPERATIONS])
def test_every_answer_is_documented_and_valid(operation: Any, emulator: Emulator) -> None:
    headers = {"X-SBG-Auth-Token": emulator.token, "X-SBG-Advance-Access": "advance"}

    @given(case=operation.as_strategy())
    @settings(
        max_examples=8,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case: schemathesis.Case) -> None:
        case.call_and_validate(base_url=emulator.url, headers=headers, checks=CHECKS)

    check()
