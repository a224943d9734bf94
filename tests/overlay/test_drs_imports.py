"""api.drs_imports over the emulator: bulk_submit with tags and conflict resolution, bulk_get,
per-item results, wait, and bad input refused before any request."""

from __future__ import annotations

from typing import Any

import pytest
import sevenbridges as sbg
from sevenbridges_emulator import Emulator

from .file_fixtures import Recorder
from .storage_fixtures import freeze_jobs, new_project

FAST = 0.01


@pytest.fixture
def project(api: sbg.Api) -> sbg.Project:
    return new_project(api, "DRS")


def test_bulk_submit_sends_items_tags_and_conflict_resolution(
    api: sbg.Api, project: sbg.Project
) -> None:
    folder = api.files.create_folder("drs", project=project)
    recorder = Recorder(api)
    job = api.drs_imports.bulk_submit(
        [
            {"drs_uri": "drs://drs.example.org/obj-1", "project": project, "name": "one.cram",
             "metadata": {"study_id": "123"}, "tags": ["item-tag"]},
            {"drs_uri": "drs://drs.example.org/obj-2", "parent": folder},
        ],
        tags=["tag1", "tag2"],
        conflict_resolution="OVERWRITE",
    )  # fmt: skip
    (sent,) = recorder.calls("POST", "/bulk/drs/imports/create")
    assert sent.body == {
        "items": [
            {"drs_uri": "drs://drs.example.org/obj-1", "project": project.id, "name": "one.cram",
             "metadata": {"study_id": "123"}, "tags": ["item-tag"]},
            {"drs_uri": "drs://drs.example.org/obj-2", "parent": folder.id},
        ],
        "tags": ["tag1", "tag2"],
        "conflict_resolution": "OVERWRITE",
    }  # fmt: skip
    assert isinstance(job, sbg.DRSImportBulk) and job.state == "SUBMITTED"
    assert job.result == [] and job.result_files == []
    assert job.wait(period=FAST) is job and job.state == "FINISHED"
    first, second = job.result_files
    assert (first.name, first.project, first.metadata["study_id"]) == (
        "one.cram",
        project.id,
        "123",
    )
    assert set(first.tags) == {"item-tag", "tag1", "tag2"}
    assert (second.name, second.parent) == ("obj-2", folder.id)
    assert all(isinstance(r, sbg.DRSImportRecord) and r.valid for r in job.result)


def test_failed_items_are_named_and_every_result_kept(api: sbg.Api, project: sbg.Project) -> None:
    job = api.drs_imports.bulk_submit(
        [
            {"drs_uri": "drs://h/present", "project": project.id},
            {"drs_uri": "drs://h/missing-obj", "project": project.id},
            {"drs_uri": "drs://h/also-present", "project": project.id},
        ]
    )
    with pytest.raises(sbg.JobFailed) as failed:
        job.wait(period=FAST)
    message = str(failed.value)
    assert "drs://h/missing-obj" in message and "1 of 3" in message and job.id in message
    assert failed.value.job is job and isinstance(failed.value.error, sbg.NotFound)
    assert [r.valid for r in job.result] == [True, False, True]
    assert [f.name for f in job.result_files] == ["present", "also-present"]
    # Read by id, the job does not know the URIs: failed items are named by position.
    by_id = api.drs_imports.bulk_get(import_job_id=job.id)
    with pytest.raises(sbg.JobFailed, match="item 1"):
        by_id.wait(period=FAST)


def test_skip_fails_a_taken_name_and_autorename_renames_it(
    api: sbg.Api, project: sbg.Project
) -> None:
    item = {"drs_uri": "drs://h/same", "project": project}
    api.drs_imports.bulk_submit([item]).wait(period=FAST)
    with pytest.raises(sbg.JobFailed, match="drs://h/same"):
        api.drs_imports.bulk_submit([item], conflict_resolution="SKIP").wait(period=FAST)
    renamed = api.drs_imports.bulk_submit([item], conflict_resolution="AUTORENAME")
    (file,) = renamed.wait(period=FAST).result_files
    assert file.name != "same" and file.name.endswith("same")


def test_bulk_get_and_wait_timeout(api: sbg.Api, emulator: Emulator, project: sbg.Project) -> None:
    freeze_jobs(emulator)
    job = api.drs_imports.bulk_submit([{"drs_uri": "drs://h/x", "project": project}])
    assert api.drs_imports.bulk_get(job.id) == job
    assert api.drs_imports.bulk_get(job).state == "SUBMITTED"
    with pytest.raises(sbg.WaitTimeout, match=job.id):
        job.wait(period=FAST, timeout=0.05)
    with pytest.raises(sbg.NotFound):
        api.drs_imports.bulk_get("123456789012345678")


@pytest.mark.parametrize(
    ("imports", "kwargs", "match"),
    [
        ([], {}, "empty"),
        ("drs://h/x", {}, "list"),
        ([{"drs_uri": "http://h/x", "project": "a/b"}], {}, "drs://"),
        ([{"drs_uri": "drs://h", "project": "a/b"}], {}, "drs://"),
        ([{"drs_uri": "drs://h/x"}], {}, "project or a parent"),
        ([{"drs_uri": "drs://h/x", "project": "a/b", "parent": "f"}], {}, "not both"),
        ([{"drs_uri": "drs://h/x", "project": "a/b", "size": 1}], {}, "size"),
        ([{"drs_uri": "drs://h/x", "project": "a/b", "metadata": [1]}], {}, "metadata"),
        ([{"drs_uri": "drs://h/x", "project": "a/b"}], {"tags": "t"}, "tags"),
        ([{"drs_uri": "drs://h/x", "project": "a/b"}], {"conflict_resolution": "KEEP"}, "KEEP"),
        ([{"drs_uri": f"drs://h/{i}", "project": "a/b"} for i in range(101)], {}, "101"),
    ],
)
def test_bad_input_is_refused_before_sending(
    api: sbg.Api, imports: Any, kwargs: dict[str, Any], match: str
) -> None:
    recorder = Recorder(api)
    with pytest.raises(sbg.ValidationError, match=match):
        api.drs_imports.bulk_submit(imports, **kwargs)
    with pytest.raises(sbg.ValidationError):
        api.drs_imports.bulk_get("")
    assert recorder.sent == []
