"""Bulk calls on files against the emulator: chunking at 100, input order, per-item errors;
the multi-file copy action; async job arguments."""

from __future__ import annotations

import pytest
import sevenbridges as sbg
from sevenbridges.models.file import bulk_copy_files
from sevenbridges_emulator import Emulator

from .file_fixtures import Recorder, seed_file, server_record

MISSING = "0" * 24


@pytest.fixture
def project(api: sbg.Api) -> sbg.Project:
    group = api.billing_groups.query()[0]
    return api.projects.create(name="bulk", billing_group=group)


@pytest.fixture
def recorder(api: sbg.Api) -> Recorder:
    return Recorder(api)


def _seed_many(emulator: Emulator, project: sbg.Project, count: int) -> list[str]:
    return [seed_file(emulator, project.id, f"f{i:03}.txt") for i in range(count)]


def test_bulk_get_chunks_keeps_order_and_reports_invalid_items(
    api: sbg.Api, emulator: Emulator, project: sbg.Project, recorder: Recorder
) -> None:
    ids = _seed_many(emulator, project, 150)
    asked: list[object] = list(reversed(ids))
    asked.insert(120, MISSING)
    asked[3] = api.files(id=asked[3])  # File objects and ids mix
    records = api.files.bulk_get(asked)
    calls = recorder.calls("POST", "/bulk/files/get")
    assert [len(c.body["file_ids"]) for c in calls] == [100, 51]
    assert len(records) == 151
    assert all(isinstance(r, sbg.FileBulkRecord) for r in records)
    bad = records[120]
    assert not bad.valid and bad.resource is None
    assert isinstance(bad.error, sbg.NotFound) and bad.error.code == 5002
    good = [r for i, r in enumerate(records) if i != 120]
    assert all(r.valid and r.error is None for r in good)
    expected = [getattr(a, "id", a) for i, a in enumerate(asked) if i != 120]
    assert [r.resource.id for r in good if r.resource is not None] == expected
    assert good[0].resource is not None and good[0].resource.name == "f149.txt"


def test_bulk_delete(
    api: sbg.Api, emulator: Emulator, project: sbg.Project, recorder: Recorder
) -> None:
    ids = _seed_many(emulator, project, 3)
    records = api.files.bulk_delete([ids[0], MISSING, ids[2]])
    assert [r.valid for r in records] == [True, False, True]
    assert records[0].resource is not None and records[0].resource.id == ids[0]
    assert [server_record(emulator, i) is None for i in ids] == [True, False, True]


def test_bulk_update_replaces_and_bulk_edit_merges(
    api: sbg.Api, emulator: Emulator, project: sbg.Project, recorder: Recorder
) -> None:
    first = seed_file(emulator, project.id, "one.txt", metadata={"a": "1", "b": "2"}, tags=["t"])
    second = seed_file(emulator, project.id, "two.txt", metadata={"a": "1"}, tags=["t"])
    file_one, file_two = (r.resource for r in api.files.bulk_get([first, second]))
    assert file_one is not None and file_two is not None
    file_one.metadata["a"] = "changed"
    file_two.name = "two-renamed.txt"
    edited = api.files.bulk_edit([file_one, file_two])
    assert [r.valid for r in edited] == [True, True]
    (call,) = recorder.calls("POST", "/bulk/files/edit")
    assert call.body["items"][0] == {
        "file_id": first, "name": "one.txt", "tags": ["t"], "metadata": {"a": "changed", "b": "2"},
    }  # fmt: skip
    assert server_record(emulator, second).name == "two-renamed.txt"
    assert server_record(emulator, first).metadata == {"a": "changed", "b": "2"}

    # update erases what an item leaves out; edit keeps it
    replaced = api.files.bulk_update([{"id": first, "name": "one.txt", "metadata": {"z": "9"}}])
    assert replaced[0].valid and replaced[0].resource is not None
    assert replaced[0].resource.metadata == {"z": "9"} and replaced[0].resource.tags == []
    kept = api.files.bulk_edit([{"file_id": second, "tags": ["new"]}, {"file_id": MISSING}])
    assert [r.valid for r in kept] == [True, False]
    record = server_record(emulator, second)
    assert (record.name, record.tags, record.metadata) == ("two-renamed.txt", ["new"], {"a": "1"})


@pytest.mark.parametrize(
    "files", [[], "abc", [42], [{"id": MISSING, "colour": "red"}], [{"name": "no id"}]]
)
def test_bulk_arguments_fail_before_any_request(
    api: sbg.Api, recorder: Recorder, files: object
) -> None:
    with pytest.raises(sbg.ValidationError):
        api.files.bulk_edit(files)
    with pytest.raises(sbg.ValidationError):
        api.files.bulk_get(files if files != [{"name": "no id"}] else [None])
    assert recorder.sent == []


