"""The API's index (`GET /`) and the caller's rate limit."""

from __future__ import annotations

from ..context import Context
from ..request import Request
from ..routing import RouteTable
from ..wire import Response, ok
from .common import single

routes = RouteTable()

# The real API reports unlimited instances as -1 with Java's Long.MAX_VALUE remaining.
UNLIMITED_INSTANCES = {"limit": -1, "remaining": 9223372036854775807}


@routes.get("/")
def get_endpoints(req: Request, ctx: Context) -> Response:
    names = [
        "rate_limit",
        "user",
        "users",
        "billing",
        "projects",
        "files",
        "tasks",
        "apps",
        "action",
        "upload",
    ]
    return single(req, {f"{name}_url": ctx.href(name) for name in names})


@routes.get("/rate_limit", counts_against_rate_limit=False)
def get_rate_limit(req: Request, ctx: Context) -> Response:
    status = ctx.rate_limiter.peek()
    return ok(
        {
            "rate": {"limit": status.limit, "remaining": status.remaining, "reset": status.reset},
            "instance_limit": dict(UNLIMITED_INSTANCES),
        }
    )
