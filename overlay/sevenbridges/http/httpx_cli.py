"""Keep httpx's own command line out of start-up.

``import httpx`` imports ``httpx._main``, its command line, whenever click, rich and pygments are
installed (as they are next to this package's ``[cli]`` extra, and in many data-science
environments); that costs about 50 ms of every process's start-up, and the client never uses it.
:func:`defer_httpx_cli` puts a stand-in for ``httpx._main`` in place before httpx is first
imported: its ``main`` (what the ``httpx`` console script runs) and any other name load the real
module on first use, so the httpx command line keeps working in the same process.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

_NAME = "httpx._main"


def _real() -> types.ModuleType:
    """The real ``httpx._main``, imported in place of the stand-in."""
    module = sys.modules.get(_NAME)
    if isinstance(module, _Deferred):
        del sys.modules[_NAME]
        module = importlib.import_module(_NAME)
    assert module is not None
    return module


def _main(*args: Any, **kwargs: Any) -> Any:
    return _real().main(*args, **kwargs)


class _Deferred(types.ModuleType):
    """The stand-in module: ``main`` is a forwarder, every other name comes from the real one."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # the import system probes for __path__ and the like
            raise AttributeError(name)
        return getattr(_real(), name)


def defer_httpx_cli() -> None:
    """Install the stand-in, unless httpx (or its command line) is already imported."""
    if "httpx" in sys.modules or _NAME in sys.modules:
        return
    stand_in = _Deferred(_NAME, __doc__)
    stand_in.main = _main  # type: ignore[attr-defined]
    sys.modules[_NAME] = stand_in
