"""Automation runs: list, start, read, edit, stop, rerun and the state file.

Reading a run (alone, in a list, or its state) moves its life cycle on; see
`stores/automations.py`. Reading needs membership of the run's automation; starting, stopping,
rerunning and editing need the execute permission on it.
"""

from __future__ import annotations

import copy
import uuid
from datetime import datetime
from typing import Any

from ..context import Context
from ..errors import ApiError, bad_request
from ..request import Request
from ..routing import RouteTable
from ..stores.automations import RUN_STATUSES, RUN_TERMINAL, PackageRecord, RunRecord
from ..wire import JsonObject, Response, format_timestamp, ok
from .automations import (
    find_package,
    not_found,
    permissions_on,
    require,
    valid_dict,
    valid_flag,
    valid_memory_limit,
    valid_text,
)
from .common import paginated, single
from .projects import reject_unknown_keys

routes = RouteTable()

CREATE_KEYS = (
    "package",
    "name",
    "inputs",
    "settings",
    "secret_settings",
    "resume_from",
    "memory_limit",
)
UPDATE_KEYS = ("name", "inputs", "settings", "memory_limit")
RERUN_KEYS = (*CREATE_KEYS, "merge")
ACTIONS = ("stop", "rerun")
ORDER_BY = ("created_on", "start_time", "end_time", "name", "status", "created_by")
ORDERS = ("asc", "desc")


def render_run(ctx: Context, run: RunRecord) -> JsonObject:
    store = ctx.state.automations
    automation = store.automations.get(run.automation)
    package = store.packages.get(run.package)
    return {
        "href": ctx.href("automation", "runs", run.id),
        "id": run.id,
        "name": run.name,
        "automation": {
            "href": ctx.href("automation", "automations", run.automation),
            "id": run.automation,
            "name": automation.name if automation is not None else None,
        },
        "package": {
            "href": ctx.href("automation", "packages", run.package),
            "id": run.package,
            "version": package.version if package is not None else None,
        },
        "inputs": copy.deepcopy(run.inputs),
        "outputs": copy.deepcopy(run.outputs),
        "settings": copy.deepcopy(run.settings),
        "created_on": format_timestamp(run.created_on),
        "start_time": format_timestamp(run.start_time),
        "end_time": format_timestamp(run.end_time),
        "resumed_from": run.resumed_from,
        "created_by": run.created_by,
        "status": run.status,
        "message": run.message,
        "execution_details": {
            "log_file": {"id": run.log_file, "name": "automation.log"},
            "state_file": {"id": run.state_file, "name": "state.json"},
        },
        "memory_limit": run.memory_limit,
        "project_id": run.project_id,
    }


def observe(ctx: Context, run: RunRecord) -> None:
    store = ctx.state.automations
    store.observe(run, store.packages.get(run.package))


def find_run(ctx: Context, run_id: str, username: str) -> RunRecord:
    run = ctx.state.automations.runs.get(run_id.lower())
    automation = ctx.state.automations.automations.get(run.automation) if run else None
    if run is None or automation is None or permissions_on(ctx, automation, username) is None:
        raise not_found("automation run", run_id)
    return run


def runnable_package(req: Request, ctx: Context, package_id: Any) -> PackageRecord:
    """The package a new run executes; the caller needs execute on its automation."""
    if not isinstance(package_id, str) or not package_id:
        raise bad_request("'package' must not be null or an empty string.")
    package = find_package(ctx, package_id, req.username)
    automation = ctx.state.automations.automations[package.automation]
    require(ctx, automation, req.username, "execute")
    if automation.archived:
        raise bad_request(f"Automation '{automation.id}' is archived; restore it first.")
    if package.archived:
        raise bad_request(f"Package '{package.id}' is archived; restore it first.")
    return package


def start_run(
    req: Request,
    ctx: Context,
    package: PackageRecord,
    body: JsonObject,
    *,
    inputs: dict[str, Any],
    settings: dict[str, Any],
    name: str | None,
) -> RunRecord:
    store = ctx.state.automations
    automation = store.automations[package.automation]
    resume_from = valid_text(body, "resume_from")
    if resume_from is not None:
        find_run(ctx, resume_from, req.username)
    memory_limit = valid_memory_limit(body)
    run = RunRecord(
        id=str(uuid.uuid4()),
        seq=store.next_run_seq(),
        name=name or f"{automation.name} {package.version}",
        automation=automation.id,
        package=package.id,
        created_by=req.username,
        inputs=inputs,
        settings=settings,
        secret_settings=automation.secret_settings | (valid_dict(body, "secret_settings") or {}),
        memory_limit=memory_limit or package.memory_limit or automation.memory_limit or 500,
        resumed_from=resume_from,
    )
    store.runs[run.id] = run
    return run


