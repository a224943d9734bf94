"""Datasets: curated collections owned by a user, public or shared with members.

A dataset's id is `owner/short-name`. The API has no call that creates one (datasets are made on
the Platform's web pages), so they come from the seed or from `DatasetStore.add`. The owner is
always a member with every permission. Permissions are kept as plain dicts here (the store does not
know the state's `Permissions` class); the handlers merge and check them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

PERMISSION_NAMES = ("read", "copy", "write", "execute", "admin")
_SLUG_INVALID = re.compile(r"[^a-z0-9_-]+")


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def all_permissions() -> dict[str, bool]:
    return dict.fromkeys(PERMISSION_NAMES, True)


@dataclass
class DatasetRecord:
    owner: str
    slug: str
    name: str
    description: str = ""
    public: bool = False
    created_on: datetime = field(default_factory=_now)
    modified_on: datetime = field(default_factory=_now)
    members: dict[str, dict[str, bool]] = field(default_factory=dict)  # username -> permissions

    @property
    def id(self) -> str:
        return f"{self.owner}/{self.slug}"


class DatasetStore:
    """Every dataset, keyed by `owner/short-name`, in creation order."""

    def __init__(self) -> None:
        self.records: dict[str, DatasetRecord] = {}

    def add(
        self,
        owner: str,
        name: str,
        *,
        slug: str | None = None,
        description: str = "",
        public: bool = False,
    ) -> DatasetRecord:
        """A new dataset whose owner is its first (admin) member; the short name is made unique."""
        base = slug or _SLUG_INVALID.sub("-", name.lower()).strip("-") or "dataset"
        candidate, n = base, 0
        while f"{owner}/{candidate}" in self.records:
            n += 1
            candidate = f"{base}-{n}"
        record = DatasetRecord(
            owner=owner, slug=candidate, name=name, description=description, public=public
        )
        record.members[owner] = all_permissions()
        self.records[record.id] = record
        return record

    def get(self, owner: str, slug: str) -> DatasetRecord | None:
        return self.records.get(f"{owner}/{slug}")

    def remove(self, record: DatasetRecord) -> None:
        self.records.pop(record.id, None)

    def all(self) -> list[DatasetRecord]:
        return list(self.records.values())


def seed_datasets(store: DatasetStore, main_username: str) -> None:
    """A public dataset of a colleague and a private one of the main user."""
    store.add(
        "rfranklin",
        "Photo 51",
        slug="photo-51",
        description="X-ray diffraction images of DNA fibres.",
        public=True,
    )
    store.add(
        main_username,
        "Pilot Cohort",
        slug="pilot-cohort",
        description="Whole-genome samples of the pilot cohort.",
    )
