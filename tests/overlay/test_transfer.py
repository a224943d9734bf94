"""Uploads and downloads through the transfer engine, against the emulator's API and storage."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import sevenbridges as sbg
from sevenbridges.errors import (
    LocalFileAlreadyExists,
    TransferError,
    TransferStateError,
    ValidationError,
)
from sevenbridges.transfer import Download, Progress, Stopped, Upload
from sevenbridges_emulator import Emulator
from sevenbridges_emulator.faults import Faults

from .file_fixtures import Recorder

MIB = 1 << 20
PART = 5 * MIB


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_file(path: Path, size: int, seed: int = 1) -> Path:
    chunk = hashlib.sha256(str(seed).encode()).digest() * 4096  # 128 KiB, not all one byte
    with open(path, "wb") as handle:
        written = 0
        while written < size:
            piece = chunk[: size - written]
            handle.write(piece)
            written += len(piece)
    return path


def make_api(emulator: Emulator, **kwargs: Any) -> sbg.Api:
    return sbg.Api(url=emulator.url, token=emulator.token, error_handlers=[], **kwargs)


def new_project(api: sbg.Api, name: str = "Transfers") -> sbg.Project:
    group = api.billing_groups.query()[0]
    return api.projects.create(name=name, billing_group=group)


def storage_requests(emulator: Emulator, method: str) -> int:
    return sum(1 for entry in emulator.state.storage.header_log if entry[0] == method)


@pytest.fixture(autouse=True)
def state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "transfer-state"
    monkeypatch.setenv("SB_TRANSFER_STATE_DIR", str(folder))
    return folder


@pytest.fixture
def project(api: sbg.Api) -> sbg.Project:
    return new_project(api)


def test_round_trip_in_parts_with_progress(
    api: sbg.Api, project: sbg.Project, tmp_path: Path, emulator: Emulator
) -> None:
    source = make_file(tmp_path / "reads.fastq", 13 * MIB + 123)
    seen: list[Progress] = []
    upload = api.files.upload(source, project=project, part_size=PART, wait=False)
    assert isinstance(upload, Upload)
    upload.add_progress_callback(seen.append)
    upload.start()
    uploaded = upload.result()
    assert upload.status == sbg.TransferState.COMPLETED
    assert uploaded.name == "reads.fastq" and uploaded.size == source.stat().st_size
    assert seen[-1].parts_done == seen[-1].num_of_parts == 3
    assert seen[-1].bytes_done == source.stat().st_size
    assert storage_requests(emulator, "PUT") == 3

    target = tmp_path / "out" / "reads.fastq"
    target.parent.mkdir()
    handle = api.files.get(uploaded.id).download(target, chunk_size=PART, wait=False)
    assert isinstance(handle, Download)
    handle.start()
    handle.wait()
    assert handle.status == sbg.TransferState.COMPLETED, handle.error
    assert sha256(target) == sha256(source)
    assert sorted(p.name for p in target.parent.iterdir()) == ["reads.fastq"]  # no leftovers
    assert handle.progress == 1.0


def test_zero_byte_file(api: sbg.Api, project: sbg.Project, tmp_path: Path) -> None:
    source = tmp_path / "empty.txt"
    source.write_bytes(b"")
    uploaded = api.files.upload(source, project=project)
    assert uploaded.size == 0
    target = tmp_path / "empty.out"
    uploaded.download(target)
    assert target.read_bytes() == b""


def test_no_api_token_reaches_storage(
    api: sbg.Api, project: sbg.Project, tmp_path: Path, emulator: Emulator
) -> None:
    source = make_file(tmp_path / "a.bin", 6 * MIB)
    uploaded = api.files.upload(source, project=project, part_size=PART)
    uploaded.download(tmp_path / "a.out")
    log = emulator.state.storage.header_log
    assert {entry[0] for entry in log} >= {"PUT", "GET"}
    for method, path, headers in log:
        names = {name.lower() for name in headers}
        assert "x-sbg-auth-token" not in names, (method, path)
        assert "authorization" not in names, (method, path)
        assert emulator.token not in " ".join(headers.values())


def test_round_trip_survives_part_faults_drops_and_an_expired_url(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    faults = Faults(seed=11, storage_error_rate=0.1, storage_drop_rate=0.05)
    with Emulator(faults=faults) as emulator:
        api = make_api(emulator)
        project = new_project(api)
        source = make_file(tmp_path / "big.bam", 31 * MIB + 7, seed=2)
        uploaded = api.files.upload(source, project=project, part_size=PART, retry=8)
        target = tmp_path / "big.out"
        # Slow storage and URLs that live half a second: later parts find the URL expired.
        faults.storage_latency_ms = 300
        faults.url_ttl = 0.5
        with caplog.at_level(logging.INFO, logger="sevenbridges.transfer"):
            uploaded.download(target, chunk_size=PART, retry=8, workers=2)
        assert sha256(target) == sha256(source)
        assert not (tmp_path / "big.out.sbgdownload").exists()
        assert any("403" in record.getMessage() for record in caplog.records)


def test_part_failures_beyond_the_retries_fail_and_leave_no_target(tmp_path: Path) -> None:
    faults = Faults(seed=3)
    with Emulator(faults=faults) as emulator:
        api = make_api(emulator)
        project = new_project(api)
        source = make_file(tmp_path / "x.bin", 11 * MIB)
        uploaded = api.files.upload(source, project=project, part_size=PART)
        faults.storage_error_rate = 1.0
        target = tmp_path / "x.out"
        with pytest.raises(TransferError, match="attempts"):
            uploaded.download(target, chunk_size=PART, retry=1)
        assert not target.exists()
        with pytest.raises(TransferError):
            api.files.upload(source, project=project, file_name="y.bin", part_size=PART, retry=1)
        assert [f.name for f in api.files.query(project=project).all()] == ["x.bin"]


def test_download_resumes_from_the_parts_already_written(tmp_path: Path) -> None:
    faults = Faults(seed=5)
    with Emulator(faults=faults) as emulator:
        api = make_api(emulator)
        project = new_project(api)
        source = make_file(tmp_path / "r.bin", 20 * MIB, seed=4)
        uploaded = api.files.upload(source, project=project, part_size=PART)
        target = tmp_path / "r.out"
        # One worker, slow storage: stop the storage after two parts by failing everything.
        faults.storage_bytes_per_second = 20 * MIB
        handle = uploaded.download(target, chunk_size=PART, wait=False, workers=1, retry=0)
        assert isinstance(handle, Download)
        handle.start()
        deadline = time.monotonic() + 30
        while handle.progress_info.parts_done < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        faults.storage_error_rate = 1.0
        handle.wait()
        assert handle.status == sbg.TransferState.FAILED
        assert not target.exists()
        assert (tmp_path / "r.out.sbgdownload").exists()
        faults.storage_error_rate = 0.0
        faults.storage_bytes_per_second = 0
        gets_before = storage_requests(emulator, "GET")
        again = uploaded.download(target, chunk_size=PART, wait=False, workers=1)
        assert isinstance(again, Download)
        again.start()
        again.wait()
        assert again.status == sbg.TransferState.COMPLETED, again.error
        assert sha256(target) == sha256(source)
        fetched = storage_requests(emulator, "GET") - gets_before
        assert fetched <= 4  # a size probe plus at most the 2-3 parts not written before
        assert not (tmp_path / "r.out.sbgdownload.json").exists()


def test_pause_resume_and_stop(tmp_path: Path) -> None:
    faults = Faults(storage_bytes_per_second=25 * MIB)
    with Emulator(faults=faults) as emulator:
        api = make_api(emulator)
        project = new_project(api)
        source = make_file(tmp_path / "p.bin", 20 * MIB, seed=6)
        upload = api.files.upload(source, project=project, part_size=PART, wait=False, workers=1)
        assert isinstance(upload, Upload)
        upload.start()
        deadline = time.monotonic() + 30
        while upload.progress_info.parts_done < 1 and time.monotonic() < deadline:
            time.sleep(0.01)
        upload.pause()
        assert upload.status == sbg.TransferState.PAUSED
        time.sleep(0.5)  # the part in flight finishes
        paused_at = upload.progress_info.bytes_done
        time.sleep(0.5)
        assert upload.progress_info.bytes_done == paused_at < source.stat().st_size
        upload.resume()
        assert upload.result().size == source.stat().st_size

        # A stopped upload stays on the server; the same upload() later carries it on.
        stopped = stop_after_a_part(api, source, project, "q.bin", resumable=True)
        assert upload_status(emulator, stopped.upload_id) == 200
        again = api.files.upload(source, project=project, file_name="q.bin", wait=False)
        assert isinstance(again, Upload)
        again.start()
        assert again.result().size == source.stat().st_size
        assert again.upload_id == stopped.upload_id

        # Not resumable: a stop aborts it on the server.
        dropped = stop_after_a_part(api, source, project, "r.bin", resumable=False)
        assert upload_status(emulator, dropped.upload_id) == 404
        names = sorted(f.name for f in api.files.query(project=project).all())
        assert names == ["p.bin", "q.bin"]


def stop_after_a_part(
    api: sbg.Api, source: Path, project: sbg.Project, name: str, resumable: bool
) -> Upload:
    upload = api.files.upload(
        source, project=project, file_name=name, part_size=PART, wait=False, workers=1,
        resumable=resumable,
    )  # fmt: skip
    upload.start()
    deadline = time.monotonic() + 30
    while upload.progress_info.parts_done < 1 and time.monotonic() < deadline:
        time.sleep(0.01)
    upload.stop()
    upload.wait()
    assert upload.status == sbg.TransferState.STOPPED
    with pytest.raises(Stopped):
        upload.result()
    return upload


def upload_status(emulator: Emulator, upload_id: str | None) -> int:
    answer = httpx.get(
        f"{emulator.url}/upload/multipart/{upload_id}",
        headers={"X-SBG-Auth-Token": emulator.token},
    )
    return answer.status_code


CHILD = """
import sys, sevenbridges as sbg
api = sbg.Api(url=sys.argv[1], token=sys.argv[2], error_handlers=[])
api.files.upload(sys.argv[3], project=sys.argv[4], part_size=5 * 1024 * 1024, workers=1)
"""


def test_upload_resumes_after_the_process_is_killed(tmp_path: Path, state_dir: Path) -> None:
    import subprocess
    import sys

    faults = Faults(storage_bytes_per_second=10 * MIB)
    with Emulator(faults=faults) as emulator:
        api = make_api(emulator)
        project = new_project(api)
        source = make_file(tmp_path / "k.bin", 30 * MIB, seed=8)
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, emulator.url, emulator.token, str(source), project.id],
            env={**os.environ, "SB_TRANSFER_STATE_DIR": str(state_dir)},
        )
        try:
            deadline = time.monotonic() + 60
            while storage_requests(emulator, "PUT") < 3 and time.monotonic() < deadline:
                time.sleep(0.02)
            time.sleep(0.2)  # let a reported part be reported
        finally:
            child.kill()
            child.wait()
        assert list(state_dir.glob("upload-*.json")), "the killed upload left its record"
        faults.storage_bytes_per_second = 0
        puts_before = storage_requests(emulator, "PUT")
        uploaded = api.files.upload(source, project=project, part_size=PART)
        resent = storage_requests(emulator, "PUT") - puts_before
        assert resent < 6  # six parts in all: the ones the server had were not sent again
        target = tmp_path / "k.out"
        uploaded.download(target)
        assert sha256(target) == sha256(source)
        assert not list(state_dir.glob("upload-*.json"))


@pytest.fixture
def no_requests(emulator: Emulator) -> Iterator[None]:
    """The block sends nothing to storage and starts no upload."""
    before = len(emulator.state.storage.header_log)
    yield
    assert len(emulator.state.storage.header_log) == before
    answer = httpx.get(
        f"{emulator.url}/upload/multipart", headers={"X-SBG-Auth-Token": emulator.token}
    )
    assert answer.json()["items"] == []


def test_bad_upload_input_fails_before_any_byte_moves(
    api: sbg.Api, project: sbg.Project, tmp_path: Path, no_requests: None
) -> None:
    source = make_file(tmp_path / "ok.txt", 10)
    folder = api.files.create_folder("f", project=project)
    with pytest.raises(ValidationError, match="No such file"):
        api.files.upload(tmp_path / "missing.txt", project=project)
    with pytest.raises(ValidationError, match="directory"):
        api.files.upload(tmp_path, project=project)
    with pytest.raises(ValidationError, match="not both"):
        api.files.upload(source, project=project, parent=folder)
    with pytest.raises(ValidationError, match="must not contain '/'"):
        api.files.upload(source, project=project, file_name="a/b.txt")
    with pytest.raises(ValidationError, match="part_size"):
        api.files.upload(source, project=project, part_size=1024)


def test_bad_download_input_fails_before_any_byte_moves(
    api: sbg.Api, project: sbg.Project, tmp_path: Path, emulator: Emulator
) -> None:
    source = make_file(tmp_path / "d.txt", 100)
    uploaded = api.files.upload(source, project=project)
    folder = api.files.create_folder("dir", project=project)
    before = len(emulator.state.storage.header_log)
    existing = tmp_path / "exists.txt"
    existing.write_text("keep me")
    with pytest.raises(LocalFileAlreadyExists):
        uploaded.download(existing)
    assert existing.read_text() == "keep me"
    with pytest.raises(ValidationError, match="directory"):
        uploaded.download(tmp_path)
    with pytest.raises(ValidationError, match="does not exist"):
        uploaded.download(tmp_path / "no" / "such" / "dir.txt")
    with pytest.raises(ValidationError, match="folder"):
        folder.download(tmp_path / "folder.out")
    assert len(emulator.state.storage.header_log) == before
    uploaded.download(existing, overwrite=True)
    assert existing.read_bytes() == source.read_bytes()


def test_stream_iterates_the_content(api: sbg.Api, project: sbg.Project, tmp_path: Path) -> None:
    source = make_file(tmp_path / "s.bin", 3 * MIB + 5, seed=9)
    uploaded = api.files.upload(source, project=project)
    chunks = list(uploaded.stream(part_size=MIB))
    assert [len(c) for c in chunks] == [MIB, MIB, MIB, 5]
    assert b"".join(chunks) == source.read_bytes()
    folder = api.files.create_folder("not-a-file", project=project)
    with pytest.raises(ValidationError, match="folder"):
        folder.stream()  # at the call, before any iteration
    with pytest.raises(ValidationError, match="part_size"):
        uploaded.stream(part_size=0)


def test_callbacks_and_errbacks(api: sbg.Api, project: sbg.Project, tmp_path: Path) -> None:
    source = make_file(tmp_path / "c.bin", 1000)
    done = threading.Event()
    results: list[Any] = []
    upload = api.files.upload(source, project=project, wait=False)
    assert isinstance(upload, Upload)
    upload.add_callback(lambda file: (results.append(file), done.set()))
    upload.start()
    assert done.wait(30)
    assert results[0].name == "c.bin"
    assert upload.duration > 0 and upload.start_time is not None

    failures: list[BaseException] = []
    clash = api.files.upload(source, project=project, wait=False)  # same name, no overwrite
    assert isinstance(clash, Upload)
    clash.add_callback(errorback=failures.append)
    clash.start()
    clash.wait()
    assert clash.status == sbg.TransferState.FAILED
    assert isinstance(failures[0], sbg.SbgError)


def test_a_file_changed_during_its_upload_is_refused_and_dropped(tmp_path: Path) -> None:
    faults = Faults(storage_bytes_per_second=20 * MIB)
    with Emulator(faults=faults) as emulator:
        api = make_api(emulator)
        project = new_project(api)
        source = make_file(tmp_path / "growing.log", 15 * MIB, seed=12)
        upload = api.files.upload(source, project=project, part_size=PART, wait=False, workers=1)
        upload.start()
        deadline = time.monotonic() + 30
        while upload.progress_info.parts_done < 1 and time.monotonic() < deadline:
            time.sleep(0.01)
        with open(source, "ab") as handle:
            handle.write(b"more lines\n")
        upload.wait()
        assert upload.status == sbg.TransferState.FAILED
        assert isinstance(upload.error, sbg.LocalFileChanged)
        assert "changed while it was being uploaded" in str(upload.error)
        answer = httpx.get(
            f"{emulator.url}/upload/multipart/{upload.upload_id}",
            headers={"X-SBG-Auth-Token": emulator.token},
        )
        assert answer.status_code == 404  # dropped on the server
        assert list(api.files.query(project=project)) == []


def test_handles_made_directly_as_in_sevenbridges_python(
    api: sbg.Api, project: sbg.Project, tmp_path: Path
) -> None:
    source = make_file(tmp_path / "direct.bin", 1234)
    upload = Upload(str(source), project=project.id, api=api)
    assert upload.status == sbg.TransferState.PREPARING
    upload.start()
    uploaded = upload.result()
    target = tmp_path / "direct.out"
    download = Download(uploaded.download_info().url, str(target), api=api)
    download.start()
    download.wait()
    assert download.status == sbg.TransferState.COMPLETED
    assert target.read_bytes() == source.read_bytes()


# ----------------------------------------------------------------- issue 13, item 3


@pytest.mark.parametrize("resumable", [True, False])
def test_a_users_own_partial_named_file_is_never_truncated_or_renamed(
    api: sbg.Api, project: sbg.Project, tmp_path: Path, resumable: bool
) -> None:
    """``<target>.sbgdownload`` that no sidecar of ours vouches for belongs to the user."""
    uploaded = api.files.upload(make_file(tmp_path / "src.bin", 6 * MIB), project=project)
    target = tmp_path / "data.bin"
    theirs = tmp_path / "data.bin.sbgdownload"
    theirs.write_bytes(b"the user's own notes, not a partial download")
    recorder = Recorder(api)
    with pytest.raises(LocalFileAlreadyExists, match=r"data\.bin\.sbgdownload") as caught:
        uploaded.download(target, resumable=resumable)
    assert recorder.sent == []  # refused before the API was asked for a URL
    assert "not" in str(caught.value) and "move" in str(caught.value)
    assert theirs.read_bytes() == b"the user's own notes, not a partial download"
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("data")) == [
        "data.bin.sbgdownload"
    ]
    theirs.unlink()  # once it is out of the way, the download runs
    uploaded.download(target, resumable=resumable)
    assert sha256(target) == sha256(tmp_path / "src.bin")


def test_our_own_partial_of_another_object_is_replaced(
    api: sbg.Api, project: sbg.Project, tmp_path: Path
) -> None:
    first = api.files.upload(make_file(tmp_path / "a.bin", 6 * MIB, seed=1), project=project)
    second = api.files.upload(make_file(tmp_path / "b.bin", 6 * MIB, seed=2), project=project)
    target = tmp_path / "out.bin"
    partial = tmp_path / "out.bin.sbgdownload"
    partial.write_bytes(b"x" * 10)  # what a killed download of `first` left (with its sidecar)
    (tmp_path / "out.bin.sbgdownload.json").write_text(
        json.dumps({"identity": f"{api.url} {first.id}", "size": 6 * MIB, "part_size": PART,
                    "done": []})
    )  # fmt: skip
    second.download(target)
    assert sha256(target) == sha256(tmp_path / "b.bin")
    assert not partial.exists()


def test_a_partial_named_file_that_appears_before_start_is_left_alone(
    api: sbg.Api, project: sbg.Project, tmp_path: Path
) -> None:
    uploaded = api.files.upload(make_file(tmp_path / "src.bin", 100), project=project)
    handle = uploaded.download(tmp_path / "late.bin", wait=False, resumable=False)
    (tmp_path / "late.bin.sbgdownload").write_text("mine")
    handle.start()
    handle.wait()
    assert handle.status == sbg.TransferState.FAILED
    assert isinstance(handle.error, LocalFileAlreadyExists)
    assert (tmp_path / "late.bin.sbgdownload").read_text() == "mine"
    assert not (tmp_path / "late.bin").exists()


# ----------------------------------------------------------------- issue 13, item 9


def wait_for_a_part(handle: Upload | Download) -> None:
    deadline = time.monotonic() + 60
    while handle.progress_info.parts_done < 1 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert handle.progress_info.parts_done >= 1


@pytest.mark.parametrize("direction", ["upload", "download"])
@pytest.mark.parametrize("paused", [False, True])
def test_stop_returns_once_the_transfer_has_stopped(
    tmp_path: Path, direction: str, paused: bool
) -> None:
    # 6 parts at 10 MiB/s: at least 2.5 s still to go when the first part is done.
    faults = Faults()
    with Emulator(faults=faults) as emulator:
        api = make_api(emulator)
        project = new_project(api)
        source = make_file(tmp_path / "s.bin", 6 * PART, seed=9)
        handle: Upload | Download
        if direction == "upload":
            faults.storage_bytes_per_second = 10 * MIB
            handle = api.files.upload(
                source, project=project, part_size=PART, wait=False, workers=1
            )
        else:
            uploaded = api.files.upload(source, project=project, part_size=PART)
            faults.storage_bytes_per_second = 10 * MIB
            handle = uploaded.download(tmp_path / "s.out", chunk_size=PART, wait=False, workers=1)
        handle.start()
        wait_for_a_part(handle)
        if paused:
            handle.pause()
        handle.stop()
        assert handle.status == sbg.TransferState.STOPPED
        assert not handle.is_alive()
        assert handle.progress_info.parts_done < 6
        with pytest.raises(TransferStateError, match="STOPPED"):
            handle.stop()
        with pytest.raises(Stopped):
            handle.result()


def test_stop_refuses_a_transfer_that_is_not_running_or_paused(
    api: sbg.Api, project: sbg.Project, tmp_path: Path
) -> None:
    source = make_file(tmp_path / "n.bin", 1000)
    waiting = api.files.upload(source, project=project, wait=False)
    with pytest.raises(TransferStateError, match="PREPARING"):
        waiting.stop()
    assert waiting.status == sbg.TransferState.PREPARING
    waiting.start()
    uploaded = waiting.result()
    with pytest.raises(TransferStateError, match="COMPLETED"):
        waiting.stop()
    done = uploaded.download(tmp_path / "n.out", wait=False)
    done.start()
    done.wait()
    with pytest.raises(TransferStateError, match="COMPLETED"):
        done.stop()
    assert isinstance(TransferStateError("x"), sbg.SbgError)


# ----------------------------------------------------------------- issue 13, item 10


def test_result_on_what_upload_returns_is_the_file_as_scripts_expect(
    api: sbg.Api, project: sbg.Project, tmp_path: Path
) -> None:
    """sevenbridges-python scripts write ``api.files.upload(...).result()``."""
    source = make_file(tmp_path / "compat.bin", 4321)
    uploaded = api.files.upload(source, project=project, wait=True)
    assert isinstance(uploaded, sbg.File)
    same = uploaded.result()
    assert same is uploaded and same.size == 4321
    handle = api.files.upload(source, project=project, file_name="again.bin", wait=False)
    handle.start()
    finished: sbg.File = handle.result()
    assert finished.result().name == "again.bin"
