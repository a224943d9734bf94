"""api.imports and api.exports over the emulator: submit with every argument, query, get, result,
wait (to COMPLETED, to a typed failure, to a timeout), bulk calls of more than one chunk, and bad
input refused before any request."""

from __future__ import annotations

from typing import Any

import pytest
import sevenbridges as sbg
from sevenbridges_emulator import Emulator

from .file_fixtures import Recorder, seed_file
from .storage_fixtures import fill_bucket, freeze_jobs, new_project, s3_volume

FAST = 0.01  # the emulator moves a job on at every read, so waits need no real delay


@pytest.fixture
def volume(api: sbg.Api, emulator: Emulator) -> sbg.Volume:
    volume = s3_volume(api)
    fill_bucket(
        emulator,
        volume,
        {"reads/a.fq": b"AAAA", "reads/b.fq": b"BB", "reads/deep/c.fq": b"C", "top.txt": b"top"},
    )
    return volume


@pytest.fixture
def project(api: sbg.Api) -> sbg.Project:
    return new_project(api)


# ----------------------------------------------------------------- imports


def test_submit_import_sends_every_argument_and_waits_for_the_file(
    api: sbg.Api, volume: sbg.Volume, project: sbg.Project
) -> None:
    recorder = Recorder(api)
    job = api.imports.submit_import(
        volume=volume, location="reads/a.fq", project=project, name="sample_a.fq",
        overwrite=True, autorename=False, preserve_folder_structure=False,
    )  # fmt: skip
    (sent,) = recorder.calls("POST", "/storage/imports")
    assert sent.body == {
        "source": {"volume": volume.id, "location": "reads/a.fq"},
        "destination": {"project": project.id, "name": "sample_a.fq"},
        "overwrite": True,
        "autorename": False,
        "preserve_folder_structure": False,
    }
    assert job.state == sbg.ImportExportState.PENDING and job.result is None
    seen: list[str] = []
    assert job.wait(period=FAST, callback=lambda j: seen.append(j.state)) is job
    assert seen[-1] == "COMPLETED" and len(seen) >= 2
    imported = job.result
    assert isinstance(imported, sbg.File)
    assert (imported.name, imported.project) == ("sample_a.fq", project.id)
    assert imported.content() == "AAAA"
    assert imported.storage.type == sbg.FileStorageType.VOLUME
    assert job.source.location == "reads/a.fq" and job.destination.name == "sample_a.fq"
    assert api.imports.get(job.id) == job and api.imports.get(job) == job


def test_import_a_prefix_into_a_folder(
    api: sbg.Api, volume: sbg.Volume, project: sbg.Project
) -> None:
    folder = api.files.create_folder("incoming", project=project)
    job = api.imports.submit_import(volume, "reads/", parent=folder).wait(period=FAST)
    top = job.result
    assert top is not None and top.is_folder() and top.name == "reads"
    names = {f.name for f in top.list_files().all()}
    assert names == {"a.fq", "b.fq", "deep"}
    assert [j.id for j in project.get_imports()] == [job.id]  # a folder's project counts


def test_a_failed_import_raises_a_typed_error_naming_it(
    api: sbg.Api, volume: sbg.Volume, project: sbg.Project
) -> None:
    first = api.imports.submit_import(volume, "top.txt", project=project)
    second = api.imports.submit_import(volume, "top.txt", project=project)
    first.wait(period=FAST)
    with pytest.raises(sbg.JobFailed) as failed:
        second.wait(period=FAST)
    assert second.id in str(failed.value) and "top.txt" in str(failed.value)
    assert failed.value.job is second and second.state == "FAILED"
    assert isinstance(failed.value.error, sbg.Conflict)
    renamed = api.imports.submit_import(volume, "top.txt", project=project, autorename=True)
    assert renamed.wait(period=FAST).result.name.endswith("top.txt")  # type: ignore[union-attr]
    assert renamed.result.name != "top.txt"  # type: ignore[union-attr]


def test_wait_times_out_with_a_typed_error(
    api: sbg.Api, emulator: Emulator, volume: sbg.Volume, project: sbg.Project
) -> None:
    freeze_jobs(emulator)
    job = api.imports.submit_import(volume, "top.txt", project=project)
    with pytest.raises(sbg.WaitTimeout, match=job.id):
        job.wait(period=FAST, timeout=0.05)
    with pytest.raises(sbg.ValidationError, match="period"):
        job.wait(period=0)


