"""How fast the read-driven life cycles move: tasks, imports, exports, DRS imports, automation runs.

Nothing in the emulator moves with the clock. A submitted job takes one step of its life cycle
when it is read (a GET of it, a list or a bulk read that includes it), so a test that polls
finishes after a known number of polls, however slow the machine. `Pace` sets that number for
every kind of job at once:

- `reads_per_step` (default 1): a job takes one step on every n-th read of it. With the default
  a task run reads QUEUED -> RUNNING -> COMPLETED in two reads; with 3 a poller sees each state
  three times, which is what a test of progress callbacks or of `wait(timeout=)` needs.
- `frozen` (default False): no job moves on reads; tests step them by hand through their store's
  `step(...)` (e.g. to abort a RUNNING task) or unfreeze.

Each store also keeps its own `auto_advance` switch (False freezes only that kind of job).
Change the pace with `Emulator.set_pace(...)`, `POST /_emulator/pace` or `FaultControl.set_pace`.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

PACE_KEYS = ("reads_per_step", "frozen")


class Pace:
    """The shared pace of every read-driven life cycle (see the module docstring)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reads_per_step = 1
        self.frozen = False
        self._reads: dict[str, int] = {}  # job id -> reads since its last step

    def tick(self, job_id: str) -> bool:
        """Count one read of `job_id`; whether the job takes a step now."""
        with self._lock:
            if self.frozen:
                return False
            count = self._reads.get(job_id, 0) + 1
            if count >= self.reads_per_step:
                self._reads.pop(job_id, None)
                return True
            self._reads[job_id] = count
            return False

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return {"reads_per_step": self.reads_per_step, "frozen": self.frozen}

    def update(self, changes: Mapping[str, Any]) -> None:
        """Apply `reads_per_step` and/or `frozen`; everything is checked before anything changes
        (ValueError naming the bad key or value)."""
        unknown = sorted(set(changes) - set(PACE_KEYS))
        if unknown:
            raise ValueError(f"unknown pace setting(s): {', '.join(unknown)}")
        reads = changes.get("reads_per_step", self.reads_per_step)
        if isinstance(reads, bool) or not isinstance(reads, int) or reads < 1:
            raise ValueError(f"reads_per_step must be an integer of at least 1, got {reads!r}")
        frozen = changes.get("frozen", self.frozen)
        if not isinstance(frozen, bool):
            raise ValueError(f"frozen must be true or false, got {frozen!r}")
        with self._lock:
            self.reads_per_step = reads
            self.frozen = frozen
            self._reads.clear()
