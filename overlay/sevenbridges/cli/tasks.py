"""``sbg tasks``: list, show, run, abort and wait for tasks, and get their outputs.

``sbg tasks run APP --project P name=value ...`` reads the app's CWL to convert each value: File
inputs take a file path (``owner/project/folder/file``) or a file id, numbers and booleans are
parsed, array inputs take the name once per item.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .output import (
    State,
    TransferProgress,
    message,
    print_json,
    record,
    table,
    transfer_report,
)

if TYPE_CHECKING:
    from ..api import Api
    from ..models.task import Task

app = typer.Typer(
    help="Tasks: ls, show, run, abort, wait, outputs.", no_args_is_help=True, rich_markup_mode=None
)

TASK_KEYS = ["id", "name", "status", "app", "project", "created_time", "start_time", "end_time"]
Period = Annotated[float, typer.Option(min=0.01, help="Seconds between polls.")]


def _summary(task: Task) -> dict[str, Any]:
    return {"id": task.id, "name": task.name, "status": str(task.status), "app": task.app}


def _task_record(state: State, task: Task) -> None:
    data = task.to_dict()
    record(state, data, TASK_KEYS)


@app.command("ls")
def list_tasks(
    ctx: typer.Context,
    project: Annotated[str | None, typer.Option(help="Only this project's tasks.")] = None,
    status: Annotated[str | None, typer.Option(help="Only tasks in this status.")] = None,
) -> None:
    """List tasks."""
    state: State = ctx.obj
    found = state.api.tasks.query(project=project, status=status).all()
    table(state, [_summary(task) for task in found], ["id", "name", "status", "app"])


@app.command("show")
def show(ctx: typer.Context, task: Annotated[str, typer.Argument(help="The task id.")]) -> None:
    """Show a task."""
    state: State = ctx.obj
    _task_record(state, state.api.tasks.get(task))


def input_ports(raw: Any) -> dict[str, tuple[bool, str]]:
    """Each input of a CWL document: whether it takes a list, and its (item) type."""
    declared = raw.get("inputs") if isinstance(raw, dict) else None
    entries: list[tuple[str, Any]] = []
    if isinstance(declared, list):
        entries = [
            (str(i["id"]), i.get("type")) for i in declared if isinstance(i, dict) and "id" in i
        ]
    elif isinstance(declared, dict):
        entries = [
            (str(key), value.get("type") if isinstance(value, dict) else value)
            for key, value in declared.items()
        ]
    return {port.lstrip("#"): _cwl_type(kind) for port, kind in entries}


def _cwl_type(kind: Any) -> tuple[bool, str]:
    if isinstance(kind, str):
        base = kind.rstrip("?")
        return (True, base[:-2]) if base.endswith("[]") else (False, base)
    if isinstance(kind, list):
        rest = [item for item in kind if item != "null"]
        return _cwl_type(rest[0]) if len(rest) == 1 else (False, "any")
    if isinstance(kind, dict):
        if kind.get("type") == "array":
            return True, _cwl_type(kind.get("items"))[1]
        return False, str(kind.get("type"))
    return False, "any"


def _convert(api: Api, port: str, kind: str, value: str) -> Any:
    from .paths import resolve

    if kind in ("File", "Directory"):
        place = resolve(api, value)
        if place.file is None:
            raise typer.BadParameter(f"{port}={value}: name a file, not a project")
        if (kind == "File") == place.file.is_folder():
            raise typer.BadParameter(f"{port}={value}: expected a {kind.lower()}")
        return place.file
    try:
        if kind in ("int", "long"):
            return int(value)
        if kind in ("float", "double"):
            return float(value)
    except ValueError:
        raise typer.BadParameter(f"{port}={value}: expected a number ({kind})") from None
    if kind == "boolean":
        if value.lower() not in ("true", "false"):
            raise typer.BadParameter(f"{port}={value}: expected true or false")
        return value.lower() == "true"
    return value


def parse_inputs(api: Api, pairs: list[str], ports: dict[str, tuple[bool, str]]) -> dict[str, Any]:
    """``name=value`` arguments as task inputs, converted by the app's input types."""
    inputs: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise typer.BadParameter(f"expected name=value, got {pair!r}", param_hint="INPUTS")
        if name not in ports:
            known = ", ".join(sorted(ports)) or "none"
            raise typer.BadParameter(f"the app has no input {name!r} (inputs: {known})")
        is_array, kind = ports[name]
        converted = _convert(api, name, kind, value)
        if is_array:
            inputs.setdefault(name, []).append(converted)
        elif name in inputs:
            raise typer.BadParameter(f"input {name!r} takes one value, given twice")
        else:
            inputs[name] = converted
    return inputs


