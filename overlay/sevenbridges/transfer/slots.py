"""``PartSlots``: one bound on the parts in flight across the transfers of a many-file call.

Each transfer of ``upload_many`` / ``download_many`` may run as many parts as the bound allows, and
all of them draw from the same slots: many small files move side by side (a part each), and a large
one among them takes the slots the others leave free, all of them once they are done. A slot is
taken before a part is handed to a worker and given back when the part ends, whatever the outcome.
"""

from __future__ import annotations

import threading

from ..errors import ValidationError


class PartSlots:
    """At most ``size`` parts in flight at once among the transfers that share these slots."""

    def __init__(self, size: int) -> None:
        if isinstance(size, bool) or not isinstance(size, int) or size < 1:
            raise ValidationError(f"The parts in flight must be at least 1, got {size!r}")
        self.size = size
        self._free = threading.BoundedSemaphore(size)

    def take(self, timeout: float | None = None) -> bool:
        """Take a slot: at once (``timeout`` None or 0), or waiting up to ``timeout`` seconds for
        one to be given back. Whether a slot was taken."""
        if not timeout:
            return self._free.acquire(blocking=False)
        return self._free.acquire(timeout=timeout)

    def give_back(self) -> None:
        """Return a slot taken with :meth:`take`."""
        self._free.release()

    def __repr__(self) -> str:
        return f"PartSlots(size={self.size})"