def test_query_imports_by_project_volume_and_state(
    api: sbg.Api, volume: sbg.Volume, project: sbg.Project
) -> None:
    other = new_project(api, "Other")
    done = api.imports.submit_import(volume, "reads/a.fq", project=project).wait(period=FAST)
    api.imports.submit_import(volume, "reads/b.fq", project=other)
    assert {j.id for j in api.imports.query(project=project).all()} == {done.id}
    assert len(api.imports.query(volume=volume.id)) == 2
    assert [j.id for j in project.get_imports(state="COMPLETED")] == [done.id]
    assert [j.id for j in volume.get_imports(project=project)] == [done.id]
    assert {j.id for j in api.imports.query(state=["PENDING", "RUNNING", "COMPLETED"])} >= {done.id}
    recorder = Recorder(api)
    with pytest.raises(sbg.ValidationError, match="DONE"):
        api.imports.query(state="DONE")
    with pytest.raises(sbg.ValidationError, match="owner/project"):
        api.imports.query(project="just-a-name")
    assert recorder.sent == []


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"location": "top.txt"}, "project or a parent"),
        ({"location": "top.txt", "project": "john_doe/storage", "parent": "f1"}, "not both"),
        ({"location": "", "project": "john_doe/storage"}, "location"),
        ({"location": "/abs/key", "project": "john_doe/storage"}, "below the volume's prefix"),
        ({"location": "../other/key", "project": "john_doe/storage"}, "below the volume's prefix"),
        ({"location": "reads/./a.fq", "project": "john_doe/storage"}, "below the volume's prefix"),
        ({"location": "top.txt", "project": "john_doe/storage", "overwrite": "yes"}, "overwrite"),
        ({"location": "top.txt", "project": "john_doe/storage", "properties": {}}, "properties"),
        ({"location": "top.txt", "project": "john_doe/storage", "name": 5}, "name"),
        (
            {"location": "a/", "project": "john_doe/storage", "preserve_folder_structure": 1},
            "preserve_folder_structure",
        ),
    ],
)
def test_submit_import_refuses_bad_arguments_before_sending(
    api: sbg.Api, volume: sbg.Volume, kwargs: dict[str, Any], match: str
) -> None:
    recorder = Recorder(api)
    with pytest.raises(sbg.ValidationError, match=match):
        api.imports.submit_import(volume, **kwargs)
    with pytest.raises(sbg.ValidationError, match="owner/volume"):
        api.imports.submit_import("no-slash", "top.txt", project="john_doe/storage")
    assert recorder.sent == []


def test_server_refusals_are_typed(api: sbg.Api, volume: sbg.Volume, project: sbg.Project) -> None:
    with pytest.raises(sbg.NotFound):
        api.imports.submit_import(volume, "reads/missing.fq", project=project)
    with pytest.raises(sbg.NotFound):
        api.imports.submit_import("john_doe/no_such_volume", "top.txt", project=project)
    with pytest.raises(sbg.NotFound):
        api.imports.get("NoSuchJob0000000000000000000000")
    with pytest.raises(sbg.NotFound):
        api.exports.get("NoSuchJob0000000000000000000000")


def test_get_and_list_helpers_refuse_bad_input_before_sending(
    api: sbg.Api, volume: sbg.Volume, project: sbg.Project
) -> None:
    recorder = Recorder(api)
    for bad in ("", "a/b", None):
        with pytest.raises(sbg.ValidationError):
            api.imports.get(bad)
        with pytest.raises(sbg.ValidationError):
            api.exports.get(bad)
    with pytest.raises(sbg.ValidationError, match="LATER"):
        volume.get_imports(state="LATER")
    with pytest.raises(sbg.ValidationError, match="owner/project"):
        volume.get_imports(project="nope")
    with pytest.raises(sbg.ValidationError, match="limit"):
        volume.get_exports(limit="ten")  # type: ignore[arg-type]
    with pytest.raises(sbg.ValidationError, match="owner/volume"):
        project.get_imports(volume="nope")
    with pytest.raises(sbg.ValidationError, match="LATER"):
        project.get_exports(state=["COMPLETED", "LATER"])
    with pytest.raises(sbg.ValidationError, match="offset"):
        project.get_exports(offset=-1)
    with pytest.raises(sbg.ValidationError, match="owner/volume"):
        api.exports.query(volume="a/b/c")
    assert recorder.sent == []


