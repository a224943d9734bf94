"""Tasks: query, create (and run), run, abort, clone, edit drafts, execution details, batch
children, bulk reads, and waiting until one or many tasks finish.

Task ids are UUIDs; a malformed id is a :class:`ValidationError` naming it, before any request.
``inputs`` and ``outputs`` hold ``File`` objects where the wire has file references (see
:mod:`sevenbridges.models.task_io`). ``save()`` sends only what changed: for inputs, only the input
ids whose value changed (the server merges them into the existing ones); a task that has left
DRAFT takes only a new name and description, and anything else is refused before sending.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any
from uuid import UUID

from sevenbridges_api.api.tasks import (
    abort_task,
    bulk_get_tasks,
    clone_task,
    create_task,
    delete_task,
    get_task,
    get_task_execution_details,
    list_tasks,
    run_task,
    update_task,
)
from sevenbridges_api.models.execution_details import ExecutionDetails as ExecutionDetailsModel
from sevenbridges_api.models.task import Task as TaskModel
from sevenbridges_api.models.task_action import TaskAction
from sevenbridges_api.models.task_bulk_get import TaskBulkGet
from sevenbridges_api.models.task_create import TaskCreate
from sevenbridges_api.models.task_job import TaskJob
from sevenbridges_api.models.task_list import TaskList
from sevenbridges_api.models.task_order_by import TaskOrderBy
from sevenbridges_api.models.task_sort_order import TaskSortOrder
from sevenbridges_api.models.task_status import TaskStatus as TaskStatusModel
from sevenbridges_api.models.task_update import TaskUpdate
from sevenbridges_api.types import Unset

from ..errors import (
    BadRequest,
    ExecutionDetailsInvalidTaskType,
    SbgError,
    TaskValidationError,
    ValidationError,
)
from ..meta.bulk import BulkRecord, check_items, run_bulk
from ..meta.checks import (
    optional_bool,
    optional_date,
    optional_dict,
    optional_enum,
    optional_str,
    required_str,
)
from ..meta.collection import Collection, query_collection
from ..meta.ids import id_of, project_segments, uuid_id
from ..meta.polling import DEFAULT_PERIOD, check_period_timeout, wait_until
from ..meta.polling import wait_many as poll_many
from ..meta.resource import Field, Resource
from .app import app_reference
from .enums import TaskStatus
from .file import File
from .task_io import from_wire, inputs_to_wire, ports_from_wire, to_wire

if TYPE_CHECKING:
    from ..api import Api

# What a task that has left DRAFT can still change.
RENAME_FIELDS = ("name", "description")
# The server's code for "Task can not be started due to validation errors".
INVALID_TASK_CODE = 7024


def task_id(value: Any) -> UUID:
    """The UUID of a ``Task`` or a task id string; anything else raises ValidationError."""
    return UUID(uuid_id(value, "task", "task"))


def _project_id(value: Any) -> str:
    return "/".join(project_segments(value))


def _task_filters(
    status: Any,
    created_from: Any,
    created_to: Any,
    started_from: Any,
    started_to: Any,
    ended_from: Any,
    ended_to: Any,
    order_by: Any,
    order: Any,
) -> dict[str, Any]:
    """The list filters shared by ``query`` and ``get_batch_children``, checked."""
    return {
        "status": optional_enum(
            status.upper() if isinstance(status, str) else status, TaskStatusModel, "status"
        ),
        "created_from": optional_date(created_from, "created_from"),
        "created_to": optional_date(created_to, "created_to"),
        "started_from": optional_date(started_from, "started_from"),
        "started_to": optional_date(started_to, "started_to"),
        "ended_from": optional_date(ended_from, "ended_from"),
        "ended_to": optional_date(ended_to, "ended_to"),
        "order_by": optional_enum(order_by, TaskOrderBy, "order_by"),
        "order": optional_enum(
            order.lower() if isinstance(order, str) else order, TaskSortOrder, "order"
        ),
    }


def _messages(messages: Any) -> str:
    """Validation errors as one line: ``reads: Required input is not set.; ...``."""
    parts = []
    for message in messages or []:
        input_id = getattr(message, "input_id", None)
        text = getattr(message, "message", None) or getattr(message, "type", None) or "invalid"
        parts.append(f"{input_id}: {text}" if input_id else str(text))
    return "; ".join(parts)


class TaskBulkRecord(BulkRecord["Task"]):
    """One task of ``api.tasks.bulk_get``: ``resource`` (the task) or ``error``."""


class Job(Resource):
    """One job (a tool run) of a task, from ``task.get_execution_details().jobs``.

    ``logs`` maps each log's name to a lazy ``File`` (or to a URL, as the server gives it).
    """

    _model_cls = TaskJob
    _kind = "task_job"

    @property
    def logs(self) -> dict[str, Any]:
        """The job's logs by name: ``File`` objects for file ids, URLs as strings."""
        raw = self._model.logs
        if raw is None or isinstance(raw, Unset):
            return {}
        api = self._bound_api
        files = api._bind(File) if api is not None else File
        logs: dict[str, Any] = {}
        for name, value in raw.to_dict().items():
            if isinstance(value, str) and value and "://" not in value:
                logs[name] = files(api=api, id=value, name=name)
            else:
                logs[name] = value
        return logs


