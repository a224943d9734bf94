"""The installed ``sbg`` console script, run as a subprocess: JSON on stdout, exit codes, Ctrl-C
during an upload (resumable), ``sbg emulator``, shell completion."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sevenbridges as sbg
from sevenbridges_emulator import Emulator
from sevenbridges_emulator.faults import Faults

MIB = 1 << 20
SBG = str(Path(sys.executable).with_name("sbg"))


def default_sigint() -> None:
    """Give the child the default Ctrl-C behaviour, as a terminal would: a test run started in the
    background (``nohup``, some CI runners) inherits SIGINT ignored, and Python keeps it ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def environment(emulator: Emulator, tmp_path: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("SB_")}
    env.update(
        HOME=str(tmp_path / "home"),
        SB_API_ENDPOINT=emulator.url,
        SB_AUTH_TOKEN=emulator.token,
        SB_TRANSFER_STATE_DIR=str(tmp_path / "state"),
    )
    return env


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [SBG, *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_the_console_script_is_installed() -> None:
    assert shutil.which("sbg", path=str(Path(SBG).parent)) == SBG


def test_console_script_json_and_exit_codes(emulator: Emulator, tmp_path: Path) -> None:
    env = environment(emulator, tmp_path)
    who = run(["--json", "whoami"], env)
    assert who.returncode == 0, who.stderr
    assert json.loads(who.stdout)["username"] == "john_doe"

    created = run(["--json", "projects", "create", "Sub"], env)
    project = json.loads(created.stdout)["id"]
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "f.txt").write_text("hello")
    uploaded = run(["--json", "files", "upload", str(tmp_path / "d"), "--to", project], env)
    assert uploaded.returncode == 0, uploaded.stderr
    assert [r["target"] for r in json.loads(uploaded.stdout)] == ["d/f.txt"]

    assert run(["files", "upload", str(tmp_path / "missing"), "--to", project], env).returncode == 1
    unknown = run(["projects", "show", "john_doe/nothing"], env)
    assert unknown.returncode == 1 and "Traceback" not in unknown.stderr
    assert run(["projects", "frobnicate"], env).returncode == 2


def reported_parts(emulator: Emulator) -> int:
    state = emulator.state
    with state.lock:
        return sum(len(upload.parts) for upload in state.uploads.uploads.values())


def storage_puts(emulator: Emulator) -> int:
    return sum(1 for entry in emulator.state.storage.header_log if entry[0] == "PUT")


