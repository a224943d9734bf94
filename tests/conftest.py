"""Shared fixtures: a fresh emulator per test, on a free loopback port, always shut down."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sevenbridges as sbg
from sevenbridges_emulator import Emulator


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator() as emu:
        yield emu


@pytest.fixture
def api(emulator: Emulator) -> sbg.Api:
    """An Api on the emulator with no error handlers, so faults surface as exceptions."""
    client = sbg.Api(url=emulator.url, token=emulator.token, error_handlers=[])
    return client


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty $HOME and no SB_* variables, so no real credentials leak into a test."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("SB_API_ENDPOINT", raising=False)
    monkeypatch.delenv("SB_AUTH_TOKEN", raising=False)
    return tmp_path