@app.command("run")
def run(
    ctx: typer.Context,
    app_id: Annotated[str, typer.Argument(help="owner/project/app[/revision]")],
    project: Annotated[str, typer.Option(help="The project to run in.")],
    inputs: Annotated[
        list[str] | None, typer.Argument(help="name=value (files as paths or ids).")
    ] = None,
    name: Annotated[str | None, typer.Option(help="The task's name.")] = None,
    wait: Annotated[bool, typer.Option("--wait", help="Wait until the task ends.")] = False,
    period: Period = 2.0,
) -> None:
    """Create a task from an app and inputs, and run it (--wait: exit 1 unless it completes).

    Inputs are name=value, converted by the app's input types: a File input takes a file path
    (owner/project/folder/file) or a file id, a list input takes its name once per item.
    """
    state: State = ctx.obj
    api = state.api
    found = api.apps.get(app_id)
    values = parse_inputs(api, list(inputs or []), input_ports(found.raw or {}))
    task = api.tasks.create(name=name, project=project, app=found, inputs=values, run=True)
    if wait:
        task = _wait(state, task, None, period)  # shows each state, the first one included
    else:
        message(f"Task {task.id} is {task.status}")
    _task_record(state, task)
    if wait and str(task.status) != "COMPLETED":
        raise typer.Exit(1)


@app.command("abort")
def abort(ctx: typer.Context, task: Annotated[str, typer.Argument(help="The task id.")]) -> None:
    """Abort a queued or running task."""
    state: State = ctx.obj
    aborted = state.api.tasks.get(task).abort()
    message(f"Task {aborted.id} is {aborted.status}")
    _task_record(state, aborted)


def _wait(state: State, task: Task, timeout: float | None, period: float = 2.0) -> Task:
    seen: list[str] = []

    def show(current: Task) -> None:
        status = str(current.status)
        if not seen or seen[-1] != status:
            seen.append(status)
            message(f"{current.id}: {status}")

    show(task)
    return task.wait(period=period, callback=show, timeout=timeout)


@app.command("wait")
def wait(
    ctx: typer.Context,
    task: Annotated[str, typer.Argument(help="The task id.")],
    timeout: Annotated[float | None, typer.Option(help="Give up after this many seconds.")] = None,
    period: Period = 2.0,
) -> None:
    """Show a task's state until it ends; exit 1 unless it completed."""
    state: State = ctx.obj
    ended = _wait(state, state.api.tasks.get(task), timeout, period)
    _task_record(state, ended)
    if str(ended.status) != "COMPLETED":
        raise typer.Exit(1)


def _files_in(value: Any) -> list[Any]:
    from ..models.file import File

    if isinstance(value, File):
        return [value]
    if isinstance(value, list):
        return [item for inner in value for item in _files_in(inner)]
    if isinstance(value, dict):
        return [item for inner in value.values() for item in _files_in(inner)]
    return []


@app.command("outputs")
def outputs(
    ctx: typer.Context,
    task: Annotated[str, typer.Argument(help="The task id.")],
    download: Annotated[
        Path | None, typer.Option(help="Download the output files into this directory.")
    ] = None,
) -> None:
    """List a task's outputs, or download its output files."""
    state: State = ctx.obj
    found = state.api.tasks.get(task)
    ports = dict(found.outputs or {})
    if download is None and state.json:
        print_json(ports)  # files as their wire dicts
        return
    if download is None:
        rows = []
        for port, value in ports.items():
            files = _files_in(value)
            shown = ", ".join(f"{f.name} ({f.id})" for f in files) if files else value
            rows.append({"output": port, "value": shown})
        table(state, rows, ["output", "value"])
        return
    files = [item for value in ports.values() for item in _files_in(value)]
    download.mkdir(parents=True, exist_ok=True)
    with TransferProgress("download") as shown_progress:
        records = state.api.files.download_many(files, download, progress=shown_progress.update)
    raise typer.Exit(transfer_report(state, records))