class ExecutionDetails(Resource):
    """How a task ran: ``status``, ``message``, ``start_time``, ``end_time`` and its ``jobs``."""

    _model_cls = ExecutionDetailsModel
    _kind = "execution_details"

    @property
    def jobs(self) -> list[Job]:
        """The task's jobs, in the order the server lists them."""
        raw = self._model.jobs
        if isinstance(raw, Unset):
            return []
        api = self._bound_api
        cls = api._bind(Job) if api is not None else Job
        return [cls._from_model(job, api, complete=True) for job in raw]


class Task(Resource):
    """A task, one run of an app on a set of inputs: ``api.tasks.get(id)``.

    ``status`` goes DRAFT → QUEUED → RUNNING → COMPLETED (or FAILED, ABORTED); ``wait()`` polls
    until it ends. ``inputs`` is editable on a draft; ``outputs`` hold ``File`` objects.
    """

    _model_cls = TaskModel
    _kind = "task"

    name: Field[str | None] = Field(read_only=False)
    description: Field[str | None] = Field(read_only=False)
    app: Field[str | None] = Field(read_only=False, to_wire=app_reference)
    inputs: Field[dict[str, Any]] = Field(
        read_only=False, dict_like=True, from_wire=ports_from_wire, to_wire=inputs_to_wire
    )
    outputs: Field[dict[str, Any]] = Field(from_wire=ports_from_wire)
    execution_settings: Field[dict[str, Any]] = Field(read_only=False, dict_like=True)
    output_location: Field[dict[str, Any]] = Field(read_only=False, dict_like=True)
    batch_input: Field[str | None] = Field(read_only=False)
    batch_by: Field[dict[str, Any]] = Field(read_only=False, dict_like=True)
    use_interruptible_instances: Field[bool | None] = Field(read_only=False)
    # The compatible client's name for ``origin_id``.
    origin: Field[str | None] = Field(wire="origin_id")

    # ----------------------------------------------------------------- class-level calls

    @classmethod
    def _get_model(cls, api: Api, identifier: str) -> Any:
        return api._call_parsed(TaskModel, get_task.sync_detailed, task_id(identifier))

    @classmethod
    def get(cls, id: Task | str, api: Api | None = None) -> Task:
        """A task by id.

        Args:
            id: the task's UUID (or a ``Task``).
            api: the ``Api`` to use instead of the bound one.

        Returns:
            The task.

        Raises:
            ValidationError: the id is not a UUID (before any request).
            NotFound: no such task.
        """
        return super().get(str(task_id(id)), api=api)

    @classmethod
    def query(
        cls,
        project: Any = None,
        status: str | None = None,
        batch: bool | None = None,
        parent: Task | str | None = None,
        created_from: Any = None,
        created_to: Any = None,
        started_from: Any = None,
        started_to: Any = None,
        ended_from: Any = None,
        ended_to: Any = None,
        offset: int | None = None,
        limit: int | None = None,
        order_by: str | None = None,
        order: str | None = None,
        origin: Any = None,
        api: Api | None = None,
    ) -> Collection[Task]:
        """Tasks you can see, filtered.

        Args:
            project: only this project's tasks (``Project`` or ``owner/project``).
            status: only tasks in this status (a ``TaskStatus``).
            batch: ``True`` for batch tasks only, ``False`` for the others.
            parent: only the children of this batch task.
            created_from: created on or after (a ``date``, ``datetime`` or ISO string); so for
                ``created_to``, ``started_from``, ``started_to``, ``ended_from``, ``ended_to``.
            created_to: created on or before.
            started_from: started on or after.
            started_to: started on or before.
            ended_from: ended on or after.
            ended_to: ended on or before.
            offset: where the page starts.
            limit: the page size (at most 100).
            order_by: ``created_time``, ``start_time``, ``name``, ``end_time`` or ``created_by``.
            order: ``asc`` or ``desc``.
            origin: only tasks created by this entity (an automation run or its id).
            api: the ``Api`` to use instead of the bound one.

        Returns:
            The first page; ``all()`` iterates every task.

        Raises:
            ValidationError: a malformed id, an unknown status, order or order_by.
        """
        resolved = cls._resolve_api(api)
        filters = _task_filters(
            status, created_from, created_to, started_from, started_to, ended_from, ended_to,
            order_by, order,
        )  # fmt: skip
        return query_collection(
            resolved, cls, TaskList, list_tasks.sync_detailed, offset=offset, limit=limit,
            project=_project_id(project) if project is not None else None,
            batch=optional_bool(batch, "batch"),
            parent=task_id(parent) if parent is not None else None,
            origin_id=id_of(origin, "origin") if origin is not None else None,
            **filters,
        )  # fmt: skip

    @classmethod
    def create(
        cls,
        name: str | None,
        project: Any,
        app: Any,
        revision: int | None = None,
        batch_input: str | None = None,
        batch_by: dict[str, Any] | None = None,
        inputs: dict[str, Any] | None = None,
        description: str | None = None,
        run: bool = False,
        disable_batch: bool = False,
        interruptible: bool | None = None,
        execution_settings: dict[str, Any] | None = None,
        output_location: dict[str, Any] | None = None,
        api: Api | None = None,
        *,
        use_interruptible_instances: bool | None = None,
    ) -> Task:
        """Create a task, as a draft or (``run=True``) submitted at once.

        Args:
            name: the task's name (``None``: the server names it after the app).
            project: where it runs (``Project`` or ``owner/project``).
            app: the app (``App`` or ``owner/project/app_name[/revision]``).
            revision: the app revision (else the one in ``app``, else the latest).
            batch_input: the input whose items are batched (with ``batch_by``).
            batch_by: how to batch, e.g. ``{'type': 'ITEM'}`` or
                ``{'type': 'CRITERIA', 'criteria': ['metadata.sample_id']}``.
            inputs: input id -> value; ``File`` objects (alone, in lists, in records) are sent
                as file references.
            description: a description.
            run: submit the task at once.
            disable_batch: run a batch task as one task (with ``run=True`` only).
            interruptible: run on interruptible (spot) instances.
            execution_settings: e.g. ``{'instance_type': 'c4.2xlarge;ebs-gp2;2000',
                'max_parallel_instances': 1}``.
            output_location: where the outputs are written.
            api: the ``Api`` to use instead of the bound one.
            use_interruptible_instances: the wire name of ``interruptible``.

        Returns:
            The task (a DRAFT, or QUEUED when ``run=True``).

        Raises:
            ValidationError: a bad argument (before any request).
            TaskValidationError: ``run=True`` but the inputs have errors; the task stays a DRAFT
                and is in the error's ``task``.
            BadRequest: the server refused the task.
        """
        resolved = cls._resolve_api(api)
        if (
            interruptible is not None
            and use_interruptible_instances is not None
            and interruptible != use_interruptible_instances
        ):
            raise ValidationError(
                "interruptible and use_interruptible_instances disagree; give one of them"
            )
        body: dict[str, Any] = {
            "project": _project_id(project),
            "app": app_reference(app, revision),
        }
        optional = {
            "name": required_str(name, "name") if name is not None else None,
            "description": optional_str(description, "description"),
            "inputs": inputs_to_wire(inputs) if inputs is not None else None,
            "batch_input": required_str(batch_input, "batch_input")
            if batch_input is not None
            else None,
            "batch_by": to_wire(optional_dict(batch_by, "batch_by")),
            "use_interruptible_instances": optional_bool(
                interruptible if interruptible is not None else use_interruptible_instances,
                "interruptible",
            ),
            "execution_settings": optional_dict(execution_settings, "execution_settings"),
            "output_location": optional_dict(output_location, "output_location"),
        }
        body.update({key: value for key, value in optional.items() if value is not None})
        if (
            optional_bool(run, "run") is None
            or optional_bool(disable_batch, "disable_batch") is None
        ):
            raise ValidationError("run and disable_batch must be True or False")
        if disable_batch and not run:
            raise ValidationError("disable_batch=True needs run=True: batching is chosen at run")
        if disable_batch and batch_input is None:
            raise ValidationError("disable_batch=True is only for batch tasks (with batch_input)")
        params: dict[str, Any] = {}
        if run:
            params["action"] = TaskAction.RUN
        if disable_batch:
            params["batch"] = False
        model = resolved._call_parsed(
            TaskModel, create_task.sync_detailed, body=TaskCreate.from_dict(body), **params
        )
        task = cls._from_model(model, resolved, complete=True)
        if run:
            task._refuse_invalid_draft("created")
        return task

    @classmethod
    def bulk_get(cls, tasks: Any, api: Api | None = None) -> list[TaskBulkRecord]:
        """Many tasks by id, chunked at 100 per request.

        Args:
            tasks: ``Task`` objects or ids, any number.
            api: the ``Api`` to use instead of the bound one.

        Returns:
            One record per input, in input order: ``resource`` or ``error``.

        Raises:
            ValidationError: an empty list or a malformed id (nothing is sent).
            BulkError: a chunk failed; it carries every record already answered.
        """
        resolved = cls._resolve_api(api)

        def send(ids: list[str]) -> Any:
            body = TaskBulkGet(task_ids=ids)
            return resolved._call_json(bulk_get_tasks.sync_detailed, body=body)

        return run_bulk(
            resolved, cls, tasks, "tasks", lambda t: str(task_id(t)), send, TaskBulkRecord
        )

    @classmethod
    def wait_many(
        cls,
        tasks: Any,
        *,
        period: float = DEFAULT_PERIOD,
        timeout: float | None = None,
        api: Api | None = None,
    ) -> Iterator[Task]:
        """Wait for many tasks at once, yielding each as soon as it has finished.

        Every ``period`` seconds the tasks still running are read with one bulk request per
        100 tasks (not one request per task). Ctrl-C stops waiting; the tasks keep running.

        Args:
            tasks: ``Task`` objects or ids (a batch's children, a list of runs).
            period: seconds between rounds.
            timeout: give up after this many seconds (``None``: wait as long as it takes).
            api: the ``Api`` to use instead of the bound one.

        Returns:
            An iterator of the finished tasks, in the order they finish; each task once.

        Raises:
            ValidationError: an empty list, a malformed id, a bad period or timeout (at the call).
            WaitTimeout: some tasks had not finished in time; ``last`` lists their ids.
            SbgError: a task could not be read (for example it was deleted).
        """
        resolved = cls._resolve_api(api)
        check_period_timeout(period, timeout)
        ids = check_items(tasks, "tasks", lambda t: str(task_id(t)))

        def refresh_many(pending: Sequence[str]) -> list[Task]:
            found: list[Task] = []
            for key, record in zip(pending, cls.bulk_get(list(pending), api=resolved), strict=True):
                if record.error is not None or record.resource is None:
                    raise record.error or SbgError(message=f"Task {key} could not be read")
                found.append(record.resource)
            return found

        return poll_many(ids, refresh_many, _finished, what="tasks", period=period, timeout=timeout)

    # ----------------------------------------------------------------- instance state

    def _uuid(self) -> UUID:
        return task_id(self._identity())

    def _refuse_invalid_draft(self, what: str) -> None:
        """Raise TaskValidationError when a run was asked for but the task stayed a draft."""
        if str(self.field("status")) == TaskStatus.DRAFT and self.field("errors"):
            raise TaskValidationError(
                f"Task {self._identity()} was {what} but cannot run: "
                f"{_messages(self.field('errors'))}",
                task=self,
            )

    def _changes(self) -> dict[str, Any]:
        changes = super()._changes()
        if "inputs" in self._dirty or "inputs" in self._dicts:
            current = self._dirty.get("inputs", self._dicts.get("inputs"))
            edits = self._input_edits(inputs_to_wire(current or {}))
            if edits:
                changes["inputs"] = edits
            else:
                changes.pop("inputs", None)
        return changes

    def _input_edits(self, new: dict[str, Any]) -> dict[str, Any]:
        """The inputs whose value differs from the server's (removed ones as null)."""
        raw = self._raw(self._fields()["inputs"])
        old_wire = {} if raw is None or isinstance(raw, Unset) else raw.to_dict()
        # Compare in one normal form: references as File objects would send them.
        old = {key: to_wire(from_wire(value, None)) for key, value in old_wire.items()}
        edits = {key: value for key, value in new.items() if old.get(key) != value}
        edits.update({key: None for key, value in old.items() if key not in new and value})
        return edits

    def _update_model(self, changes: dict[str, Any]) -> Any:
        status = self.field("status")
        if status is not None and str(status) != TaskStatus.DRAFT:
            refused = sorted(set(changes) - set(RENAME_FIELDS))
            if refused:
                raise ValidationError(
                    f"Task {self._identity()} is {status}: once a task has left DRAFT only its "
                    f"name and description can change, not {', '.join(refused)}"
                )
        return self.api._call_parsed(
            TaskModel, update_task.sync_detailed, self._uuid(), body=TaskUpdate.from_dict(changes)
        )

    def _delete_remote(self) -> None:
        self.api._call(delete_task.sync_detailed, self._uuid())

    # ----------------------------------------------------------------- instance calls

    def run(self, batch: bool | None = None, interruptible: bool | None = None) -> Task:
        """Submit this draft.

        Args:
            batch: ``False`` runs a batch task as one task.
            interruptible: run on interruptible instances (else the task's setting).

        Returns:
            This task, updated (QUEUED).

        Raises:
            TaskValidationError: the draft's inputs have errors (listed in the message).
            BadRequest: the task is not a DRAFT.
        """
        try:
            model = self.api._call_parsed(
                TaskModel, run_task.sync_detailed, self._uuid(),
                batch=optional_bool(batch, "batch"),
                use_interruptible_instances=optional_bool(interruptible, "interruptible"),
            )  # fmt: skip
        except BadRequest as error:
            if error.code != INVALID_TASK_CODE:
                raise
            self.reload()
            raise TaskValidationError(
                f"Task {self._identity()} cannot run: {_messages(self.field('errors'))} "
                f"({error.message})",
                task=self,
            ) from error
        self._replace_model(model)
        return self

    def abort(self) -> Task:
        """Abort this queued or running task.

        Returns:
            This task, updated (ABORTED).

        Raises:
            BadRequest: the task is not queued or running.
        """
        model = self.api._call_parsed(TaskModel, abort_task.sync_detailed, self._uuid())
        self._replace_model(model)
        return self

    def clone(self, run: bool = True) -> Task:
        """A new task with this one's app, inputs and settings.

        Args:
            run: submit the copy at once (the default, as in the compatible client).

        Returns:
            The copy (a DRAFT, or QUEUED when ``run=True``).

        Raises:
            TaskValidationError: ``run=True`` but the copy's inputs have errors.
        """
        model = self.api._call_parsed(
            TaskModel, clone_task.sync_detailed, self._uuid(),
            **({"action": TaskAction.RUN} if optional_bool(run, "run") else {}),
        )  # fmt: skip
        clone = type(self)._from_model(model, self._bound_api, complete=True)
        if run:
            clone._refuse_invalid_draft("cloned")
        return clone

    def get_execution_details(self) -> ExecutionDetails:
        """How this task ran: its jobs, their instances and logs.

        Returns:
            The execution details.

        Raises:
            ExecutionDetailsInvalidTaskType: this is a batch parent (its children have them).
        """
        if self.batch:
            raise ExecutionDetailsInvalidTaskType(
                message=f"Task {self._identity()} is a batch task; execution details are "
                "available for its children (get_batch_children())"
            )
        api = self.api
        model = api._call_parsed(
            ExecutionDetailsModel, get_task_execution_details.sync_detailed, self._uuid()
        )
        return api._bind(ExecutionDetails)._from_model(model, api, complete=True)

    def get_batch_children(
        self,
        status: str | None = None,
        created_from: Any = None,
        created_to: Any = None,
        started_from: Any = None,
        started_to: Any = None,
        ended_from: Any = None,
        ended_to: Any = None,
        order_by: str | None = None,
        order: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        api: Api | None = None,
    ) -> Collection[Task]:
        """The child tasks of this batch task, filtered as in ``query``.

        Args:
            status: only children in this status.
            created_from: only children created at or after this time.
            created_to: only children created at or before this time.
            started_from: only children started at or after this time.
            started_to: only children started at or before this time.
            ended_from: only children ended at or after this time.
            ended_to: only children ended at or before this time.
            order_by: ``created_time``, ``start_time``, ``name``, ``end_time`` or ``created_by``.
            order: ``asc`` or ``desc``.
            offset: the index of the first child of the page.
            limit: children per page, 1 to 100.
            api: the ``Api`` to use instead of this task's.

        Returns:
            The first page of children; ``.all()`` iterates every page.

        Raises:
            ValidationError: this is not a batch task, or a filter is bad.
        """
        if not self.batch:
            raise ValidationError(f"Task {self._identity()} is not a batch task")
        return type(self).query(
            parent=self._identity(), status=status, created_from=created_from,
            created_to=created_to, started_from=started_from, started_to=started_to,
            ended_from=ended_from, ended_to=ended_to, order_by=order_by, order=order,
            offset=offset, limit=limit, api=api if api is not None else self.api,
        )  # fmt: skip

    def wait(
        self,
        period: float = DEFAULT_PERIOD,
        callback: Callable[[Task], None] | None = None,
        *,
        timeout: float | None = None,
    ) -> Task:
        """Poll until this task has finished (COMPLETED, FAILED or ABORTED).

        Ctrl-C stops waiting and leaves the task running.

        Args:
            period: seconds between polls.
            callback: called with the task after every poll (for a progress line).
            timeout: give up after this many seconds (``None``: wait as long as it takes).

        Returns:
            This task, in its final state.

        Raises:
            WaitTimeout: the task had not finished in time (it keeps running).
            ValidationError: a bad period or timeout.
        """
        result: Task = wait_until(
            self.reload, _finished, what=f"Task {self._identity()}", period=period,
            timeout=timeout, callback=callback,
        )  # fmt: skip
        return result


def _finished(task: Task) -> bool:
    return str(task.status) in TaskStatus.terminal_states


__all__ = ["ExecutionDetails", "Job", "Task", "TaskBulkRecord", "task_id"]
