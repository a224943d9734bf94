"""Genome markers: named positions on a chromosome, shown on an alignment (BAM) file.

A marker belongs to one file (by id) and to the user who made it. A private marker is seen only by
its creator; the others by everyone who can see the file.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass
class MarkerRecord:
    id: str
    file: str
    name: str
    chromosome: str
    start: int
    end: int
    created_by: str
    private: bool = True
    created_time: datetime = field(default_factory=_now)


class MarkerStore:
    """Every marker, keyed by id, in creation order."""

    def __init__(self) -> None:
        self.records: dict[str, MarkerRecord] = {}

    def add(
        self,
        file: str,
        name: str,
        chromosome: str,
        start: int,
        end: int,
        created_by: str,
        *,
        private: bool = True,
    ) -> MarkerRecord:
        record = MarkerRecord(
            id=secrets.token_hex(12),
            file=file,
            name=name,
            chromosome=chromosome,
            start=start,
            end=end,
            created_by=created_by,
            private=private,
        )
        self.records[record.id] = record
        return record

    def get(self, marker_id: str) -> MarkerRecord | None:
        return self.records.get(marker_id)

    def remove(self, record: MarkerRecord) -> None:
        self.records.pop(record.id, None)

    def on_file(self, file_id: str) -> list[MarkerRecord]:
        return [r for r in self.records.values() if r.file == file_id]
