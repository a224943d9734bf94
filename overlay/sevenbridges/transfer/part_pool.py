"""``PartPool``: the one bounded pool that the transfers of a many-file call share.

``upload_many`` / ``download_many`` move several files at once; their parts share one bound of
parts in flight, one set of worker threads and one storage client. Small files move side by side
(a part each) and a large one among them takes the slots they leave free, all of them once they
are done. As the workers outlive each file, so do their storage connections (and, over HTTPS, the
TLS session and the certificate store): a file after the first starts on an open connection.

A slot is taken before a part is handed to a worker and given back when the part ends, whatever
the outcome; there are as many workers as slots, so a part never waits in a queue.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from ..errors import ValidationError
from .storage import StorageClient


class PartPool:
    """At most ``size`` parts in flight among the transfers that share this pool, run on its
    ``size`` workers with its ``storage`` client."""

    def __init__(self, size: int, storage: StorageClient) -> None:
        if isinstance(size, bool) or not isinstance(size, int) or size < 1:
            raise ValidationError(f"The parts in flight must be at least 1, got {size!r}")
        self.size = size
        self.storage = storage
        self.workers = ThreadPoolExecutor(max_workers=size, thread_name_prefix="sbg-parts")
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

    def close(self) -> None:
        """Wait for the workers to end, then close the storage connections."""
        self.workers.shutdown(wait=True)
        self.storage.close()

    def __enter__(self) -> PartPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"PartPool(size={self.size})"
