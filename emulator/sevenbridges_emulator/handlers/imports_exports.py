"""Import jobs (volume -> project) and export jobs (project -> volume), single and bulk.

A job is checked when it is created (the volume, the location, the destination and the caller's
permissions); what can only be known when the data moves (a name taken in the meantime, an object
already at the export location) makes the job FAILED with the error in `error`. Jobs move on as
they are read (see `stores/volumes.py`). Each caller sees the jobs they started.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..context import Context
from ..errors import ApiError
from ..request import Request
from ..routing import RouteTable
from ..stores.volumes import (
    IMPORT_EXPORT_STATES,
    ExportJob,
    ImportJob,
    check_location,
    error_of,
    new_job_id,
    storage_error,
)
from ..wire import JsonObject, Response, format_timestamp, ok, select_fields
from .common import BULK_LIMIT, paginated, single
from .volumes import raise_if_inactive, split_volume_id, valid_properties, volume_with

routes = RouteTable()

IMPORT_KEYS = ("source", "destination", "overwrite", "autorename", "preserve_folder_structure")
EXPORT_KEYS = ("source", "destination", "overwrite", "properties")


# -- shared --------------------------------------------------------------------------------------


def body_object(value: Any, what: str) -> JsonObject:
    if not isinstance(value, dict):
        raise storage_error(9011, f"'{what}' must be an object.")
    return value


def reject_unknown_keys(body: JsonObject, allowed: tuple[str, ...], what: str) -> None:
    unknown = sorted(set(body) - set(allowed))
    if unknown:
        raise storage_error(9011, f"Unknown field(s) in the {what}: {', '.join(unknown)}.")


def flag(body: JsonObject, key: str, default: bool) -> bool:
    value = body.get(key, default)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise storage_error(9011, f"'{key}' must be true or false, got {value!r}.")
    return value


def text(body: JsonObject, key: str, *, required: bool = False) -> str | None:
    value = body.get(key)
    if value is None or value == "":
        if required:
            raise storage_error(9011, f"'{key}' must be given.")
        return None
    if not isinstance(value, str):
        raise storage_error(9011, f"'{key}' must be a string.")
    return value


def state_filter(req: Request) -> list[str]:
    states = req.query_list("state")
    for value in states:
        if value not in IMPORT_EXPORT_STATES:
            raise storage_error(
                9011, f"Invalid state '{value}': expected one of {', '.join(IMPORT_EXPORT_STATES)}."
            )
    return states


def bulk_list(body: JsonObject, key: str) -> list[Any]:
    values = body.get(key)
    if not isinstance(values, list):
        raise storage_error(9011, f'The body must be {{"{key}": [...]}}.')
    if len(values) > BULK_LIMIT:
        raise storage_error(9011, f"At most {BULK_LIMIT} items per call; got {len(values)}.")
    return values


def bulk_records(
    values: list[Any], make: Callable[[Any], JsonObject], selection: Any = None
) -> Response:
    """One `{resource}` or `{error}` record per value, in order."""
    items: list[JsonObject] = []
    for value in values:
        try:
            items.append({"resource": select_fields(make(value), selection)})
        except ApiError as error:
            items.append({"error": error_of(error)})
    return ok({"items": items})


def render_result(ctx: Context, file_id: str | None) -> JsonObject | None:
    if file_id is None:
        return None
    record = ctx.state.files.get(file_id)
    if record is None:  # deleted since: what is left is its id
        return {"href": ctx.state.files.href(file_id), "id": file_id}
    return ctx.state.files.render(record)


def times_and_outcome(ctx: Context, job: ImportJob | ExportJob, rendered: JsonObject) -> JsonObject:
    rendered["started_on"] = format_timestamp(job.started_on)
    rendered["finished_on"] = format_timestamp(job.finished_on)
    if job.error is not None:
        rendered["error"] = dict(job.error)
    result = render_result(ctx, job.result)
    if result is not None:
        rendered["result"] = result
    return rendered


def writable_project(ctx: Context, project_id: str, username: str) -> None:
    project = ctx.state.projects.get(project_id)
    if project is None:
        raise storage_error(9012, f"Project '{project_id}' does not exist.")
    permissions = ctx.state.permissions_in(project, username)
    if permissions is None or not permissions.write:
        raise storage_error(9003, f"You cannot write to project '{project_id}'.")


# -- imports -------------------------------------------------------------------------------------


def render_import(ctx: Context, job: ImportJob) -> JsonObject:
    destination: JsonObject = {"project": job.project} if job.project else {"parent": job.parent}
    if job.name is not None:
        destination["name"] = job.name
    rendered: JsonObject = {
        "href": ctx.href("storage", "imports", job.id),
        "id": job.id,
        "state": job.state,
        "overwrite": job.overwrite,
        "autorename": job.autorename,
        "preserve_folder_structure": job.preserve_folder_structure,
        "source": {"volume": job.volume, "location": job.location},
        "destination": destination,
    }
    return times_and_outcome(ctx, job, rendered)


def start_import(ctx: Context, body: Any, username: str) -> ImportJob:
    body = body_object(body, "import")
    reject_unknown_keys(body, IMPORT_KEYS, "import")
    source = body_object(body.get("source"), "source")
    destination = body_object(body.get("destination"), "destination")
    volume = volume_with(ctx, split_volume_id(source.get("volume")), username, "read")
    raise_if_inactive(volume)
    location = text(source, "location", required=True)
    assert location is not None
    check_location(volume, location)
    if location.endswith("/"):
        if not any(key.startswith(location) for key in volume.objects):
            raise storage_error(9105, f"Nothing lies under '{location}' on {volume.id}.")
    elif location not in volume.objects:
        raise storage_error(9105, f"There is no object at '{location}' on {volume.id}.")
    project, parent = text(destination, "project"), text(destination, "parent")
    name = text(destination, "name")
    if (project is None) == (parent is None):
        raise storage_error(9011, "The destination needs either 'project' or 'parent'.")
    if parent is not None:
        folder = ctx.state.files.get(parent)
        if folder is None or not folder.is_folder:
            raise storage_error(10222, f"Folder '{parent}' does not exist.")
        writable_project(ctx, folder.project, username)
    else:
        assert project is not None
        writable_project(ctx, project, username)
    if name is None and not location.rstrip("/").rsplit("/", 1)[-1]:
        raise storage_error(9018)
    job = ImportJob(
        id=new_job_id(),
        volume=volume.id,
        location=location,
        created_by=username,
        project=project,
        parent=parent,
        name=name,
        overwrite=flag(body, "overwrite", False),
        autorename=flag(body, "autorename", False),
        preserve_folder_structure=flag(body, "preserve_folder_structure", True),
    )
    ctx.state.volumes.imports[job.id] = job
    return job


def find_import(ctx: Context, job_id: Any, username: str) -> ImportJob:
    job = ctx.state.volumes.imports.get(job_id) if isinstance(job_id, str) else None
    if job is None or job.created_by != username:
        raise storage_error(9008, f"Import job '{job_id}' does not exist.")
    return job


def import_project(ctx: Context, job: ImportJob) -> str | None:
    """The project an import writes into: its destination project, or its folder's."""
    if job.project is not None:
        return job.project
    folder = ctx.state.files.get(job.parent) if job.parent is not None else None
    return folder.project if folder is not None else None


