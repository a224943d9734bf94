"""``sbg``: the command line of the Seven Bridges API, thin commands over this package.

Installed with the ``cli`` extra (``pip install 'sevenbridges-openapi[cli]'``), which brings Typer
and Rich; ``import sevenbridges`` never needs them. Exit codes: 0 success, 1 an API or local
error (one line, a traceback only with ``--debug``), 2 a usage error, 3 some items of a many-item
command failed (they are listed), 130 interrupted (transfers stay resumable).
"""

from __future__ import annotations

import sys


def main() -> None:
    """The ``sbg`` console script."""
    try:
        from .app import app
    except ImportError as exc:  # the cli extra is not installed
        missing = exc.name or str(exc)
        print(
            f"sbg: {missing} is missing; install the command line with "
            "pip install 'sevenbridges-openapi[cli]'",
            file=sys.stderr,
        )
        sys.exit(1)
    app(prog_name="sbg")


__all__ = ["main"]
