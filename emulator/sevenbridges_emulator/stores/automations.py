"""Automations (RHEO): templates, their members and code packages, runs, and code-package uploads.

A run starts as QUEUED_FOR_EXECUTION and moves one step each time it is read (GET of the run, a
list that includes it, its state file): QUEUED_FOR_EXECUTION -> SENT_TO_EXECUTION -> RUNNING ->
FINISHED (or FAILED when its settings hold `"emulator_outcome": "FAILED"`). Stopping a run that has
not ended makes it QUEUED_FOR_TERMINATION; the next read makes it ABORTED.

How many reads make a step is the shared pace (`stores/pace.py`); set
`AutomationStore.auto_advance = False` to freeze only runs; `step(run)` then moves one by hand.

A code-package upload is a `MultipartUpload` (the protocol shared with file uploads,
`stores/uploads.py`); completing it makes a code package file whose id is what a package's
`location` names.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .pace import Pace
from .uploads import MultipartUpload

RUN_STATUSES = (
    "CREATED",
    "QUEUED_FOR_EXECUTION",
    "SENT_TO_EXECUTION",
    "RUNNING",
    "QUEUED_FOR_TERMINATION",
    "ABORTED",
    "FINISHED",
    "FAILED",
)
RUN_TERMINAL = ("ABORTED", "FINISHED", "FAILED")
# One read moves a run from the key to the value.
_NEXT_STATUS = {
    "CREATED": "QUEUED_FOR_EXECUTION",
    "QUEUED_FOR_EXECUTION": "SENT_TO_EXECUTION",
    "SENT_TO_EXECUTION": "RUNNING",
    "QUEUED_FOR_TERMINATION": "ABORTED",
}
OUTCOME_SETTING = "emulator_outcome"  # a run setting naming how the run ends (FINISHED or FAILED)


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def new_object_id() -> str:
    """Packages and code package files have 24-hex ids, like other platform objects."""
    return secrets.token_hex(12)


@dataclass
class AutomationMemberRecord:
    id: str  # a username, or a team's id
    type: str  # USER or TEAM
    permissions: dict[str, bool]


@dataclass
class AutomationRecord:
    id: str
    name: str
    owner: str
    billing_group: str
    description: str | None = None
    secret_settings: dict[str, Any] = field(default_factory=dict)
    memory_limit: int | None = None
    project_based: bool = False
    archived: bool = False
    created_on: datetime = field(default_factory=_now)
    modified_on: datetime = field(default_factory=_now)
    modified_by: str | None = None
    members: dict[str, AutomationMemberRecord] = field(default_factory=dict)

    @property
    def created_by(self) -> str:
        return self.owner


@dataclass
class PackageRecord:
    id: str
    automation: str
    version: str
    location: str
    created_by: str
    schema: dict[str, Any] = field(default_factory=dict)
    memory_limit: int | None = None
    python: str | None = None
    custom_url: str | None = None
    archived: bool = False
    created_on: datetime = field(default_factory=_now)


@dataclass
class RunRecord:
    id: str
    seq: int  # creation order, for stable sorting within one second
    name: str
    automation: str
    package: str
    created_by: str
    inputs: dict[str, Any] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    secret_settings: dict[str, Any] = field(default_factory=dict)
    outputs: dict[str, Any] | None = None
    memory_limit: int | None = None
    resumed_from: str | None = None
    project_id: str | None = None
    status: str = "QUEUED_FOR_EXECUTION"
    message: str | None = None
    created_on: datetime = field(default_factory=_now)
    start_time: datetime | None = None
    end_time: datetime | None = None
    log_file: str = field(default_factory=new_object_id)
    state_file: str = field(default_factory=new_object_id)
    state: dict[str, Any] = field(default_factory=dict)  # the state file's content


@dataclass(kw_only=True)
class CodePackageUpload(MultipartUpload):
    """A code-package upload (the protocol is `stores/uploads.py`); the automation it is for."""

    automation_id: str | None = None


@dataclass
class CodePackageFile:
    id: str
    name: str
    size: int
    blob: str  # the storage blob holding the bytes
    created_by: str


class AutomationStore:
    """Every automation, package, run, upload and code package file, keyed by id, in creation order."""

    def __init__(self, pace: Pace | None = None) -> None:
        self.pace = pace if pace is not None else Pace()
        self.automations: dict[str, AutomationRecord] = {}
        self.packages: dict[str, PackageRecord] = {}
        self.runs: dict[str, RunRecord] = {}
        self.uploads: dict[str, CodePackageUpload] = {}
        self.code_files: dict[str, CodePackageFile] = {}
        self.auto_advance = True
        self._run_seq = 0

    def next_run_seq(self) -> int:
        self._run_seq += 1
        return self._run_seq

    def packages_of(self, automation_id: str) -> list[PackageRecord]:
        return [p for p in self.packages.values() if p.automation == automation_id]

    # -- the run life cycle ----------------------------------------------------------------

    def observe(self, run: RunRecord, package: PackageRecord | None) -> None:
        """A read of `run`: one step of its life cycle when the pace says so (`stores/pace.py`)."""
        if self.auto_advance and self.pace.tick(run.id):
            self.step(run, package)

    def step(self, run: RunRecord, package: PackageRecord | None) -> None:
        now = _now()
        if run.status == "RUNNING":
            outcome = run.settings.get(OUTCOME_SETTING)
            self._finish(run, "FAILED" if outcome == "FAILED" else "FINISHED", now, package)
            return
        following = _NEXT_STATUS.get(run.status)
        if following is None:
            return
        if following == "ABORTED":
            self._finish(run, "ABORTED", now, package)
            return
        run.status = following
        if following == "RUNNING":
            run.start_time = now
            run.state = {"main": {"started_at": _stamp(now), "inputs": run.inputs, "substeps": {}}}

    def stop(self, run: RunRecord) -> None:
        """Ask a run that has not ended to stop: it goes through QUEUED_FOR_TERMINATION."""
        run.status = "QUEUED_FOR_TERMINATION"

    def _finish(
        self, run: RunRecord, status: str, now: datetime, package: PackageRecord | None
    ) -> None:
        run.status = status
        run.end_time = now
        main = dict(run.state.get("main", {"inputs": run.inputs, "substeps": {}}))
        main["finished_at"] = _stamp(now)
        if status == "FINISHED":
            declared = (package.schema if package is not None else {}).get("outputs")
            names = list(declared) if isinstance(declared, dict) else []
            run.outputs = dict.fromkeys(names)
            main["outputs"] = run.outputs
            main["error"] = None
        elif status == "FAILED":
            run.message = "The automation code raised an error."
            main["error"] = {"message": run.message, "trace": ""}
        else:
            run.message = "Stopped by the user."
            main["error"] = None
        run.state = {"main": main}


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
