"""Shared helpers of the storage tests (volumes, imports, exports, DRS imports)."""

from __future__ import annotations

import sevenbridges as sbg
from sevenbridges_emulator import Emulator
from sevenbridges_emulator.stores.volumes import put_object

# Made-up credentials: the tests prove these never show up where they must not.
ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI-K7MDENG-bPxRfiCY-SECRET-42"


def s3_volume(api: sbg.Api, name: str = "bucket_vol", access_mode: str = "RW") -> sbg.Volume:
    """A volume over a fresh fake S3 bucket."""
    return api.volumes.create_s3_volume(name, "my-bucket", ACCESS_KEY_ID, SECRET_KEY, access_mode)


def fill_bucket(emulator: Emulator, volume: sbg.Volume, objects: dict[str, bytes]) -> None:
    """Put objects straight into a volume's fake bucket (what a lab's pipeline would have)."""
    for location, data in objects.items():
        put_object(emulator.state, volume.id, location, data, metadata={"size": len(data)})


def new_project(api: sbg.Api, name: str = "Storage") -> sbg.Project:
    billing_group = api.billing_groups.query()[0]
    return api.projects.create(name=name, billing_group=billing_group)


def freeze_jobs(emulator: Emulator, frozen: bool = True) -> None:
    """Stop (or restart) imports, exports and DRS jobs from moving on when they are read."""
    emulator.set_pace(frozen=frozen)
