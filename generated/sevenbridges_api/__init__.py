"""A client library for accessing Seven Bridges Public API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client
else:
    # Run time: a name's module is imported when the name is first read (PEP 562), then cached.
    import importlib

    _MODULE_OF_NAME = {
        "AuthenticatedClient": "client",
        "Client": "client",
    }

    def __getattr__(name: str) -> object:
        module = _MODULE_OF_NAME.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *_MODULE_OF_NAME})


__all__ = (
    "AuthenticatedClient",
    "Client",
)
