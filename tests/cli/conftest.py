"""Fixtures of the command-line tests: an emulator, a clean $HOME, and a runner of ``sbg``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sevenbridges.cli.app import app
from sevenbridges_emulator import Emulator
from typer.testing import CliRunner, Result

Run = Callable[..., Result]


@pytest.fixture
def state_dir(tmp_path: Path) -> Path:
    return tmp_path / "transfer-state"


@pytest.fixture
def configured(
    emulator: Emulator, home: Path, state_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Emulator:
    """The emulator, named by SB_API_ENDPOINT and SB_AUTH_TOKEN as a user would set them."""
    monkeypatch.setenv("SB_API_ENDPOINT", emulator.url)
    monkeypatch.setenv("SB_AUTH_TOKEN", emulator.token)
    monkeypatch.setenv("SB_TRANSFER_STATE_DIR", str(state_dir))
    monkeypatch.setenv("COLUMNS", "200")
    return emulator


@pytest.fixture
def sbg() -> Run:
    """``sbg(*args, input=...)``: run the command line in this process through Typer's runner."""

    def run(*args: str, input: str | None = None) -> Result:
        return CliRunner().invoke(app, list(args), input=input, catch_exceptions=False)

    return run
