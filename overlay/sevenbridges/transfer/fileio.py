"""Reading and writing a file at an offset from several worker threads at once.

Parts of a transfer are windows on one open file, read and written by many workers at their own
offsets. Where the platform has ``os.preadv`` and ``os.pwrite`` (Linux, macOS, the BSDs) each call
is one positioned system call into the worker's buffer. Elsewhere (Windows) the portable path
moves the file position and reads or writes under a lock per file descriptor, so two workers never
interleave a seek and a read. The portable path is chosen automatically when the positioned calls
are missing, and can be forced with the environment variable ``SBG_PORTABLE_FILE_IO=1`` (read at
import) or by setting :data:`PORTABLE` (the tests run every transfer both ways).
"""

from __future__ import annotations

import os
import threading

ENV_PORTABLE = "SBG_PORTABLE_FILE_IO"
NATIVE_AVAILABLE = hasattr(os, "preadv") and hasattr(os, "pwrite")
# True: seek and read/write under a lock instead of the positioned system calls.
PORTABLE = not NATIVE_AVAILABLE or os.environ.get(ENV_PORTABLE, "").strip().lower() in {
    "1",
    "true",
    "yes",
}

# Windows opens descriptors in text mode unless told otherwise; elsewhere this is 0.
_BINARY = getattr(os, "O_BINARY", 0)

_locks: dict[int, threading.Lock] = {}
_locks_guard = threading.Lock()


def _lock_of(fd: int) -> threading.Lock:
    with _locks_guard:
        lock = _locks.get(fd)
        if lock is None:
            lock = _locks[fd] = threading.Lock()
        return lock


def open_for_reading(path: str | os.PathLike[str]) -> int:
    """A descriptor of ``path`` to read parts from (binary on every platform)."""
    return os.open(path, os.O_RDONLY | _BINARY)


def open_for_writing(path: str | os.PathLike[str]) -> int:
    """A descriptor of the existing file ``path`` to write parts into (binary everywhere)."""
    return os.open(path, os.O_WRONLY | _BINARY)


def read_into(fd: int, buffer: memoryview, offset: int) -> int:
    """Read up to ``len(buffer)`` bytes of ``fd`` from ``offset`` into ``buffer``.

    Returns:
        The number of bytes read (0 at the end of the file).
    """
    if not PORTABLE:
        return os.preadv(fd, [buffer], offset)
    with _lock_of(fd):
        os.lseek(fd, offset, os.SEEK_SET)
        data = os.read(fd, len(buffer))
    buffer[: len(data)] = data
    return len(data)


def read_at(fd: int, size: int, offset: int) -> bytes:
    """Up to ``size`` bytes of ``fd`` from ``offset`` (fewer at the end of the file)."""
    buffer = bytearray(size)
    count = read_into(fd, memoryview(buffer), offset)
    return bytes(buffer[:count]) if count < size else bytes(buffer)


def write_at(fd: int, data: memoryview | bytes, offset: int) -> None:
    """Write all of ``data`` into ``fd`` at ``offset``."""
    view = memoryview(data)
    while view:
        if not PORTABLE:
            written = os.pwrite(fd, view, offset)
        else:
            with _lock_of(fd):
                os.lseek(fd, offset, os.SEEK_SET)
                written = os.write(fd, view)
        view = view[written:]
        offset += written


__all__ = [
    "ENV_PORTABLE",
    "NATIVE_AVAILABLE",
    "PORTABLE",
    "open_for_reading",
    "open_for_writing",
    "read_at",
    "read_into",
    "write_at",
]
