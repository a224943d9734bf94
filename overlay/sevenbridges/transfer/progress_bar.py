"""A ``tqdm`` progress bar for a transfer (``progress=True``), for scripts and the demo."""

from __future__ import annotations

from typing import Any

from ..errors import SbgError
from .handle import Transfer
from .progress import Progress


def attach_progress_bar(transfer: Transfer[Any], description: str) -> None:
    """Show the transfer's progress on a bar that closes when it ends."""
    try:
        from tqdm import tqdm
    except ImportError as exc:  # an optional dependency
        raise SbgError(
            "progress=True needs tqdm: pip install 'sevenbridges-openapi[progress]'"
        ) from exc
    bar = tqdm(total=0, unit="B", unit_scale=True, unit_divisor=1024, desc=description, leave=True)

    def update(progress: Progress) -> None:
        if bar.total != progress.file_size:
            bar.total = progress.file_size
        bar.n = progress.bytes_done
        bar.refresh()

    def close(_: Any) -> None:
        bar.close()

    transfer.add_progress_callback(update)
    transfer.add_callback(close, close)
