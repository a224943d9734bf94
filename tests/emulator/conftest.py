"""Fixtures for the emulator tests: a fresh emulator per test and httpx clients against it."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from emu_helpers import check_wire_invariants
from sevenbridges_emulator import Emulator


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator() as emulator:
        yield emulator


def make_client(emulator: Emulator, **headers: str) -> httpx.Client:
    return httpx.Client(
        base_url=emulator.url,
        headers=headers,
        timeout=10.0,
        event_hooks={"response": [check_wire_invariants]},
    )


@pytest.fixture
def client(emu: Emulator) -> Iterator[httpx.Client]:
    """Authenticated with X-SBG-Auth-Token; every response is checked against the wire rules."""
    with make_client(emu, **{"X-SBG-Auth-Token": emu.token}) as c:
        yield c


@pytest.fixture
def anon(emu: Emulator) -> Iterator[httpx.Client]:
    with make_client(emu) as c:
        yield c


@pytest.fixture
def bg_id(emu: Emulator) -> str:
    with emu.state.lock:
        return next(iter(emu.state.billing_groups))


@pytest.fixture
def project(client: httpx.Client, bg_id: str) -> dict[str, object]:
    """A project of the main user, created through the API."""
    response = client.post("/projects", json={"name": "Test Project", "billing_group": bg_id})
    assert response.status_code == 201, response.text
    body: dict[str, object] = response.json()
    return body
