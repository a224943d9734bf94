"""Files and folders: the store's rules, listing (scope, filters, both paging styles), one file's
details, metadata and tags, folders, copy, move, download URLs."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from emu_helpers import assert_error
from files_helpers import AA, add_file, foreign_project, make_folder, names, root_of
from sevenbridges_emulator import Emulator
from sevenbridges_emulator.errors import ApiError
from sevenbridges_emulator.state import Permissions

FILE_KEYS = {
    "href",
    "id",
    "name",
    "type",
    "project",
    "parent",
    "size",
    "created_on",
    "modified_on",
    "storage",
    "origin",
    "tags",
    "metadata",
    "secondary_files",
}


@pytest.fixture
def pid(project: dict[str, Any]) -> str:
    return str(project["id"])


# -- the store -------------------------------------------------------------------------------


def test_store_puts_files_in_a_lazily_made_root_folder(emu: Emulator, pid: str) -> None:
    file_id = add_file(emu, pid, "a.txt", content=b"abc")
    with emu.state.lock:
        files = emu.state.files
        record = files.get(file_id)
        assert record is not None
        assert record.parent == emu.state.projects[pid].root_folder
        root = files.get(record.parent)
        assert root is not None and root.type == "folder" and root.parent is None
        rendered = files.render(record)
    assert set(rendered) == FILE_KEYS
    assert rendered["href"] == f"{emu.url}/files/{file_id}"
    assert len(file_id) == 24 and int(file_id, 16) >= 0
    assert rendered["size"] == 3 and rendered["type"] == "file"
    assert rendered["storage"]["type"] == "PLATFORM"


def store_error(emu: Emulator, **kwargs: Any) -> ApiError:
    arguments: dict[str, Any] = {"parent_id": None, "name": "x", "size": 0, "blob": None} | kwargs
    with emu.state.lock, pytest.raises(ApiError) as caught:
        emu.state.files.add_file(**arguments)
    return caught.value


def test_store_refuses_bad_names_and_places(emu: Emulator, pid: str) -> None:
    file_id = add_file(emu, pid, "taken.txt")
    assert store_error(emu, project_id="john_doe/nope").code == 3002
    assert store_error(emu, project_id=pid, parent_id="0" * 24).code == 5026
    assert store_error(emu, project_id=pid, parent_id=file_id).code == 5022
    for bad in ("", "a/b", "..", "x" * 256):
        assert store_error(emu, project_id=pid, name=bad).code == 5024
    taken = store_error(emu, project_id=pid, name="taken.txt")
    assert (taken.status, taken.code) == (409, 5003)


def test_store_overwrite_replaces_the_file(emu: Emulator, pid: str, client: httpx.Client) -> None:
    old = add_file(emu, pid, "same.txt", metadata={"k": "v"}, tags=["t"])
    make_folder(client, "dir", project=pid)
    with emu.state.lock:
        new = emu.state.files.add_file(
            project_id=pid, parent_id=None, name="same.txt", size=9, blob=None, overwrite=True
        )
        assert new.id != old and emu.state.files.get(old) is None
        assert new.metadata == {} and new.tags == [] and new.size == 9
    folder_clash = store_error(emu, project_id=pid, name="dir", overwrite=True)
    assert (folder_clash.status, folder_clash.code) == (409, 5030)


# -- listing ---------------------------------------------------------------------------------


def test_project_listing_shows_the_root_only(client: httpx.Client, emu: Emulator, pid: str) -> None:
    add_file(emu, pid, "a.txt")
    folder = make_folder(client, "dir", project=pid)
    add_file(emu, pid, "inner.txt", parent=folder)
    response = client.get("/files", params={"project": pid})
    assert names(response) == ["a.txt", "dir"]
    assert response.headers["X-Total-Matching-Query"] == "2"
    item = response.json()["items"][1]
    assert set(item) == {"href", "id", "name", "type", "project", "parent"}
    assert item["type"] == "folder" and item["parent"] == root_of(emu, pid)
    assert names(client.get("/files", params={"parent": folder})) == ["inner.txt"]
    full = client.get("/files", params={"project": pid, "fields": "_all"}).json()["items"][0]
    assert set(full) == FILE_KEYS
    picked = client.get("/files", params={"project": pid, "fields": "name,size"}).json()
    assert picked["items"][0] == {
        "href": full["href"],
        "id": full["id"],
        "name": "a.txt",
        "size": 0,
    }


def test_project_alias_lists_the_same(client: httpx.Client, emu: Emulator, pid: str) -> None:
    add_file(emu, pid, "a.txt")
    root = root_of(emu, pid)
    assert names(client.get(f"/files/{root}/list")) == ["a.txt"]


def test_offset_paging_and_hrefs(client: httpx.Client, emu: Emulator, pid: str) -> None:
    for n in range(5):
        add_file(emu, pid, f"f{n}.txt")
    first = client.get("/files", params={"project": pid, "limit": 2})
    assert names(first) == ["f0.txt", "f1.txt"]
    links = first.json()["links"]
    assert [link["rel"] for link in links] == ["next"]
    second = client.get(links[0]["href"])
    assert names(second) == ["f2.txt", "f3.txt"]
    assert second.headers["X-Total-Matching-Query"] == "5"
    assert {link["rel"] for link in second.json()["links"]} == {"next", "prev"}
    again = client.get(second.json()["href"])
    assert again.json() == second.json()


@pytest.mark.parametrize(
    ("params", "status", "code"),
    [
        ({}, 400, 5029),
        ({"project": "john_doe/x", "parent": "0" * 24}, 400, 5031),
        ({"project": "no-slash"}, 400, 5005),
        ({"project": "john_doe/nope"}, 404, 3002),
        ({"parent": "0" * 24}, 404, 5002),
    ],
)
def test_listing_scope_errors(
    client: httpx.Client, params: dict[str, str], status: int, code: int
) -> None:
    assert_error(client.get("/files", params=params), status, code)


def test_listing_needs_membership_and_a_folder(
    client: httpx.Client, emu: Emulator, bg_id: str, pid: str
) -> None:
    theirs = foreign_project(emu, bg_id)
    assert_error(client.get("/files", params={"project": theirs}), 403, 3001)
    their_file = add_file(emu, theirs, "secret.txt")
    assert_error(client.get("/files", params={"parent": their_file}), 403, 5001)
    mine = add_file(emu, pid, "plain.txt")
    assert_error(client.get("/files", params={"parent": mine}), 400, 5022)
    assert_error(client.get(f"/files/{mine}/list"), 400, 5022)


def test_filters_or_within_and_across(client: httpx.Client, emu: Emulator, pid: str) -> None:
    add_file(emu, pid, "a", metadata={"sample": "s1", "lane": 1}, tags=["x"])
    add_file(emu, pid, "b", metadata={"sample": "s2", "lane": 1}, tags=["y"])
    add_file(emu, pid, "c", metadata={"sample": "s1", "lane": 2}, tags=["x", "y"])
    add_file(emu, pid, "d", origin={"task": "t-1"})

    def listed(query: list[tuple[str, str]]) -> list[str]:
        return names(client.get("/files", params=[("project", pid), *query]))

    assert listed([("name", "a"), ("name", "c")]) == ["a", "c"]
    assert listed([("tag", "y")]) == ["b", "c"]
    assert listed([("tag", "x"), ("tag", "y")]) == ["a", "b", "c"]
    assert listed([("metadata.sample", "s1")]) == ["a", "c"]
    assert listed([("metadata.sample", "s1"), ("metadata.sample", "s2")]) == ["a", "b", "c"]
    assert listed([("metadata.sample", "s1"), ("metadata.lane", "1")]) == ["a"]
    assert listed([("metadata.sample", "s1"), ("tag", "y")]) == ["c"]
    assert listed([("name", "a"), ("tag", "y")]) == []
    assert listed([("origin.task", "t-1")]) == ["d"]
    total = client.get("/files", params=[("project", pid), ("tag", "x")])
    assert total.headers["X-Total-Matching-Query"] == "2"


def test_dataset_listing_needs_advance_access(
    client: httpx.Client, emu: Emulator, pid: str
) -> None:
    with emu.state.lock:
        dataset = emu.state.datasets.add("john_doe", "My Data")
    add_file(emu, pid, "in-set", origin={"dataset": dataset.id})
    add_file(emu, pid, "other")
    assert_error(client.get("/files", params={"dataset": dataset.id}), 403, 90002)
    response = client.get("/files", params={"dataset": dataset.id}, headers=AA)
    assert names(response) == ["in-set"]
    assert response.json()["items"][0]["dataset"] == dataset.id
    with_project = client.get("/files", params={"project": pid, "dataset": dataset.id}, headers=AA)
    assert names(with_project) == ["in-set"]
    missing = client.get("/files", params={"dataset": "john_doe/none"}, headers=AA)
    assert_error(missing, 404, 90003)


# -- continuation tokens ---------------------------------------------------------------------


def walk_pages(client: httpx.Client, url: str, params: dict[str, Any]) -> list[list[str]]:
    pages = []
    response = client.get(url, params=params, headers=AA)
    while True:
        pages.append(names(response))
        assert response.headers["X-Total-Matching-Query"].isdigit()
        nexts = [link for link in response.json()["links"] if link["rel"] == "next"]
        assert all(link["rel"] == "next" for link in response.json()["links"])
        if not nexts:
            return pages
        response = client.get(nexts[0]["href"], headers=AA)


@pytest.mark.parametrize("path", ["/files/scroll", "/files"])
def test_cont_token_paging(client: httpx.Client, emu: Emulator, pid: str, path: str) -> None:
    for n in range(5):
        add_file(emu, pid, f"f{n}", tags=["keep"] if n != 2 else [])
    pages = walk_pages(
        client, path, {"project": pid, "tag": "keep", "limit": 2, "cont_token": "init"}
    )
    assert pages == [["f0", "f1"], ["f3", "f4"]]


def test_cont_token_paging_survives_inserts(client: httpx.Client, emu: Emulator, pid: str) -> None:
    for n in range(3):
        add_file(emu, pid, f"f{n}")
    first = client.get(
        "/files/scroll", params={"project": pid, "limit": 2, "cont_token": "init"}, headers=AA
    )
    add_file(emu, pid, "late")
    second = client.get(first.json()["links"][0]["href"], headers=AA)
    assert names(second) == ["f2", "late"]


def test_folder_scroll(client: httpx.Client, emu: Emulator, pid: str) -> None:
    folder = make_folder(client, "dir", project=pid)
    for n in range(3):
        add_file(emu, pid, f"f{n}", parent=folder)
    params = {"limit": 2, "cont_token": "init"}
    assert walk_pages(client, f"/files/{folder}/scroll", params) == [["f0", "f1"], ["f2"]]
    assert walk_pages(client, f"/files/{folder}/list", params) == [["f0", "f1"], ["f2"]]


def test_cont_token_rules(client: httpx.Client, pid: str) -> None:
    start = {"project": pid, "cont_token": "init"}
    assert_error(client.get("/files/scroll", params=start), 403, 90002)
    assert_error(client.get("/files", params=start), 403, 90002)
    with_offset = client.get("/files/scroll", params=start | {"offset": 0}, headers=AA)
    assert_error(with_offset, 400, 90000)
    with_metadata = client.get("/files", params=start | {"metadata.k": "v"}, headers=AA)
    assert_error(with_metadata, 400, 90000)
    bogus = client.get("/files/scroll", params={"project": pid, "cont_token": "!!"}, headers=AA)
    assert_error(bogus, 400, 90000)


# -- one file --------------------------------------------------------------------------------


def test_get_file(client: httpx.Client, emu: Emulator, pid: str) -> None:
    file_id = add_file(emu, pid, "a.txt", content=b"hello", metadata={"k": "v"}, tags=["t"])
    plain = client.get(f"/files/{file_id}").json()
    assert "parent" not in plain and set(plain) == FILE_KEYS - {"parent"}
    assert plain["metadata"] == {"k": "v"} and plain["tags"] == ["t"] and plain["size"] == 5
    advanced = client.get(f"/files/{file_id}", headers=AA).json()
    assert advanced["parent"] == root_of(emu, pid)
    picked = client.get(f"/files/{file_id}", params={"fields": "name,!href"}).json()
    assert picked == {"id": file_id, "name": "a.txt"}
    assert_error(client.get(f"/files/{'0' * 24}"), 404, 5002)


def test_files_of_deleted_projects_are_gone(client: httpx.Client, emu: Emulator, pid: str) -> None:
    file_id = add_file(emu, pid, "a.txt")
    assert client.delete(f"/projects/{pid}").status_code == 204
    assert_error(client.get(f"/files/{file_id}"), 404, 5002)


def test_permissions_on_one_file(client: httpx.Client, emu: Emulator, bg_id: str) -> None:
    outsider = add_file(emu, foreign_project(emu, bg_id), "theirs.txt")
    assert_error(client.get(f"/files/{outsider}"), 403, 5001)
    reader_project = foreign_project(emu, bg_id, Permissions(read=True))
    readable = add_file(emu, reader_project, "readable.txt", content=b"x")
    assert client.get(f"/files/{readable}").status_code == 200
    assert_error(client.patch(f"/files/{readable}", json={"name": "n"}), 403, 5001)
    assert_error(client.delete(f"/files/{readable}"), 403, 5001)
    assert_error(client.put(f"/files/{readable}/tags", json=["a"]), 403, 5001)
    assert_error(client.patch(f"/files/{readable}/metadata", json={"a": "b"}), 403, 5001)
    assert_error(client.get(f"/files/{readable}/download_info"), 403, 5014)
    copy = client.post(f"/files/{readable}/actions/copy", json={"project": reader_project})
    assert_error(copy, 403, 5014)


def test_patch_merges_and_put_replaces(client: httpx.Client, emu: Emulator, pid: str) -> None:
    file_id = add_file(emu, pid, "a.txt", metadata={"keep": "1", "drop": "2"}, tags=["t"])
    patched = client.patch(
        f"/files/{file_id}", json={"name": "b.txt", "metadata": {"new": 3, "drop": None}}
    )
    assert patched.status_code == 200, patched.text
    body = patched.json()
    assert body["name"] == "b.txt" and body["tags"] == ["t"]
    assert body["metadata"] == {"keep": "1", "new": 3}
    assert names(client.get("/files", params={"project": pid})) == ["b.txt"]
    replaced = client.put(f"/files/{file_id}", json={"tags": ["only"]}).json()
    assert replaced["name"] == "b.txt" and replaced["tags"] == ["only"]
    assert replaced["metadata"] == {}


def test_edit_errors(client: httpx.Client, emu: Emulator, pid: str) -> None:
    file_id = add_file(emu, pid, "a.txt")
    add_file(emu, pid, "b.txt")
    folder = make_folder(client, "dir", project=pid)
    assert_error(client.patch(f"/files/{file_id}", json={"name": "b.txt"}), 409, 5003)
    assert_error(client.patch(f"/files/{file_id}", json={"name": "x/y"}), 400, 5024)
    assert_error(client.patch(f"/files/{file_id}", json={"size": 3}), 400, 90000)
    assert_error(client.patch(f"/files/{file_id}", json={"tags": "t"}), 400, 90000)
    assert_error(client.patch(f"/files/{file_id}", json={"metadata": [1]}), 400, 5006)
    assert_error(client.patch(f"/files/{folder}", json={"name": "d2"}), 400, 5023)
    assert_error(client.put(f"/files/{folder}", json={"tags": []}), 400, 5027)
    assert_error(client.patch(f"/files/{folder}", json={"metadata": {}}), 400, 5025)
    assert client.get(f"/files/{file_id}").json()["name"] == "a.txt"


def test_delete(client: httpx.Client, emu: Emulator, pid: str) -> None:
    folder = make_folder(client, "dir", project=pid)
    inner = add_file(emu, pid, "inner", parent=folder)
    assert_error(client.delete(f"/files/{folder}"), 400, 5021)
    response = client.delete(f"/files/{inner}")
    assert response.status_code == 204 and response.content == b""
    assert_error(client.get(f"/files/{inner}"), 404, 5002)
    assert client.delete(f"/files/{folder}").status_code == 204
    assert_error(client.delete(f"/files/{root_of(emu, pid)}"), 403, 5001)


# -- metadata and tags -----------------------------------------------------------------------


def test_metadata_calls(client: httpx.Client, emu: Emulator, pid: str) -> None:
    file_id = add_file(emu, pid, "a.txt", metadata={"a": "1"})
    url = f"/files/{file_id}/metadata"
    assert client.get(url).json() == {"a": "1"}
    assert client.patch(url, json={"b": 2, "a": None}).json() == {"b": 2}
    assert client.put(url, json={"c": True}).json() == {"c": True}
    assert client.get(f"/files/{file_id}").json()["metadata"] == {"c": True}
    assert_error(client.put(url, json=["x"]), 400, 90000)
    assert_error(client.patch(url, json={"nested": {"x": 1}}), 400, 5006)
    assert_error(client.patch(url, json={"": "x"}), 400, 5035)
    folder = make_folder(client, "dir", project=pid)
    assert_error(client.patch(f"/files/{folder}/metadata", json={"a": "b"}), 400, 5025)


def test_tags_call(client: httpx.Client, emu: Emulator, pid: str) -> None:
    file_id = add_file(emu, pid, "a.txt", tags=["old"])
    assert client.put(f"/files/{file_id}/tags", json=["x", "y"]).json() == ["x", "y"]
    assert client.get(f"/files/{file_id}").json()["tags"] == ["x", "y"]
    assert_error(client.put(f"/files/{file_id}/tags", json={"tags": []}), 400, 90000)
    folder = make_folder(client, "dir", project=pid)
    assert_error(client.put(f"/files/{folder}/tags", json=["x"]), 400, 5027)


# -- folders ---------------------------------------------------------------------------------


def test_create_folders(client: httpx.Client, emu: Emulator, pid: str) -> None:
    response = client.post("/files", json={"name": "top", "project": pid, "type": "FOLDER"})
    assert response.status_code == 201
    top = response.json()
    assert top["type"] == "folder" and top["parent"] == root_of(emu, pid)
    assert top["href"] == f"{emu.url}/files/{top['id']}"
    inner = client.post("/files", json={"name": "inner", "parent": top["id"], "type": "folder"})
    assert inner.status_code == 201 and inner.json()["project"] == pid
    assert names(client.get(f"/files/{top['id']}/list")) == ["inner"]


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"name": "d"}, 400, 5012),
        ({"name": "d", "type": "FILE"}, 400, 5012),
        ({"name": "d", "type": "FOLDER"}, 400, 5029),
        ({"name": "d", "type": "FOLDER", "parent": "0" * 24, "project": "PID"}, 400, 5031),
        ({"name": "__d", "type": "FOLDER", "project": "PID"}, 400, 5024),
        ({"name": "a/b", "type": "FOLDER", "project": "PID"}, 400, 5024),
        ({"name": "taken", "type": "FOLDER", "project": "PID"}, 409, 5030),
        ({"name": "d", "type": "FOLDER", "parent": "0" * 24}, 404, 5026),
        ({"name": "d", "type": "FOLDER", "project": "bad"}, 400, 5005),
    ],
)
def test_create_folder_errors(
    client: httpx.Client, pid: str, body: dict[str, str], status: int, code: int
) -> None:
    make_folder(client, "taken", project=pid)
    body = {key: pid if value == "PID" else value for key, value in body.items()}
    assert_error(client.post("/files", json=body), status, code)


def test_create_folder_needs_write(client: httpx.Client, emu: Emulator, bg_id: str) -> None:
    reader_project = foreign_project(emu, bg_id, Permissions(read=True))
    body = {"name": "d", "type": "FOLDER", "project": reader_project}
    assert_error(client.post("/files", json=body), 403, 5001)
    file_id = add_file(emu, reader_project, "f")
    body = {"name": "d", "type": "FOLDER", "parent": file_id}
    assert_error(client.post("/files", json=body), 400, 5022)


# -- copy and move ---------------------------------------------------------------------------


def test_copy_to_project_and_folder(
    client: httpx.Client, emu: Emulator, pid: str, bg_id: str
) -> None:
    source = add_file(emu, pid, "a.txt", content=b"data", metadata={"k": "v"}, tags=["t"])
    other = client.post("/projects", json={"name": "Other", "billing_group": bg_id}).json()["id"]
    copied = client.post(f"/files/{source}/actions/copy", json={"project": other})
    assert copied.status_code == 201, copied.text
    body = copied.json()
    assert body["id"] != source and body["project"] == other and body["name"] == "a.txt"
    assert body["metadata"] == {"k": "v"} and body["tags"] == ["t"] and body["size"] == 4
    with emu.state.lock:
        assert emu.state.files.records[body["id"]].blob == emu.state.files.records[source].blob
    folder = make_folder(client, "dir", project=pid)
    into = client.post(f"/files/{source}/actions/copy", json={"parent": folder, "name": "b.txt"})
    assert into.json()["parent"] == folder and into.json()["name"] == "b.txt"
    same_place = client.post(f"/files/{source}/actions/copy", json={"project": pid})
    assert same_place.json()["name"] == "_1_a.txt"
    assert_error(client.post(f"/files/{folder}/actions/copy", json={"project": pid}), 400, 5018)
    both = {"project": pid, "parent": folder}
    assert_error(client.post(f"/files/{source}/actions/copy", json=both), 400, 5031)
    assert_error(client.post(f"/files/{source}/actions/copy", json={}), 400, 5029)


def test_copy_needs_write_in_the_destination(
    client: httpx.Client, emu: Emulator, pid: str, bg_id: str
) -> None:
    source = add_file(emu, pid, "a.txt")
    reader_project = foreign_project(emu, bg_id, Permissions(read=True))
    to_reader = client.post(f"/files/{source}/actions/copy", json={"project": reader_project})
    assert_error(to_reader, 403, 5001)


def test_move_to_folder(client: httpx.Client, emu: Emulator, pid: str, bg_id: str) -> None:
    file_id = add_file(emu, pid, "a.txt")
    folder = make_folder(client, "dir", project=pid)
    moved = client.post(f"/files/{file_id}/actions/move", json={"parent": folder, "name": "b"})
    assert moved.status_code == 200, moved.text
    assert moved.json()["id"] == file_id and moved.json()["parent"] == folder
    assert names(client.get("/files", params={"project": pid})) == ["dir"]
    assert names(client.get(f"/files/{folder}/list")) == ["b"]
    other = client.post("/projects", json={"name": "Other", "billing_group": bg_id}).json()["id"]
    elsewhere = make_folder(client, "there", project=other)
    move = f"/files/{file_id}/actions/move"
    assert_error(client.post(move, json={"parent": elsewhere}), 400, 5015)
    assert_error(client.post(move, json={}), 400, 5029)
    plain = add_file(emu, pid, "plain")
    assert_error(client.post(move, json={"parent": plain}), 400, 5022)
    reader_project = foreign_project(emu, bg_id, Permissions(read=True))
    theirs = add_file(emu, reader_project, "theirs")
    their_root = root_of(emu, reader_project)
    assert_error(
        client.post(f"/files/{theirs}/actions/move", json={"parent": their_root}), 403, 5032
    )


# -- download --------------------------------------------------------------------------------


def test_download_info(client: httpx.Client, emu: Emulator, pid: str) -> None:
    file_id = add_file(emu, pid, "a.txt", content=b"file content")
    response = client.get(f"/files/{file_id}/download_info")
    assert response.status_code == 200, response.text
    url = response.json()["url"]
    assert set(response.json()) == {"url"} and url.startswith("http://127.0.0.1:")
    assert emu.url not in url
    assert httpx.get(url, timeout=10).content == b"file content"
    folder = make_folder(client, "dir", project=pid)
    assert_error(client.get(f"/files/{folder}/download_info"), 400, 5017)
    empty = add_file(emu, pid, "no-content")
    assert_error(client.get(f"/files/{empty}/download_info"), 404, 5002)
    copied = client.post(f"/files/{file_id}/actions/copy", json={"project": pid}).json()
    copy_url = client.get(f"/files/{copied['id']}/download_info").json()["url"]
    assert httpx.get(copy_url, timeout=10).content == b"file content"