@routes.get("/storage/imports")
def list_imports(req: Request, ctx: Context) -> Response:
    volumes, locations = req.query_list("volume"), req.query_list("location")
    projects, states = req.query_list("project"), state_filter(req)
    store = ctx.state.volumes
    jobs = [
        job
        for job in store.imports.values()
        if job.created_by == req.username
        and (not volumes or job.volume in volumes)
        and (not locations or job.location in locations)
        and (not projects or import_project(ctx, job) in projects)
    ]
    for job in jobs:
        store.observe(job, ctx.state)
    jobs = [job for job in jobs if not states or job.state in states]
    return paginated(req, ctx, jobs, lambda j: render_import(ctx, j), default_keys=None)


@routes.post("/storage/imports")
def create_import(req: Request, ctx: Context) -> Response:
    job = start_import(ctx, req.json(), req.username)
    return single(req, render_import(ctx, job), status=201)


@routes.get("/storage/imports/{import_id}")
def get_import(req: Request, ctx: Context) -> Response:
    job = find_import(ctx, req.params["import_id"], req.username)
    ctx.state.volumes.observe(job, ctx.state)
    return single(req, render_import(ctx, job))


@routes.post("/bulk/storage/imports/create")
def bulk_create_imports(req: Request, ctx: Context) -> Response:
    items = bulk_list(req.json_object(), "items")
    return bulk_records(
        items, lambda item: render_import(ctx, start_import(ctx, item, req.username))
    )


@routes.post("/bulk/storage/imports/get")
def bulk_get_imports(req: Request, ctx: Context) -> Response:
    ids = bulk_list(req.json_object(), "import_ids")
    seen: set[str] = set()

    def read(job_id: Any) -> JsonObject:
        job = find_import(ctx, job_id, req.username)
        if job.id not in seen:  # each job moves at most one step per call
            seen.add(job.id)
            ctx.state.volumes.observe(job, ctx.state)
        return render_import(ctx, job)

    return bulk_records(ids, read, req.fields)