def test_bulk_copy_files_action(
    api: sbg.Api, emulator: Emulator, project: sbg.Project, recorder: Recorder
) -> None:
    group = api.billing_groups.query()[0]
    other = api.projects.create(name="copies", billing_group=group)
    ids = _seed_many(emulator, project, 2)
    outcome = bulk_copy_files([ids[0], api.files(id=ids[1]), MISSING], other, api)
    assert list(outcome) == [ids[0], ids[1], MISSING]
    assert outcome[ids[0]]["new_file_name"] == "f000.txt"
    copied = api.files.get(outcome[ids[1]]["new_file_id"])
    assert copied.project == other.id
    assert outcome[MISSING]["code"] == 5002
    (call,) = recorder.calls("POST", "/action/files/copy")
    assert call.body == {"project": other.id, "file_ids": [ids[0], ids[1], MISSING]}


@pytest.mark.parametrize(
    ("method", "files", "message"),
    [
        ("file_bulk_copy", [], "empty"),
        ("file_bulk_copy", [{"file": MISSING}], "give a project or a parent"),
        ("file_bulk_copy", [{"file": MISSING, "project": "o/p", "parent": MISSING}], "not both"),
        ("file_bulk_copy", [{"file": MISSING, "project": "o/p", "colour": 1}], "Unknown"),
        ("file_bulk_move", [{"file": MISSING, "project": "o/p"}], "parent folder only"),
        ("file_bulk_move", [MISSING], "dict"),
        ("file_bulk_delete", [{"file": MISSING, "extra": 1}], "delete item"),
        ("file_bulk_delete", "abc", "list"),
    ],
)
def test_async_job_arguments_fail_before_any_request(
    api: sbg.Api, recorder: Recorder, method: str, files: object, message: str
) -> None:
    with pytest.raises(sbg.ValidationError, match=message):
        getattr(api.async_jobs, method)(files)
    assert recorder.sent == []


def test_async_copy_move_delete_jobs(
    api: sbg.Api, emulator: Emulator, project: sbg.Project, recorder: Recorder
) -> None:
    folder = api.files.create_folder("dest", project=project)
    source = api.files.create_folder("tree", project=project)
    inside = seed_file(emulator, project.id, "in.txt", parent=source.id)
    loose = seed_file(emulator, project.id, "loose.txt")

    copy = api.async_jobs.file_bulk_copy(
        [
            {"file": source, "parent": folder, "name": "tree-copy"},
            {"file": MISSING, "project": project},
        ]
    )
    assert isinstance(copy, sbg.AsyncJob)
    assert copy.type == "COPY" and copy.state == "FINISHED"
    assert (copy.total_files, copy.completed_files, copy.failed_files) == (2, 1, 1)
    results = copy.get_result()
    assert [r.valid for r in results] == [True, False]
    assert all(isinstance(r, sbg.AsyncFileBulkRecord) for r in results)
    assert results[0].resource is not None and results[0].resource.name == "tree-copy"
    assert isinstance(results[1].error, sbg.NotFound)
    sent = recorder.calls("POST", "/async/files/copy")[0].body
    assert sent == {"items": [
        {"file": source.id, "parent": folder.id, "name": "tree-copy"},
        {"file": MISSING, "project": project.id},
    ]}  # fmt: skip
    again = api.async_jobs.get_file_copy_job(copy.id)
    assert again == copy and again.completed_files == 1
    assert copy.reload().state == "FINISHED"

    move = api.async_jobs.file_bulk_move([{"file": api.files(id=loose), "parent": folder.id}])
    assert move.type == "MOVE" and move.get_result()[0].valid
    assert server_record(emulator, loose).parent == folder.id
    assert api.async_jobs.get_file_move_job(move.id).id == move.id

    delete = api.async_jobs.file_bulk_delete([source, {"file": MISSING}])
    assert [r.valid for r in delete.get_result()] == [True, False]
    assert server_record(emulator, inside) is None  # a non-empty folder goes with its contents
    assert api.async_jobs.get_file_delete_job(delete.id).failed_files == 1
    with pytest.raises(sbg.NotFound):
        api.async_jobs.get_file_copy_job(delete.id)  # the getter of another kind

    jobs = api.async_jobs.list_file_jobs(limit=2)
    assert jobs.total == 3
    assert [job.id for job in jobs] == [copy.id, move.id]
    assert [job.type for job in jobs.all()] == ["COPY", "MOVE", "DELETE"]
