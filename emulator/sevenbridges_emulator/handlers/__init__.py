"""Handler modules, one per API area. Every module here with a `routes` table serves the API, found
at import time, so adding an area is adding a module (the control API is kept apart)."""

from __future__ import annotations

import importlib
import pkgutil

from ..routing import RouteTable
from . import emulator_control

CONTROL_ROUTE_TABLES: tuple[RouteTable, ...] = (emulator_control.routes,)


def _api_route_tables() -> tuple[RouteTable, ...]:
    tables = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        table = getattr(module, "routes", None)
        if isinstance(table, RouteTable) and table not in CONTROL_ROUTE_TABLES:
            tables.append(table)
    return tuple(tables)


API_ROUTE_TABLES: tuple[RouteTable, ...] = _api_route_tables()
