"""api.apps against the emulator: query, get, revisions, install from CWL (dict, JSON, YAML), copy,
sync, the lazy raw CWL, and malformed ids refused before any request."""

from __future__ import annotations

import json
import sys

import pytest
import sevenbridges as sbg
import yaml
from sevenbridges_emulator import Emulator

from .file_fixtures import Recorder
from .task_fixtures import FASTQC, PUBLIC, WORD_COUNT, cwl_tool, new_project


def test_query_public_total_and_all(api: sbg.Api) -> None:
    page = api.apps.query(visibility="public", limit=2)
    assert page.total == 4 and len(page) == 2
    ids = [app.id for app in page.all()]
    assert f"{WORD_COUNT}/1" in ids and f"{FASTQC}/0" in ids and len(ids) == 4
    found = api.apps.query(visibility="PUBLIC", q="fastqc")  # the case of the value is free
    assert [app.id for app in found] == [f"{FASTQC}/0"]


def test_query_by_project_and_id_sends_the_filters(api: sbg.Api) -> None:
    project = new_project(api)
    api.apps.install_app(f"{project.id}/cat", cwl_tool())
    recorder = Recorder(api)
    mine = api.apps.query(project=project)
    assert [a.id for a in mine] == [f"{project.id}/cat/0"]
    assert recorder.sent[-1].param("project") == [project.id]
    by_id = api.apps.query(id=f"{project.id}/cat")
    assert [a.id for a in by_id] == [f"{project.id}/cat/0"]
    assert recorder.sent[-1].param("id") == [f"{project.id}/cat"]


def test_get_latest_revision_and_get_revision(api: sbg.Api) -> None:
    latest = api.apps.get(WORD_COUNT)
    assert latest.id == f"{WORD_COUNT}/1" and latest.revision == 1
    assert latest.name == "Word Count" and latest.project == PUBLIC
    first = api.apps.get(f"{WORD_COUNT}/0")
    assert first.revision == 0
    assert api.apps.get_revision(WORD_COUNT, 0) == first
    assert api.apps.get_revision(latest, 0).revision == 0  # an App stands for its app
    with pytest.raises(sbg.NotFound):
        api.apps.get_revision(WORD_COUNT, 7)


def test_raw_is_a_dict_fetched_lazily_for_list_items(api: sbg.Api) -> None:
    item = next(a for a in api.apps.query(visibility="public") if a.id == f"{FASTQC}/0")
    recorder = Recorder(api)
    raw = item.raw
    assert isinstance(raw, dict) and raw["class"] == "CommandLineTool"
    assert raw["sbg:id"] == f"{FASTQC}/0"
    assert [s.path for s in recorder.sent] == [f"/apps/{FASTQC}/0"]  # one GET, of that revision
    assert item.raw == raw and len(recorder.sent) == 1  # not fetched twice


@pytest.mark.parametrize(
    "bad",
    ["owner/project", "a/b/c/d/e", "a//c", "a/b/../c", "a/b/c/latest", "a/b/c/-1", ""],
)
def test_malformed_app_ids_are_refused_before_any_request(api: sbg.Api, bad: str) -> None:
    recorder = Recorder(api)
    with pytest.raises(sbg.ValidationError) as caught:
        api.apps.get(bad)
    if bad:
        assert repr(bad) in str(caught.value)
    with pytest.raises(sbg.ValidationError):
        api.apps.query(id=bad)
    assert recorder.sent == []


def test_install_from_a_dict_a_json_string_and_a_yaml_string(api: sbg.Api) -> None:
    project = new_project(api)
    from_dict = api.apps.install_app(f"{project.id}/cat", cwl_tool("Cat"))
    assert from_dict.id == f"{project.id}/cat/0" and from_dict.revision == 0
    assert from_dict.raw is not None and from_dict.raw["label"] == "Cat"
    assert from_dict.name == "Cat"  # not in the answer: fetched on first read
    from_json = api.apps.install_app(
        f"{project.id}/json-tool", json.dumps(cwl_tool("J")), raw_format=sbg.AppRawFormat.JSON
    )
    assert from_json.raw is not None and from_json.raw["label"] == "J"
    from_yaml = api.apps.install_app(
        f"{project.id}/yaml-tool", yaml.safe_dump(cwl_tool("Y")), raw_format=sbg.AppRawFormat.YAML
    )
    assert api.apps.get(f"{project.id}/yaml-tool").raw["label"] == "Y"  # type: ignore[index]
    guessed = api.apps.install_app(f"{project.id}/guess", yaml.safe_dump(cwl_tool("G")))
    assert guessed.revision == 0 and from_yaml.revision == 0
    # Installing again adds the next revision.
    again = api.apps.install_app(f"{project.id}/cat", cwl_tool("Cat 2"))
    assert again.id == f"{project.id}/cat/1"