def test_bulk_submit_and_bulk_get_imports_over_two_chunks(
    api: sbg.Api, emulator: Emulator, volume: sbg.Volume, project: sbg.Project
) -> None:
    fill_bucket(emulator, volume, {f"many/{i:03}.txt": b"x" for i in range(140)})
    items: list[dict[str, Any]] = [
        {"volume": volume, "location": f"many/{i:03}.txt", "project": project} for i in range(140)
    ]
    items.insert(120, {"volume": volume.id, "location": "many/missing.txt", "project": project})
    recorder = Recorder(api)
    records = api.imports.bulk_submit(items)
    assert len(recorder.calls("POST", "/bulk/storage/imports/create")) == 2
    assert len(records) == 141
    assert not records[120].valid and isinstance(records[120].error, sbg.NotFound)
    jobs = [r.resource for r in records if r.valid]
    assert [j.source.location for j in jobs] == [f"many/{i:03}.txt" for i in range(140)]
    again = api.imports.bulk_get([*jobs, "NoSuchJob0000000000000000000000"])
    assert [r.resource.id for r in again[:-1]] == [j.id for j in jobs]  # type: ignore[union-attr]
    assert isinstance(again[-1].error, sbg.NotFound)
    assert all(isinstance(r, sbg.ImportBulkRecord) for r in again)
    finished = list(api.imports.wait_many(jobs, period=FAST))
    assert sorted(j.id for j in finished) == sorted(j.id for j in jobs)
    assert {j.state for j in finished} == {"COMPLETED"}
    rounds = recorder.calls("POST", "/bulk/storage/imports/get")
    assert len(rounds) <= 2 + 3 * 2  # one bulk read (two chunks) per round, not one per job
    assert project.get_imports(limit=1).total == 140
    before = len(recorder.sent)
    with pytest.raises(sbg.ValidationError, match="period"):
        api.imports.wait_many(jobs, period=-1)
    with pytest.raises(sbg.ValidationError):
        api.imports.wait_many(["ok-id", ""])
        api.imports.bulk_submit([{"volume": volume, "location": "x", "weird": 1}])
    with pytest.raises(sbg.ValidationError, match="location"):
        api.imports.bulk_submit([*items[:3], {"volume": volume, "project": project}])
    with pytest.raises(sbg.ValidationError, match="empty"):
        api.imports.bulk_get([])
    assert len(recorder.sent) == before


# ----------------------------------------------------------------- exports


def test_submit_export_sends_every_argument_and_moves_the_file(
    api: sbg.Api, emulator: Emulator, volume: sbg.Volume, project: sbg.Project
) -> None:
    file_id = seed_file(emulator, project.id, "result.bam", content=b"BAM!")
    recorder = Recorder(api)
    job = api.exports.submit_export(
        file=api.files.get(file_id), volume=volume, location="results/result.bam",
        properties={"sse_algorithm": "AES256", "aws_storage_class": "STANDARD_IA"},
        overwrite=False, copy_only=False,
    )  # fmt: skip
    (sent,) = recorder.calls("POST", "/storage/exports")
    assert sent.body == {
        "source": {"file": file_id},
        "destination": {"volume": volume.id, "location": "results/result.bam"},
        "overwrite": False,
        "properties": {"sse_algorithm": "AES256", "aws_storage_class": "STANDARD_IA"},
    }
    assert sent.param("copy_only") == ["false"]
    assert job.source == api.files.get(file_id)
    job.wait(period=FAST)
    assert job.result is not None and job.result.id == file_id
    assert job.result.storage.type == "VOLUME"
    assert volume.get_volume_object_info("results/result.bam").location == "results/result.bam"
    assert job.properties.aws_storage_class == "STANDARD_IA"
    assert [e.id for e in volume.get_exports(state="COMPLETED")] == [job.id]
    assert [e.id for e in project.get_exports()] == [job.id]
    assert project.get_exports(volume="john_doe/elsewhere") == []


