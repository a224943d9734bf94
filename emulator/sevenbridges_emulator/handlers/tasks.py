"""Tasks: list, create (draft or run), read, edit, delete drafts, run, abort, clone, execution
details, inputs and bulk reads.

Access: reading a task needs read permission in its project; creating, editing, deleting, running,
aborting and cloning need execute permission there. The life cycle (how a submitted task moves on
as it is read) is described in `stores/tasks.py`.

Validation: a task's inputs are checked against its app's CWL inputs whenever they or the app
change. A required input without a value is an error
(`error/task_validation/input/required`), a value of the wrong type is an error
(`error/task_validation/input/schema`), an input the app does not have is a warning
(`warning/task_validation/input/unknown`). A task with errors cannot run (7024); created or cloned
with `action=run` it stays a DRAFT that carries them.

Batching: `batch_input` + `batch_by` make a batch task. When it runs, `ITEM` batching makes one
child per element of the batch input, `CRITERIA` batching one child per distinct combination of the
criteria values read from the input objects (e.g. `metadata.sample_id` reads each file object's
`metadata.sample_id`; the emulator does not look files up).
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from ..context import Context
from ..errors import ApiError, bad_request
from ..request import Request
from ..routing import RouteTable
from ..state import Project
from ..stores.apps import (
    OUTCOME_KEY,
    AppRecord,
    AppRevision,
    CwlPort,
    command_of,
    cwl_ports,
    job_names,
    value_matches,
)
from ..stores.tasks import (
    ABORTABLE,
    STATUSES,
    TERMINAL,
    TaskRecord,
    instance_id,
    price_breakdown,
)
from ..wire import (
    JsonObject,
    Response,
    error_body,
    format_timestamp,
    no_content,
    ok,
    select_fields,
)
from .apps import app_error, parse_app_reference, readable_app, split_project_id
from .common import BULK_LIMIT, paginated, single

routes = RouteTable()

# The task codes of the API status-code table (shared/api/wire.md §2.2): code -> (HTTP, message).
TASK_CODES: dict[int, tuple[int, str]] = {
    3001: (403, "Not enough privileges to access the requested project/member."),
    3002: (404, "Requested project or member does not exist."),
    3006: (400, "Project id must not be null or an empty string."),
    7001: (403, "Insufficient privileges to access the requested task."),
    7002: (404, "Requested task does not exist."),
    7005: (400, "Task ID must be a valid UUID."),
    7006: (
        400,
        "Invalid task status. Allowed values: [QUEUED, DRAFT, RUNNING, COMPLETED, ABORTED, "
        "ABORTING, FAILED]",
    ),
    7007: (400, "This action is only available for DRAFT tasks."),
    7011: (
        400,
        "Invalid task action. Action can be performed on tasks in the states: CREATING, RUNNING "
        "or QUEUED.",
    ),
    7013: (400, "Invalid task action."),
    7015: (400, "App Id must not be null or an empty string."),
    7016: (400, "Invalid app url."),
    7018: (
        400,
        "Batch input property should reference input identifier or omitted. Empty value is not "
        "allowed.",
    ),
    7019: (400, "Missing batch criteria."),
    7020: (400, "Invalid batch type supplied. Allowed values: [criteria, item]."),
    7021: (400, "Batching can only be disabled if the task is submitted for execution."),
    7022: (400, "Disabling batching action is only available for BATCH tasks."),
    7023: (400, "Missing batch_by or batch_input fields. These fields must be included together."),
    7024: (400, "Task can not be started due to validation errors."),
    7026: (
        400,
        "Editing is available only for tasks which are in DRAFT status. Tasks which are in "
        "RUNNING and COMPLETED states can only be renamed.",
    ),
}
ORDER_BY = ("created_time", "start_time", "name", "end_time", "created_by")
CREATE_KEYS = (
    "name",
    "description",
    "project",
    "app",
    "inputs",
    "batch_input",
    "batch_by",
    "use_interruptible_instances",
    "execution_settings",
    "output_location",
)
UPDATE_KEYS = (
    "name",
    "description",
    "app",
    "project",
    "inputs",
    "batch",
    "batch_input",
    "batch_by",
    "use_interruptible_instances",
    "execution_settings",
    "output_location",
)
RENAME_KEYS = ("name", "description")
SETTING_TYPES: dict[str, tuple[type, ...]] = {
    "instance_type": (str,),
    "max_parallel_instances": (int,),
    "use_memoization": (bool,),
    "use_elastic_disk": (bool,),
}


def task_error(code: int, message: str | None = None) -> ApiError:
    status, default = TASK_CODES[code]
    return ApiError(code, message or default, status=status)


# -- rendering -------------------------------------------------------------------------------


def render_inputs(task: TaskRecord) -> JsonObject:
    """Every input of the app (null when unset), then any extra keys the task was given."""
    rendered: JsonObject = {port.id: None for port in task.input_ports}
    rendered.update(copy.deepcopy(task.inputs))
    return rendered


def render_outputs(task: TaskRecord) -> JsonObject:
    if task.status == "COMPLETED" and task.outputs:
        return copy.deepcopy(task.outputs)
    return {port.id: None for port in task.output_ports}


def duration_ms(start: datetime | None, end: datetime | None) -> int:
    if start is None or end is None:
        return 0
    return max(0, int((end - start).total_seconds() * 1000))


def render_execution_status(ctx: Context, task: TaskRecord) -> JsonObject | None:
    if task.status == "DRAFT":
        return None
    if task.children:
        children = ctx.state.tasks.children_of(task)
        counts = {s: sum(1 for c in children if c.status == s) for s in STATUSES}
        total = len(children)
        steps_completed = sum(counts[s] for s in TERMINAL)
        queued = counts["QUEUED"] + counts["CREATING"]
        running = counts["RUNNING"] + counts["ABORTING"]
    else:
        total = max(1, len(task.job_names))
        counts = dict.fromkeys(STATUSES, 0)
        steps_completed = {"COMPLETED": total, "FAILED": total - 1}.get(task.status, 0)
        queued = total if task.status in ("QUEUED", "CREATING") else 0
        running = 1 if task.status == "RUNNING" else 0
        if task.status == "RUNNING":
            queued = total - 1
        counts["COMPLETED"] = steps_completed
        counts["FAILED"] = 1 if task.status == "FAILED" else 0
        counts["ABORTED"] = 1 if task.status == "ABORTED" and task.start_time else 0
    messages = {
        "CREATING": "Creating",
        "QUEUED": "In queue",
        "RUNNING": "Running",
        "ABORTING": "Aborting",
        "COMPLETED": "Completed",
        "ABORTED": "Aborted",
        "FAILED": "Failed",
    }
    queued_until = task.start_time or task.end_time
    return {
        "message": messages.get(task.status, task.status.title()),
        "steps_completed": steps_completed,
        "steps_total": total,
        "queued": queued,
        "running": running,
        "completed": counts["COMPLETED"],
        "failed": counts["FAILED"],
        "aborted": counts["ABORTED"],
        "system_limit": False,
        "account_limit": False,
        "instance_init": False,
        "queued_duration": duration_ms(task.submitted_time, queued_until),
        "running_duration": duration_ms(task.start_time, task.end_time),
        "execution_duration": duration_ms(task.start_time, task.end_time),
        "duration": duration_ms(task.submitted_time, task.end_time),
    }


def render_task(ctx: Context, task: TaskRecord) -> JsonObject:
    rendered: JsonObject = {
        "href": ctx.href("tasks", task.id),
        "id": task.id,
        "name": task.name,
        "description": task.description,
        "status": task.status,
        "project": task.project,
        "app": task.app,
        "type": "v2",
        "created_by": task.created_by,
        "executed_by": task.executed_by,
        "created_time": format_timestamp(task.created_time),
        "start_time": format_timestamp(task.start_time),
        "end_time": format_timestamp(task.end_time),
        "batch": task.batch,
        "batch_input": task.batch_input,
        "parent": task.parent,
        "origin_id": task.origin_id,
        "use_interruptible_instances": task.use_interruptible_instances,
        "execution_settings": copy.deepcopy(task.execution_settings),
        "inputs": render_inputs(task),
        "outputs": render_outputs(task),
        "errors": copy.deepcopy(task.errors),
        "warnings": copy.deepcopy(task.warnings),
    }
    # Object-valued fields are left out rather than sent as null.
    optional: dict[str, Any] = {
        "batch_by": copy.deepcopy(task.batch_by),
        "batch_group": copy.deepcopy(task.batch_group),
        "output_location": copy.deepcopy(task.output_location),
        "execution_status": render_execution_status(ctx, task),
        "price": None
        if task.price is None
        else {"currency": "USD", "amount": task.price, "breakdown": price_breakdown(task)},
    }
    rendered.update({key: value for key, value in optional.items() if value is not None})
    return rendered


def command_line(task: TaskRecord, job: str) -> str:
    """A plausible command line: the tool's command (a workflow step's name) and its input files."""
    names = [
        item_label(value)
        for port in task.input_ports
        if port.item_type in ("File", "Directory")
        for value in _as_list(task.inputs.get(port.id))
    ]
    command = task.command if len(task.job_names) <= 1 else job
    return " ".join([command, *(f"/sbgenomics/Projects/{name}" for name in names)])


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def render_execution_details(ctx: Context, task: TaskRecord) -> JsonObject:
    jobs: list[JsonObject] = []
    if task.start_time is not None and not task.children:
        names = task.job_names or ["job"]
        done = {
            "COMPLETED": len(names),
            "FAILED": len(names) - 1,
            "RUNNING": 0,
            "ABORTED": 0,
            "ABORTING": 0,
        }.get(task.status, 0)
        for index, name in enumerate(names):
            if index < done:
                job_status = "DONE"
            elif index == done and task.status in ("RUNNING", "ABORTING"):
                job_status = "RUNNING"
            elif index == done and task.status in ("FAILED", "ABORTED"):
                job_status = task.status
            else:
                break
            jobs.append(
                {
                    "name": name,
                    "start_time": format_timestamp(task.start_time),
                    "end_time": format_timestamp(task.end_time)
                    if job_status != "RUNNING"
                    else None,
                    "status": job_status,
                    "command_line": command_line(task, name),
                    "retried": False,
                    "instance": {
                        "id": instance_id(task),
                        "type": "c4.2xlarge",
                        "provider": "AWS",
                        "disk": {"size": 1024, "unit": "GB", "type": "ebs-gp2"},
                    },
                    "docker": {"checksum": "sha256:" + instance_id(task)[2:].ljust(64, "0")},
                    "logs": dict(task.job_logs.get(name, {})) if job_status != "RUNNING" else {},
                }
            )
    status = render_execution_status(ctx, task)
    return {
        "href": ctx.href("tasks", task.id, "execution_details"),
        "start_time": format_timestamp(task.start_time),
        "end_time": format_timestamp(task.end_time),
        "status": task.status,
        "message": status["message"] if status else "Draft",
        "jobs": jobs,
    }


# -- lookups and access ----------------------------------------------------------------------


def valid_task_id(value: str) -> str:
    try:
        parsed = uuid.UUID(value)
    except (ValueError, AttributeError, TypeError):
        raise task_error(7005, f"Task ID must be a valid UUID, got '{value}'.") from None
    return str(parsed)


def task_permissions(
    ctx: Context, task: TaskRecord, username: str, *, execute: bool = False
) -> None:
    project = ctx.state.projects.get(task.project)
    if project is None:
        raise task_error(7002)
    permissions = ctx.state.permissions_in(project, username)
    if permissions is None or not permissions.read:
        raise task_error(7001)
    if execute and not permissions.execute:
        raise task_error(7001, f"You need execute permission in '{task.project}' to do this.")


def find_task(ctx: Context, raw_id: str, username: str, *, execute: bool = False) -> TaskRecord:
    task = ctx.state.tasks.get(valid_task_id(raw_id))
    if task is None:
        raise task_error(7002)
    task_permissions(ctx, task, username, execute=execute)
    return task


def path_task(req: Request, ctx: Context, *, execute: bool = False) -> TaskRecord:
    return find_task(ctx, req.params["task_id"], req.username, execute=execute)


def executable_project(ctx: Context, value: Any, username: str) -> Project:
    owner, slug = split_project_id(value, missing_code=3006)
    project = ctx.state.projects.get(f"{owner}/{slug}")
    if project is None:
        raise task_error(3002)
    permissions = ctx.state.permissions_in(project, username)
    if permissions is None or not permissions.read:
        raise task_error(3001)
    if not permissions.execute:
        raise task_error(7001, f"You need execute permission in '{project.id}' to run tasks.")
    return project


def task_app(ctx: Context, value: Any, username: str) -> tuple[AppRecord, AppRevision]:
    """The app revision a task refers to: `owner/project/app_name[/revision]` (latest if none)."""
    if value is None or value == "":
        raise task_error(7015)
    reference = parse_app_reference(value) if isinstance(value, str) else None
    if reference is None:
        raise task_error(7016, f"Invalid app url '{value}': expected owner/project/app[/revision].")
    app_id, number = reference
    app = readable_app(ctx, app_id, username)
    revision = app.latest if number is None else app.revision(number)
    if revision is None:
        raise app_error(6002, f"App '{app_id}' has no revision {number}.")
    return app, revision


# -- validation ------------------------------------------------------------------------------


def valid_name(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise bad_request("'name' must be a non-empty string.")
    return value


def valid_description(value: Any) -> str | None:
    if value is not None and not isinstance(value, str):
        raise bad_request("'description' must be a string.")
    return value


def valid_inputs(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise bad_request("'inputs' must be an object mapping input ids to values.")
    return copy.deepcopy(value)


def valid_bool(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise bad_request(f"'{name}' must be true or false, got {value!r}.")
    return value


def valid_execution_settings(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise bad_request("'execution_settings' must be an object.")
    for key, types in SETTING_TYPES.items():
        setting = value.get(key)
        if setting is None:
            continue
        wrong_int = int in types and isinstance(setting, bool)
        if not isinstance(setting, types) or wrong_int:
            raise bad_request(f"Execution setting '{key}' has the wrong type: {setting!r}.")
    parallel = value.get("max_parallel_instances")
    if isinstance(parallel, int) and parallel < 1:
        raise bad_request("'max_parallel_instances' must be at least 1.")
    return copy.deepcopy(value)


def valid_output_location(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise bad_request("'output_location' must be an object.")
    main = value.get("main_location")
    if main is not None and (not isinstance(main, str) or not main.startswith("/")):
        raise bad_request(
            f"'output_location.main_location' must be a folder path such as '/Analysis/', "
            f"got {main!r}."
        )
    return copy.deepcopy(value)


def valid_batch(
    batch_input: Any, batch_by: Any, input_ports: list[CwlPort]
) -> tuple[str | None, dict[str, Any] | None]:
    """(batch_input, batch_by normalised to upper-case types), or (None, None) for no batching."""
    if batch_input is None and batch_by is None:
        return None, None
    if batch_input is None or batch_by is None:
        raise task_error(7023)
    if not isinstance(batch_input, str) or not batch_input.strip():
        raise task_error(7018)
    if batch_input not in {port.id for port in input_ports}:
        raise task_error(7018, f"The app has no input '{batch_input}' to batch by.")
    if not isinstance(batch_by, dict):
        raise bad_request("'batch_by' must be an object with a 'type'.")
    kind = batch_by.get("type")
    if not isinstance(kind, str) or kind.lower() not in ("criteria", "item"):
        raise task_error(7020)
    normalised = copy.deepcopy(batch_by)
    normalised["type"] = kind.upper()
    if normalised["type"] == "CRITERIA":
        criteria = batch_by.get("criteria")
        if (
            not isinstance(criteria, list)
            or not criteria
            or not all(isinstance(c, str) and c for c in criteria)
        ):
            raise task_error(7019)
    return batch_input, normalised


def validation_messages(task: TaskRecord) -> tuple[list[JsonObject], list[JsonObject]]:
    """The errors and warnings of a task's inputs against its app's inputs."""
    errors: list[JsonObject] = []
    warnings: list[JsonObject] = []
    known = {port.id for port in task.input_ports}
    for port in task.input_ports:
        value = task.inputs.get(port.id)
        if value is None:
            if not port.optional:
                errors.append(
                    {
                        "type": "error/task_validation/input/required",
                        "message": "Required input is not set.",
                        "input_id": port.id,
                    }
                )
        elif not value_matches(port, value) and not (
            # A batch input may hold the list the batch is split from.
            port.id == task.batch_input
            and isinstance(value, list)
            and all(value_matches(port, [v] if port.is_array else v) for v in value)
        ):
            errors.append(
                {
                    "type": "error/task_validation/input/schema",
                    "message": "Value for this input does not match the expected type.",
                    "input_id": port.id,
                }
            )
    for key in task.inputs:
        if key not in known:
            warnings.append(
                {
                    "type": "warning/task_validation/input/unknown",
                    "message": "The app has no input with this id; the value is ignored.",
                    "input_id": key,
                }
            )
    return errors, warnings


def bind_app(task: TaskRecord, app: AppRecord, revision: AppRevision) -> None:
    """Point `task` at an app revision and take what a run needs from its CWL."""
    raw = revision.raw
    task.app = app.revision_id(revision)
    task.input_ports = cwl_ports(raw, "inputs")
    task.output_ports = cwl_ports(raw, "outputs")
    task.job_names = job_names(raw, app.app_name)
    task.command = command_of(raw)
    task.outcome = "FAILED" if raw.get(OUTCOME_KEY) == "FAILED" else "COMPLETED"


def revalidate(task: TaskRecord) -> None:
    task.errors, task.warnings = validation_messages(task)


# -- running ---------------------------------------------------------------------------------


def batch_items(task: TaskRecord) -> list[Any]:
    assert task.batch_input is not None
    value = task.inputs.get(task.batch_input)
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def item_label(item: Any) -> str:
    if isinstance(item, dict):
        for key in ("name", "path", "location"):
            if isinstance(item.get(key), str):
                return str(item[key])
    return str(item)


def criteria_value(item: Any, criterion: str) -> Any:
    value: Any = item
    for part in criterion.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def make_children(ctx: Context, parent: TaskRecord) -> None:
    """Split a batch task into its children (one per item, or per group of criteria values)."""
    assert parent.batch_input is not None and parent.batch_by is not None
    port = next(p for p in parent.input_ports if p.id == parent.batch_input)
    items = batch_items(parent)
    groups: list[tuple[str, dict[str, Any], list[Any]]] = []
    if parent.batch_by["type"] == "ITEM":
        groups = [(item_label(item), {}, [item]) for item in items]
    else:
        criteria: list[str] = parent.batch_by["criteria"]
        by_key: dict[tuple[str, ...], list[Any]] = {}
        for item in items:
            key = tuple(str(criteria_value(item, c)) for c in criteria)
            by_key.setdefault(key, []).append(item)
        for key, members in by_key.items():
            fields = {c.split(".")[-1]: value for c, value in zip(criteria, key, strict=True)}
            groups.append((", ".join(key), fields, members))
    for label, fields, members in groups:
        inputs = copy.deepcopy(parent.inputs)
        inputs[parent.batch_input] = members if port.is_array else members[0]
        child = TaskRecord(
            id=str(uuid.uuid4()),
            name=f"{parent.name} - {label}",
            project=parent.project,
            app=parent.app,
            created_by=parent.created_by,
            description=parent.description,
            inputs=inputs,
            input_ports=parent.input_ports,
            output_ports=parent.output_ports,
            job_names=parent.job_names,
            command=parent.command,
            outcome=parent.outcome,
            batch_group={"value": label, "fields": copy.deepcopy(fields)},
            parent=parent.id,
            use_interruptible_instances=parent.use_interruptible_instances,
            execution_settings=copy.deepcopy(parent.execution_settings),
            output_location=copy.deepcopy(parent.output_location),
        )
        ctx.state.tasks.add(child)
        parent.children.append(child.id)


def start(
    ctx: Context,
    task: TaskRecord,
    username: str,
    *,
    batch: bool | None = None,
    interruptible: bool | None = None,
) -> None:
    """Submit a DRAFT task (its validation errors were checked by the caller)."""
    if batch is False:
        if not task.batch:
            raise task_error(7022)
        task.batch_input, task.batch_by = None, None  # runs as one task
    if interruptible is not None:
        task.use_interruptible_instances = interruptible
    if task.batch:
        make_children(ctx, task)
    ctx.state.tasks.submit(task, username)


def run_action(req: Request) -> bool:
    """Whether the request asks to run at once: `action=run` (or the older `run=true`)."""
    action = req.query_str("action")
    if action is not None and action != "":
        if action.lower() != "run":
            raise task_error(7013, f"Invalid task action '{action}': the only action is 'run'.")
        return True
    return bool(req.query_bool("run", False))


# -- listing ---------------------------------------------------------------------------------


def in_range(moment: datetime | None, low: datetime | None, high: datetime | None) -> bool:
    if low is None and high is None:
        return True
    if moment is None:
        return False
    return (low is None or moment >= low) and (high is None or moment <= high)


def sort_key(order_by: str) -> Callable[[TaskRecord], tuple[bool, Any]]:
    def key(task: TaskRecord) -> tuple[bool, Any]:
        value = getattr(task, order_by)
        return (value is None, value if value is not None else "")

    return key


@routes.get("/tasks")
def list_tasks(req: Request, ctx: Context) -> Response:
    store = ctx.state.tasks
    project_id = req.query_str("project")
    status = req.query_str("status")
    if status is not None and status.upper() not in STATUSES:
        raise task_error(7006)
    parent = req.query_str("parent")
    parent_id = valid_task_id(parent) if parent else None
    batch = req.query_bool("batch")
    origin_id = req.query_str("origin_id")
    order_by = req.query_str("order_by")
    if order_by is not None and order_by not in ORDER_BY:
        raise bad_request(f"Invalid order_by '{order_by}': expected one of {', '.join(ORDER_BY)}.")
    order = (req.query_str("order") or "asc").lower()
    if order not in ("asc", "desc"):
        raise bad_request(f"Invalid order '{order}': expected asc or desc.")
    created = (
        req.query_datetime("created_from"),
        req.query_datetime("created_to", end_of_day=True),
    )
    started = (
        req.query_datetime("started_from"),
        req.query_datetime("started_to", end_of_day=True),
    )
    ended = (req.query_datetime("ended_from"), req.query_datetime("ended_to", end_of_day=True))

    if project_id:
        owner, slug = split_project_id(project_id)
        project = ctx.state.projects.get(f"{owner}/{slug}")
        if project is None:
            raise task_error(3002)
        permissions = ctx.state.permissions_in(project, req.username)
        if permissions is None or not permissions.read:
            raise task_error(3001)
        visible = [t for t in store.tasks.values() if t.project == project.id]
    else:
        readable: dict[str, bool] = {}
        for project_key, project in ctx.state.projects.items():
            permissions = ctx.state.permissions_in(project, req.username)
            readable[project_key] = permissions is not None and permissions.read
        visible = [t for t in store.tasks.values() if readable.get(t.project, False)]
    for task in visible:
        if task.parent is None:
            store.observe(task)  # a batch parent moves its children along

    tasks = [
        t
        for t in visible
        if (status is None or t.status == status.upper())
        and (parent_id is None or t.parent == parent_id)
        and (batch is None or t.batch == batch)
        and (origin_id is None or t.origin_id == origin_id)
        and in_range(t.created_time, *created)
        and in_range(t.start_time, *started)
        and in_range(t.end_time, *ended)
    ]
    if order_by is not None:
        tasks.sort(key=sort_key(order_by), reverse=order == "desc")
    elif order == "desc":
        tasks.reverse()
    return paginated(req, ctx, tasks, lambda t: render_task(ctx, t))


# -- one task --------------------------------------------------------------------------------


@routes.post("/tasks")
def create_task(req: Request, ctx: Context) -> Response:
    run = run_action(req)
    batch = req.query_bool("batch")
    body = req.json_object()
    unknown = sorted(set(body) - set(CREATE_KEYS))
    if unknown:
        raise bad_request(
            f"Unknown field(s) in the task: {', '.join(unknown)}. Allowed: {', '.join(CREATE_KEYS)}."
        )
    project = executable_project(ctx, body.get("project"), req.username)
    app, revision = task_app(ctx, body.get("app"), req.username)
    name = body.get("name")
    if name is None:
        name = f"{app.name(revision)} run - {datetime.now(UTC):%d %b %Y %H:%M}"
    interruptible = body.get("use_interruptible_instances")
    task = TaskRecord(
        id=str(uuid.uuid4()),
        name=valid_name(name),
        project=project.id,
        app=app.revision_id(revision),
        created_by=req.username,
        description=valid_description(body.get("description")),
        inputs=valid_inputs(body.get("inputs")),
        use_interruptible_instances=(
            valid_bool(interruptible, "use_interruptible_instances")
            if interruptible is not None
            else bool(project.settings.get("use_interruptible_instances", True))
        ),
        execution_settings={
            "max_parallel_instances": 1,
            "use_memoization": bool(project.settings.get("use_memoization", False)),
        }
        | valid_execution_settings(body.get("execution_settings")),
        output_location=valid_output_location(body.get("output_location")),
    )
    bind_app(task, app, revision)
    task.batch_input, task.batch_by = valid_batch(
        body.get("batch_input"), body.get("batch_by"), task.input_ports
    )
    if batch is False and not run:
        raise task_error(7021)
    if batch is False and not task.batch:
        raise task_error(7022)
    revalidate(task)
    ctx.state.tasks.add(task)
    if run and not task.errors:
        start(ctx, task, req.username, batch=batch)
    return single(req, render_task(ctx, task), status=201)


@routes.get("/tasks/{task_id}")
def get_task(req: Request, ctx: Context) -> Response:
    task = path_task(req, ctx)
    ctx.state.tasks.observe(task)
    return single(req, render_task(ctx, task))


@routes.patch("/tasks/{task_id}")
def update_task(req: Request, ctx: Context) -> Response:
    task = path_task(req, ctx, execute=True)
    body = req.json_object()
    unknown = sorted(set(body) - set(UPDATE_KEYS))
    if unknown:
        raise bad_request(
            f"Unknown field(s) in the task update: {', '.join(unknown)}. "
            f"Allowed: {', '.join(UPDATE_KEYS)}."
        )
    if task.status != "DRAFT" and set(body) - set(RENAME_KEYS):
        raise task_error(7026)
    if "project" in body and body["project"] != task.project:
        raise bad_request("A task cannot move to another project.")
    # Validate everything before changing anything.
    name = valid_name(body["name"]) if "name" in body else task.name
    description = (
        valid_description(body["description"]) if "description" in body else task.description
    )
    changed = copy.copy(task)
    if "app" in body:
        app, revision = task_app(ctx, body["app"], req.username)
        bind_app(changed, app, revision)
    if "inputs" in body:
        changed.inputs = {**task.inputs, **valid_inputs(body["inputs"])}
    if "use_interruptible_instances" in body:
        changed.use_interruptible_instances = valid_bool(
            body["use_interruptible_instances"], "use_interruptible_instances"
        )
    if "execution_settings" in body:
        changed.execution_settings = {
            **task.execution_settings,
            **valid_execution_settings(body["execution_settings"]),
        }
    if "output_location" in body:
        changed.output_location = valid_output_location(body["output_location"])
    if "batch" in body and not valid_bool(body["batch"], "batch"):
        changed.batch_input, changed.batch_by = None, None
    elif "batch_input" in body or "batch_by" in body:
        changed.batch_input, changed.batch_by = valid_batch(
            body.get("batch_input", task.batch_input),
            body.get("batch_by", task.batch_by),
            changed.input_ports,
        )
    changed.name, changed.description = name, description
    if task.status == "DRAFT":
        revalidate(changed)
    task.__dict__.update(changed.__dict__)
    return single(req, render_task(ctx, task))


@routes.delete("/tasks/{task_id}")
def delete_task(req: Request, ctx: Context) -> Response:
    task = path_task(req, ctx, execute=True)
    if task.status != "DRAFT":
        raise task_error(7007, f"Only DRAFT tasks can be deleted; this one is {task.status}.")
    ctx.state.tasks.delete(task)
    return no_content()


@routes.post("/tasks/{task_id}/actions/run")
def run_task(req: Request, ctx: Context) -> Response:
    task = path_task(req, ctx, execute=True)
    batch = req.query_bool("batch")
    interruptible = req.query_bool("use_interruptible_instances")
    if task.status != "DRAFT":
        raise task_error(7007, f"Only DRAFT tasks can run; this one is {task.status}.")
    if task.errors:
        raise task_error(7024)
    start(ctx, task, req.username, batch=batch, interruptible=interruptible)
    return single(req, render_task(ctx, task))


@routes.post("/tasks/{task_id}/actions/abort")
def abort_task(req: Request, ctx: Context) -> Response:
    task = path_task(req, ctx, execute=True)
    if task.status not in ABORTABLE:
        raise task_error(7011)
    ctx.state.tasks.abort(task)
    return single(req, render_task(ctx, task))


@routes.post("/tasks/{task_id}/actions/clone")
def clone_task(req: Request, ctx: Context) -> Response:
    source = path_task(req, ctx, execute=True)
    run = run_action(req)
    app, revision = task_app(ctx, source.app, req.username)
    clone = TaskRecord(
        id=str(uuid.uuid4()),
        name=source.name,
        project=source.project,
        app=source.app,
        created_by=req.username,
        description=source.description,
        inputs=copy.deepcopy(source.inputs),
        batch_input=source.batch_input,
        batch_by=copy.deepcopy(source.batch_by),
        use_interruptible_instances=source.use_interruptible_instances,
        execution_settings=copy.deepcopy(source.execution_settings),
        output_location=copy.deepcopy(source.output_location),
    )
    bind_app(clone, app, revision)
    revalidate(clone)
    ctx.state.tasks.add(clone)
    if run and not clone.errors:
        start(ctx, clone, req.username)
    return single(req, render_task(ctx, clone), status=201)


@routes.get("/tasks/{task_id}/execution_details")
def get_task_execution_details(req: Request, ctx: Context) -> Response:
    task = path_task(req, ctx)
    ctx.state.tasks.observe(task)
    return single(req, render_execution_details(ctx, task))


@routes.get("/tasks/{task_id}/inputs")
def get_task_inputs(req: Request, ctx: Context) -> Response:
    task = path_task(req, ctx)
    return single(req, render_inputs(task))


# -- bulk ------------------------------------------------------------------------------------


@routes.post("/bulk/tasks/get")
def bulk_get_tasks(req: Request, ctx: Context) -> Response:
    body = req.json_object()
    ids = body.get("task_ids")
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise bad_request('The body must be {"task_ids": [<task id>, ...]}.')
    if len(ids) > BULK_LIMIT:
        raise bad_request(f"At most {BULK_LIMIT} tasks per call; got {len(ids)}.")
    selection = req.fields
    items: list[JsonObject] = []
    observed: set[str] = set()  # each task moves at most one step per call
    for raw_id in ids:
        try:
            task = find_task(ctx, raw_id, req.username)
        except ApiError as error:
            items.append({"error": error_body(error.status, error.code, error.message)})
            continue
        if task.id not in observed:
            ctx.state.tasks.observe(task)
            observed.update([task.id, *task.children])
        items.append({"resource": select_fields(render_task(ctx, task), selection)})
    return ok({"items": items})
