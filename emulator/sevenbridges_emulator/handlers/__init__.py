"""Handler modules, one per API area. To add an area, write a module with a `routes` table and
list it here."""

from __future__ import annotations

from ..routing import RouteTable
from . import billing, emulator_control, members, meta, projects, users

API_ROUTE_TABLES: tuple[RouteTable, ...] = (
    meta.routes,
    users.routes,
    projects.routes,
    members.routes,
    billing.routes,
)

CONTROL_ROUTE_TABLES: tuple[RouteTable, ...] = (emulator_control.routes,)
