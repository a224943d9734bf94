"""Volumes walkthrough: connect a bucket, browse it, import a file from it, export a result back.

Run against the emulator with `make demo`, or against the real Platform with SB_API_ENDPOINT and
SB_AUTH_TOKEN set plus the bucket to connect: VOLUME_BUCKET, AWS_ACCESS_KEY_ID and
AWS_SECRET_ACCESS_KEY (the emulator's buckets are made up, so any values do there).

The emulator's buckets start empty; the walkthrough first puts a reads file in the bucket the way
a sequencing pipeline would, by exporting a copy of an uploaded file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import sevenbridges as sbg

POLL = 0.5  # seconds between two reads of a job (the emulator moves jobs on as they are read)


def section(title: str) -> None:
    print(f"\n== {title}")


def main() -> None:
    api = sbg.Api()  # SB_API_ENDPOINT and SB_AUTH_TOKEN, as for any script
    billing_group = api.billing_groups.query()[0]
    project = api.projects.create(name="Volumes walkthrough", billing_group=billing_group)
    print(f"project {project.id}")

    section("Connect a bucket")
    volume = api.volumes.create_s3_volume(
        name="walkthrough_bucket",
        bucket=os.environ.get("VOLUME_BUCKET", "lab-sequencing-runs"),
        access_key_id=os.environ.get("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"),
        secret_access_key=os.environ.get("AWS_SECRET_ACCESS_KEY", "not-a-real-secret"),
        access_mode=sbg.VolumeAccessMode.READ_WRITE,
        description="Made by examples/volumes.py",
        properties={"sse_algorithm": "AES256"},
    )
    service = volume.service
    print(f"{volume!r}: {service['type']} bucket {service['bucket']!r}, mode {volume.access_mode}")
    print(f"the server shows identifiers only: credentials={service['credentials']}")

    with tempfile.TemporaryDirectory() as scratch:
        reads = Path(scratch) / "run42_R1.fastq"
        reads.write_text("@read1\nACGTACGTAC\n+\nIIIIIIIIII\n" * 200)
        uploaded = api.files.upload(reads, project=project)
        seeded = api.exports.submit_export(
            uploaded, volume, "runs/run42/R1.fastq", copy_only=True
        ).wait(period=POLL)
        print(f"(put {seeded.destination.location} in the bucket)")

    section("Browse it")
    top = volume.list()
    print("prefixes at the root:", [p.prefix for p in top.prefixes])
    for obj in volume.list(prefix="runs/run42/").all():
        print(f"  object {obj.location} ({obj.type})")
    info = volume.get_volume_object_info("runs/run42/R1.fastq")
    print(f"object info: {info.location} on {info.volume}")

    section("Import a file")
    folder = api.files.create_folder("from_bucket", project=project)
    job = api.imports.submit_import(
        volume, "runs/run42/R1.fastq", parent=folder, name="run42_R1.fastq"
    )
    print(f"import {job.id}: {job.state}")
    job.wait(period=POLL, callback=lambda j: print(f"  ... {j.state}"))
    imported = job.result
    assert imported is not None
    print(f"imported {imported.name} ({imported.size} bytes), stored on {imported.storage.type}")
    first_line = imported.content().splitlines()[0]
    print(f"first line: {first_line}")

    section("Export a result back")
    with tempfile.TemporaryDirectory() as scratch:
        summary = Path(scratch) / "run42_summary.txt"
        summary.write_text(f"reads: {imported.size // 40}\n")
        result = api.files.upload(summary, project=project)
    export = api.exports.submit_export(
        result, volume, "results/run42_summary.txt", properties={"sse_algorithm": "AES256"}
    ).wait(period=POLL)
    print(f"export {export.id}: {export.state}; the file now lives on the volume")
    print("results/:", [o.location for o in volume.list(prefix="results/").all()])
    print("imports from the volume:", [j.id for j in volume.get_imports()])
    print("exports to the volume:", [j.id for j in volume.get_exports()])

    section("Errors are typed")
    try:
        api.exports.submit_export(result, volume, "results/")
    except sbg.ValidationError as error:
        print(f"ValidationError before any request: {error}")
    try:
        volume.get_volume_object_info("runs/run99/R1.fastq")
    except sbg.NotFound as error:
        print(f"NotFound: {error}")

    section("Clean up")
    volume.active = False
    volume.save()
    volume.delete()
    project.delete()
    print(f"disconnected {volume.id} and deleted {project.id}")


if __name__ == "__main__":
    main()
