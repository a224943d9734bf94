"""Tasks and their life cycle.

A task is created as a DRAFT. Running it makes it QUEUED; from then on it moves one step each time
it is read (GET of the task, a list or bulk read that includes it, its execution details):
QUEUED -> RUNNING -> COMPLETED (or FAILED, for apps whose raw CWL says
`"sbg:emulatorOutcome": "FAILED"`). So after a run, the first read shows RUNNING and the second
the final status, with outputs and a price. Aborting is immediate (ABORTED).

A batch parent has no jobs of its own: reading it moves each of its unfinished children one step
and then sums them up (RUNNING while any child is, then COMPLETED if all completed, FAILED if any
failed, ABORTED otherwise).

Set `TaskStore.auto_advance = False` to freeze every task where it is (e.g. to test aborting a
RUNNING task); `TaskStore.step(task)` then moves one by hand.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .apps import CwlPort

STATUSES = ("DRAFT", "CREATING", "QUEUED", "RUNNING", "COMPLETED", "ABORTING", "ABORTED", "FAILED")
ACTIVE = ("CREATING", "QUEUED", "RUNNING", "ABORTING")
TERMINAL = ("COMPLETED", "ABORTED", "FAILED")
ABORTABLE = ("CREATING", "QUEUED", "RUNNING")
COST_PER_JOB = 0.11
STORAGE_COST = 0.01
INTERRUPTIBLE_DISCOUNT = 0.4  # interruptible instances cost this fraction of on-demand ones


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass
class TaskRecord:
    id: str
    name: str
    project: str  # owner/project
    app: str  # owner/project/app_name/revision
    created_by: str
    description: str | None = None
    inputs: dict[str, Any] = field(default_factory=dict)
    input_ports: list[CwlPort] = field(default_factory=list)
    output_ports: list[CwlPort] = field(default_factory=list)
    job_names: list[str] = field(default_factory=list)
    command: str = "run"
    outcome: str = "COMPLETED"  # where a run of this task ends
    status: str = "DRAFT"
    created_time: datetime = field(default_factory=_now)
    submitted_time: datetime | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    executed_by: str | None = None
    batch_input: str | None = None
    batch_by: dict[str, Any] | None = None
    batch_group: dict[str, Any] | None = None
    parent: str | None = None
    children: list[str] = field(default_factory=list)
    use_interruptible_instances: bool = True
    execution_settings: dict[str, Any] = field(default_factory=dict)
    output_location: dict[str, Any] | None = None
    outputs: dict[str, Any] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    origin_id: str | None = None
    price: float | None = None

    @property
    def batch(self) -> bool:
        return self.batch_input is not None and self.batch_by is not None


class TaskStore:
    """Every task, keyed by its UUID, in creation order."""

    def __init__(self) -> None:
        self.tasks: dict[str, TaskRecord] = {}
        self.auto_advance = True

    def add(self, task: TaskRecord) -> TaskRecord:
        self.tasks[task.id] = task
        return task

    def get(self, task_id: str) -> TaskRecord | None:
        return self.tasks.get(task_id)

    def children_of(self, task: TaskRecord) -> list[TaskRecord]:
        return [self.tasks[child] for child in task.children if child in self.tasks]

    def delete(self, task: TaskRecord) -> None:
        self.tasks.pop(task.id, None)

    # -- the life cycle --------------------------------------------------------------------

    def submit(self, task: TaskRecord, username: str) -> None:
        """DRAFT -> QUEUED (children, if any, must have been added already)."""
        now = _now()
        task.status = "QUEUED"
        task.executed_by = username
        task.submitted_time = now
        for child in self.children_of(task):
            child.status = "QUEUED"
            child.executed_by = username
            child.submitted_time = now

    def observe(self, task: TaskRecord) -> None:
        """A read of `task`: one step of its life cycle, unless tasks are frozen."""
        if self.auto_advance:
            self.step(task)

    def step(self, task: TaskRecord) -> None:
        if task.children:
            for child in self.children_of(task):
                if child.status in ACTIVE:
                    self._step_one(child)
            self._sum_up(task)
        elif task.status in ACTIVE:
            self._step_one(task)

    def _step_one(self, task: TaskRecord) -> None:
        now = _now()
        if task.status in ("CREATING", "QUEUED"):
            task.status = "RUNNING"
            task.start_time = now
        elif task.status == "RUNNING":
            self._finish(task, task.outcome, now)
        elif task.status == "ABORTING":
            self._finish(task, "ABORTED", now)

    def _sum_up(self, parent: TaskRecord) -> None:
        if parent.status not in ACTIVE:
            return
        children = self.children_of(parent)
        now = _now()
        if any(child.status in ACTIVE for child in children):
            if parent.status != "RUNNING":
                parent.status = "RUNNING"
                parent.start_time = now
            return
        statuses = {child.status for child in children}
        if statuses <= {"COMPLETED"}:
            final = "COMPLETED"
        elif "FAILED" in statuses:
            final = "FAILED"
        else:
            final = "ABORTED"
        parent.status = final
        parent.start_time = parent.start_time or now
        parent.end_time = now
        parent.price = round(sum(child.price or 0.0 for child in children), 2)

    def _finish(self, task: TaskRecord, status: str, now: datetime) -> None:
        task.status = status
        task.end_time = now
        ran = task.start_time is not None
        task.price = price_of(task) if ran else 0.0
        if status == "COMPLETED":
            task.outputs = produce_outputs(task)

    def abort(self, task: TaskRecord) -> None:
        now = _now()
        for child in self.children_of(task):
            if child.status in ABORTABLE:
                self._finish(child, "ABORTED", now)
        if task.children:
            task.status = "ABORTED"
            task.end_time = now
            task.price = round(sum(c.price or 0.0 for c in self.children_of(task)), 2)
        else:
            self._finish(task, "ABORTED", now)


def price_of(task: TaskRecord) -> float:
    jobs = max(1, len(task.job_names))
    computation = COST_PER_JOB * jobs
    if task.use_interruptible_instances:
        computation *= INTERRUPTIBLE_DISCOUNT
    return round(computation + STORAGE_COST, 2)


def price_breakdown(task: TaskRecord) -> dict[str, float]:
    amount = task.price or 0.0
    storage = STORAGE_COST if amount >= STORAGE_COST else 0.0
    return {
        "storage": storage,
        "computation": round(amount - storage, 2),
        "data_transfer": 0.0,
    }


def produce_outputs(task: TaskRecord) -> dict[str, Any]:
    """Made-up output values of a completed run: new file ids for File outputs, null otherwise."""
    outputs: dict[str, Any] = {}
    for port in task.output_ports:
        if port.item_type in ("File", "Directory"):
            one = {
                "class": port.item_type,
                "path": secrets.token_hex(12),
                "name": port.glob or f"{port.id}.out",
            }
            outputs[port.id] = [one] if port.is_array else one
        else:
            outputs[port.id] = None
    return outputs


def instance_id(task: TaskRecord) -> str:
    """A stable, EC2-looking instance id for a task's jobs."""
    return "i-" + hashlib.sha256(task.id.encode()).hexdigest()[:17]