def test_ctrl_c_during_an_upload_exits_130_and_the_next_run_resumes(tmp_path: Path) -> None:
    faults = Faults(storage_bytes_per_second=5 * MIB)
    with Emulator(faults=faults) as emulator:
        env = environment(emulator, tmp_path)
        api = sbg.Api(url=emulator.url, token=emulator.token, error_handlers=[])
        project = api.projects.create(
            name="Interrupted", billing_group=api.billing_groups.query()[0]
        )
        source = tmp_path / "big.bin"
        source.write_bytes(hashlib.sha256(b"seed").digest() * (30 * MIB // 32))  # six 5 MiB parts
        args = [
            "files",
            "upload",
            str(source),
            "--to",
            str(project.id),
            "--workers",
            "1",
            "--part-size",
            "5",
        ]
        child = subprocess.Popen(
            [SBG, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            preexec_fn=default_sigint,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 60
            while reported_parts(emulator) < 1 and time.monotonic() < deadline:
                time.sleep(0.01)
            assert reported_parts(emulator) >= 1, child.stderr.read() if child.stderr else ""
            faults.storage_bytes_per_second = 1 * MIB  # the parts left cannot finish first
            child.send_signal(signal.SIGINT)
            _, err = child.communicate(timeout=60)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        assert child.returncode == 130, err
        assert "interrupted" in err and "Traceback" not in err
        assert list((tmp_path / "state").glob("upload-*.json")), "the upload's record was kept"
        assert list(api.files.query(project=project).all()) == []

        faults.storage_bytes_per_second = 0
        puts = storage_puts(emulator)
        again = run(["--json", *args], env)
        assert again.returncode == 0, again.stderr
        assert [r["status"] for r in json.loads(again.stdout)] == ["done"]
        assert storage_puts(emulator) - puts < 6  # the parts the server had were not sent again
        (uploaded,) = api.files.query(project=project).all()
        copy = tmp_path / "copy.bin"
        uploaded.download(copy)
        assert copy.read_bytes() == source.read_bytes()


def test_sbg_emulator_serves_until_interrupted(tmp_path: Path) -> None:
    child = subprocess.Popen(
        [SBG, "emulator", "--token", "secret-token"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=default_sigint,
    )  # fmt: skip
    try:
        assert child.stdout is not None
        label, _, url = child.stdout.readline().strip().partition("=")
        assert label == "SB_API_ENDPOINT"
        assert url.startswith("http://127.0.0.1:") and url.endswith("/v2")
        env = {key: value for key, value in os.environ.items() if not key.startswith("SB_")}
        env["HOME"] = str(tmp_path)
        who = run(["--url", url, "--token", "secret-token", "--json", "whoami"], env)
        assert who.returncode == 0 and json.loads(who.stdout)["username"] == "john_doe"
        child.send_signal(signal.SIGINT)
        assert child.wait(timeout=30) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


@pytest.mark.parametrize(
    ("words", "cword", "expected"),
    [
        ("sbg fi", "1", "files"),
        ("sbg files up", "2", "upload"),
        ("sbg projects members l", "3", "ls"),
    ],
)
def test_shell_completion(words: str, cword: str, expected: str) -> None:
    env = {**os.environ, "_SBG_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": cword}
    answer = subprocess.run([SBG], env=env, capture_output=True, text=True, timeout=60, check=False)
    assert answer.stdout.split() == [expected]
    script = subprocess.run(
        [SBG, "--show-completion", "bash"], capture_output=True, text=True, timeout=60, check=False
    )
    assert "_SBG_COMPLETE=complete_bash" in script.stdout


def test_the_library_does_not_need_the_cli_extra() -> None:
    code = (
        "import sys, sevenbridges as sbg\n"
        "sbg.Api; sbg.File; import sevenbridges.transfer.many\n"
        # (httpx itself imports rich when it is installed, for its own command line)
        "assert 'typer' not in sys.modules and 'sevenbridges.cli.app' not in sys.modules\n"
        "sys.modules['typer'] = None  # as if the cli extra were not installed\n"
        "from sevenbridges.cli import main\n"
        "main()\n"
    )
    answer = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert answer.returncode == 1, answer.stderr
    assert "pip install 'sevenbridges-openapi[cli]'" in answer.stderr
    assert "Traceback" not in answer.stderr


HELP_IMPORTS = """
import sys
sys.argv = ["sbg", *sys.argv[1:]]
from sevenbridges.cli import main
try:
    main()
except SystemExit:
    pass
loaded = [m for m in sys.modules if m.startswith(("sevenbridges", "rich", "httpx"))]
print(" ".join(sorted(loaded)), file=sys.stderr)
"""


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["--help"],
            ["sevenbridges", "sevenbridges.cli", "sevenbridges.cli.app", "sevenbridges.cli.output"],
        ),
        (
            ["files", "upload", "--help"],
            [
                "sevenbridges",
                "sevenbridges.cli",
                "sevenbridges.cli.app",
                "sevenbridges.cli.files",
                "sevenbridges.cli.output",
            ],
        ),
    ],
)
def test_help_loads_only_what_it_shows(args: list[str], expected: list[str]) -> None:
    # What keeps `sbg --help` fast (bench/cli_startup.py measures it): no client, no HTTP library,
    # no Rich, and only the command group asked for.
    answer = subprocess.run(
        [sys.executable, "-c", HELP_IMPORTS, *args], capture_output=True, text=True, timeout=60,
        check=False,
    )  # fmt: skip
    assert answer.stderr.split() == expected


def done_parts(sidecar: Path) -> int:
    try:
        return len(json.loads(sidecar.read_text()).get("done", []))
    except (OSError, ValueError):
        return 0


def part_gets(emulator: Emulator) -> int:
    """Ranged GETs of parts (not the one-byte probe of the size)."""
    log = emulator.state.storage.header_log
    return sum(
        1 for method, _, headers in log if method == "GET" and headers.get("Range") != "bytes=0-0"
    )


def test_ctrl_c_during_a_download_exits_130_and_the_next_run_resumes(tmp_path: Path) -> None:
    faults = Faults()
    with Emulator(faults=faults) as emulator:
        env = environment(emulator, tmp_path)
        api = sbg.Api(url=emulator.url, token=emulator.token, error_handlers=[])
        project = api.projects.create(name="Pulled", billing_group=api.billing_groups.query()[0])
        source = tmp_path / "big.bin"
        source.write_bytes(hashlib.sha256(b"down").digest() * (66 * MIB // 32))  # 3 parts of 32 MiB
        remote = api.files.upload(source, project=project)
        out = tmp_path / "out"
        sidecar = out / "big.bin.sbgdownload.json"
        args = ["files", "download", str(remote.id), "--to", str(out), "--workers", "1"]
        faults.storage_bytes_per_second = 32 * MIB
        child = subprocess.Popen(
            [SBG, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            preexec_fn=default_sigint,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 60
            while done_parts(sidecar) < 1 and time.monotonic() < deadline:
                time.sleep(0.01)
            assert done_parts(sidecar) >= 1
            faults.storage_bytes_per_second = 1 * MIB  # the last part cannot finish first
            child.send_signal(signal.SIGINT)
            _, err = child.communicate(timeout=60)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        assert child.returncode == 130, err
        assert not (out / "big.bin").exists(), "no partial file under the target's name"
        assert done_parts(sidecar) in (1, 2)

        faults.storage_bytes_per_second = 0
        gets = part_gets(emulator)
        again = run(["--json", *args], env)
        assert again.returncode == 0, again.stderr
        assert [r["status"] for r in json.loads(again.stdout)] == ["done"]
        assert part_gets(emulator) - gets < 3  # the parts already written were not fetched again
        assert (out / "big.bin").read_bytes() == source.read_bytes()
        assert not sidecar.exists()
