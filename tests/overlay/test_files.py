"""api.files against the emulator: fields, query filters and restrictions, cont_token paging,
save semantics, copy/move, folders, search, download info."""

from __future__ import annotations

from datetime import datetime

import pytest
import sevenbridges as sbg
from sevenbridges_emulator import Emulator

from .file_fixtures import Recorder, seed_file, server_record


@pytest.fixture
def project(api: sbg.Api) -> sbg.Project:
    group = api.billing_groups.query()[0]
    return api.projects.create(name="files", billing_group=group)


@pytest.fixture
def recorder(api: sbg.Api) -> Recorder:
    return Recorder(api)


# ----------------------------------------------------------------- get and fields


def test_get_reads_every_field(api: sbg.Api, emulator: Emulator, project: sbg.Project) -> None:
    file_id = seed_file(
        emulator, project.id, "reads.fastq", content=b"ACGT",
        metadata={"sample_id": "HCC1143"}, tags=["raw"],
        origin={"task": "3f2e3c4b-6f55-4c5e-a4a8-5c7a2c1d0e9f"},
    )  # fmt: skip
    with api.aa():  # `parent` comes with advance access
        file = api.files.get(file_id)
    assert isinstance(file, sbg.File)
    assert file.id == file_id
    assert file.href is not None and file.href.endswith(file_id)
    assert file.name == "reads.fastq"
    assert file.type == "file" and not file.is_folder()
    assert file.size == 4
    assert file.project == project.id
    assert file.parent == server_record(emulator, file_id).parent  # the project's root folder
    assert isinstance(file.created_on, datetime) and isinstance(file.modified_on, datetime)
    assert file.origin.task == "3f2e3c4b-6f55-4c5e-a4a8-5c7a2c1d0e9f"
    assert file.storage.type == "PLATFORM"
    assert file.metadata == {"sample_id": "HCC1143"}
    assert file.tags == ["raw"]
    assert file.secondary_files == []
    assert api.files.get(file) == file  # a File is accepted where an id is


def test_lazy_file_fetches_once(api: sbg.Api, emulator: Emulator, project: sbg.Project) -> None:
    file_id = seed_file(emulator, project.id, "lazy.txt", content=b"12345")
    lazy = api.files(id=file_id)
    before = api.remaining
    assert lazy.size == 5 and lazy.name == "lazy.txt"
    assert before is None or api.remaining == before - 1


def test_read_only_fields_refuse_assignment(
    api: sbg.Api, emulator: Emulator, project: sbg.Project
) -> None:
    file = api.files.get(seed_file(emulator, project.id, "ro.txt"))
    with pytest.raises(sbg.ReadOnlyPropertyError):
        file.size = 3
    with pytest.raises(sbg.ReadOnlyPropertyError):
        file.project = "other/project"


@pytest.mark.parametrize("bad", ["", "a/b", "..", 42, None])
def test_bad_file_ids_fail_before_any_request(
    api: sbg.Api, recorder: Recorder, bad: object
) -> None:
    with pytest.raises(sbg.ValidationError):
        api.files.get(bad)
    assert recorder.sent == []


def test_missing_file_is_not_found(api: sbg.Api) -> None:
    with pytest.raises(sbg.NotFound) as caught:
        api.files.get("0" * 24)
    assert caught.value.code == 5002


# ----------------------------------------------------------------- query


@pytest.fixture
def listed(emulator: Emulator, project: sbg.Project) -> dict[str, str]:
    task = "3f2e3c4b-6f55-4c5e-a4a8-5c7a2c1d0e9f"
    return {
        "a": seed_file(emulator, project.id, "a.bam", metadata={"sample": "s1", "paired": True},
                       tags=["bam"], origin={"task": task}),
        "b": seed_file(emulator, project.id, "b.bam", metadata={"sample": "s2"}, tags=["bam"]),
        "c": seed_file(emulator, project.id, "c.vcf", metadata={"sample": "s1"}, tags=["vcf"]),
        "d": seed_file(emulator, project.id, "d.txt"),
    }  # fmt: skip


