"""Splitting a file into parts: the documented multipart limits, checked before any request."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import ValidationError
from ..models.enums import PartSize

MiB = PartSize.MB


@dataclass(frozen=True)
class Part:
    """A window on the file: part ``number`` (1-based) covers ``size`` bytes from ``start``."""

    number: int
    start: int
    size: int

    @property
    def end(self) -> int:
        """The offset just past the part."""
        return self.start + self.size


def check_part_size(part_size: object, what: str = "part_size") -> int | None:
    """``None`` or a whole number of bytes within the multipart limits."""
    if part_size is None:
        return None
    if isinstance(part_size, bool) or not isinstance(part_size, int):
        raise ValidationError(f"{what} must be a whole number of bytes, got {part_size!r}")
    low, high = PartSize.UPLOAD_MINIMUM_PART_SIZE, PartSize.MAXIMUM_UPLOAD_SIZE
    if not low <= part_size <= high:
        raise ValidationError(
            f"{what} must be between {low} (5 MiB) and {high} (5 GiB) bytes, got {part_size!r}"
        )
    return part_size


def upload_part_size(file_size: int, requested: int | None) -> int:
    """The part size to ask for: the requested or recommended size, grown to fit 10,000 parts."""
    if file_size > PartSize.MAXIMUM_OBJECT_SIZE:
        raise ValidationError(
            f"The file is {file_size} bytes; the largest file that can be uploaded is "
            f"{PartSize.MAXIMUM_OBJECT_SIZE} bytes (5 TiB)"
        )
    part_size = requested if requested is not None else PartSize.UPLOAD_RECOMMENDED_SIZE
    smallest = -(-file_size // PartSize.MAXIMUM_TOTAL_PARTS)  # ceiling division
    if part_size < smallest:
        if requested is not None:
            raise ValidationError(
                f"part_size {requested} would split {file_size} bytes into more than "
                f"{PartSize.MAXIMUM_TOTAL_PARTS} parts; use at least {smallest} bytes"
            )
        part_size = -(-smallest // MiB) * MiB
    return part_size


def split(file_size: int, part_size: int) -> list[Part]:
    """The parts of a file of ``file_size`` bytes; a zero-byte file is one empty part."""
    if part_size <= 0:
        raise ValidationError(f"part size must be positive, got {part_size!r}")
    if file_size == 0:
        return [Part(1, 0, 0)]
    return [
        Part(index + 1, start, min(part_size, file_size - start))
        for index, start in enumerate(range(0, file_size, part_size))
    ]
