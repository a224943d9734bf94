"""The command line: labelled URL then token on stdout, serves, exits 0 on SIGTERM/SIGINT."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

EMULATOR_DIR = Path(__file__).resolve().parents[2] / "emulator"


def read_labelled(process: subprocess.Popen[str]) -> tuple[str, str]:
    """The URL and token lines, checked for their labels."""
    assert process.stdout is not None
    url_line = process.stdout.readline().strip()
    token_line = process.stdout.readline().strip()
    assert url_line.startswith("SB_API_ENDPOINT="), url_line
    assert token_line.startswith("SB_AUTH_TOKEN="), "the token line has no label"
    return url_line.partition("=")[2], token_line.partition("=")[2]


def start(*args: str) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(EMULATOR_DIR), env.get("PYTHONPATH")]))
    return subprocess.Popen(
        [sys.executable, "-m", "sevenbridges_emulator", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_prints_url_then_token_and_stops_cleanly(stop_signal: signal.Signals) -> None:
    process = start("--port", "0", "--token", "cafe" * 8, "--username", "rfranklin")
    try:
        url, token = read_labelled(process)
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/v2", url), url
        assert token == "cafe" * 8
        response = httpx.get(f"{url}/user", headers={"X-SBG-Auth-Token": token}, timeout=10)
        assert response.status_code == 200
        assert response.json()["username"] == "rfranklin"
        assert response.json()["first_name"] == "Rfranklin"
        process.send_signal(stop_signal)
        _, stderr = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0
    assert "Traceback" not in stderr


def test_random_token_and_fault_options() -> None:
    process = start("--rate-limit", "3", "--maintenance-seconds", "30", "--latency-ms", "1")
    try:
        url, token = read_labelled(process)
        assert re.fullmatch(r"[0-9a-f]{32}", token)
        response = httpx.get(f"{url}/user", headers={"X-SBG-Auth-Token": token}, timeout=10)
        assert response.status_code == 503
        assert response.json()["code"] == 0
        assert response.headers["X-RateLimit-Limit"] == "3"
        faults = httpx.get(url.removesuffix("/v2") + "/_emulator/faults", timeout=10).json()
        assert faults["maintenance"] is True
        assert 0 < faults["maintenance_seconds"] <= 30
        assert faults["latency_ms"] == 1
        process.terminate()
        process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0


def test_bad_option_value_fails_with_a_message() -> None:
    process = start("--error-rate", "2")
    _, stderr = process.communicate(timeout=10)
    assert process.returncode == 2
    assert "error_rate" in stderr


def test_version_and_defaults_in_help() -> None:
    version = start("--version")
    out, _ = version.communicate(timeout=30)
    assert version.returncode == 0
    assert re.fullmatch(r"sbg-emulator \S+\n", out), out
    helped = start("--help")
    out, _ = helped.communicate(timeout=30)
    assert helped.returncode == 0
    flat = " ".join(out.split())
    for shown in ("(default: 127.0.0.1)", "(default: 1000)", "(default: 300.0)", "SB_API_ENDPOINT"):
        assert shown in flat, shown
