"""Bulk DRS imports: start a job of up to 100 DRS URIs, then read it until it is FINISHED.

The request's shape is checked when the job starts; each item's outcome (a file, or the error that
stopped it: an unresolvable URI, a missing destination, no write permission, a name taken under
`SKIP`) is in `result`, in item order, once the job has finished (see `stores/volumes.py`).
"""

from __future__ import annotations

from typing import Any

from ..context import Context
from ..request import Request
from ..routing import RouteTable
from ..stores.volumes import DrsImportItem, DrsImportJob, new_drs_job_id, storage_error
from ..wire import JsonObject, Response, format_timestamp, ok, select_fields
from .imports_exports import body_object, bulk_list, reject_unknown_keys, text

routes = RouteTable()

CONFLICT_RESOLUTIONS = ("SKIP", "OVERWRITE", "AUTORENAME")
CREATE_KEYS = ("items", "tags", "conflict_resolution")
ITEM_KEYS = ("drs_uri", "project", "parent", "name", "metadata", "tags")


def string_list(value: Any, what: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise storage_error(9011, f"'{what}' must be a list of strings.")
    return list(value)


def valid_item(value: Any, index: int) -> DrsImportItem:
    item = body_object(value, f"items[{index}]")
    reject_unknown_keys(item, ITEM_KEYS, f"item {index}")
    uri = text(item, "drs_uri", required=True)
    assert uri is not None
    host, _, object_id = uri.removeprefix("drs://").partition("/")
    if not uri.startswith("drs://") or not host or not object_id:
        raise storage_error(9011, f"Item {index}: '{uri}' is not a drs://host/id URI.")
    project, parent = text(item, "project"), text(item, "parent")
    if (project is None) == (parent is None):
        raise storage_error(9011, f"Item {index} needs either 'project' or 'parent'.")
    metadata = item.get("metadata") or {}
    if not isinstance(metadata, dict):
        raise storage_error(9011, f"Item {index}: 'metadata' must be an object.")
    return DrsImportItem(
        drs_uri=uri,
        project=project,
        parent=parent,
        name=text(item, "name"),
        metadata=dict(metadata),
        tags=string_list(item.get("tags"), f"items[{index}].tags"),
    )


def render_drs_import(ctx: Context, job: DrsImportJob) -> JsonObject:
    results: list[JsonObject] = []
    for outcome in job.results:
        file_id = outcome.get("file")
        if file_id is None:
            results.append({"error": dict(outcome["error"])})
            continue
        record = ctx.state.files.get(file_id)
        rendered = (
            ctx.state.files.render(record)
            if record is not None
            else {"href": ctx.state.files.href(file_id), "id": file_id}
        )
        results.append({"resource": rendered})
    return {
        "href": ctx.href("bulk", "drs", "imports", job.id),
        "id": job.id,
        "result": results,
        "state": job.state,
        "started_on": format_timestamp(job.started_on),
        "finished_on": format_timestamp(job.finished_on),
    }


@routes.post("/bulk/drs/imports/create")
def bulk_create_drs_imports(req: Request, ctx: Context) -> Response:
    body = req.json_object()
    reject_unknown_keys(body, CREATE_KEYS, "DRS import")
    raw_items = bulk_list(body, "items")
    if not raw_items:
        raise storage_error(9011, 'The body must be {"items": [<DRS import item>, ...]}.')
    items = [valid_item(value, index) for index, value in enumerate(raw_items)]
    resolution = body.get("conflict_resolution") or "SKIP"
    if not isinstance(resolution, str) or resolution.upper() not in CONFLICT_RESOLUTIONS:
        raise storage_error(
            9011,
            f"Invalid conflict_resolution {resolution!r}: expected one of "
            f"{', '.join(CONFLICT_RESOLUTIONS)}.",
        )
    job = DrsImportJob(
        id=new_drs_job_id(),
        items=items,
        created_by=req.username,
        tags=string_list(body.get("tags"), "tags"),
        conflict_resolution=resolution.upper(),
    )
    ctx.state.volumes.drs_imports[job.id] = job
    return ok(select_fields(render_drs_import(ctx, job), req.fields))


@routes.get("/bulk/drs/imports/{import_id}")
def get_drs_import(req: Request, ctx: Context) -> Response:
    job = ctx.state.volumes.drs_imports.get(req.params["import_id"])
    if job is None or job.created_by != req.username:
        raise storage_error(10211, f"DRS import job '{req.params['import_id']}' does not exist.")
    ctx.state.volumes.observe(job, ctx.state)
    return ok(select_fields(render_drs_import(ctx, job), req.fields))
