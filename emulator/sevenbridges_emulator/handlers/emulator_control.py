"""The run-time control API under /_emulator (no auth, no faults) for scripts driving a subprocess.

- `GET|POST /_emulator/faults`: the fault settings (`faults.Faults`).
- `POST /_emulator/reset-rate-limit`: a fresh rate-limit window.
- `GET|POST|DELETE /_emulator/request-failures`: failures planned for chosen requests
  (`faults.PlannedFailure`); POST plans one, e.g. `{"method": "POST", "path": "/bulk/files/delete",
  "nth": 2, "status": 500}`, and answers 201 with the pending list.
- `GET|POST /_emulator/pace`: how many reads move a job one step, or none (`stores/pace.py`).
"""

from __future__ import annotations

from ..context import Context
from ..errors import bad_request
from ..faults import FAILURE_KEYS
from ..request import Request
from ..routing import RouteTable
from ..wire import Response, ok

routes = RouteTable()


@routes.get("/_emulator/faults")
def get_faults(req: Request, ctx: Context) -> Response:
    return ok(ctx.faults.snapshot())


@routes.post("/_emulator/faults")
def update_faults(req: Request, ctx: Context) -> Response:
    try:
        ctx.faults.update(req.json_object())
    except ValueError as error:
        raise bad_request(str(error)) from None
    return ok(ctx.faults.snapshot())


@routes.post("/_emulator/reset-rate-limit")
def reset_rate_limit(req: Request, ctx: Context) -> Response:
    ctx.rate_limiter.reset()
    status = ctx.rate_limiter.peek()
    return ok({"limit": status.limit, "remaining": status.remaining, "reset": status.reset})


@routes.get("/_emulator/request-failures")
def list_request_failures(req: Request, ctx: Context) -> Response:
    return ok({"pending": ctx.faults.planned_failures()})


@routes.post("/_emulator/request-failures")
def plan_request_failure(req: Request, ctx: Context) -> Response:
    body = req.json_object()
    unknown = sorted(set(body) - set(FAILURE_KEYS))
    if unknown:
        raise bad_request(
            f"Unknown field(s): {', '.join(unknown)}. Allowed: {', '.join(FAILURE_KEYS)}."
        )
    try:
        ctx.faults.fail_request(**body)
    except ValueError as error:
        raise bad_request(str(error)) from None
    return ok({"pending": ctx.faults.planned_failures()}, 201)


@routes.delete("/_emulator/request-failures")
def clear_request_failures(req: Request, ctx: Context) -> Response:
    ctx.faults.clear_planned_failures()
    return ok({"pending": []})


@routes.get("/_emulator/pace")
def get_pace(req: Request, ctx: Context) -> Response:
    return ok(ctx.state.pace.snapshot())


@routes.post("/_emulator/pace")
def update_pace(req: Request, ctx: Context) -> Response:
    try:
        ctx.state.pace.update(req.json_object())
    except ValueError as error:
        raise bad_request(str(error)) from None
    return ok(ctx.state.pace.snapshot())