# -- exports -------------------------------------------------------------------------------------


def render_export(ctx: Context, job: ExportJob) -> JsonObject:
    rendered: JsonObject = {
        "href": ctx.href("storage", "exports", job.id),
        "id": job.id,
        "state": job.state,
        "source": {"file": job.file},
        "destination": {"volume": job.volume, "location": job.location},
        "overwrite": job.overwrite,
        "properties": dict(job.properties),
    }
    return times_and_outcome(ctx, job, rendered)


def start_export(ctx: Context, body: Any, username: str, copy_only: bool) -> ExportJob:
    body = body_object(body, "export")
    reject_unknown_keys(body, EXPORT_KEYS, "export")
    source = body_object(body.get("source"), "source")
    destination = body_object(body.get("destination"), "destination")
    file_id = text(source, "file", required=True)
    assert file_id is not None
    record = ctx.state.files.get(file_id)
    if record is None:
        raise storage_error(9009, f"File '{file_id}' does not exist.")
    project = ctx.state.projects.get(record.project)
    permissions = ctx.state.permissions_in(project, username) if project else None
    needed = ("read", "copy") if copy_only else ("read", "copy", "write")
    if permissions is None or not all(getattr(permissions, p) for p in needed):
        raise storage_error(9004, f"Exporting needs the {', '.join(needed)} permissions.")
    if record.is_folder or record.blob is None:
        raise storage_error(9006, f"'{record.name}' is a folder; only files can be exported.")
    if record.storage.get("type") == "VOLUME":
        raise storage_error(9006, f"'{record.name}' already lives on a volume.")
    volume = volume_with(ctx, split_volume_id(destination.get("volume")), username, "write")
    raise_if_inactive(volume)
    if volume.access_mode != "RW":
        raise storage_error(9026)
    location = text(destination, "location", required=True)
    assert location is not None
    check_location(volume, location)
    if location.endswith("/"):
        raise storage_error(9011, "An export location names an object; it cannot end in '/'.")
    job = ExportJob(
        id=new_job_id(),
        file=record.id,
        volume=volume.id,
        location=location,
        created_by=username,
        overwrite=flag(body, "overwrite", False),
        copy_only=copy_only,
        properties=valid_properties(body.get("properties")),
    )
    ctx.state.volumes.exports[job.id] = job
    return job


def find_export(ctx: Context, job_id: Any, username: str) -> ExportJob:
    job = ctx.state.volumes.exports.get(job_id) if isinstance(job_id, str) else None
    if job is None or job.created_by != username:
        raise storage_error(9008, f"Export job '{job_id}' does not exist.")
    return job


def copy_only_flag(req: Request) -> bool:
    return bool(req.query_bool("copy_only", False))


@routes.get("/storage/exports")
def list_exports(req: Request, ctx: Context) -> Response:
    volumes, states = req.query_list("volume"), state_filter(req)
    store = ctx.state.volumes
    jobs = [
        job
        for job in store.exports.values()
        if job.created_by == req.username and (not volumes or job.volume in volumes)
    ]
    for job in jobs:
        store.observe(job, ctx.state)
    jobs = [job for job in jobs if not states or job.state in states]
    return paginated(req, ctx, jobs, lambda j: render_export(ctx, j), default_keys=None)


@routes.post("/storage/exports")
def create_export(req: Request, ctx: Context) -> Response:
    job = start_export(ctx, req.json(), req.username, copy_only_flag(req))
    return single(req, render_export(ctx, job), status=201)


@routes.get("/storage/exports/{export_id}")
def get_export(req: Request, ctx: Context) -> Response:
    job = find_export(ctx, req.params["export_id"], req.username)
    ctx.state.volumes.observe(job, ctx.state)
    return single(req, render_export(ctx, job))


@routes.post("/bulk/storage/exports/create")
def bulk_create_exports(req: Request, ctx: Context) -> Response:
    copy_only = copy_only_flag(req)
    items = bulk_list(req.json_object(), "items")
    return bulk_records(
        items, lambda item: render_export(ctx, start_export(ctx, item, req.username, copy_only))
    )


@routes.post("/bulk/storage/exports/get")
def bulk_get_exports(req: Request, ctx: Context) -> Response:
    ids = bulk_list(req.json_object(), "export_ids")
    seen: set[str] = set()

    def read(job_id: Any) -> JsonObject:
        job = find_export(ctx, job_id, req.username)
        if job.id not in seen:
            seen.add(job.id)
            ctx.state.volumes.observe(job, ctx.state)
        return render_export(ctx, job)

    return bulk_records(ids, read, req.fields)