def test_copy_only_export_and_a_failed_export(
    api: sbg.Api, emulator: Emulator, volume: sbg.Volume, project: sbg.Project
) -> None:
    file_id = seed_file(emulator, project.id, "notes.txt", content=b"n")
    recorder = Recorder(api)
    copied = api.exports.submit_export(file_id, volume, "top.txt", copy_only=True)
    assert recorder.calls("POST", "/storage/exports")[0].param("copy_only") == ["true"]
    with pytest.raises(sbg.JobFailed) as failed:
        copied.wait(period=FAST)  # an object is already at top.txt and overwrite is off
    assert copied.id in str(failed.value) and "top.txt" in str(failed.value)
    assert isinstance(failed.value.error, sbg.Conflict)
    again = api.exports.submit_export(file_id, volume, "top.txt", overwrite=True, copy_only=True)
    assert again.wait(period=FAST).state == "COMPLETED"
    assert api.files.get(file_id).storage.type == "PLATFORM"


def test_export_refusals(
    api: sbg.Api, emulator: Emulator, volume: sbg.Volume, project: sbg.Project
) -> None:
    file_id = seed_file(emulator, project.id, "r.txt", content=b"r")
    folder = api.files.create_folder("a_folder", project=project)
    recorder = Recorder(api)
    with pytest.raises(sbg.ValidationError, match="folder"):
        api.exports.submit_export(folder, volume, "a_folder")
    with pytest.raises(sbg.ValidationError, match="prefix"):
        api.exports.submit_export(file_id, volume, "results/")
    with pytest.raises(sbg.ValidationError, match="below the volume's prefix"):
        api.exports.submit_export(file_id, volume, "../escape.txt")
    with pytest.raises(sbg.ValidationError, match="copy_only"):
        api.exports.submit_export(file_id, volume, "x", copy_only="no")  # type: ignore[arg-type]
    with pytest.raises(sbg.ValidationError, match="properties"):
        api.exports.submit_export(file_id, volume, "x", properties="AES256")  # type: ignore[arg-type]
    with pytest.raises(sbg.ValidationError, match="state"):
        api.exports.query(state="SOMETIME")
    assert recorder.sent == []
    with pytest.raises(sbg.BadRequest) as folder_by_id:
        api.exports.submit_export(folder.id, volume, "a_folder")
    assert folder_by_id.value.code == 9006
    read_only = s3_volume(api, name="read_only", access_mode="RO")
    with pytest.raises(sbg.BadRequest) as ro:
        api.exports.submit_export(file_id, read_only, "r.txt")
    assert ro.value.code == 9026


def test_bulk_submit_and_bulk_get_exports(
    api: sbg.Api, emulator: Emulator, volume: sbg.Volume, project: sbg.Project
) -> None:
    ids = [seed_file(emulator, project.id, f"f{i}.txt", content=b"%d" % i) for i in range(105)]
    items: list[dict[str, Any]] = [
        {"file": f, "volume": volume, "location": f"out/f{i}.txt"} for i, f in enumerate(ids)
    ]
    items.append({"file": "0" * 24, "volume": volume, "location": "out/ghost.txt"})
    recorder = Recorder(api)
    records = api.exports.bulk_submit(items, copy_only=True)
    calls = recorder.calls("POST", "/bulk/storage/exports/create")
    assert sorted(len(c.body["items"]) for c in calls) == [6, 100]  # chunks go concurrently
    assert all(c.param("copy_only") == ["true"] for c in calls)
    assert all(r.valid for r in records[:105]) and isinstance(records[105].error, sbg.NotFound)
    jobs = [r.resource for r in records[:105]]
    got = api.exports.bulk_get(jobs)
    assert [r.resource.id for r in got] == [j.id for j in jobs]  # type: ignore[union-attr]
    assert all(isinstance(r, sbg.ExportBulkRecord) for r in got)
    # One exported twice to the same location: the later one fails, and is yielded, not raised.
    clash = api.exports.submit_export(ids[0], volume, "out/f1.txt", copy_only=True)
    done = {j.id: j.state for j in api.exports.wait_many([*jobs[:3], clash.id], period=FAST)}
    assert done == {jobs[0].id: "COMPLETED", jobs[1].id: "COMPLETED", jobs[2].id: "COMPLETED",
                    clash.id: "FAILED"}  # fmt: skip
    before = len(recorder.sent)
    with pytest.raises(sbg.ValidationError, match="file"):
        api.exports.bulk_submit([{"volume": volume, "location": "x"}])
    with pytest.raises(sbg.ValidationError):
        api.exports.bulk_submit("not-a-list")  # type: ignore[arg-type]
    assert len(recorder.sent) == before