def _names(page: sbg.Collection[sbg.File]) -> list[str]:
    return sorted(f.name or "" for f in page.all())


def test_query_by_project_and_filters(
    api: sbg.Api, project: sbg.Project, listed: dict[str, str], recorder: Recorder
) -> None:
    assert _names(api.files.query(project=project)) == ["a.bam", "b.bam", "c.vcf", "d.txt"]
    assert api.files.query(project=project.id).total == 4
    assert _names(api.files.query(project=project, names=["a.bam", "d.txt"])) == ["a.bam", "d.txt"]
    assert _names(api.files.query(project=project, tags=["vcf"])) == ["c.vcf"]
    task = "3f2e3c4b-6f55-4c5e-a4a8-5c7a2c1d0e9f"
    assert _names(api.files.query(project=project, origin={"task": task})) == ["a.bam"]
    recorder.clear()
    assert _names(api.files.query(project=project, metadata={"sample": "s1"})) == ["a.bam", "c.vcf"]
    (sent,) = recorder.sent
    assert sent.path == "/files" and sent.param("metadata.sample") == ["s1"]
    # several values of one key: OR; several keys: AND; booleans as the API writes them
    both = api.files.query(project=project, metadata={"sample": ["s1", "s2"]})
    assert _names(both) == ["a.bam", "b.bam", "c.vcf"]
    anded = api.files.query(
        project=project, metadata={"sample": "s1", "paired": True}, tags=["bam"]
    )
    assert _names(anded) == ["a.bam"]
    assert recorder.sent[-1].param("metadata.paired") == ["true"]


def test_metadata_params_do_not_leak_into_later_requests(
    api: sbg.Api, project: sbg.Project, listed: dict[str, str], recorder: Recorder
) -> None:
    api.files.query(project=project, metadata={"sample": "s1"})
    api.files.query(project=project)
    api.files.get(listed["a"])
    assert [s.param("metadata.sample") for s in recorder.sent] == [["s1"], [], []]


def test_query_by_parent_folder(api: sbg.Api, emulator: Emulator, project: sbg.Project) -> None:
    folder = api.files.create_folder("inputs", project=project)
    seed_file(emulator, project.id, "inside.txt", parent=folder.id)
    seed_file(emulator, project.id, "outside.txt")
    assert _names(api.files.query(parent=folder)) == ["inside.txt"]
    assert _names(api.files.query(parent=folder.id, names=["nope"])) == []


def test_query_by_dataset_alone_with_advance_access(
    api: sbg.Api, emulator: Emulator, project: sbg.Project
) -> None:
    seed_file(emulator, project.id, "in-set.txt", origin={"dataset": "john_doe/pilot-cohort"})
    seed_file(emulator, project.id, "not-in-set.txt")
    with api.aa():
        page = api.files.query(dataset="john_doe/pilot-cohort")
    assert [f.name for f in page] == ["in-set.txt"]
    with pytest.raises(sbg.ValidationError, match="owner/dataset"):
        api.files.query(dataset="cohort")


