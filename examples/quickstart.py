"""A first session with the API: who am I, projects, members, files, billing, rate limits, errors.

Run against the emulator with `make demo`, or against the real Platform configured as for any
script: SB_API_ENDPOINT and SB_AUTH_TOKEN, or the [default] profile of ~/.sevenbridges/credentials
(the fault-injection part then is skipped: it needs the emulator). The project it creates has a
name of its own each run and is deleted at the end, whatever happens in between.
"""

from __future__ import annotations

import functools
import hashlib
import tempfile
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

import sevenbridges as sbg
from sevenbridges.errors import SbgError
from sevenbridges.http.error_handlers import maintenance_sleeper, rate_limit_sleeper

if TYPE_CHECKING:
    from sevenbridges_emulator.control import FaultControl


def section(title: str) -> None:
    print(f"\n== {title}")


def main() -> None:
    # Settings come from SB_API_ENDPOINT and SB_AUTH_TOKEN or ~/.sevenbridges/credentials.
    api = sbg.Api(
        error_handlers=[rate_limit_sleeper, functools.partial(maintenance_sleeper, sleep=0.5)]
    )

    section("Who am I")
    me = api.users.me()
    print(f"{me.username}: {me.first_name} {me.last_name} <{me.email}>")

    section("Billing")
    billing_group = api.billing_groups.query()[0]
    balance = billing_group.balance
    print(f"{billing_group.name} ({billing_group.id}): {balance.amount} {balance.currency}")
    analysis = billing_group.analysis_breakdown(limit=2)
    print(f"analysis costs: {analysis.total} rows; first page has {len(analysis)}")
    for row in analysis.all():
        print(f"  {row.analysis_name}: {row.analysis_cost.amount} {row.analysis_cost.currency}")
    for invoice in api.invoices.query().all():
        print(f"invoice {invoice.id}: total {invoice.total.amount} {invoice.total.currency}")

    section("Projects")
    project = api.projects.create(
        name=f"Quickstart demo {uuid.uuid4().hex[:8]}",  # a new project each run
        billing_group=billing_group,
        description="Made by examples/quickstart.py",
        tags=["demo"],
    )
    print(f"created {project.id} ({project.name})")
    try:
        _tour(api, me, project)
    finally:
        section("Clean up")
        project.delete()
        print(f"deleted {project.id}")


def _tour(api: sbg.Api, me: sbg.User, project: sbg.Project) -> None:
    """Everything that happens inside the demo project."""
    project.description = "Edited by the quickstart"
    project.settings["use_interruptible_instances"] = True
    project.save()  # a PATCH with only the description and settings
    print(f"saved: {project.description!r}, settings={dict(project.settings)}")
    for each in api.projects.query(limit=10).all():
        print(f"  project {each.id}")

    section("Members")
    member = project.add_member("rfranklin", permissions={"read": True, "copy": True})
    print(f"added {member.username} with {dict(member.permissions)}")
    member.permissions["write"] = True
    member.save()
    print(f"now {dict(project.get_member('rfranklin').permissions)}")
    print("members:", ", ".join(m.username or "?" for m in project.get_members().all()))
    project.remove_member("rfranklin")
    print("removed rfranklin")

    section("Files: a folder, an upload, metadata, a download")
    _files_demo(api, project)

    section("Errors are typed")
    try:
        api.projects.get(f"{me.username}/no-such-project")
    except sbg.NotFound as error:
        print(f"NotFound: {error}")
    try:
        api.projects.get("not-an-owner-slash-project")
    except SbgError as error:
        print(f"{type(error).__name__} before any request: {error}")

    section("Rate limit")
    limits = api.rate_limit.get()
    print(f"{limits.rate.remaining}/{limits.rate.limit} left, resets at {limits.rate.reset}")
    print(f"from the last response: remaining={api.remaining}, reset={api.reset_time}")

    control = _emulator_control(api)
    if control is not None:
        section("Surviving a maintenance window (emulator fault injection)")
        control.maintenance(1.5)
        started = time.monotonic()
        print(f"still answered: {api.users.me().username}, after {time.monotonic() - started:.1f}s")

        section("Surviving a rate-limit breach")
        control.set(rate_limit=5, rate_window=2)
        started = time.monotonic()
        names = [api.users.me().username for _ in range(12)]
        print(
            f"{len(names)} calls with a limit of 5 per 2 s took {time.monotonic() - started:.1f}s"
        )
        control.clear()


def _files_demo(api: sbg.Api, project: sbg.Project) -> None:
    """Upload a 96 MiB file in parallel parts with a progress bar, tag it, find it, download it."""
    folder = api.files.create_folder("reads", project=project)
    print(f"folder {folder.name} ({folder.id})")
    with tempfile.TemporaryDirectory() as scratch:
        local = Path(scratch) / "sample_1.fastq"
        block = hashlib.sha256(b"demo").digest() * (1 << 15)  # 1 MiB that is not all one byte
        with open(local, "wb") as handle:
            for _ in range(96):
                handle.write(block)
        uploaded = api.files.upload(local, parent=folder, part_size=8 * 2**20, progress=True)
        print(f"uploaded {uploaded.name}: {uploaded.size} bytes, id {uploaded.id}")
        uploaded.metadata["sample_id"] = "NA12878"
        uploaded.metadata["library"] = "lib-1"
        uploaded.tags = ["demo", "fastq"]
        uploaded.save()  # metadata and tags each through their own endpoint
        found = api.files.query(parent=folder, metadata={"sample_id": "NA12878"}, tags=["fastq"])
        print(f"query by metadata and tag: {[f.name for f in found]}")
        copy = uploaded.copy(project=project, name="sample_1.copy.fastq")
        print(f"copied to the project root as {copy.name}")
        target = Path(scratch) / "downloaded.fastq"
        uploaded.download(target, progress=True)
        same = _sha256(target) == _sha256(local)
        print(f"downloaded {target.stat().st_size} bytes; sha256 matches the source: {same}")
        if not same:
            raise SystemExit("the downloaded file differs from the uploaded one")
        try:
            uploaded.download(target)  # the target exists now, and overwrite is not given
        except sbg.LocalFileAlreadyExists:
            print(
                "downloading again to the same path is refused, as expected, without overwrite=True"
            )
    print("folder holds:", ", ".join(f.name or "?" for f in folder.list_files().all()))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _emulator_control(api: sbg.Api) -> FaultControl | None:
    """The emulator's fault control when the API is the emulator; None for the real Platform or
    when the emulator is not installed (pip install 'sevenbridges-openapi[emulator]')."""
    try:
        from sevenbridges_emulator.control import FaultControl, FaultControlError
    except ImportError:
        return None
    control = FaultControl(api.url)
    try:
        control.get()
    except (FaultControlError, OSError):
        return None
    return control


if __name__ == "__main__":
    main()
