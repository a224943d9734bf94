"""Transfers on both file paths: the positioned system calls (``os.preadv``/``os.pwrite``) and the
portable path for platforms without them (Windows), forced here on Linux. In the portable runs the
transfer code cannot reach the positioned calls at all, as on a platform that lacks them."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
import sevenbridges as sbg
from sevenbridges.transfer import fileio
from sevenbridges_emulator import Emulator
from sevenbridges_emulator.faults import Faults

from .test_transfer import MIB, PART, make_api, make_file, new_project, sha256

POSITIONED = {"pread", "pwrite", "preadv", "pwritev"}


class _WithoutPositionedCalls:
    """The ``os`` module as a platform without positioned reads and writes sees it."""

    def __getattr__(self, name: str) -> Any:
        if name in POSITIONED:
            raise AttributeError(f"module 'os' has no attribute {name!r}")
        return getattr(os, name)


@pytest.fixture(params=["native", "portable"])
def file_io(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "portable":
        monkeypatch.setattr(fileio, "PORTABLE", True)
        monkeypatch.setattr(fileio, "os", _WithoutPositionedCalls())
    else:
        monkeypatch.setattr(fileio, "PORTABLE", False)
    return str(request.param)


@pytest.fixture(autouse=True)
def state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "transfer-state"
    monkeypatch.setenv("SB_TRANSFER_STATE_DIR", str(folder))
    return folder


def test_round_trip_in_parts_survives_broken_connections(file_io: str, tmp_path: Path) -> None:
    # Drops cut storage answers part-way, so downloads carry on from mid-part offsets.
    faults = Faults(seed=7, storage_error_rate=0.05, storage_drop_rate=0.1)
    with Emulator(faults=faults) as emulator:
        api = make_api(emulator)
        project = new_project(api)
        source = make_file(tmp_path / "reads.bam", 23 * MIB + 11, seed=9)
        uploaded = api.files.upload(source, project=project, part_size=PART, retry=10)
        assert uploaded.size == source.stat().st_size
        target = tmp_path / "reads.out"
        uploaded.download(target, chunk_size=PART, retry=10, workers=3)
        assert sha256(target) == sha256(source)


def test_an_interrupted_upload_resumes_checking_the_parts_already_sent(
    file_io: str, tmp_path: Path, emulator: Emulator, api: sbg.Api
) -> None:
    project = new_project(api)
    source = make_file(tmp_path / "big.bin", 16 * MIB, seed=3)
    # The completion fails once: the parts stay on the server and the next upload reads them
    # back from the file to check their MD5s (a read at each part's offset) before completing.
    emulator.fail_request("POST", "/upload/multipart/*/complete", nth=1, status=503)
    with pytest.raises(sbg.SbgError):
        api.files.upload(source, project=project, part_size=PART, retry=0)
    puts_before = sum(1 for e in emulator.state.storage.header_log if e[0] == "PUT")
    uploaded = api.files.upload(source, project=project, part_size=PART)
    puts_after = sum(1 for e in emulator.state.storage.header_log if e[0] == "PUT")
    assert puts_after == puts_before  # every part was kept: none sent again
    target = tmp_path / "big.out"
    uploaded.download(target)
    assert sha256(target) == sha256(source)


def test_reads_and_writes_at_offsets_from_many_threads(file_io: str, tmp_path: Path) -> None:
    size, window = 64 * 4096, 4096
    path = tmp_path / "windows.bin"
    path.write_bytes(b"\0" * size)
    expected = b"".join(bytes([n % 251]) * window for n in range(size // window))
    fd = fileio.open_for_writing(path)
    try:
        threads = [
            threading.Thread(
                target=fileio.write_at,
                args=(fd, expected[n * window : (n + 1) * window], n * window),
            )
            for n in range(size // window)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        os.close(fd)
    assert path.read_bytes() == expected
    fd = fileio.open_for_reading(path)
    try:
        got: dict[int, bytes] = {}

        def read(n: int) -> None:
            got[n] = fileio.read_at(fd, window, n * window)

        readers = [threading.Thread(target=read, args=(n,)) for n in range(size // window)]
        for thread in readers:
            thread.start()
        for thread in readers:
            thread.join()
        assert b"".join(got[n] for n in range(size // window)) == expected
        assert fileio.read_at(fd, 10, size - 3) == expected[-3:]  # short at the end
        assert fileio.read_at(fd, 10, size) == b""
    finally:
        os.close(fd)


@pytest.mark.parametrize(
    ("prelude", "env", "portable"),
    [
        ("", {}, False),
        ("", {fileio.ENV_PORTABLE: "1"}, True),
        ("import os; del os.preadv; ", {}, True),  # a platform without the positioned calls
        ("import os; del os.pwrite; ", {}, True),
    ],
)
def test_the_portable_path_is_chosen_when_needed_or_asked_for(
    prelude: str, env: dict[str, str], portable: bool
) -> None:
    code = prelude + "from sevenbridges.transfer import fileio; print(fileio.PORTABLE)"
    clean = {k: v for k, v in os.environ.items() if k != fileio.ENV_PORTABLE}
    shown = subprocess.run(
        [sys.executable, "-c", code],
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.strip()
    assert shown == str(portable)
