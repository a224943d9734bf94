"""The run-time control API under /_emulator (no auth, no faults) for scripts driving a subprocess."""

from __future__ import annotations

from ..context import Context
from ..errors import bad_request
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