def test_query_offset_paging(api: sbg.Api, project: sbg.Project, listed: dict[str, str]) -> None:
    first = api.files.query(project=project, limit=3)
    assert len(first) == 3 and first.total == 4
    second = first.next_page()
    assert len(second) == 1
    with pytest.raises(sbg.PaginationError):
        second.next_page()
    assert len(api.files.query(project=project, offset=2, limit=10)) == 2


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"project": "john_doe/files", "parent": "0" * 24}, "not both"),
        ({}, "give a project or a parent"),
        ({"project": "no-slash"}, "owner/project"),
        ({"project": "john_doe/files", "names": "a.bam"}, "names"),
        ({"project": "john_doe/files", "tags": [1]}, "tags"),
        ({"project": "john_doe/files", "metadata": ["sample"]}, "metadata"),
        ({"project": "john_doe/files", "metadata": {"k": {"nested": 1}}}, "metadata"),
        ({"project": "john_doe/files", "limit": "ten"}, "limit"),
        ({"project": "john_doe/files", "cont_token": "init"}, "advance access"),
    ],
)
def test_query_restrictions_fail_before_any_request(
    api: sbg.Api, recorder: Recorder, kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(sbg.ValidationError, match=message):
        api.files.query(**kwargs)  # type: ignore[arg-type]
    assert recorder.sent == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"metadata": {"sample": "s1"}}, "metadata"),
        ({"offset": 0}, "offset"),
        ({"cont_token": ""}, "empty"),
    ],
)
def test_cont_token_restrictions_under_advance_access(
    api: sbg.Api, recorder: Recorder, kwargs: dict[str, object], message: str
) -> None:
    arguments: dict[str, object] = {"project": "john_doe/files", "cont_token": "init", **kwargs}
    with api.aa(), pytest.raises(sbg.ValidationError, match=message):
        api.files.query(**arguments)  # type: ignore[arg-type]
    assert recorder.sent == []


def test_cont_token_paging_follows_next_links(
    api: sbg.Api, project: sbg.Project, listed: dict[str, str], recorder: Recorder
) -> None:
    with api.aa():
        first = api.files.query(project=project, cont_token="init", limit=3)
        assert [f.name for f in first] == ["a.bam", "b.bam", "c.vcf"]
        assert first.has_next_page()
        second = first.next_page()
        assert [f.name for f in second] == ["d.txt"]
        assert not second.has_next_page()
        with pytest.raises(sbg.PaginationError):
            second.next_page()
        with pytest.raises(sbg.PaginationError):
            second.previous_page()
        everything = [
            f.name for f in api.files.query(project=project, cont_token="init", limit=1).all()
        ]
    assert everything == ["a.bam", "b.bam", "c.vcf", "d.txt"]
    assert recorder.sent[0].param("cont_token") == ["init"]
    followed = recorder.sent[1]
    assert followed.param("cont_token") not in ([], ["init"])
    assert followed.param("limit") == ["3"] and followed.param("offset") == []


def test_cont_token_with_advance_access_api(
    emulator: Emulator, project: sbg.Project, listed: dict[str, str]
) -> None:
    api = sbg.Api(url=emulator.url, token=emulator.token, error_handlers=[], advance_access=True)
    page = api.files.query(project=project.id, cont_token="init", names=["c.vcf", "d.txt"])
    assert [f.name for f in page.all()] == ["c.vcf", "d.txt"]


# ----------------------------------------------------------------- save


def test_metadata_edited_in_place_is_patched_with_the_changed_keys(
    api: sbg.Api, emulator: Emulator, project: sbg.Project, recorder: Recorder
) -> None:
    file_id = seed_file(
        emulator, project.id, "m.txt", metadata={"keep": "k", "change": 1, "drop": "x"}
    )
    file = api.files.get(file_id)
    file.metadata["change"] = 2
    del file.metadata["drop"]
    file.metadata["new"] = "n"
    assert file.dirty
    recorder.clear()
    file.save()
    patch = recorder.calls("PATCH")
    assert [(s.path, s.body) for s in patch] == [
        (f"/files/{file_id}/metadata", {"change": 2, "drop": None, "new": "n"})
    ]
    assert recorder.calls("PUT") == []
    assert server_record(emulator, file_id).metadata == {"keep": "k", "change": 2, "new": "n"}
    assert file.metadata == {"keep": "k", "change": 2, "new": "n"} and not file.dirty


