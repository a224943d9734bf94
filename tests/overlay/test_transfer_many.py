"""Many-file transfers (api.files.upload_many / download_many / walk) against the emulator."""

from __future__ import annotations

import http.client
import threading
from pathlib import Path
from typing import Any

import pytest
import sevenbridges as sbg
from sevenbridges.errors import ValidationError
from sevenbridges.transfer import handle, storage
from sevenbridges.transfer.many import ManyProgress, local_target
from sevenbridges.transfer.part_pool import PartPool
from sevenbridges_emulator import Emulator

from .file_fixtures import seed_file, server_record


@pytest.fixture(autouse=True)
def state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "transfer-state"
    monkeypatch.setenv("SB_TRANSFER_STATE_DIR", str(folder))
    return folder


@pytest.fixture
def project(api: sbg.Api) -> sbg.Project:
    group = api.billing_groups.query()[0]
    return api.projects.create(name="Many", billing_group=group)


def make_tree(root: Path) -> list[Path]:
    """reads/ with two files and a subfolder with one, plus a loose file beside it."""
    (root / "reads" / "lane2").mkdir(parents=True)
    files = [
        root / "reads" / "a.fq",
        root / "reads" / "b.fq",
        root / "reads" / "lane2" / "c.fq",
        root / "notes.txt",
    ]
    for number, path in enumerate(files):
        path.write_bytes(f"content {number} ".encode() * (100 + number))
    return files


def storage_puts(emulator: Emulator) -> int:
    return sum(1 for entry in emulator.state.storage.header_log if entry[0] == "PUT")


def test_upload_a_tree_then_download_it_and_rerun_both(
    api: sbg.Api, emulator: Emulator, project: sbg.Project, tmp_path: Path
) -> None:
    local = tmp_path / "local"
    files = make_tree(local)
    seen: list[ManyProgress] = []
    records = api.files.upload_many(
        [local / "reads", local / "notes.txt"], project=project, progress=seen.append
    )
    assert [r.target for r in records] == [
        "reads/a.fq",
        "reads/b.fq",
        "reads/lane2/c.fq",
        "notes.txt",
    ]
    assert [r.status for r in records] == ["done"] * 4
    assert [r.source for r in records] == [str(p) for p in files]
    assert all(r.file is not None and r.file.size == r.size for r in records)
    assert seen[-1] == ManyProgress(
        4, 4, sum(p.stat().st_size for p in files), seen[-1].bytes_total
    )
    assert seen[-1].bytes_done == seen[-1].bytes_total

    tree = {
        path: sorted(str(f.name) for f in names)
        for path, _, names in api.files.walk(project=project)
    }
    assert tree == {"": ["notes.txt"], "reads": ["a.fq", "b.fq"], "reads/lane2": ["c.fq"]}

    # Run again: everything is there already, nothing is sent to storage.
    puts = storage_puts(emulator)
    again = api.files.upload_many([local / "reads", local / "notes.txt"], project=project)
    assert [r.status for r in again] == ["skipped"] * 4
    assert storage_puts(emulator) == puts

    # Download the folder and the loose file; the remote tree is recreated locally.
    folder = next(f for f in api.files.query(project=project).all() if f.is_folder())
    loose = next(f for f in api.files.query(project=project).all() if not f.is_folder())
    out = tmp_path / "out"
    out.mkdir()
    down = api.files.download_many([folder, loose.id], out)
    assert [r.status for r in down] == ["done"] * 4
    for original in files:
        copy = out / original.relative_to(local)
        assert copy.read_bytes() == original.read_bytes()
    again_down = api.files.download_many([folder, loose.id], out)
    assert [r.status for r in again_down] == ["skipped"] * 4


def test_one_failure_never_stops_the_others(
    api: sbg.Api, project: sbg.Project, tmp_path: Path
) -> None:
    sources = []
    for number in range(5):
        path = tmp_path / f"f{number}.txt"
        path.write_text("x" * (number + 1))
        sources.append(path)
    api.files.upload(sources[2], project=project)
    sources[2].write_text("now longer than what was uploaded")
    records = api.files.upload_many(sources, project=project, files_in_flight=2)
    assert [r.status for r in records] == ["done", "done", "failed", "done", "done"]
    assert "already exists" in str(records[2].error)

    out = tmp_path / "out"
    out.mkdir()
    (out / "f1.txt").write_text("a different local file")
    remote = [r.file for r in records if r.file is not None]
    down = api.files.download_many(remote, out)
    assert [r.status for r in down] == ["done", "failed", "done", "done"]
    assert isinstance(down[1].error, sbg.LocalFileAlreadyExists)
    assert (out / "f1.txt").read_text() == "a different local file"


