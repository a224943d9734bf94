"""Asynchronous file jobs: copy, move and delete many files and folders in one job.

The emulator runs a job as soon as it is submitted, so the answer to the POST already shows it
FINISHED with one `{resource}` or `{error}` record per item, in input order. A job is visible only
to the user who started it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from ..context import Context
from ..errors import ApiError, bad_request
from ..request import Request
from ..routing import RouteTable
from ..state import utc_now
from ..stores.files import AsyncJob, file_error, valid_name
from ..wire import JsonObject, Response, format_timestamp, ok
from .common import paginated, single
from .files import (
    copyable_file,
    destination_folder,
    error_json,
    find_file,
    reject_unknown,
    render,
    store,
    writable_file,
)

routes = RouteTable()

JOB_PATHS = {"COPY": "copy", "MOVE": "move", "DELETE": "delete"}
COPY_KEYS = ("file", "project", "parent", "name")


def render_job(ctx: Context, job: AsyncJob) -> JsonObject:
    return {
        "href": ctx.href("async", "files", JOB_PATHS[job.type], job.id),
        "id": job.id,
        "type": job.type,
        "state": job.state,
        "result": job.result,
        "total_files": job.total_files,
        "failed_files": job.failed_files,
        "completed_files": job.completed_files,
        "started_on": format_timestamp(job.started_on),
        "finished_on": format_timestamp(job.finished_on),
    }


def job_items(req: Request, keys: tuple[str, ...]) -> list[Any]:
    body = req.json_object()
    reject_unknown(body, ("items",), "job request")
    items = body.get("items")
    if items is None or items == []:
        raise file_error(10230)
    if not isinstance(items, list):
        raise bad_request("'items' must be a list of objects.")
    for item in items:
        if not isinstance(item, dict):
            raise bad_request("Each item must be an object with `file`.")
        reject_unknown(item, keys, "job item")
    return items


def run_job(
    req: Request, ctx: Context, kind: str, items: list[Any], action: Callable[[Any], JsonObject]
) -> Response:
    """Run `action` on every item now and keep the finished job."""
    job = AsyncJob(id=str(uuid.uuid4()), type=kind, owner=req.username, total_files=len(items))
    job.result = []
    for item in items:
        try:
            job.result.append({"resource": action(item)})
        except ApiError as error:
            job.result.append({"error": error_json(error)})
            job.failed_files += 1
        else:
            job.completed_files += 1
    job.state = "FINISHED"
    job.finished_on = utc_now()
    store(ctx).jobs[job.id] = job
    return ok(render_job(ctx, job))


def optional_name(item: JsonObject, *, folder: bool) -> str | None:
    name = item.get("name")
    return None if name is None else valid_name(name, folder=folder)


@routes.post("/async/files/copy")
def start_async_file_copy(req: Request, ctx: Context) -> Response:
    def copy_item(item: JsonObject) -> JsonObject:
        source = copyable_file(ctx, item.get("file"), req.username)
        parent = destination_folder(ctx, item.get("project"), item.get("parent"), req.username)
        name = optional_name(item, folder=source.is_folder)
        return render(ctx, store(ctx).copy_tree(source, parent, name))

    return run_job(req, ctx, "COPY", job_items(req, COPY_KEYS), copy_item)


@routes.post("/async/files/move")
def start_async_file_move(req: Request, ctx: Context) -> Response:
    def move_item(item: JsonObject) -> JsonObject:
        record, permissions = find_file(ctx, item.get("file"), req.username)
        if not permissions.write:
            raise file_error(5032)
        if item.get("parent") is None:
            raise file_error(5029, "A move needs the destination folder as `parent`.")
        parent = destination_folder(ctx, None, item.get("parent"), req.username, denied_code=5032)
        name = optional_name(item, folder=record.is_folder)
        return render(ctx, store(ctx).move(record, parent, name, new_folder_id=True))

    return run_job(req, ctx, "MOVE", job_items(req, COPY_KEYS), move_item)


@routes.post("/async/files/delete")
def start_async_file_delete(req: Request, ctx: Context) -> Response:
    def delete_item(item: JsonObject) -> JsonObject:
        record = writable_file(ctx, item.get("file"), req.username)
        if record.parent is None:
            raise file_error(5001, "A project's root folder cannot be deleted.")
        gone = render(ctx, record)
        store(ctx).remove(record)
        return gone

    return run_job(req, ctx, "DELETE", job_items(req, ("file",)), delete_item)


def own_job(req: Request, ctx: Context, kind: str) -> AsyncJob:
    job = store(ctx).jobs.get(req.params["job_id"])
    if job is None or job.type != kind or job.owner != req.username:
        raise file_error(10211, f"Job '{req.params['job_id']}' not found.")
    return job


@routes.get("/async/files/copy/{job_id}")
def get_async_file_copy(req: Request, ctx: Context) -> Response:
    return single(req, render_job(ctx, own_job(req, ctx, "COPY")))


@routes.get("/async/files/move/{job_id}")
def get_async_file_move(req: Request, ctx: Context) -> Response:
    return single(req, render_job(ctx, own_job(req, ctx, "MOVE")))


@routes.get("/async/files/delete/{job_id}")
def get_async_file_delete(req: Request, ctx: Context) -> Response:
    return single(req, render_job(ctx, own_job(req, ctx, "DELETE")))


@routes.get("/async/files")
def list_async_file_jobs(req: Request, ctx: Context) -> Response:
    jobs = [job for job in store(ctx).jobs.values() if job.owner == req.username]
    return paginated(req, ctx, jobs, lambda job: render_job(ctx, job), default_keys=None)