def test_metadata_assigned_whole_is_replaced(
    api: sbg.Api, emulator: Emulator, project: sbg.Project, recorder: Recorder
) -> None:
    file_id = seed_file(emulator, project.id, "m.txt", metadata={"old": "o", "other": "x"})
    file = api.files.get(file_id)
    file.metadata = {"fresh": "f"}
    file.metadata["also"] = 1  # an edit after a wholesale assignment still replaces
    recorder.clear()
    file.save()
    puts = recorder.calls("PUT")
    assert [(s.path, s.body) for s in puts] == [
        (f"/files/{file_id}/metadata", {"fresh": "f", "also": 1})
    ]
    assert recorder.calls("PATCH") == []
    assert server_record(emulator, file_id).metadata == {"fresh": "f", "also": 1}
    # after a save, in-place edits are merged again
    file.metadata["later"] = True
    recorder.clear()
    file.save()
    assert [s.method for s in recorder.calls(path_prefix=f"/files/{file_id}/metadata")] == ["PATCH"]
    assert server_record(emulator, file_id).metadata == {"fresh": "f", "also": 1, "later": True}


def test_nested_metadata_edit_marks_the_key(
    api: sbg.Api, emulator: Emulator, project: sbg.Project, recorder: Recorder
) -> None:
    file_id = seed_file(emulator, project.id, "m.txt", metadata={"a": "1", "b": "2"})
    file = api.files.get(file_id)
    file.metadata.update({"a": "one"})
    recorder.clear()
    file.save()
    assert recorder.calls("PATCH")[0].body == {"a": "one"}


def test_tags_are_put_and_name_is_patched(
    api: sbg.Api, emulator: Emulator, project: sbg.Project, recorder: Recorder
) -> None:
    file_id = seed_file(emulator, project.id, "t.txt", tags=["one"], metadata={"m": "v"})
    file = api.files.get(file_id)
    assert file.tags is not None
    file.tags.append("two")
    recorder.clear()
    file.save()
    assert [(s.method, s.path, s.body) for s in recorder.sent[:1]] == [
        ("PUT", f"/files/{file_id}/tags", ["one", "two"])
    ]
    assert server_record(emulator, file_id).tags == ["one", "two"]

    file.name = "renamed.txt"
    file.tags = ["three"]
    recorder.clear()
    file.save()
    writes = [(s.method, s.path, s.body) for s in recorder.sent if s.method != "GET"]
    assert writes == [
        ("PUT", f"/files/{file_id}/tags", ["three"]),
        ("PATCH", f"/files/{file_id}", {"name": "renamed.txt"}),
    ]
    record = server_record(emulator, file_id)
    assert (record.name, record.tags, record.metadata) == ("renamed.txt", ["three"], {"m": "v"})
    assert file.name == "renamed.txt" and file.tags == ["three"]


def test_save_without_changes_and_save_not_in_place(
    api: sbg.Api, emulator: Emulator, project: sbg.Project
) -> None:
    file = api.files.get(seed_file(emulator, project.id, "s.txt"))
    with pytest.raises(sbg.ResourceNotModified):
        file.save()
    file.name = "copy-of-state.txt"
    saved = file.save(inplace=False)
    assert saved.name == "copy-of-state.txt" and saved == file


def test_reload_and_delete(api: sbg.Api, emulator: Emulator, project: sbg.Project) -> None:
    file_id = seed_file(emulator, project.id, "gone.txt")
    file = api.files.get(file_id)
    server_record(emulator, file_id).tags = ["changed-elsewhere"]
    file.name = "unsaved"
    assert file.reload().tags == ["changed-elsewhere"] and file.name == "gone.txt"
    file.delete()
    assert server_record(emulator, file_id) is None
    with pytest.raises(sbg.NotFound):
        file.reload()


# ----------------------------------------------------------------- copy, move, folders