def test_concurrency_is_bounded(
    api: sbg.Api, project: sbg.Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = []
    for number in range(12):
        path = tmp_path / f"c{number}.bin"
        path.write_bytes(bytes([number]) * 2000)
        paths.append(path)
    running = 0
    most = 0
    lock = threading.Lock()
    real_run = handle.Transfer.run

    def counting_run(self: Any) -> None:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        try:
            real_run(self)
        finally:
            with lock:
                running -= 1

    monkeypatch.setattr(handle.Transfer, "run", counting_run)
    records = api.files.upload_many(paths, project=project, files_in_flight=3, workers=2)
    assert [r.status for r in records] == ["done"] * 12
    assert 1 <= most <= 3


def test_bad_input_is_refused_before_anything_is_sent(
    api: sbg.Api, emulator: Emulator, project: sbg.Project, tmp_path: Path
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "same.txt").write_text("1")
    (tmp_path / "b" / "same.txt").write_text("2")
    before = len(emulator.state.storage.header_log)
    with pytest.raises(ValidationError, match=r"missing\.txt"):
        api.files.upload_many(
            [tmp_path / "a" / "same.txt", tmp_path / "missing.txt"], project=project
        )
    with pytest.raises(ValidationError, match=r"both be uploaded as 'same\.txt'"):
        api.files.upload_many(
            [tmp_path / "a" / "same.txt", tmp_path / "b" / "same.txt"], project=project
        )
    with pytest.raises(ValidationError, match="give a project or a parent"):
        api.files.upload_many([tmp_path / "a" / "same.txt"])
    with pytest.raises(ValidationError, match="files_in_flight"):
        api.files.upload_many([tmp_path / "a"], project=project, files_in_flight=0)
    with pytest.raises(ValidationError, match="not an existing directory"):
        api.files.download_many([], tmp_path / "nowhere")
    assert len(emulator.state.storage.header_log) == before
    assert list(api.files.query(project=project).all()) == []


def test_server_names_are_made_safe_and_kept_inside_the_directory(
    api: sbg.Api, emulator: Emulator, project: sbg.Project, tmp_path: Path
) -> None:
    # The emulator refuses such names, as the real API does: a hostile server is made by
    # renaming its records behind its back.
    hostile = seed_file(emulator, project.id, "hostile", content=b"nope")
    escaped = seed_file(emulator, project.id, "escaped", content=b"ok")
    with emulator.state.lock:
        server_record(emulator, hostile).name = ".."
        server_record(emulator, escaped).name = "a/../../b\x1b[31m\\c"
    out = tmp_path / "out"
    out.mkdir()
    records = api.files.download_many([hostile, escaped], out)
    assert [r.status for r in records] == ["done", "done"]
    assert sorted(p.name for p in out.iterdir()) == ["__", "a_.._.._b_[31m_c"]
    assert (out / "__").read_bytes() == b"nope"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # nothing written beside it


def test_local_target_stays_inside(tmp_path: Path) -> None:
    (tmp_path / "inside").mkdir()
    (tmp_path / "inside" / "link").symlink_to(tmp_path)
    assert local_target(tmp_path / "inside", ["x", "y"]) == tmp_path / "inside" / "x" / "y"
    with pytest.raises(ValidationError, match="outside"):
        local_target(tmp_path / "inside", ["link", "y"])


def test_advance_access_reaches_every_request_made_on_worker_threads(
    api: sbg.Api, project: sbg.Project, tmp_path: Path
) -> None:
    (tmp_path / "tree" / "sub").mkdir(parents=True)
    for name in ("a.txt", "b.txt", "sub/c.txt"):
        (tmp_path / "tree" / name).write_text(name)
    seen: list[tuple[str, str | None]] = []

    def hook(request: Any) -> None:
        seen.append((request.url.path, request.headers.get("X-SBG-Advance-Access")))

    api.session.event_hooks["request"].append(hook)
    out = tmp_path / "out"
    out.mkdir()
    with api.aa():
        api.files.upload_many([tmp_path / "tree"], project=project)
        folder = api.files.query(project=project).all()
        tree = list(api.files.walk(project=project))
        api.files.download_many(list(folder), out)
    assert [path for path, _, _ in tree] == ["", "tree", "tree/sub"]
    assert (out / "tree" / "sub" / "c.txt").read_text() == "sub/c.txt"
    assert any(path.startswith("/v2/bulk/") for path, _ in seen)  # download_many's bulk read
    assert seen and all(value == "advance" for _, value in seen), [p for p, v in seen if not v]
    seen.clear()
    api.files.walk(project=project).__next__()
    assert seen and all(value is None for _, value in seen)


def test_two_files_with_one_local_target_are_refused_before_any_byte_moves(
    api: sbg.Api, emulator: Emulator, project: sbg.Project, tmp_path: Path
) -> None:
    folder = api.files.create_folder("inner", project=project)
    first = seed_file(emulator, project.id, "same.txt", content=b"one")
    second = seed_file(emulator, project.id, "same.txt", parent=str(folder.id), content=b"two")
    out = tmp_path / "out"
    out.mkdir()
    gets = sum(1 for entry in emulator.state.storage.header_log if entry[0] == "GET")
    with pytest.raises(ValidationError, match="would both be written to"):
        api.files.download_many([first, second], out)
    assert list(out.iterdir()) == []
    assert sum(1 for entry in emulator.state.storage.header_log if entry[0] == "GET") == gets


def test_files_share_one_bound_of_parts_and_a_large_one_takes_the_free_slots(
    emulator: Emulator, project: sbg.Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Three parts in flight in all (the Api's upload_max_workers), three files at once.
    api = sbg.Api(url=emulator.url, token=emulator.token, error_handlers=[], upload_max_workers=3)
    part = 5 * 1024 * 1024
    large = tmp_path / "large.bin"
    large.write_bytes(bytes(range(256)) * (4 * part // 256))  # four parts
    small = []
    for number in range(6):
        path = tmp_path / f"s{number}.txt"
        path.write_bytes(f"small {number}\n".encode())
        small.append(path)
    lock = threading.Lock()
    in_flight = {"all": 0, "large": 0, "most": 0}
    two_large_parts = threading.Event()
    real_send = storage.StorageClient.send_part

    def counting_send(self: Any, target: Any, fd: int, start: int, size: int, *rest: Any) -> Any:
        is_large = size >= part
        with lock:
            in_flight["all"] += 1
            in_flight["most"] = max(in_flight["most"], in_flight["all"])
            if is_large:
                in_flight["large"] += 1
                if in_flight["large"] >= 2:
                    two_large_parts.set()
        try:
            if is_large and start == 0:
                # The large file's first part waits for a second one beside it: with one part per
                # file (a bound split between files) it would never come.
                two_large_parts.wait(timeout=30)
            return real_send(self, target, fd, start, size, *rest)
        finally:
            with lock:
                in_flight["all"] -= 1
                in_flight["large"] -= int(is_large)

    monkeypatch.setattr(storage.StorageClient, "send_part", counting_send)
    records = api.files.upload_many(
        [large, *small], project=project.id, files_in_flight=3, part_size=part
    )
    assert [r.status for r in records] == ["done"] * 7
    assert two_large_parts.is_set()
    assert 1 <= in_flight["most"] <= 3  # parts in flight over all the files, never more
    uploaded = records[0].file
    assert uploaded is not None and uploaded.size == 4 * part


def test_part_pool_is_a_bound() -> None:
    with PartPool(2, storage.StorageClient(timeout=5)) as pool:
        assert pool.take() and pool.take(timeout=0.01)
        assert not pool.take() and not pool.take(timeout=0.01)
        pool.give_back()
        assert pool.take()
    with pytest.raises(ValidationError, match="at least 1, got 0"):
        PartPool(0, storage.StorageClient(timeout=5))


def test_storage_connections_outlive_each_file(
    emulator: Emulator, project: sbg.Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Twelve files through three shared workers: each worker's connection carries on to the next
    # file (a transfer of its own per file would open one for every file, and over HTTPS make a
    # TLS handshake for each).
    api = sbg.Api(
        url=emulator.url, token=emulator.token, error_handlers=[],
        upload_max_workers=3, download_max_workers=3,
    )  # fmt: skip
    paths = []
    for number in range(12):
        path = tmp_path / f"k{number}.txt"
        path.write_bytes(f"keep-alive {number}\n".encode())
        paths.append(path)
    opened: list[tuple[str, str]] = []
    real_connect = http.client.HTTPConnection.connect

    def counting_connect(self: http.client.HTTPConnection) -> None:
        opened.append((self.host, threading.current_thread().name))
        real_connect(self)

    monkeypatch.setattr(http.client.HTTPConnection, "connect", counting_connect)
    records = api.files.upload_many(paths, project=project.id, files_in_flight=3)
    assert [r.status for r in records] == ["done"] * 12
    assert 1 <= len(opened) <= 3, opened
    out = tmp_path / "out"
    out.mkdir()
    opened.clear()
    api.files.download_many([r.file for r in records], out)
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in paths)
    assert 1 <= len(opened) <= 3, opened
