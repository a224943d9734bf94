"""Files, many at a time: the copy action, bulk get/update/edit/delete, asynchronous copy/move/delete
jobs, and search."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from emu_helpers import assert_error
from files_helpers import add_file, foreign_project, make_folder, names, root_of
from sevenbridges_emulator import Emulator
from sevenbridges_emulator.state import Permissions

MISSING = "0" * 24


@pytest.fixture
def pid(project: dict[str, Any]) -> str:
    return str(project["id"])


@pytest.fixture
def other(client: httpx.Client, bg_id: str) -> str:
    response = client.post("/projects", json={"name": "Other", "billing_group": bg_id})
    return str(response.json()["id"])


# -- the copy action -------------------------------------------------------------------------


def test_copy_action(client: httpx.Client, emu: Emulator, pid: str, other: str) -> None:
    a = add_file(emu, pid, "a.txt")
    b = add_file(emu, pid, "b.txt")
    folder = make_folder(client, "dir", project=pid)
    response = client.post(
        "/action/files/copy", json={"project": other, "file_ids": [a, b, MISSING, folder]}
    )
    assert response.status_code == 200, response.text
    outcome = response.json()
    assert list(outcome) == [a, b, MISSING, folder]
    assert outcome[a]["new_file_name"] == "a.txt" and outcome[a]["new_file_id"] != a
    assert outcome[MISSING] == {
        "status": 404,
        "code": 5002,
        "message": f"File '{MISSING}' does not exist.",
    }
    assert outcome[folder]["code"] == 5018
    assert names(client.get("/files", params={"project": other})) == ["a.txt", "b.txt"]
    assert_error(client.post("/action/files/copy", json={"project": other}), 400, 90000)
    assert_error(
        client.post("/action/files/copy", json={"project": "nope/x", "file_ids": [a]}), 404, 3002
    )


# -- bulk ------------------------------------------------------------------------------------


def test_bulk_get_keeps_order_and_reports_errors(
    client: httpx.Client, emu: Emulator, pid: str, bg_id: str
) -> None:
    a = add_file(emu, pid, "a.txt")
    b = add_file(emu, pid, "b.txt")
    secret = add_file(emu, foreign_project(emu, bg_id), "secret")
    response = client.post("/bulk/files/get", json={"file_ids": [b, MISSING, a, secret]})
    assert response.status_code == 200
    items = response.json()["items"]
    assert items[0]["resource"]["id"] == b and items[2]["resource"]["name"] == "a.txt"
    assert items[1]["error"]["code"] == 5002 and items[1]["error"]["status"] == 404
    assert items[3]["error"]["code"] == 5001
    assert set(items[1]["error"]) == {"status", "code", "message", "more_info"}
    picked = client.post("/bulk/files/get", params={"fields": "name"}, json={"file_ids": [a]})
    assert set(picked.json()["items"][0]["resource"]) == {"href", "id", "name"}


def test_bulk_limit(client: httpx.Client) -> None:
    ids = [f"{n:024x}" for n in range(101)]
    for path in ("/bulk/files/get", "/bulk/files/delete"):
        assert_error(client.post(path, json={"file_ids": ids}), 400, 90000)
    items = [{"file_id": i} for i in ids]
    for path in ("/bulk/files/update", "/bulk/files/edit"):
        assert_error(client.post(path, json={"items": items}), 400, 90000)
    ok = client.post("/bulk/files/get", json={"file_ids": ids[:100]})
    assert len(ok.json()["items"]) == 100
    assert_error(client.post("/bulk/files/get", json={}), 400, 90000)


def test_bulk_update_replaces_and_edit_preserves(
    client: httpx.Client, emu: Emulator, pid: str
) -> None:
    a = add_file(emu, pid, "a.txt", metadata={"x": "1", "y": "2"}, tags=["t"])
    b = add_file(emu, pid, "b.txt", metadata={"x": "1"}, tags=["t"])
    edited = client.post(
        "/bulk/files/edit",
        json={"items": [{"file_id": a, "metadata": {"y": "3"}}, {"id": b, "name": "b2.txt"}]},
    ).json()["items"]
    assert edited[0]["resource"]["metadata"] == {"x": "1", "y": "3"}
    assert edited[0]["resource"]["tags"] == ["t"]
    assert edited[1]["resource"]["name"] == "b2.txt"
    assert edited[1]["resource"]["metadata"] == {"x": "1"}
    updated = client.post(
        "/bulk/files/update",
        json={"items": [{"file_id": a, "tags": ["new"]}, {"file_id": MISSING, "name": "z"}]},
    ).json()["items"]
    resource = updated[0]["resource"]
    assert (
        resource["tags"] == ["new"] and resource["metadata"] == {} and resource["name"] == "a.txt"
    )
    assert updated[1]["error"]["code"] == 5002
    assert client.get(f"/files/{a}").json()["metadata"] == {}


def test_bulk_edit_errors_per_item(client: httpx.Client, emu: Emulator, pid: str) -> None:
    a = add_file(emu, pid, "a.txt")
    add_file(emu, pid, "b.txt")
    folder = make_folder(client, "dir", project=pid)
    items = client.post(
        "/bulk/files/edit",
        json={
            "items": [
                {"file_id": a, "name": "b.txt"},
                {"file_id": folder, "tags": ["x"]},
                {"file_id": a, "metadata": {"k": {"nested": 1}}},
                {"file_id": a, "tags": ["ok"]},
            ]
        },
    ).json()["items"]
    assert [item.get("error", {}).get("code") for item in items] == [5003, 5027, 5006, None]
    assert items[3]["resource"]["tags"] == ["ok"]


def test_bulk_delete(client: httpx.Client, emu: Emulator, pid: str) -> None:
    a = add_file(emu, pid, "a.txt")
    folder = make_folder(client, "dir", project=pid)
    add_file(emu, pid, "inner", parent=folder)
    items = client.post("/bulk/files/delete", json={"file_ids": [a, folder, a]}).json()["items"]
    assert items[0]["resource"]["id"] == a and items[0]["resource"]["name"] == "a.txt"
    assert items[1]["error"]["code"] == 5021
    assert items[2]["error"]["code"] == 5002
    assert names(client.get("/files", params={"project": pid})) == ["dir"]


# -- asynchronous jobs -----------------------------------------------------------------------


def tree(client: httpx.Client, folder: str) -> dict[str, Any]:
    """name -> subtree (folders) or None (files)."""
    items = client.get(f"/files/{folder}/list", params={"fields": "_all"}).json()["items"]
    return {
        item["name"]: tree(client, item["id"]) if item["type"] == "folder" else None
        for item in items
    }


def test_async_copy_copies_folders(
    client: httpx.Client, emu: Emulator, pid: str, other: str
) -> None:
    top = make_folder(client, "top", project=pid)
    sub = make_folder(client, "sub", parent=top)
    add_file(emu, pid, "a", parent=top)
    add_file(emu, pid, "b", parent=sub)
    plain = add_file(emu, pid, "plain")
    response = client.post(
        "/async/files/copy",
        json={
            "items": [
                {"file": top, "project": other},
                {"file": plain, "parent": top, "name": "renamed"},
                {"file": MISSING, "project": other},
            ]
        },
    )
    assert response.status_code == 200, response.text
    job = response.json()
    assert job["type"] == "COPY" and job["state"] == "FINISHED"
    assert (job["total_files"], job["completed_files"], job["failed_files"]) == (3, 2, 1)
    assert job["href"] == f"{emu.url}/async/files/copy/{job['id']}"
    copied_top = job["result"][0]["resource"]
    assert copied_top["id"] != top and copied_top["project"] == other
    assert job["result"][2]["error"]["code"] == 5002
    assert tree(client, root_of(emu, other)) == {"top": {"sub": {"b": None}, "a": None}}
    assert tree(client, top) == {"sub": {"b": None}, "a": None, "renamed": None}
    assert client.get(f"/async/files/copy/{job['id']}").json() == job


def test_async_copy_of_a_folder_beside_itself(
    client: httpx.Client, emu: Emulator, pid: str
) -> None:
    top = make_folder(client, "top", project=pid)
    add_file(emu, pid, "a", parent=top)
    job = client.post("/async/files/copy", json={"items": [{"file": top, "project": pid}]}).json()
    assert job["result"][0]["resource"]["name"] == "_1_top"
    assert tree(client, root_of(emu, pid)) == {"top": {"a": None}, "_1_top": {"a": None}}
    into_itself = client.post("/async/files/copy", json={"items": [{"file": top, "parent": top}]})
    assert into_itself.json()["result"][0]["error"]["code"] == 10229


def test_async_move(client: httpx.Client, emu: Emulator, pid: str) -> None:
    src = make_folder(client, "src", project=pid)
    dst = make_folder(client, "dst", project=pid)
    moving = make_folder(client, "data", parent=src)
    add_file(emu, pid, "one", parent=moving)
    existing = make_folder(client, "data", parent=dst)
    add_file(emu, pid, "two", parent=existing)
    clash = add_file(emu, pid, "same", parent=src)
    add_file(emu, pid, "same", parent=dst)
    lone = make_folder(client, "lone", parent=src)
    deep = make_folder(client, "deep", parent=src)
    job = client.post(
        "/async/files/move",
        json={
            "items": [
                {"file": moving, "parent": dst},
                {"file": clash, "parent": dst},
                {"file": lone, "parent": dst},
                {"file": src, "parent": deep},
                {"file": clash, "project": pid},
            ]
        },
    ).json()
    results = job["result"]
    assert job["type"] == "MOVE" and job["failed_files"] == 2
    assert results[0]["resource"]["id"] == existing  # merged into the same-name folder
    assert results[1]["resource"]["id"] == clash and results[1]["resource"]["name"] == "_1_same"
    assert results[2]["resource"]["id"] != lone  # a moved folder gets a new id
    assert results[3]["error"]["code"] == 10229
    assert results[4]["error"]["code"] == 5029
    assert tree(client, dst) == {
        "data": {"two": None, "one": None},
        "same": None,
        "_1_same": None,
        "lone": {},
    }
    assert tree(client, src) == {"deep": {}}
    assert_error(client.get(f"/files/{lone}"), 404, 5002)


def test_async_delete_removes_whole_folders(
    client: httpx.Client, emu: Emulator, pid: str, bg_id: str
) -> None:
    top = make_folder(client, "top", project=pid)
    inner = add_file(emu, pid, "inner", parent=make_folder(client, "sub", parent=top))
    reader_file = add_file(emu, foreign_project(emu, bg_id, Permissions(read=True)), "r")
    job = client.post(
        "/async/files/delete", json={"items": [{"file": top}, {"file": reader_file}]}
    ).json()
    assert job["type"] == "DELETE" and job["completed_files"] == 1
    assert job["result"][0]["resource"]["id"] == top
    assert job["result"][1]["error"]["code"] == 5001
    assert_error(client.get(f"/files/{inner}"), 404, 5002)
    assert names(client.get("/files", params={"project": pid})) == []


def test_async_job_lookups(client: httpx.Client, emu: Emulator, pid: str) -> None:
    file_id = add_file(emu, pid, "a")
    copy = client.post("/async/files/copy", json={"items": [{"file": file_id, "project": pid}]})
    delete = client.post("/async/files/delete", json={"items": [{"file": file_id}]})
    copy_id, delete_id = copy.json()["id"], delete.json()["id"]
    assert client.get(f"/async/files/delete/{delete_id}").json()["state"] == "FINISHED"
    assert_error(client.get(f"/async/files/move/{copy_id}"), 404, 10211)
    assert_error(client.get(f"/async/files/copy/{MISSING}"), 404, 10211)
    listed = client.get("/async/files")
    assert [job["id"] for job in listed.json()["items"]] == [copy_id, delete_id]
    assert listed.headers["X-Total-Matching-Query"] == "2"
    with emu.state.lock:
        emu.state.files.jobs[copy_id].owner = "rfranklin"
    assert_error(client.get(f"/async/files/copy/{copy_id}"), 404, 10211)


@pytest.mark.parametrize(
    ("body", "code"),
    [({}, 10230), ({"items": []}, 10230), ({"items": "x"}, 90000), ({"items": [1]}, 90000)],
)
def test_async_job_requests_are_checked(
    client: httpx.Client, body: dict[str, Any], code: int
) -> None:
    for kind in ("copy", "move", "delete"):
        assert_error(client.post(f"/async/files/{kind}", json=body), 400, code)


# -- search ----------------------------------------------------------------------------------


def search(client: httpx.Client, query: str, **params: Any) -> httpx.Response:
    return client.post("/files/search", params=params, json={"query": query})


def test_search(client: httpx.Client, emu: Emulator, pid: str, other: str, bg_id: str) -> None:
    add_file(emu, pid, "a", metadata={"sample": "s1"}, tags=["x"])
    add_file(emu, pid, "b", metadata={"sample": "s2"})
    add_file(emu, other, "c", metadata={"sample": "s1"}, tags=["x"])
    add_file(emu, foreign_project(emu, bg_id), "hidden", metadata={"sample": "s1"})

    def found(query: str) -> list[str]:
        response = search(client, query)
        assert response.status_code == 200, response.text
        return [f["name"] for f in response.json()["result_set"]]

    assert found("SELECT * FROM files WHERE metadata.sample = 's1'") == ["a", "c"]
    assert found(f"select * from files where metadata.sample = 's1' AND project = '{pid}'") == ["a"]
    assert found("SELECT * FROM files WHERE name IN ('a', 'b')") == ["a", "b"]
    assert found("SELECT * FROM files WHERE tag = 'x' AND name = 'c'") == ["c"]
    assert found("SELECT * FROM files") == ["a", "b", "c"]
    assert_error(search(client, "DELETE FROM files"), 400, 90000)
    assert_error(search(client, "SELECT * FROM files WHERE size = '1'"), 400, 90000)


def test_search_pages_by_token(client: httpx.Client, emu: Emulator, pid: str) -> None:
    for n in range(5):
        add_file(emu, pid, f"f{n}")
    query = "SELECT * FROM files"
    first = search(client, query, limit=2).json()
    assert first["count"] == 5 and len(first["result_set"]) == 2
    seen = [f["name"] for f in first["result_set"]]
    token = first["cont_token"]
    while token is not None:
        page = search(client, query, limit=2, cont_token=token).json()
        seen += [f["name"] for f in page["result_set"]]
        token = page["cont_token"]
    assert seen == [f"f{n}" for n in range(5)]


def test_search_in_the_documented_syntax(
    client: httpx.Client, emu: Emulator, pid: str, other: str
) -> None:
    """`IN "owner/project" WHERE type = "FILE"`, as the reference documentation writes it."""
    add_file(emu, pid, "a.bam", metadata={"sample": "s1"})
    add_file(emu, pid, "b.bam", metadata={"sample": "s2"})
    add_file(emu, other, "c.bam", metadata={"sample": "s1"})
    folder = make_folder(client, "dir", project=pid)
    add_file(emu, pid, "d.txt", parent=folder)

    def found(query: str, **params: Any) -> list[str]:
        response = search(client, query, **params)
        assert response.status_code == 200, response.text
        return [f["name"] for f in response.json()["result_set"]]

    assert found(f'IN "{pid}" WHERE type = "FILE"') == ["a.bam", "b.bam", "d.txt"]
    assert found(f'IN "{pid}" WHERE type = "FOLDER"') == ["dir"]
    assert found(f'IN "{pid}"') == ["a.bam", "b.bam", "dir", "d.txt"]
    assert found(f'in "{pid}" where metadata.sample = "s1" and type = "FILE"') == ["a.bam"]
    assert found(f"IN '{pid}/dir' WHERE name IN (\"d.txt\", 'x')") == ["d.txt"]
    assert found(f'IN "{pid}" WHERE name = "a and b"') == []
    first = search(client, f'IN "{pid}" WHERE type = "FILE" LIMIT 2').json()
    assert [f["name"] for f in first["result_set"]] == ["a.bam", "b.bam"] and first["count"] == 3
    token = first["cont_token"]
    rest = found(f'IN "{pid}" WHERE type = "FILE" LIMIT 2 TOKEN {token}')
    assert rest == ["d.txt"]
    assert found(f'IN "{pid}" WHERE type = "FILE"', limit=1, cont_token=token) == ["d.txt"]
    assert_error(search(client, 'IN "john_doe/ghost" WHERE type = "FILE"'), 404, 3002)
    assert_error(search(client, f'IN "{pid}/nowhere"'), 404, 5026)
    assert_error(search(client, f'IN "{pid}" WHERE size = "1"'), 400, 90000)
    assert_error(search(client, f'IN "{pid}" LIMIT 1000'), 400, 90000)
    assert_error(search(client, f"IN {pid}"), 400, 90000)
