"""``sbg``: settings, configure, whoami, JSON output, errors and exit codes."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from sevenbridges_emulator import Emulator

from .conftest import Run


def test_whoami_as_a_table_and_as_json(configured: Emulator, sbg: Run) -> None:
    shown = sbg("whoami")
    assert shown.exit_code == 0, shown.stderr
    assert "john_doe" in shown.stdout and configured.url in shown.stdout

    as_json = sbg("--json", "whoami")
    assert as_json.exit_code == 0
    data = json.loads(as_json.stdout)  # stdout holds the JSON document and nothing else
    assert data["username"] == "john_doe"
    assert data["api"] == configured.url


def test_settings_resolve_as_the_library_resolves_them(
    emulator: Emulator, home: Path, sbg: Run
) -> None:
    # Nothing configured: one line on stderr, exit 1, no traceback.
    missing = sbg("whoami")
    assert missing.exit_code == 1
    assert missing.stderr.startswith("sbg: No API url and no token configured")
    assert "Traceback" not in missing.stderr and missing.stdout == ""

    # Flags.
    flags = sbg("--url", emulator.url, "--token", emulator.token, "--json", "whoami")
    assert flags.exit_code == 0 and json.loads(flags.stdout)["username"] == "john_doe"

    # A wrong token: the API's 401, one line.
    wrong = sbg("--url", emulator.url, "--token", "not-the-token", "whoami")
    assert wrong.exit_code == 1
    assert wrong.stderr.startswith("sbg: Unauthorized") and "not-the-token" not in wrong.stderr

    # --debug adds the traceback.
    debug = sbg("--debug", "--url", emulator.url, "--token", "not-the-token", "whoami")
    assert debug.exit_code == 1 and "Traceback" in debug.stderr

    # A profile of the credentials file, and an unknown profile.
    credentials = home / ".sevenbridges" / "credentials"
    credentials.parent.mkdir()
    credentials.write_text(f"[emu]\napi_endpoint = {emulator.url}\nauth_token = {emulator.token}\n")
    profile = sbg("--profile", "emu", "--json", "whoami")
    assert profile.exit_code == 0 and json.loads(profile.stdout)["username"] == "john_doe"
    unknown = sbg("--profile", "nope", "whoami")
    assert unknown.exit_code == 1 and "Profile 'nope' not found" in unknown.stderr


def test_configure_writes_a_private_profile_without_echoing_the_token(
    emulator: Emulator, home: Path, sbg: Run
) -> None:
    answer = sbg("configure", "--profile", "emu", input=f"{emulator.url}\n{emulator.token}\n")
    assert answer.exit_code == 0, answer.stderr
    assert emulator.token not in answer.stdout + answer.stderr
    credentials = home / ".sevenbridges" / "credentials"
    assert stat.S_IMODE(credentials.stat().st_mode) == 0o600
    assert f"auth_token = {emulator.token}" in credentials.read_text()
    assert sbg("--profile", "emu", "whoami").exit_code == 0

    # A second profile keeps the first; --token-stdin reads the token from a pipe.
    again = sbg(
        "configure", "--profile", "other", "--url", emulator.url, "--token-stdin",
        input="tok%en\n",
    )  # fmt: skip
    assert again.exit_code == 0 and "tok%en" not in again.stdout + again.stderr
    text = credentials.read_text()
    assert "[emu]" in text and "[other]" in text
    assert stat.S_IMODE(credentials.stat().st_mode) == 0o600
    from sevenbridges.config import Config

    assert Config(profile="other").auth_token == "tok%en"  # read back exactly

    bad = sbg("configure", "--profile", "bad name", "--url", emulator.url, input="t\n")
    assert bad.exit_code == 1 and "Invalid profile name" in bad.stderr


def test_usage_errors_exit_with_2(configured: Emulator, sbg: Run) -> None:
    for args in (
        ["nonsense"],
        ["files", "upload", "x"],  # --to missing
        ["files", "upload", "x", "--to", "a/b", "--parallel", "0"],
        ["files", "meta", "someid", "novalue"],
    ):
        result = sbg(*args)
        assert result.exit_code == 2, (args, result.stderr)
        assert "Traceback" not in result.stderr


def test_help_lists_every_command(sbg: Run) -> None:
    shown = sbg("--help")
    assert shown.exit_code == 0
    commands = ("whoami", "configure", "projects", "files", "apps", "tasks", "volumes", "imports")
    for command in (*commands, "exports", "emulator"):
        assert command in shown.stdout
    files = sbg("files", "--help")
    for command in ("ls", "upload", "download", "cp", "mv", "rm", "tag", "meta"):
        assert f"  {command} " in files.stdout