def test_copy_copy_to_folder_and_move(
    api: sbg.Api, emulator: Emulator, project: sbg.Project
) -> None:
    group = api.billing_groups.query()[0]
    other = api.projects.create(name="other", billing_group=group)
    source = api.files.get(seed_file(emulator, project.id, "src.txt", content=b"x"))
    copied = source.copy(other, name="dst.txt")
    assert copied.project == other.id and copied.name == "dst.txt" and copied != source
    plain = source.copy(other.id)
    assert plain.name == "src.txt"
    folder = api.files.create_folder("here", project=project)
    in_folder = source.copy_to_folder(folder, name="c.txt")
    assert [f.name for f in folder.list_files()] == ["c.txt"]
    assert in_folder.parent == folder.id
    moved = source.move_to_folder(folder.id, name="moved.txt")
    assert moved.id == source.id and moved.parent == folder.id and moved.name == "moved.txt"
    assert sorted(f.name or "" for f in folder.list_files()) == ["c.txt", "moved.txt"]
    with pytest.raises(sbg.ValidationError):
        source.copy("no-slash")


def test_create_folder_and_its_exclusivity_errors(
    api: sbg.Api, project: sbg.Project, recorder: Recorder
) -> None:
    with pytest.raises(sbg.ValidationError, match="not both"):
        api.files.create_folder("x", parent="0" * 24, project=project)
    with pytest.raises(sbg.ValidationError, match="give a project or a parent"):
        api.files.create_folder("x")
    with pytest.raises(sbg.ValidationError, match="name"):
        api.files.create_folder("", project=project)
    assert recorder.sent == []
    top = api.files.create_folder("top", project=project)
    assert top.is_folder() and top.type == sbg.File.FOLDER_TYPE
    sub = api.files.create_folder("sub", parent=top)
    assert sub.parent == top.id and sub.project == project.id
    recorder.clear()
    api.files.create_folder("sub2", parent=top.id)
    assert recorder.sent[0].body == {"name": "sub2", "parent": top.id, "type": "FOLDER"}
    with pytest.raises(sbg.Conflict):
        api.files.create_folder("sub", parent=top)


def test_list_files_pages_and_refuses_files(
    api: sbg.Api, emulator: Emulator, project: sbg.Project, recorder: Recorder
) -> None:
    folder = api.files.create_folder("many", project=project)
    for i in range(5):
        seed_file(emulator, project.id, f"f{i}.txt", parent=folder.id)
    page = folder.list_files(limit=2)
    assert page.total == 5 and len(page) == 2
    assert [f.name for f in page.all()] == [f"f{i}.txt" for i in range(5)]
    assert [f.name for f in folder.list_files(offset=4)] == ["f4.txt"]
    with api.aa():
        scrolled = folder.list_files(cont_token="init", limit=2)
        assert [f.name for f in scrolled.all()] == [f"f{i}.txt" for i in range(5)]
    with pytest.raises(sbg.ValidationError, match="advance access"):
        folder.list_files(cont_token="init")
    a_file = page[0]
    recorder.clear()
    with pytest.raises(sbg.ValidationError, match="not a folder"):
        a_file.list_files()
    assert all(s.method == "GET" and "/list" not in s.path for s in recorder.sent)


# ----------------------------------------------------------------- search, download info


def test_search_pages_by_cont_token(
    api: sbg.Api, project: sbg.Project, listed: dict[str, str]
) -> None:
    query = "SELECT * FROM files WHERE tag = 'bam'"
    first = api.files.search(query, limit=1)
    assert isinstance(first, sbg.SearchResponse)
    assert first.count == 2 and first.cont_token
    assert [f.name for f in first.result_set] == ["a.bam"]
    assert isinstance(first.result_set[0], sbg.File)
    second = api.files.search(query, cont_token=first.cont_token, limit=1)
    assert [f.name for f in second.result_set] == ["b.bam"] and second.cont_token is None
    with pytest.raises(sbg.ValidationError):
        api.files.search("")


def test_download_info_and_content(api: sbg.Api, emulator: Emulator, project: sbg.Project) -> None:
    file = api.files.get(seed_file(emulator, project.id, "hello.txt", content="héllo".encode()))
    info = file.download_info()
    assert isinstance(info, sbg.DownloadInfo)
    assert info.url and info.url.startswith("http")
    assert file.content() == "héllo"
    folder = api.files.create_folder("nodl", project=project)
    with pytest.raises(sbg.BadRequest):
        folder.download_info()