def test_install_refuses_bad_input_before_any_request(api: sbg.Api) -> None:
    project = new_project(api)
    recorder = Recorder(api)
    with pytest.raises(sbg.ValidationError, match="not valid JSON"):
        api.apps.install_app(f"{project.id}/x", "class: CommandLineTool", raw_format="json")
    with pytest.raises(sbg.ValidationError, match="raw_format"):
        api.apps.install_app(f"{project.id}/x", "{}", raw_format="xml")
    with pytest.raises(sbg.ValidationError, match="must be an object"):
        api.apps.install_app(f"{project.id}/x", "[1, 2]")
    with pytest.raises(sbg.ValidationError, match="raw must be"):
        api.apps.install_app(f"{project.id}/x", 42)
    with pytest.raises(sbg.ValidationError, match="without a revision"):
        api.apps.install_app(f"{project.id}/x/3", cwl_tool())
    assert recorder.sent == []
    with pytest.raises(sbg.BadRequest, match="class"):
        api.apps.install_app(f"{project.id}/x", {"cwlVersion": "v1.0"})


def test_yaml_without_pyyaml_is_a_clear_error(
    api: sbg.Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = new_project(api)
    monkeypatch.setitem(sys.modules, "yaml", None)  # as if PyYAML were not installed
    recorder = Recorder(api)
    with pytest.raises(sbg.ValidationError, match="needs PyYAML"):
        api.apps.install_app(f"{project.id}/y", "class: CommandLineTool", raw_format="yaml")
    assert recorder.sent == []
    installed = api.apps.install_app(f"{project.id}/j", json.dumps(cwl_tool("J")))  # JSON still
    assert installed.revision == 0


def test_create_revision(api: sbg.Api) -> None:
    project = new_project(api)
    app = api.apps.install_app(f"{project.id}/cat", cwl_tool())
    second = api.apps.create_revision(f"{project.id}/cat", 1, cwl_tool("Second"))
    assert second.id == f"{project.id}/cat/1" and second.raw["label"] == "Second"  # type: ignore[index]
    third = api.apps.create_revision(app, 2, yaml.safe_dump(cwl_tool("Third")), raw_format="yaml")
    assert third.revision == 2
    with pytest.raises(sbg.Conflict):
        api.apps.create_revision(f"{project.id}/cat", 1, cwl_tool())
    with pytest.raises(sbg.ValidationError, match="revision"):
        api.apps.create_revision(f"{project.id}/cat", -3, cwl_tool())


def test_copy_with_name_and_strategy_and_use_revision(api: sbg.Api) -> None:
    project = new_project(api)
    recorder = Recorder(api)
    source = api.apps.get(f"{WORD_COUNT}/0")
    copy = source.copy(project, name="Counter", strategy=sbg.AppCopyStrategy.DIRECT)
    assert copy.id == f"{project.id}/counter/0" and copy.name == "Counter"
    sent = recorder.sent[-1]
    assert sent.path == f"/apps/{WORD_COUNT}/actions/copy"
    assert sent.body == {"project": project.id, "name": "Counter", "strategy": "direct"}
    pinned = source.copy(project.id, name="Pinned", use_revision=True)
    assert recorder.sent[-1].path == f"/apps/{WORD_COUNT}/0/actions/copy"
    assert recorder.sent[-1].body == {"project": project.id, "name": "Pinned", "use_revision": True}
    assert pinned.raw["sbg:copyOf"] == f"{WORD_COUNT}/0"  # type: ignore[index]
    with pytest.raises(sbg.ValidationError, match="strategy"):
        source.copy(project, strategy="deep")
    with pytest.raises(sbg.Conflict):
        source.copy(project, name="Counter")


def test_sync_pulls_the_source_revisions(api: sbg.Api) -> None:
    first, second = new_project(api, "First"), new_project(api, "Second")
    api.apps.install_app(f"{first.id}/cat", cwl_tool("v0"))
    original = api.apps.get(f"{first.id}/cat")
    clone = original.copy(second, strategy="clone")
    direct = original.copy(second, name="direct", strategy="direct")
    api.apps.create_revision(f"{first.id}/cat", 1, cwl_tool("v1"))
    synced = clone.sync()
    assert synced.revision == 1 and synced.raw["label"] == "v1"  # type: ignore[index]
    with pytest.raises(sbg.BadRequest, match="not a copy that takes updates"):
        direct.sync()


def test_apps_of_a_project(api: sbg.Api, emulator: Emulator) -> None:
    project = new_project(api)
    api.apps.install_app(f"{project.id}/one", cwl_tool())
    api.apps.install_app(f"{project.id}/two", cwl_tool())
    assert sorted(a.id for a in project.get_apps()) == [
        f"{project.id}/one/0",
        f"{project.id}/two/0",
    ]
