"""The examples a new user runs first: examples/quickstart.py and the README's Quickstart, run as
written (in a subprocess, as a user would) against an in-process emulator."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from sevenbridges_emulator import Emulator

ROOT = Path(__file__).resolve().parents[2]


def user_env(home: Path) -> dict[str, str]:
    """The environment of a user whose settings are only what the test gives them."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SB_")}
    env["HOME"] = str(home)
    return env


def run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=300
    )


def test_quickstart_runs_from_the_credentials_file_and_deletes_its_project(
    emulator: Emulator, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    (home / ".sevenbridges").mkdir(parents=True)
    (home / ".sevenbridges" / "credentials").write_text(
        f"[default]\napi_endpoint = {emulator.url}\nauth_token = {emulator.token}\n"
    )
    before = set(emulator.state.projects)
    done = run([str(ROOT / "examples" / "quickstart.py")], user_env(home), tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    assert "deleted john_doe/quickstart-demo-" in done.stdout
    assert "LocalFileAlreadyExists" not in done.stdout + done.stderr
    assert set(emulator.state.projects) == before  # nothing left behind


def readme_quickstart() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quickstart", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match is not None, "the README has no Quickstart code block"
    return match.group(1)


def test_readme_quickstart_runs_as_written(emulator: Emulator, tmp_path: Path) -> None:
    script = tmp_path / "readme_quickstart.py"
    script.write_text(readme_quickstart())
    env = user_env(tmp_path)
    env["SB_API_ENDPOINT"], env["SB_AUTH_TOKEN"] = emulator.url, emulator.token
    for _ in range(2):  # twice, in the same folder: no name collides with the first run's
        done = run([str(script)], env, tmp_path)
        assert done.returncode == 0, done.stderr[-3000:]
        assert "Traceback" not in done.stderr
    assert not any(p.startswith("john_doe/") for p in emulator.state.projects)


def test_readme_pytest_example_passes(tmp_path: Path) -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## The emulator", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match is not None, "the README shows no in-process Emulator example"
    (tmp_path / "test_readme_example.py").write_text(match.group(1))
    done = run(
        ["-m", "pytest", "-q", "-p", "no:cacheprovider", "test_readme_example.py"],
        user_env(tmp_path),
        tmp_path,
    )
    assert done.returncode == 0, done.stdout[-3000:]
    assert "1 passed" in done.stdout
