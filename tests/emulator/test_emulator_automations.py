"""Automations over real HTTP: templates, members, code-package uploads through the storage server,
packages, runs with their read-driven life cycle, stop and rerun, state files, errors."""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from emu_helpers import assert_error, is_uuid
from sevenbridges_emulator import Emulator
from sevenbridges_emulator.state import Team, User

AA = {"X-SBG-Advance-Access": "advance"}
CODE = b"def main(x, y):\n    return {'div': x / y}\n" * 10


@pytest.fixture
def storage(emu: Emulator) -> Iterator[None]:
    """The storage server part URLs point at (started here unless the emulator already runs it)."""
    store = emu.state.storage
    if store.origin is not None:
        yield
        return
    server = store.serve()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield
    finally:
        server.shutdown()
        server.close_connections()
        server.server_close()
        thread.join()
        store.origin = None


def upload_code(client: httpx.Client, data: bytes = CODE, name: str = "pkg.zip") -> str:
    """The whole code-package upload protocol; returns the code package file id."""
    init = client.post("/automation/upload", json={"name": name, "size": len(data)})
    assert init.status_code == 201, init.text
    upload_id = init.json()["upload_id"]
    part_size = init.json()["part_size"]
    count = max(1, -(-len(data) // part_size))
    for number in range(1, count + 1):
        part = client.get(f"/automation/upload/{upload_id}/part/{number}")
        assert part.status_code == 200, part.text
        info = part.json()
        chunk = data[(number - 1) * part_size : number * part_size]
        with httpx.Client(timeout=10) as bare:  # no API token goes to the storage
            put = bare.request(info["method"], info["url"], content=chunk, headers=info["headers"])
        assert put.status_code in info["success_codes"], put.text
        report = client.post(
            f"/automation/upload/{upload_id}/part",
            json={"part_number": number, "response": {"headers": {"ETag": put.headers["ETag"]}}},
        )
        assert report.status_code == 200, report.text
    done = client.post(f"/automation/upload/{upload_id}/complete")
    assert done.status_code == 200, done.text
    assert done.json()["name"] == name and done.json()["size"] == len(data)
    file_id: str = done.json()["id"]
    return file_id


def make_automation(client: httpx.Client, **extra: Any) -> dict[str, Any]:
    response = client.post("/automation/automations", json={"name": "Nightly QC", **extra})
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def make_package(
    client: httpx.Client, automation_id: str, version: str = "0.0.1"
) -> dict[str, Any]:
    location = upload_code(client)
    response = client.post(
        f"/automation/automations/{automation_id}/packages",
        json={"version": version, "location": location, "schema": {"outputs": {"div": {}}}},
        headers=AA,
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def add_user(emu: Emulator, username: str) -> str:
    token = hashlib.md5(username.encode()).hexdigest()
    with emu.state.lock:
        emu.state.add_user(User(username, f"{username}@example.org", "A", "B"), token)
    return token


# -- automations ---------------------------------------------------------------------------------


def test_create_get_update_archive_restore(client: httpx.Client, emu: Emulator, bg_id: str) -> None:
    created = make_automation(client, description="QC", secret_settings={"key": "s3cr3t"})
    assert is_uuid(created["id"]) and created["billing_group"] == bg_id
    assert created["owner"] == emu.username and created["archived"] is False
    automation_id = created["id"]
    got = client.get(f"/automation/automations/{automation_id}").json()
    assert got["secret_settings"] == {"key": "s3cr3t"} and got["description"] == "QC"
    edited = client.patch(
        f"/automation/automations/{automation_id}", json={"name": "Renamed", "memory_limit": 2000}
    )
    assert edited.status_code == 200 and edited.json()["name"] == "Renamed"
    assert edited.json()["memory_limit"] == 2000
    archived = client.post(f"/automation/automations/{automation_id}/actions/archive")
    assert archived.json()["archived"] is True
    assert client.get("/automation/automations").json()["items"] == []
    listed = client.get("/automation/automations", params={"include_archived": "True"}).json()
    assert [a["id"] for a in listed["items"]] == [automation_id]
    again = client.post(f"/automation/automations/{automation_id}/actions/archive")
    assert_error(again, 400, 90000)
    restored = client.post(f"/automation/automations/{automation_id}/actions/restore")
    assert restored.json()["archived"] is False


def test_list_filters_by_name_and_pages(client: httpx.Client) -> None:
    for name in ("a", "b", "a"):
        assert client.post("/automation/automations", json={"name": name}).status_code == 201
    by_name = client.get("/automation/automations", params={"name": "a"})
    assert len(by_name.json()["items"]) == 2 and by_name.headers["X-Total-Matching-Query"] == "2"
    page = client.get("/automation/automations", params={"limit": 2}).json()
    assert len(page["items"]) == 2 and page["links"][0]["rel"] == "next"


def test_create_validation(client: httpx.Client) -> None:
    assert_error(client.post("/automation/automations", json={}), 400, 90000)
    bad_bg = client.post("/automation/automations", json={"name": "x", "billing_group": "nope"})
    assert_error(bad_bg, 400, 4005)
    too_big = client.post("/automation/automations", json={"name": "x", "memory_limit": 9000})
    assert_error(too_big, 400, 90000)
    unknown = client.post("/automation/automations", json={"name": "x", "colour": "red"})
    assert_error(unknown, 400, 90000)
    missing = client.get("/automation/automations/00000000-0000-4000-8000-000000000000")
    assert_error(missing, 404, 90003)


# -- members -------------------------------------------------------------------------------------


def test_members_add_get_update_remove_and_access(client: httpx.Client, emu: Emulator) -> None:
    automation_id = make_automation(client)["id"]
    other_token = add_user(emu, "francis-crick")
    members = f"/automation/automations/{automation_id}/members"
    added = client.post(
        members, json={"username": "francis-crick", "permissions": {"read": True, "copy": True}}
    )
    assert added.status_code == 201, added.text
    assert added.json()["permissions"] == {
        "read": True,
        "copy": True,
        "write": False,
        "execute": False,
        "admin": False,
    }
    assert_error(client.post(members, json={"username": "francis-crick"}), 409, 90007)
    assert_error(client.post(members, json={"username": "nobody-at-all"}), 404, 2002)
    listed = client.get(members).json()["items"]
    assert {m["id"] for m in listed} == {emu.username, "francis-crick"}
    with httpx.Client(base_url=emu.url, headers={"X-SBG-Auth-Token": other_token}) as other:
        assert other.get(f"/automation/automations/{automation_id}").status_code == 200
        refused = other.patch(f"/automation/automations/{automation_id}", json={"name": "x"})
        assert_error(refused, 403, 90002)
    updated = client.patch(f"{members}/francis-crick", json={"permissions": {"admin": True}})
    assert updated.json()["permissions"]["write"] is True  # admin implies all
    got = client.get(f"{members}/francis-crick").json()
    assert got["username"] == "francis-crick" and got["email"] == "francis-crick@example.org"
    assert client.delete(f"{members}/francis-crick").status_code == 204
    assert_error(client.get(f"{members}/francis-crick"), 404, 90003)
    with httpx.Client(base_url=emu.url, headers={"X-SBG-Auth-Token": other_token}) as other:
        hidden = other.get(f"/automation/automations/{automation_id}")
        assert_error(hidden, 404, 90003)
    assert_error(client.delete(f"{members}/{emu.username}"), 400, 90000)  # the last admin


def test_team_member(client: httpx.Client, emu: Emulator) -> None:
    automation_id = make_automation(client)["id"]
    other_token = add_user(emu, "rosalind")
    with emu.state.lock:
        emu.state.teams["team-1"] = Team("team-1", "Lab", "div", members={"rosalind"})
    added = client.post(
        f"/automation/automations/{automation_id}/members",
        json={"id": "team-1", "type": "team", "permissions": {"execute": True}},
    )
    assert added.status_code == 201 and added.json()["type"] == "TEAM"
    assert added.json()["name"] == "Lab"
    with httpx.Client(base_url=emu.url, headers={"X-SBG-Auth-Token": other_token}) as other:
        assert other.get(f"/automation/automations/{automation_id}").status_code == 200


# -- uploads and packages ------------------------------------------------------------------------


def test_code_package_upload_in_several_parts(
    client: httpx.Client, emu: Emulator, storage: None
) -> None:
    data = bytes(range(256)) * (45 * 1024)  # 11.25 MiB: three parts of 5 MiB
    file_id = upload_code(client, data, "big.zip")
    with emu.state.lock:
        code_file = emu.state.automations.code_files[file_id]
        with emu.state.storage.open_blob(code_file.blob) as handle:
            assert handle.read() == data
    tokens = [h for _, _, headers in emu.state.storage.header_log for h in headers]
    assert not any(h.lower() == "x-sbg-auth-token" for h in tokens)


def test_upload_errors(client: httpx.Client, storage: None) -> None:
    assert_error(client.post("/automation/upload", json={"size": 3}), 400, 8013)
    init = client.post("/automation/upload", json={"name": "p.zip", "size": 3, "part_size": 10})
    assert init.json()["part_size"] == 5 * 1024**2  # the server's choice wins
    upload_id = init.json()["upload_id"]
    assert len(upload_id) == 64 and upload_id.isalnum()
    assert_error(client.get(f"/automation/upload/{upload_id}/part/2"), 400, 8012)
    assert_error(client.get(f"/automation/upload/{upload_id}/part/x"), 400, 8012)
    bad = client.post(f"/automation/upload/{upload_id}/part", json={"part_number": 1})
    assert_error(bad, 400, 8014)
    assert_error(client.post(f"/automation/upload/{upload_id}/complete"), 400, 8007)
    wrong = client.post(
        f"/automation/upload/{upload_id}/complete",
        json={"parts": [{"part_number": 1, "response": {"headers": {"ETag": '"abc"'}}}]},
    )
    assert_error(wrong, 400, 8007)  # reported, but the storage never got it
    assert_error(client.post(f"/automation/upload/{upload_id}/complete", json=[]), 400, 8015)
    assert client.delete(f"/automation/upload/{upload_id}").status_code == 204
    assert_error(client.delete(f"/automation/upload/{upload_id}"), 404, 8003)


def test_packages(client: httpx.Client, storage: None) -> None:
    automation_id = make_automation(client)["id"]
    package = make_package(client, automation_id)
    assert package["automation"] == automation_id and package["archived"] is False
    packages = f"/automation/automations/{automation_id}/packages"
    duplicate = client.post(
        packages, json={"version": "0.0.1", "location": package["location"]}, headers=AA
    )
    assert_error(duplicate, 409, 90007)
    not_uploaded = client.post(
        packages, json={"version": "0.0.2", "location": "65f1c0da2a9b4c0012d3e4f1"}, headers=AA
    )
    assert_error(not_uploaded, 400, 90000)
    no_aa = client.post(packages, json={"version": "0.0.3", "location": package["location"]})
    assert_error(no_aa, 403, 90002)
    listed = client.get(packages).json()["items"]
    assert listed == [{"href": package["href"], "id": package["id"], "version": "0.0.1"}]
    edited = client.patch(f"/automation/packages/{package['id']}", json={"custom_url": "https://x"})
    assert edited.json()["custom_url"] == "https://x"
    archived = client.post(f"{packages}/{package['id']}/actions/archive")
    assert archived.status_code == 200 and archived.json()["archived"] is True
    refused = client.post("/automation/runs", json={"package": package["id"]})
    assert_error(refused, 400, 90000)
    restored = client.post(f"{packages}/{package['id']}/actions/restore")
    assert restored.json()["archived"] is False
    assert client.get(f"/automation/packages/{package['id']}").json()["custom_url"] == "https://x"


# -- runs ----------------------------------------------------------------------------------------


def test_run_life_cycle_state_and_outputs(client: httpx.Client, storage: None) -> None:
    automation = make_automation(client)
    package = make_package(client, automation["id"])
    created = client.post(
        "/automation/runs",
        json={"package": package["id"], "inputs": {"x": 1, "y": 2}, "name": "first"},
    )
    assert created.status_code == 201, created.text
    run = created.json()
    assert run["status"] == "QUEUED_FOR_EXECUTION" and run["automation"]["id"] == automation["id"]
    assert run["package"]["version"] == "0.0.1" and run["memory_limit"] == 500
    url = f"/automation/runs/{run['id']}"
    assert_error(client.get(f"{url}/state", headers=AA), 404, 90003)  # SENT_TO_EXECUTION
    seen = [client.get(url).json()["status"] for _ in range(2)]
    assert seen == ["RUNNING", "FINISHED"]
    final = client.get(url).json()
    assert final["outputs"] == {"div": None} and final["end_time"] is not None
    state = client.get(f"{url}/state", headers=AA)
    assert state.status_code == 200 and state.json()["main"]["inputs"] == {"x": 1, "y": 2}
    assert_error(client.get(f"{url}/state"), 403, 90002)  # advance access is required
    renamed = client.patch(url, json={"name": "renamed"})
    assert renamed.json()["name"] == "renamed"
    assert_error(client.patch(url, json={"inputs": {}}), 400, 90000)
    assert_error(client.post(f"{url}/actions/stop"), 400, 90000)  # already finished


def test_stop_and_failed_runs(client: httpx.Client, storage: None) -> None:
    package = make_package(client, make_automation(client)["id"])
    run = client.post("/automation/runs", json={"package": package["id"]}).json()
    stopped = client.post(f"/automation/runs/{run['id']}/actions/stop")
    assert stopped.status_code == 200 and stopped.json()["status"] == "QUEUED_FOR_TERMINATION"
    assert client.get(f"/automation/runs/{run['id']}").json()["status"] == "ABORTED"
    failing = client.post(
        "/automation/runs",
        json={"package": package["id"], "settings": {"emulator_outcome": "FAILED"}},
    ).json()
    statuses = [client.get(f"/automation/runs/{failing['id']}").json() for _ in range(3)]
    assert statuses[-1]["status"] == "FAILED" and statuses[-1]["message"]
    assert_error(client.post(f"/automation/runs/{run['id']}/actions/pause"), 400, 90000)


def test_rerun_merges_inputs(client: httpx.Client, storage: None) -> None:
    package = make_package(client, make_automation(client)["id"])
    run = client.post(
        "/automation/runs", json={"package": package["id"], "inputs": {"x": 1, "y": 2}}
    ).json()
    rerun = client.post(f"/automation/runs/{run['id']}/actions/rerun", json={"inputs": {"y": 3}})
    assert rerun.status_code == 200, rerun.text
    assert rerun.json()["id"] != run["id"] and rerun.json()["inputs"] == {"x": 1, "y": 3}
    replaced = client.post(
        f"/automation/runs/{run['id']}/actions/rerun", json={"inputs": {"z": 0}, "merge": False}
    )
    assert replaced.json()["inputs"] == {"z": 0}


def test_run_list_filters_and_order(client: httpx.Client, emu: Emulator, storage: None) -> None:
    emu.state.automations.auto_advance = False
    first = make_automation(client)
    package = make_package(client, first["id"])
    other_package = make_package(client, make_automation(client)["id"], "1.0.0")
    ids = [
        client.post("/automation/runs", json={"package": package["id"], "name": n}).json()["id"]
        for n in ("one", "two")
    ]
    client.post("/automation/runs", json={"package": other_package["id"], "name": "three"})
    runs = client.get("/automation/runs", params={"automation_id": first["id"]})
    assert [r["id"] for r in runs.json()["items"]] == ids[::-1]  # newest first
    assert runs.headers["X-Total-Matching-Query"] == "2"
    ascending = client.get(
        "/automation/runs", params={"package_id": package["id"], "order": "asc"}
    ).json()
    assert [r["id"] for r in ascending["items"]] == ids
    by_name = client.get("/automation/runs", params={"name": "three"}).json()["items"]
    assert [r["name"] for r in by_name] == ["three"]
    status = client.get("/automation/runs", params={"status": "QUEUED_FOR_EXECUTION"})
    assert status.headers["X-Total-Matching-Query"] == "3"
    assert_error(client.get("/automation/runs", params={"status": "DONE"}), 400, 90000)
    assert_error(client.get("/automation/runs", params={"order_by": "size"}), 400, 90000)
    mine = client.get("/automation/runs", params={"created_by": emu.username})
    assert mine.headers["X-Total-Matching-Query"] == "3"
    assert_error(client.get("/automation/runs/not-a-run"), 404, 90003)


def test_code_package_parts_go_to_their_offsets_and_complete_without_a_copy(
    client: httpx.Client, emu: Emulator, storage: None
) -> None:
    """The multipart protocol of file uploads (stores/uploads.py): parts in any order, each
    written at its offset of one file, which becomes the blob by a rename."""
    part_size = 5 * 1024**2
    data = bytes(range(256)) * (44 * 1024)  # 11 MiB: 5 + 5 + 1
    init = client.post("/automation/upload", json={"name": "p.zip", "size": len(data)}).json()
    upload_id = init["upload_id"]
    assert init["part_size"] == part_size and init["uploaded_parts_count"] == 0
    with httpx.Client(timeout=10) as bare:
        for number in (3, 1, 2):
            url = client.get(f"/automation/upload/{upload_id}/part/{number}").json()["url"]
            chunk = data[(number - 1) * part_size : number * part_size]
            etag = bare.put(url, content=chunk).headers["ETag"]
            report = {"part_number": number, "response": {"headers": {"ETag": etag}}}
            assert client.post(f"/automation/upload/{upload_id}/part", json=report).is_success
    with emu.state.lock:
        key = emu.state.automations.uploads[upload_id].storage_key
        area = list((emu.state.storage.root / "parts" / key).iterdir())
        assert [path.name for path in area] == ["data"]  # one file, no part files
        inode = area[0].stat().st_ino
    done = client.post(f"/automation/upload/{upload_id}/complete")
    assert done.status_code == 200, done.text
    with emu.state.lock:
        code_file = emu.state.automations.code_files[done.json()["id"]]
        with emu.state.storage.open_blob(code_file.blob) as handle:
            assert handle.read() == data
            assert os.fstat(handle.fileno()).st_ino == inode  # renamed, not copied


def test_code_package_parts_but_the_last_must_be_full(client: httpx.Client, storage: None) -> None:
    init = client.post("/automation/upload", json={"name": "p.zip"}).json()
    upload_id = init["upload_id"]
    with httpx.Client(timeout=10) as bare:
        for number in (1, 2):
            url = client.get(f"/automation/upload/{upload_id}/part/{number}").json()["url"]
            etag = bare.put(url, content=b"short").headers["ETag"]
            report = {"part_number": number, "response": {"headers": {"ETag": etag}}}
            client.post(f"/automation/upload/{upload_id}/part", json=report)
    body = assert_error(client.post(f"/automation/upload/{upload_id}/complete"), 400, 8007)
    assert "part size" in body["message"]
    stale = {"part_number": 1, "response": {"headers": {"ETag": '"' + "0" * 32 + '"'}}}
    assert_error(client.post(f"/automation/upload/{upload_id}/part", json=stale), 400, 8014)


def test_archiving_an_archived_package_is_refused(client: httpx.Client, storage: None) -> None:
    automation_id = make_automation(client)["id"]
    package = make_package(client, automation_id)
    actions = f"/automation/automations/{automation_id}/packages/{package['id']}/actions"
    assert client.post(f"{actions}/archive").json()["archived"] is True
    refused = assert_error(client.post(f"{actions}/archive"), 400, 90000)
    assert package["id"] in refused["message"] and "already archived" in refused["message"]
    assert client.post(f"{actions}/restore").json()["archived"] is False
    assert_error(client.post(f"{actions}/restore"), 400, 90000)
