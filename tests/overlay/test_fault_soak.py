"""Fault soak: a realistic mix of calls from several threads while every fault is switched on.

Queries, saves, uploads and downloads run from several threads against the emulator under random
429s (a small rate-limit window), maintenance windows that come and go, 500s, dropped connections,
and storage 500s and cut-off bodies, all at once. Every operation must either succeed or raise an
``SbgError`` (never a raw httpx, socket or other exception), every file that was moved must be
byte-identical to its source, and a failed download must leave no file at its target.

The fault rolls are seeded and each thread runs a fixed sequence of operations, so the outcome
(every assertion) is the same on every run even though which calls fail varies with scheduling.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import random
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import sevenbridges as sbg
from sevenbridges.http.error_handlers import RetryPolicy, maintenance_sleeper, rate_limit_sleeper
from sevenbridges_emulator import Emulator

MIB = 1 << 20
PART = 5 * MIB
THREADS = 4
OPERATIONS_PER_THREAD = 24
SOAK_BUDGET = 15.0  # seconds: no new operation starts after this (the usual run takes far less)
SEED = 1313
# File sizes for uploads and downloads: empty, tiny, a few hundred KiB, and three parts.
SIZES = (0, 1000, 300_000, 2 * PART + 12_345)


@dataclass
class Outcomes:
    """What every operation ended as, shared by the worker threads."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    succeeded: dict[str, int] = field(default_factory=dict)
    sbg_errors: dict[str, list[str]] = field(default_factory=dict)
    foreign: list[str] = field(default_factory=list)
    uploaded: list[tuple[sbg.File, Path]] = field(default_factory=list)
    downloaded: list[tuple[Path, Path]] = field(default_factory=list)
    failed_downloads: list[Path] = field(default_factory=list)

    def run(self, kind: str, operation: Callable[[], None]) -> None:
        try:
            operation()
        except sbg.SbgError as error:
            with self.lock:
                self.sbg_errors.setdefault(kind, []).append(type(error).__name__)
        except BaseException:  # anything else is the bug this test exists to catch
            with self.lock:
                self.foreign.append(f"{kind}: {traceback.format_exc()}")
        else:
            with self.lock:
                self.succeeded[kind] = self.succeeded.get(kind, 0) + 1


