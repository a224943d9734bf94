"""Items of listings and bulk answers build their generated model when a field other than the id
is first read: the values are the same as an eagerly parsed resource's, ids and equality cost no
parsing, and concurrent first reads agree on one model."""

from __future__ import annotations

import json
import threading
from datetime import datetime

import pytest
import sevenbridges as sbg
from pytest_httpserver import HTTPServer
from sevenbridges_api.models.file_object import FileObject
from sevenbridges_emulator import Emulator

from .file_fixtures import seed_file


def _parsed(resource: object) -> bool:
    return "_parsed" in vars(resource)


@pytest.fixture
def files(api: sbg.Api, emulator: Emulator) -> list[str]:
    project = api.projects.create(name="Deferred", billing_group=api.billing_groups.query()[0])
    return [seed_file(emulator, project.id, f"f{n}.txt", content=b"deferred\n") for n in range(5)]


def test_listed_items_read_ids_without_parsing_and_fields_as_get_does(
    api: sbg.Api, files: list[str]
) -> None:
    listed = list(api.files.query(project="john_doe/deferred").all())
    assert [f.id for f in listed] == files
    assert not any(_parsed(f) for f in listed)  # ids, hashing and equality read the answer
    assert listed[0] == api.files.get(files[0]) and len(set(listed)) == len(files)
    assert not any(_parsed(f) for f in listed)
    fetched = api.files.get(files[1])
    assert isinstance(listed[1].created_on, datetime)
    assert _parsed(listed[1]) and not _parsed(listed[2])
    for name in ("name", "size", "project", "parent", "created_on", "modified_on", "type"):
        assert getattr(listed[1], name) == getattr(fetched, name), name
    assert listed[1].storage.type == fetched.storage.type
    # The same answer parsed eagerly by the generated model gives the same dict.
    answer = api.call("list_files", project="john_doe/deferred", raw=True)
    eager = FileObject.from_dict(json.loads(answer.content)["items"][2])
    assert listed[2].to_dict() == eager.to_dict() and listed[2].name == "f2.txt"


def test_bulk_records_defer_parsing_and_keep_fields(api: sbg.Api, files: list[str]) -> None:
    records = api.files.bulk_get([*files, "0" * 24])
    assert [r.valid for r in records] == [True] * 5 + [False]
    assert isinstance(records[-1].error, sbg.NotFound)
    resources = [r.resource for r in records[:-1]]
    assert [f.id for f in resources] == files and not any(_parsed(f) for f in resources)
    assert repr(resources[0]) == f"<File: id={files[0]!r}>"
    assert resources[0].name == "f0.txt" and resources[0].size == len(b"deferred\n")


def test_concurrent_first_reads_agree_on_one_model(api: sbg.Api, files: list[str]) -> None:
    (item,) = api.files.bulk_get(files[:1])
    resource = item.resource
    barrier = threading.Barrier(8)
    seen: list[object] = []

    def read() -> None:
        barrier.wait()
        assert resource.name == "f0.txt"
        seen.append(resource._model)

    threads = [threading.Thread(target=read) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 8 and all(model is seen[0] for model in seen)


def test_unknown_fields_of_a_listed_item_are_readable(httpserver: HTTPServer) -> None:
    item = {"id": "o/p", "name": "P", "storage_class": "cold"}
    httpserver.expect_request("/v2/projects", method="GET").respond_with_json(
        {"items": [item], "links": [], "href": "x"}
    )
    api = sbg.Api(url=httpserver.url_for("/v2"), token="t0k3n", error_handlers=[])
    (project,) = api.projects.query()
    assert project.id == "o/p" and not _parsed(project)
    assert project.storage_class == "cold" and project.field("storage_class") == "cold"
    with pytest.raises(sbg.ReadOnlyPropertyError):
        project.storage_class = "hot"


def test_a_list_answer_that_is_not_a_list_of_objects_is_a_clear_error(
    httpserver: HTTPServer,
) -> None:
    httpserver.expect_request("/v2/projects", method="GET").respond_with_json(
        {"items": ["o/p"], "links": []}
    )
    api = sbg.Api(url=httpserver.url_for("/v2"), token="t0k3n", error_handlers=[])
    with pytest.raises(sbg.SbgError, match="Unexpected list response"):
        api.projects.query()
    httpserver.clear()
    httpserver.expect_request("/v2/projects", method="GET").respond_with_data("<html>oops</html>")
    with pytest.raises(sbg.NonJSONResponseError, match="oops"):
        api.projects.query()