@routes.get("/automation/runs")
def list_automation_runs(req: Request, ctx: Context) -> Response:
    store = ctx.state.automations
    automation_id = req.query_str("automation_id") or req.query_str("automation")
    package_id = req.query_str("package_id") or req.query_str("package")
    status = req.query_str("status")
    if status is not None and status not in RUN_STATUSES:
        raise bad_request(
            f"Invalid status '{status}'. Allowed values: [{', '.join(RUN_STATUSES)}]."
        )
    order_by = req.query_str("order_by") or "created_on"
    if order_by not in ORDER_BY:
        raise bad_request(f"Invalid order_by '{order_by}'. Allowed: {', '.join(ORDER_BY)}.")
    order = req.query_str("order") or "desc"
    if order not in ORDERS:
        raise bad_request(f"Invalid order '{order}'. Allowed: asc, desc.")
    names = req.query_list("name")
    created_by = req.query_str("created_by")
    created_from = req.query_datetime("created_from")
    created_to = req.query_datetime("created_to", end_of_day=True)
    project_id = req.query_str("project_id")
    found: list[RunRecord] = []
    for run in store.runs.values():
        automation = store.automations.get(run.automation)
        if automation is None or permissions_on(ctx, automation, req.username) is None:
            continue
        if automation_id is not None and run.automation != automation_id.lower():
            continue
        if package_id is not None and run.package != package_id:
            continue
        observe(ctx, run)  # a list read moves the run on, as a single read does
        if (
            (status is None or run.status == status)
            and (not names or run.name in names)
            and (created_by is None or run.created_by == created_by)
            and (created_from is None or run.created_on >= created_from)
            and (created_to is None or run.created_on <= created_to)
            and (project_id is None or run.project_id == project_id)
        ):
            found.append(run)

    def key(run: RunRecord) -> tuple[bool, Any, int]:
        value: Any = getattr(run, order_by)
        if isinstance(value, datetime):
            value = value.timestamp()
        return (value is None, value if value is not None else 0, run.seq)

    found.sort(key=key, reverse=order == "desc")
    return paginated(req, ctx, found, lambda r: render_run(ctx, r))


@routes.post("/automation/runs")
def create_automation_run(req: Request, ctx: Context) -> Response:
    body = req.json_object()
    reject_unknown_keys(body, CREATE_KEYS, "run")
    package = runnable_package(req, ctx, body.get("package"))
    run = start_run(
        req,
        ctx,
        package,
        body,
        inputs=valid_dict(body, "inputs") or {},
        settings=valid_dict(body, "settings") or {},
        name=valid_text(body, "name"),
    )
    return single(req, render_run(ctx, run), status=201)


@routes.get("/automation/runs/{run_id}")
def get_automation_run(req: Request, ctx: Context) -> Response:
    run = find_run(ctx, req.params["run_id"], req.username)
    observe(ctx, run)
    return single(req, render_run(ctx, run))


@routes.patch("/automation/runs/{run_id}")
def update_automation_run(req: Request, ctx: Context) -> Response:
    run = find_run(ctx, req.params["run_id"], req.username)
    require(ctx, ctx.state.automations.automations[run.automation], req.username, "execute")
    body = req.json_object()
    reject_unknown_keys(body, UPDATE_KEYS, "run")
    started = run.status not in ("CREATED", "QUEUED_FOR_EXECUTION")
    if started and set(body) - {"name"}:
        raise bad_request(f"Run '{run.id}' has started ({run.status}); only its name can change.")
    if "name" in body:
        name = valid_text(body, "name", required=True)
        assert name is not None
        run.name = name
    if "inputs" in body:
        run.inputs = valid_dict(body, "inputs") or {}
    if "settings" in body:
        run.settings = valid_dict(body, "settings") or {}
    if "memory_limit" in body:
        run.memory_limit = valid_memory_limit(body)
    return single(req, render_run(ctx, run))


@routes.post("/automation/runs/{run_id}/actions/{action}")
def perform_automation_run_action(req: Request, ctx: Context) -> Response:
    action = req.params["action"]
    if action not in ACTIONS:
        raise bad_request(f"Invalid run action '{action}'. Allowed: {', '.join(ACTIONS)}.")
    run = find_run(ctx, req.params["run_id"], req.username)
    require(ctx, ctx.state.automations.automations[run.automation], req.username, "execute")
    if action == "stop":
        if run.status in RUN_TERMINAL or run.status == "QUEUED_FOR_TERMINATION":
            raise bad_request(f"Run '{run.id}' cannot be stopped: it is {run.status}.")
        ctx.state.automations.stop(run)
        return ok(render_run(ctx, run))
    body = req.json_object()
    reject_unknown_keys(body, RERUN_KEYS, "rerun")
    merge = valid_flag(body, "merge")
    merge = True if merge is None else merge
    package = runnable_package(req, ctx, body.get("package") or run.package)
    given_inputs = valid_dict(body, "inputs")
    given_settings = valid_dict(body, "settings")
    if merge:
        inputs = copy.deepcopy(run.inputs) | (given_inputs or {})
        settings = copy.deepcopy(run.settings) | (given_settings or {})
    else:
        inputs = given_inputs if given_inputs is not None else copy.deepcopy(run.inputs)
        settings = given_settings if given_settings is not None else copy.deepcopy(run.settings)
    new_run = start_run(
        req,
        ctx,
        package,
        body,
        inputs=inputs,
        settings=settings,
        name=valid_text(body, "name") or run.name,
    )
    return ok(render_run(ctx, new_run))


@routes.get("/automation/runs/{run_id}/state", advance_access_required=True)
def get_automation_run_state(req: Request, ctx: Context) -> Response:
    run = find_run(ctx, req.params["run_id"], req.username)
    observe(ctx, run)
    if not run.state:
        raise ApiError(90003, f"Run '{run.id}' has no state file yet ({run.status}).")
    return ok(copy.deepcopy(run.state))
