"""``sbg volumes``, ``sbg imports`` and ``sbg exports``: cloud buckets connected as volumes, and the
jobs that move files between them and projects (one module: imports and exports share their
listing and waiting)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from .output import State, message, record, table

if TYPE_CHECKING:
    from ..models.storage_job import StorageJob

volumes = typer.Typer(help="Volumes: ls, browse.", no_args_is_help=True, rich_markup_mode=None)
imports = typer.Typer(
    help="Imports from volumes: submit, ls, wait.", no_args_is_help=True, rich_markup_mode=None
)
exports = typer.Typer(
    help="Exports to volumes: submit, ls, wait.", no_args_is_help=True, rich_markup_mode=None
)

JOB_KEYS = ["id", "state", "source", "destination", "overwrite", "started_on", "finished_on"]
Period = Annotated[float, typer.Option(min=0.01, help="Seconds between polls.")]
Timeout = Annotated[float | None, typer.Option(help="Give up after this many seconds.")]


@volumes.command("ls")
def list_volumes(ctx: typer.Context) -> None:
    """List the volumes you can access."""
    state: State = ctx.obj
    rows = []
    for volume in state.api.volumes.query().all():
        service = dict(volume.service or {})  # fetched: list items leave it out
        rows.append(
            {"id": volume.id, "name": volume.name, "type": service.get("type"),
             "bucket": service.get("bucket"), "access_mode": volume.access_mode}
        )  # fmt: skip
    table(state, rows, ["id", "name", "type", "bucket", "access_mode"])


@volumes.command("browse")
def browse(
    ctx: typer.Context,
    volume: Annotated[str, typer.Argument(help="owner/volume")],
    prefix: Annotated[
        str | None, typer.Option(help="List under this prefix (ends with /).")
    ] = None,
) -> None:
    """List the objects and prefixes directly under a prefix of a volume."""
    state: State = ctx.obj
    listing = state.api.volumes.get(volume).list(prefix=prefix)
    rows: list[dict[str, Any]] = [
        {"location": item.prefix, "type": "prefix", "size": None} for item in listing.all_prefixes()
    ]
    for item in listing.all():
        data = item.to_dict()
        size = (data.get("metadata") or {}).get("size", data.get("size"))
        rows.append({"location": item.location, "type": "object", "size": size})
    table(state, rows, ["location", "type", "size"])


def _job_row(job: StorageJob) -> dict[str, Any]:
    data = job.to_dict()
    source, destination = data.get("source") or {}, data.get("destination") or {}
    return {
        "id": data.get("id"),
        "state": data.get("state"),
        "source": source.get("file")
        or "/".join(filter(None, [source.get("volume"), source.get("location")])),
        "destination": destination.get("file")
        or destination.get("project")
        or "/".join(filter(None, [destination.get("volume"), destination.get("location")])),
    }


def _show_job(state: State, job: StorageJob) -> None:
    if state.json:
        record(state, job.to_dict())
    else:
        record(state, {**job.to_dict(), **_job_row(job)}, JOB_KEYS)


def _wait_job(state: State, job: StorageJob, period: float, timeout: float | None) -> None:
    seen: list[str] = []

    def show(current: Any) -> None:
        now = str(current.to_dict().get("state"))
        if not seen or seen[-1] != now:
            seen.append(now)
            message(f"{current.id}: {now}")

    show(job)
    _show_job(state, job.wait(period=period, timeout=timeout, callback=show))


@imports.command("submit")
def submit_import(
    ctx: typer.Context,
    volume: Annotated[str, typer.Argument(help="owner/volume")],
    location: Annotated[
        str, typer.Argument(help="The object's key (a prefix ending in / for a folder).")
    ],
    to: Annotated[str, typer.Option("--to", help="owner/project or owner/project/folder.")],
    name: Annotated[str | None, typer.Option(help="The new file's name.")] = None,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace a file of the same name.")
    ] = False,
    wait: Annotated[bool, typer.Option("--wait", help="Wait until the job ends.")] = False,
    period: Period = 2.0,
) -> None:
    """Import an object (or a prefix, as a folder) from a volume into a project or folder."""
    from .paths import destination

    state: State = ctx.obj
    project, folder = destination(state.api, to)
    job = state.api.imports.submit_import(
        volume, location, project=project, parent=folder, name=name, overwrite=overwrite
    )
    if wait:
        _wait_job(state, job, period, None)
    else:
        _show_job(state, job)


@exports.command("submit")
def submit_export(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(help="The file (path or id).")],
    volume: Annotated[str, typer.Argument(help="owner/volume")],
    location: Annotated[str, typer.Argument(help="The key to write.")],
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace an object there.")
    ] = False,
    copy_only: Annotated[
        bool, typer.Option("--copy-only", help="Keep the file on the Platform.")
    ] = False,
    wait: Annotated[bool, typer.Option("--wait", help="Wait until the job ends.")] = False,
    period: Period = 2.0,
) -> None:
    """Export a file to a volume."""
    from .paths import resolve

    state: State = ctx.obj
    place = resolve(state.api, file)
    if place.file is None or place.file.is_folder():
        raise typer.BadParameter(f"{file!r} is not a file", param_hint="FILE")
    job = state.api.exports.submit_export(
        place.file, volume, location, overwrite=overwrite, copy_only=copy_only
    )
    if wait:
        _wait_job(state, job, period, None)
    else:
        _show_job(state, job)


@imports.command("ls")
def list_imports(
    ctx: typer.Context,
    project: Annotated[str | None, typer.Option(help="Only imports into this project.")] = None,
    volume: Annotated[str | None, typer.Option(help="Only imports from this volume.")] = None,
    state_filter: Annotated[
        str | None, typer.Option("--state", help="Only jobs in this state.")
    ] = None,
) -> None:
    """List your import jobs."""
    state: State = ctx.obj
    jobs = state.api.imports.query(project=project, volume=volume, state=state_filter).all()
    table(state, [_job_row(job) for job in jobs], ["id", "state", "source", "destination"])


@exports.command("ls")
def list_exports(
    ctx: typer.Context,
    volume: Annotated[str | None, typer.Option(help="Only exports to this volume.")] = None,
    state_filter: Annotated[
        str | None, typer.Option("--state", help="Only jobs in this state.")
    ] = None,
) -> None:
    """List your export jobs."""
    state: State = ctx.obj
    jobs = state.api.exports.query(volume=volume, state=state_filter).all()
    table(state, [_job_row(job) for job in jobs], ["id", "state", "source", "destination"])


@imports.command("wait")
def wait_import(
    ctx: typer.Context,
    job: Annotated[str, typer.Argument(help="The import job's id.")],
    period: Period = 2.0,
    timeout: Timeout = None,
) -> None:
    """Show an import's state until it ends; exit 1 if it failed."""
    state: State = ctx.obj
    _wait_job(state, state.api.imports.get(job), period, timeout)


@exports.command("wait")
def wait_export(
    ctx: typer.Context,
    job: Annotated[str, typer.Argument(help="The export job's id.")],
    period: Period = 2.0,
    timeout: Timeout = None,
) -> None:
    """Show an export's state until it ends; exit 1 if it failed."""
    state: State = ctx.obj
    _wait_job(state, state.api.exports.get(job), period, timeout)
