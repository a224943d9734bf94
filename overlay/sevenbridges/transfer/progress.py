"""``Progress``: a snapshot of a transfer, handed to progress callbacks."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Progress:
    """How far a transfer is: parts and bytes done of the whole, and the time it took so far."""

    num_of_parts: int
    parts_done: int
    bytes_done: int
    file_size: int
    duration: float  # seconds since the transfer started

    @property
    def progress(self) -> float:
        """The fraction done, 0.0 to 1.0 (a zero-byte file is done when its one part is)."""
        if self.file_size > 0:
            return min(self.bytes_done / self.file_size, 1.0)
        return 1.0 if self.num_of_parts and self.parts_done >= self.num_of_parts else 0.0

    @property
    def bandwidth(self) -> float:
        """Average speed so far, in bytes per second."""
        return self.bytes_done / self.duration if self.duration > 0 else 0.0

    def __str__(self) -> str:
        return (
            f"{self.parts_done}/{self.num_of_parts} parts, {self.bytes_done}/{self.file_size} bytes "
            f"({self.progress:.0%}) at {self.bandwidth / 2**20:.1f} MiB/s"
        )
