"""Tasks and their life cycle.

A task is created as a DRAFT. Running it makes it QUEUED; from then on it moves one step each time
it is read (GET of the task, a list or bulk read that includes it, its execution details):
QUEUED -> RUNNING -> COMPLETED (or FAILED, for apps whose raw CWL says
`"sbg:emulatorOutcome": "FAILED"`). So after a run, the first read shows RUNNING and the second
the final status, with outputs and a price. Aborting is immediate (ABORTED). How many reads make
a step is the shared `Pace` (`stores/pace.py`): `Emulator.set_pace(reads_per_step=3)` slows every
task down, `set_pace(frozen=True)` stops them.

A run that completes writes its outputs as real files in the task's project: one small text file
per File output (one per input file, at least one, for a File array), a folder holding one file per
Directory output; `output_location.main_location` (a folder path such as `/Analysis/results/`,
made if missing) is where they go, the project's root otherwise. A taken name gets the platform's
`_1_` prefix. Each file has `origin.task`, a storage blob (so it downloads, with the size and MD5
of its bytes) and deterministic content naming the app, the port and the inputs.

A batch parent has no jobs of its own: reading it moves each of its unfinished children one step
and then sums them up (RUNNING while any child is, then COMPLETED if all completed, FAILED if any
failed, ABORTED otherwise).

Set `TaskStore.auto_advance = False` to freeze every task where it is (e.g. to test aborting a
RUNNING task); `TaskStore.step(task)` then moves one by hand.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ..errors import ApiError
from ..storage import Storage
from .apps import CwlPort
from .files import FileRecord, FileStore
from .pace import Pace

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
    job_logs: dict[str, dict[str, str]] = field(default_factory=dict)  # job -> log name -> file id
    errors: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    origin_id: str | None = None
    price: float | None = None

    @property
    def batch(self) -> bool:
        return self.batch_input is not None and self.batch_by is not None


class TaskStore:
    """Every task, keyed by its UUID, in creation order; `files` and `storage` receive outputs."""

    def __init__(self, files: FileStore, storage: Storage, pace: Pace | None = None) -> None:
        self.tasks: dict[str, TaskRecord] = {}
        self.files = files
        self.storage = storage
        self.pace = pace if pace is not None else Pace()
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
        """A read of `task`: one step of its life cycle when the pace says so."""
        if self.auto_advance and self.pace.tick(task.id):
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
        if ran:
            task.job_logs = self._write_logs(task, status)
        if status == "COMPLETED":
            task.outputs = self._write_outputs(task)

    # -- outputs -----------------------------------------------------------------------------

    def _write_outputs(self, task: TaskRecord) -> dict[str, Any]:
        """The outputs of a completed run, written as files (see the module docstring); a port
        whose files cannot be written (the project went away) is null."""
        outputs: dict[str, Any] = {}
        inputs = self._input_names(task)
        for port in task.output_ports:
            if port.item_type not in ("File", "Directory"):
                outputs[port.id] = None
                continue
            try:
                folder = self._output_folder(task)
                count = max(1, len(inputs)) if port.is_array else 1
                made = [
                    self._write_output(task, port, folder, inputs[i] if inputs else None, count, i)
                    for i in range(count)
                ]
            except ApiError:
                outputs[port.id] = None
                continue
            outputs[port.id] = made if port.is_array else made[0]
        return outputs

    def _output_folder(self, task: TaskRecord) -> FileRecord:
        location = (task.output_location or {}).get("main_location")
        if isinstance(location, str) and location.strip("/"):
            return self.files.folder_at(task.project, location)
        return self.files.root_folder(task.project)

    def _write_output(
        self,
        task: TaskRecord,
        port: CwlPort,
        folder: FileRecord,
        source: str | None,
        count: int,
        index: int,
    ) -> dict[str, Any]:
        name = output_name(port, source, count, index)
        lines = [f"{task.app} output '{port.id}' ({index + 1} of {count}) of task {task.id}"]
        lines += [f"input: {source}"] if source else []
        data = ("\n".join(lines) + "\n").encode()
        origin = {"task": task.id}
        if port.item_type == "Directory":
            record = self.files.add_folder(
                project_id=None, parent_id=folder.id, name=self.files.free_name(folder.id, name)
            )
            inner = self._add_file(record, f"{port.id}.txt", data, origin)
            record.size = inner.size
        else:
            record = self._add_file(folder, name, data, origin)
        rendered: dict[str, Any] = {"class": port.item_type, "path": record.id, "name": record.name}
        if not record.is_folder:
            rendered["size"] = record.size
        return rendered

    def _add_file(
        self, folder: FileRecord, name: str, data: bytes, origin: dict[str, Any]
    ) -> FileRecord:
        return self.files.add_file(
            project_id=folder.project,
            parent_id=folder.id,
            name=self.files.free_name(folder.id, name),
            size=len(data),
            blob=self.storage.write_blob(data),
            origin=origin,
        )

    def _write_logs(self, task: TaskRecord, status: str) -> dict[str, dict[str, str]]:
        """`job.err.log` and `cmd.log` of every job of a finished task, as hidden files of its
        project (their ids are what execution details show under each job's `logs`)."""
        logs: dict[str, dict[str, str]] = {}
        origin = {"task": task.id}
        try:
            for job in task.job_names or ["job"]:
                texts = {
                    "job.err.log": f"[{job}] task {task.id} ended {status}\n",
                    "cmd.log": f"{task.command if len(task.job_names) <= 1 else job}\n",
                }
                logs[job] = {
                    name: self.files.add_hidden_file(
                        project_id=task.project,
                        name=name,
                        blob=self.storage.write_blob(text.encode()),
                        size=len(text.encode()),
                        origin=origin,
                    ).id
                    for name, text in texts.items()
                }
        except ApiError:  # the project went away
            return {}
        return logs

    def _input_names(self, task: TaskRecord) -> list[str]:
        """The names of the task's input files, in port order (a file's `name` when the value
        carries one, else the name of the file its `path` names, else the path)."""
        names: list[str] = []
        for port in task.input_ports:
            if port.item_type not in ("File", "Directory"):
                continue
            value = task.inputs.get(port.id)
            for item in value if isinstance(value, list) else [value]:
                if not isinstance(item, dict):
                    continue
                path = item.get("path")
                record = self.files.get(path) if isinstance(path, str) else None
                name = item.get("name") or (record.name if record else path)
                if isinstance(name, str) and name:
                    names.append(name)
        return names

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


def output_name(port: CwlPort, source: str | None, count: int, index: int) -> str:
    """`counts.txt` for a fixed glob, `<input stem>.<port>.txt` otherwise (`<port>.txt` without
    inputs); several files of one array port without distinct inputs are numbered."""
    if port.glob:
        name = port.glob.rsplit("/", 1)[-1]
    elif source:
        name = f"{source.rsplit('/', 1)[-1].split('.', 1)[0] or 'output'}.{port.id}.txt"
    else:
        name = f"{port.id}.txt"
    if count > 1 and (port.glob or not source):
        stem, dot, extension = name.partition(".")
        name = f"{stem}_{index + 1}{dot}{extension}"
    return name


def instance_id(task: TaskRecord) -> str:
    """A stable, EC2-looking instance id for a task's jobs."""
    return "i-" + hashlib.sha256(task.id.encode()).hexdigest()[:17]
