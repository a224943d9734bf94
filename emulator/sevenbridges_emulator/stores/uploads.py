"""Multipart uploads in progress, and the part-size rules the upload service applies."""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass, field
from datetime import UTC, datetime

MIB = 1 << 20
MINIMUM_PART_SIZE = 5 * MIB
MAXIMUM_PART_SIZE = 5 * 1024 * MIB
RECOMMENDED_PART_SIZE = 32 * MIB
MAXIMUM_TOTAL_PARTS = 10_000
MAXIMUM_OBJECT_SIZE = 5 * 1024 * 1024 * MIB  # 5 TiB

_UPLOAD_ID_ALPHABET = string.ascii_letters + string.digits


def choose_part_size(size: int | None, asked: int | None) -> int:
    """The part size the server uses for a file of `size` bytes when the client asked for `asked`.

    Unset: the recommended 32 MiB. Out of bounds: clamped to 5 MiB..5 GiB. Then, for a known
    size, raised (to whole MiB) until the file fits in 10,000 parts.
    """
    part_size = RECOMMENDED_PART_SIZE if asked is None else asked
    part_size = min(max(part_size, MINIMUM_PART_SIZE), MAXIMUM_PART_SIZE)
    if size is not None and -(-size // part_size) > MAXIMUM_TOTAL_PARTS:
        needed = -(-size // MAXIMUM_TOTAL_PARTS)
        part_size = min(-(-needed // MIB) * MIB, MAXIMUM_PART_SIZE)
    return part_size


def part_count(size: int, part_size: int) -> int:
    """How many parts a file of `size` bytes has; a zero-byte file is one empty part."""
    return max(1, -(-size // part_size))


@dataclass
class Upload:
    """One multipart upload: where the file will go, and the parts reported so far."""

    id: str
    username: str
    project: str  # owner/project
    parent: str | None  # the folder named at init, if any
    name: str
    size: int | None
    part_size: int
    overwrite: bool
    storage_key: str  # where storage keeps the parts (Storage.open_parts)
    md5: str | None = None
    initiated: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))
    parts: dict[int, str] = field(default_factory=dict)  # part number -> reported ETag

    @property
    def total_parts(self) -> int | None:
        """The number of parts for a known size; None when the size was not given."""
        return None if self.size is None else part_count(self.size, self.part_size)


class UploadStore:
    """Uploads by id, in the order they were started."""

    def __init__(self) -> None:
        self.uploads: dict[str, Upload] = {}

    @staticmethod
    def new_id() -> str:
        """Upload ids are 64 letters and digits."""
        return "".join(secrets.choice(_UPLOAD_ID_ALPHABET) for _ in range(64))

    def add(self, upload: Upload) -> Upload:
        self.uploads[upload.id] = upload
        return upload

    def get(self, upload_id: str) -> Upload | None:
        return self.uploads.get(upload_id)

    def remove(self, upload_id: str) -> Upload | None:
        return self.uploads.pop(upload_id, None)

    def of_user(self, username: str) -> list[Upload]:
        return [u for u in self.uploads.values() if u.username == username]
