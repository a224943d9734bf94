"""A progress display for a transfer (``progress=True``), for scripts and the demo.

On a terminal it is a ``tqdm`` bar redrawn in place. When the output is not a terminal (a log
file, CI, a pipe) redrawing would pile a dozen copies of the bar onto one line, so one summary
line is written when the transfer ends instead. The file name shown comes from the server or the
user's disk and is passed through :func:`~sevenbridges.transfer.names.safe_name` first.
"""

from __future__ import annotations

import sys
from typing import Any

from ..errors import SbgError
from .handle import Transfer
from .names import safe_name
from .progress import Progress


def attach_progress_bar(transfer: Transfer[Any], action: str, name: object) -> None:
    """Show the progress of ``transfer`` on standard error until it ends.

    Args:
        transfer: the upload or download, not started yet.
        action: what it does, shown first (``upload``, ``download``).
        name: the file's name, made safe for the terminal before it is shown.

    Raises:
        SbgError: on a terminal, when the optional ``tqdm`` is not installed.
    """
    description = f"{action} {safe_name(name)}"
    output = sys.stderr
    if not output.isatty():
        _summary_when_done(transfer, description)
        return
    try:
        from tqdm import tqdm
    except ImportError as exc:  # an optional dependency
        raise SbgError(
            "progress=True needs tqdm: pip install 'sevenbridges-openapi[progress]'"
        ) from exc
    bar = tqdm(
        total=0,
        unit="B",
        unit_scale=True,
        unit_divisor=1024,
        desc=description,
        leave=True,
        file=output,
    )

    def update(progress: Progress) -> None:
        if bar.total != progress.file_size:
            bar.total = progress.file_size
        bar.n = progress.bytes_done
        bar.refresh()

    def close(_: Any) -> None:
        bar.close()

    transfer.add_progress_callback(update)
    transfer.add_callback(close, close)


def _summary_when_done(transfer: Transfer[Any], description: str) -> None:
    def done(_: Any) -> None:
        print(f"{description}: {transfer.progress_info}", file=sys.stderr, flush=True)

    def failed(error: Any) -> None:
        print(f"{description}: failed ({type(error).__name__})", file=sys.stderr, flush=True)

    transfer.add_callback(done, failed)
