"""Find a generated operation by its ``operationId``, so ``api.call("get_project", ...)`` reaches any
endpoint the spec has, including one added since the overlay was written.

The generator writes one module per operation, ``sevenbridges_api.api.<tag>.<operation_id>``, each
with a ``sync_detailed`` function. The index of operation ids is built once from the package's
directory listing (no module is imported until it is called).
"""

from __future__ import annotations

import difflib
import importlib
import pkgutil
import threading
from collections.abc import Callable
from types import ModuleType
from typing import Any

from sevenbridges_api.types import Response

from ..errors import ValidationError

Endpoint = Callable[..., Response[Any]]
Operation = str | ModuleType | Endpoint

_index: dict[str, str] | None = None
_index_lock = threading.Lock()


def operation_index() -> dict[str, str]:
    """Every operation id of the generated package -> the module that implements it."""
    global _index
    with _index_lock:
        if _index is None:
            import sevenbridges_api.api as root

            found: dict[str, str] = {}
            for tag in pkgutil.iter_modules(root.__path__):
                if not tag.ispkg:
                    continue
                package = f"{root.__name__}.{tag.name}"
                path = [f"{directory}/{tag.name}" for directory in root.__path__]
                for module in pkgutil.iter_modules(path):
                    found[module.name] = f"{package}.{module.name}"
            _index = found
        return _index


def resolve_operation(operation: Operation) -> Endpoint:
    """The ``sync_detailed`` function of an operation given by id, module or function.

    Raises ``ValidationError`` naming the operation (with the closest known ids) when it is unknown.
    """
    if isinstance(operation, str):
        index = operation_index()
        module_name = index.get(operation)
        if module_name is None:
            close = difflib.get_close_matches(operation, list(index), n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise ValidationError(f"Unknown operation {operation!r}{hint}")
        operation = importlib.import_module(module_name)
    if isinstance(operation, ModuleType):
        endpoint = getattr(operation, "sync_detailed", None)
        if not callable(endpoint):
            raise ValidationError(f"{operation.__name__} is not a generated operation module")
        return endpoint  # type: ignore[no-any-return]
    if callable(operation):
        if getattr(operation, "__name__", "") in {"sync", "asyncio", "asyncio_detailed"}:
            # ``sync`` hides the response; call the module's ``sync_detailed`` instead.
            module = importlib.import_module(operation.__module__)
            return resolve_operation(module)
        return operation
    raise ValidationError(f"Not an operation: {operation!r}")


__all__ = ["Operation", "operation_index", "resolve_operation"]