def _content(size: int, seed: int) -> bytes:
    block = hashlib.sha256(str(seed).encode()).digest() * 2048  # 64 KiB, not one repeated byte
    return (block * (size // len(block) + 1))[:size]


def _write(path: Path, size: int, seed: int) -> Path:
    path.write_bytes(_content(size, seed))
    return path


class FaultWaves:
    """Maintenance windows and rate-limit exhaustion that come and go while the workers run.

    Each wave is switched on until a worker has been answered with it (the ``answered`` hook sets
    the event), then off for a while: every run meets both, however fast the machine is.
    """

    def __init__(self, emulator: Emulator, stop: threading.Event) -> None:
        self.faults = emulator.faults
        self.stop = stop
        self.seen = {429: threading.Event(), 503: threading.Event()}
        self.answered: dict[int, int] = {}
        self.lock = threading.Lock()

    def hook(self, response: httpx.Response) -> None:
        with self.lock:
            self.answered[response.status_code] = self.answered.get(response.status_code, 0) + 1
        if response.status_code in self.seen:
            self.seen[response.status_code].set()

    def _until_answered(self, status: int) -> None:
        while not self.seen[status].wait(0.05):
            if self.stop.is_set():
                return

    def _wave(self, status: int, switch: Callable[[bool], None]) -> None:
        self.seen[status].clear()
        switch(True)
        try:
            self._until_answered(status)
        finally:
            switch(False)

    def _maintenance(self, on: bool) -> None:
        self.faults.maintenance = on

    def __call__(self) -> None:
        rate_limit = self.faults.rate_limit

        def exhausted(on: bool) -> None:
            self.faults.rate_limit = 0 if on else rate_limit

        while not self.stop.is_set():
            self._wave(429, exhausted)
            self._wave(503, self._maintenance)
            self.stop.wait(1.0)


class Worker:
    """One thread's fixed sequence of operations: queries, saves, uploads and downloads in turn."""

    def __init__(
        self,
        number: int,
        api: sbg.Api,
        project: sbg.Project,
        sources: list[tuple[sbg.File, Path]],
        folder: Path,
        outcomes: Outcomes,
        deadline: float,
    ) -> None:
        self.number = number
        self.api = api
        self.project = project
        self.sources = sources
        self.folder = folder
        self.outcomes = outcomes
        self.deadline = deadline
        self.random = random.Random(SEED + number)

    def __call__(self) -> None:
        kinds = itertools.cycle(["query", "upload", "save", "download"])
        for step, kind in zip(range(OPERATIONS_PER_THREAD), kinds, strict=False):
            if time.monotonic() > self.deadline:
                return
            operation = getattr(self, kind)
            self.outcomes.run(kind, functools.partial(operation, step))

    def query(self, step: int) -> None:
        if step % 2:
            assert self.api.projects.get(self.project.id).id == self.project.id
        else:
            names = [f.name for f in self.api.files.query(project=self.project, limit=5).all()]
            assert len(names) == len(set(names))

    def save(self, step: int) -> None:
        if step % 2:
            project = self.api.projects.get(self.project.id)
            project.description = f"worker {self.number} step {step}"
            project.save()
        else:
            file, _ = self.sources[self.random.randrange(len(self.sources))]
            file = self.api.files.get(file.id)
            file.metadata[f"worker_{self.number}"] = str(step)
            file.save()

    def upload(self, step: int) -> None:
        size = SIZES[self.random.randrange(len(SIZES))]
        source = _write(self.folder / f"up-{self.number}-{step}.bin", size, seed=step * 10 + 1)
        uploaded = self.api.files.upload(
            source, project=self.project, part_size=PART, retry=8, workers=2
        )
        with self.outcomes.lock:
            self.outcomes.uploaded.append((uploaded, source))

    def download(self, step: int) -> None:
        file, source = self.sources[self.random.randrange(len(self.sources))]
        target = self.folder / f"down-{self.number}-{step}-{source.name}"
        try:
            self.api.files.get(file.id).download(target, retry=8, workers=2)
        except sbg.SbgError:
            with self.outcomes.lock:
                self.outcomes.failed_downloads.append(target)
            raise
        with self.outcomes.lock:
            self.outcomes.downloaded.append((target, source))


@pytest.fixture
def soak_api(emulator: Emulator) -> sbg.Api:
    """Handlers for everything the soak throws, with short waits so the test stays short."""
    handlers = [
        rate_limit_sleeper,
        functools.partial(maintenance_sleeper, sleep=0.1, max_wait=10),
        RetryPolicy(max_attempts=5, base_delay=0.05, max_delay=0.5),
    ]
    return sbg.Api(
        url=emulator.url,
        token=emulator.token,
        error_handlers=handlers,
        backoff_factor=0.05,
        download_max_workers=2,
        upload_max_workers=2,
    )


def test_mixed_workload_under_every_fault_at_once(
    emulator: Emulator,
    soak_api: sbg.Api,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SB_TRANSFER_STATE_DIR", str(tmp_path / "state"))
    api = soak_api
    group = api.billing_groups.query()[0]
    project = api.projects.create(name="Soak", billing_group=group)
    sources = []
    for index, size in enumerate(SIZES):
        path = _write(tmp_path / f"source-{index}.bin", size, seed=1000 + index)
        sources.append((api.files.upload(path, project=project, part_size=PART), path))

    faults = emulator.faults
    faults.reseed(SEED)
    faults.rate_limit = 100
    faults.rate_window = 1
    faults.error_rate = 0.05
    faults.drop_rate = 0.05
    faults.storage_error_rate = 0.1
    faults.storage_drop_rate = 0.05

    outcomes = Outcomes()
    stop = threading.Event()
    waves = FaultWaves(emulator, stop)
    api.session.event_hooks["response"].append(waves.hook)
    deadline = time.monotonic() + SOAK_BUDGET
    changer = threading.Thread(target=waves, name="soak-faults")
    workers = [
        threading.Thread(
            target=Worker(n, api, project, sources, tmp_path, outcomes, deadline),
            name=f"soak-{n}",
        )
        for n in range(THREADS)
    ]
    changer.start()
    for thread in workers:
        thread.start()
    try:
        for thread in workers:
            thread.join(120)
        assert not any(thread.is_alive() for thread in workers), "a worker hung"
    finally:
        stop.set()
        changer.join(30)
        faults.clear()

    # The faults did happen: rate limiting, maintenance and server errors were all answered.
    assert {429, 503, 500} <= set(waves.answered), waves.answered
    assert outcomes.foreign == [], "\n".join(outcomes.foreign)
    # Retries and handlers carry most operations of every kind through the faults.
    for kind in ("query", "save", "upload", "download"):
        assert outcomes.succeeded.get(kind, 0) > 0, (kind, outcomes.succeeded, outcomes.sbg_errors)

    for target, source in outcomes.downloaded:
        assert target.read_bytes() == source.read_bytes(), target.name
    for target in outcomes.failed_downloads:
        assert not target.exists(), f"a failed download left {target.name}"
    for index, (uploaded, source) in enumerate(outcomes.uploaded):
        copy = tmp_path / f"check-{index}.bin"
        uploaded.download(copy)
        assert copy.read_bytes() == source.read_bytes(), source.name
