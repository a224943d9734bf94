"""Imports, exports and DRS imports over real HTTP: jobs that move on as they are read, the files
and objects they create, name clashes, folder imports, bulk calls and every refusal."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from emu_helpers import assert_error
from sevenbridges_emulator import Emulator
from sevenbridges_emulator.state import Permissions, ProjectMember
from sevenbridges_emulator.stores.volumes import put_object

S3 = {
    "type": "s3",
    "bucket": "lab-data",
    "credentials": {"access_key_id": "AKIAEXAMPLE", "secret_access_key": "secret"},
}
OBJECTS = {
    "README.txt": b"hello volume\n",
    "reads/a.fq": b"@a\nACGT\n+\n!!!!\n",
    "reads/b.fq": b"@b\nTTTT\n+\n!!!!\n",
    "reads/lane2/c.fq": b"@c\nGGGG\n+\n!!!!\n",
}


@pytest.fixture
def volume(emu: Emulator, client: httpx.Client) -> dict[str, Any]:
    response = client.post("/storage/volumes", json={"name": "lab_data", "service": S3})
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    for location, data in OBJECTS.items():
        put_object(emu.state, body["id"], location, data)
    return body


def platform_file(emu: Emulator, project: dict[str, Any], name: str, data: bytes) -> str:
    """A file uploaded to the project (stored on the Platform), made through the store."""
    with emu.state.lock:
        record = emu.state.files.add_file(
            project_id=str(project["id"]),
            parent_id=None,
            name=name,
            size=len(data),
            blob=emu.state.storage.write_blob(data),
        )
        return record.id


def finish(client: httpx.Client, href: str) -> dict[str, Any]:
    """Read a job until it is done; import/export jobs take exactly two reads."""
    states = []
    for _ in range(2):
        response = client.get(href)
        assert response.status_code == 200, response.text
        states.append(response.json()["state"])
    body: dict[str, Any] = response.json()
    assert states[0] in ("RUNNING",), states
    return body


def start_import(client: httpx.Client, **body: Any) -> httpx.Response:
    return client.post("/storage/imports", json=body)


def imported(client: httpx.Client, **body: Any) -> dict[str, Any]:
    response = start_import(client, **body)
    assert response.status_code == 201, response.text
    assert response.json()["state"] == "PENDING"
    return finish(client, response.json()["href"])


def contents(client: httpx.Client, file_id: str) -> bytes:
    info = client.get(f"/files/{file_id}/download_info")
    assert info.status_code == 200, info.text
    return httpx.get(info.json()["url"]).content


# -- imports -------------------------------------------------------------------------------------


def test_import_a_file_pending_running_completed(
    client: httpx.Client, volume: dict[str, Any], project: dict[str, Any]
) -> None:
    source = {"volume": volume["id"], "location": "reads/a.fq"}
    response = start_import(client, source=source, destination={"project": project["id"]})
    assert response.status_code == 201, response.text
    job = response.json()
    assert job["href"].endswith(f"/v2/storage/imports/{job['id']}")
    assert job["source"] == source and job["destination"] == {"project": project["id"]}
    assert (job["overwrite"], job["autorename"], job["preserve_folder_structure"]) == (
        False,
        False,
        True,
    )
    assert job["started_on"] is None and "result" not in job
    running = client.get(job["href"]).json()
    assert running["state"] == "RUNNING" and running["started_on"] is not None
    assert "result" not in running
    done = client.get(job["href"]).json()
    assert done["state"] == "COMPLETED" and done["finished_on"] is not None
    result = done["result"]
    assert result["name"] == "a.fq" and result["size"] == len(OBJECTS["reads/a.fq"])
    assert result["project"] == project["id"] and result["type"] == "file"
    assert result["storage"] == {"type": "VOLUME", "volume": volume["id"], "location": "reads/a.fq"}
    assert contents(client, result["id"]) == OBJECTS["reads/a.fq"]
    assert client.get(job["href"]).json()["state"] == "COMPLETED"


def test_import_into_a_folder_under_a_new_name(
    client: httpx.Client, volume: dict[str, Any], project: dict[str, Any]
) -> None:
    folder = client.post(
        "/files", json={"name": "inbox", "project": project["id"], "type": "FOLDER"}
    )
    assert folder.status_code in (200, 201), folder.text
    done = imported(
        client,
        source={"volume": volume["id"], "location": "README.txt"},
        destination={"parent": folder.json()["id"], "name": "notes.txt"},
    )
    assert done["destination"] == {"parent": folder.json()["id"], "name": "notes.txt"}
    assert done["result"]["parent"] == folder.json()["id"]
    assert done["result"]["name"] == "notes.txt"


def test_name_clashes_fail_rename_or_overwrite(
    client: httpx.Client, volume: dict[str, Any], project: dict[str, Any]
) -> None:
    source = {"volume": volume["id"], "location": "README.txt"}
    destination = {"project": project["id"]}
    first = imported(client, source=source, destination=destination)
    clash = imported(client, source=source, destination=destination)
    assert clash["state"] == "FAILED" and "result" not in clash
    assert clash["error"]["code"] == 9108 and clash["error"]["status"] == 409
    renamed = imported(client, source=source, destination=destination, autorename=True)
    assert renamed["state"] == "COMPLETED"
    assert renamed["result"]["name"] == "_1_README.txt"
    replaced = imported(client, source=source, destination=destination, overwrite=True)
    assert replaced["result"]["name"] == "README.txt"
    assert replaced["result"]["id"] != first["result"]["id"]
    assert_error(client.get(f"/files/{first['result']['id']}"), 404, 5002)


@pytest.mark.parametrize(
    ("preserve", "expected"),
    [
        (True, {"reads": ["a.fq", "b.fq", "lane2"], "lane2": ["c.fq"]}),
        (False, {"reads": ["a.fq", "b.fq", "c.fq"]}),
    ],
)
def test_import_a_folder(
    client: httpx.Client,
    volume: dict[str, Any],
    project: dict[str, Any],
    preserve: bool,
    expected: dict[str, list[str]],
) -> None:
    done = imported(
        client,
        source={"volume": volume["id"], "location": "reads/"},
        destination={"project": project["id"]},
        preserve_folder_structure=preserve,
    )
    folder = done["result"]
    assert folder["name"] == "reads" and folder["type"] == "folder"
    found: dict[str, list[str]] = {}
    pending = [folder]
    while pending:
        current = pending.pop()
        items = client.get(f"/files/{current['id']}/list", params={"fields": "_all"}).json()
        found[current["name"]] = sorted(item["name"] for item in items["items"])
        pending += [item for item in items["items"] if item["type"] == "folder"]
    assert found == expected


def test_import_refusals(
    emu: Emulator, client: httpx.Client, volume: dict[str, Any], project: dict[str, Any]
) -> None:
    good_source = {"volume": volume["id"], "location": "README.txt"}
    to_project = {"project": project["id"]}
    cases: list[tuple[dict[str, Any], int, int]] = [
        (
            {"source": {"volume": "ghost/none", "location": "x"}, "destination": to_project},
            404,
            9007,
        ),
        (
            {"source": {"volume": volume["id"], "location": "nope"}, "destination": to_project},
            404,
            9105,
        ),
        (
            {"source": {"volume": volume["id"], "location": "none/"}, "destination": to_project},
            404,
            9105,
        ),
        ({"source": good_source, "destination": {"project": "john_doe/ghost"}}, 404, 9012),
        ({"source": good_source, "destination": {"parent": "0" * 24}}, 404, 10222),
        ({"source": good_source, "destination": {}}, 400, 9011),
        ({"source": good_source, "destination": {**to_project, "parent": "0" * 24}}, 400, 9011),
        ({"source": good_source, "destination": to_project, "overwrite": "yes"}, 400, 9011),
        ({"source": "README.txt", "destination": to_project}, 400, 9011),
    ]
    for body, status, code in cases:
        assert_error(client.post("/storage/imports", json=body), status, code)
    with emu.state.lock:
        theirs = emu.state.add_project("rfranklin", "Theirs", project["billing_group"])
        theirs.members[emu.username] = ProjectMember(
            id=emu.username, type="USER", permissions=Permissions(read=True)
        )
    body = {"source": good_source, "destination": {"project": theirs.id}}
    assert_error(client.post("/storage/imports", json=body), 403, 9003)
    client.patch(volume["href"], json={"active": False})
    assert_error(
        client.post("/storage/imports", json={"source": good_source, "destination": to_project}),
        400,
        9103,
    )
    assert client.get("/storage/imports").json()["items"] == []


def test_list_and_filter_imports(
    client: httpx.Client, volume: dict[str, Any], project: dict[str, Any]
) -> None:
    destination = {"project": project["id"]}
    first = imported(
        client, source={"volume": volume["id"], "location": "README.txt"}, destination=destination
    )
    second = start_import(
        client, source={"volume": volume["id"], "location": "reads/a.fq"}, destination=destination
    ).json()
    # A list is a read of every job it looks at: the second one moves to RUNNING...
    running = client.get("/storage/imports", params={"state": "RUNNING"}).json()["items"]
    assert [job["id"] for job in running] == [second["id"]]
    # ...and then to COMPLETED.
    listed = client.get("/storage/imports", params={"limit": 1})
    assert listed.headers["X-Total-Matching-Query"] == "2"
    assert listed.json()["items"][0]["id"] == first["id"]
    assert listed.json()["items"][0]["state"] == "COMPLETED"  # whole items
    completed = client.get("/storage/imports", params=[("state", "COMPLETED"), ("state", "FAILED")])
    assert [job["id"] for job in completed.json()["items"]] == [first["id"], second["id"]]
    by_location = client.get("/storage/imports", params={"location": "reads/a.fq"}).json()
    assert [job["id"] for job in by_location["items"]] == [second["id"]]
    by_volume = client.get("/storage/imports", params={"volume": "x/y", "project": project["id"]})
    assert by_volume.json()["items"] == []
    assert_error(client.get("/storage/imports", params={"state": "DONE"}), 400, 9011)
    assert_error(client.get("/storage/imports/no-such-job"), 404, 9008)


def test_frozen_jobs_stay_pending(
    emu: Emulator, client: httpx.Client, volume: dict[str, Any], project: dict[str, Any]
) -> None:
    emu.state.volumes.auto_advance = False
    job = start_import(
        client,
        source={"volume": volume["id"], "location": "README.txt"},
        destination={"project": project["id"]},
    ).json()
    for _ in range(3):
        assert client.get(job["href"]).json()["state"] == "PENDING"
    with emu.state.lock:
        emu.state.volumes.step(emu.state.volumes.imports[job["id"]], emu.state)
    assert client.get(job["href"]).json()["state"] == "RUNNING"


def test_bulk_imports_keep_order_and_report_errors(
    client: httpx.Client, volume: dict[str, Any], project: dict[str, Any]
) -> None:
    destination = {"project": project["id"]}
    items = [
        {"source": {"volume": volume["id"], "location": "README.txt"}, "destination": destination},
        {"source": {"volume": "ghost/none", "location": "x"}, "destination": destination},
        {"source": {"volume": volume["id"], "location": "reads/b.fq"}, "destination": destination},
    ]
    created = client.post("/bulk/storage/imports/create", json={"items": items})
    assert created.status_code == 200, created.text
    records = created.json()["items"]
    assert [set(record) for record in records] == [{"resource"}, {"error"}, {"resource"}]
    assert records[1]["error"]["code"] == 9007
    ids = [records[0]["resource"]["id"], "missing", records[2]["resource"]["id"]]
    for expected in ("RUNNING", "COMPLETED"):
        got = client.post("/bulk/storage/imports/get", json={"import_ids": [*ids, ids[0]]}).json()
        states = [r.get("resource", {}).get("state") for r in got["items"]]
        assert states == [expected, None, expected, expected]  # one step per call
        assert got["items"][1]["error"]["code"] == 9008
    too_many = client.post("/bulk/storage/imports/get", json={"import_ids": ["x"] * 101})
    assert_error(too_many, 400, 9011)
    assert_error(client.post("/bulk/storage/imports/create", json={"import": []}), 400, 9011)


# -- exports -------------------------------------------------------------------------------------


def export(client: httpx.Client, copy_only: bool | None = None, **body: Any) -> httpx.Response:
    params = {} if copy_only is None else {"copy_only": str(copy_only)}
    return client.post("/storage/exports", params=params, json=body)


def test_export_moves_the_file_to_the_volume(
    emu: Emulator, client: httpx.Client, volume: dict[str, Any], project: dict[str, Any]
) -> None:
    file_id = platform_file(emu, project, "result.bam", b"BAM\x01 data")
    destination = {"volume": volume["id"], "location": "out/result.bam"}
    response = export(
        client,
        source={"file": file_id},
        destination=destination,
        properties={"sse_algorithm": "AES256", "aws_storage_class": "STANDARD_IA"},
    )
    assert response.status_code == 201, response.text
    job = response.json()
    assert job["state"] == "PENDING" and job["source"] == {"file": file_id}
    assert job["destination"] == destination
    assert job["properties"] == {"sse_algorithm": "AES256", "aws_storage_class": "STANDARD_IA"}
    done = finish(client, job["href"])
    assert done["state"] == "COMPLETED"
    assert done["result"]["id"] == file_id
    assert done["result"]["storage"] == {"type": "VOLUME", **destination}
    obj = client.get(f"{volume['href']}/object", params={"location": "out/result.bam"})
    assert obj.status_code == 200, obj.text
    assert contents(client, file_id) == b"BAM\x01 data"
    again = export(client, source={"file": file_id}, destination={**destination, "location": "b"})
    assert_error(again, 400, 9006)


def test_copy_only_export_keeps_the_file_on_the_platform(
    emu: Emulator, client: httpx.Client, volume: dict[str, Any], project: dict[str, Any]
) -> None:
    file_id = platform_file(emu, project, "copy.txt", b"copy me")
    response = export(
        client,
        copy_only=True,
        source={"file": file_id},
        destination={"volume": volume["id"], "location": "copies/copy.txt"},
    )
    done = finish(client, response.json()["href"])
    assert done["result"]["storage"]["type"] == "PLATFORM"
    listing = client.get(f"{volume['href']}/list", params={"prefix": "copies/"}).json()
    assert [item["location"] for item in listing["items"]] == ["copies/copy.txt"]


def test_an_occupied_location_fails_unless_overwriting(
    emu: Emulator, client: httpx.Client, volume: dict[str, Any], project: dict[str, Any]
) -> None:
    destination = {"volume": volume["id"], "location": "README.txt"}
    first = platform_file(emu, project, "one.txt", b"one")
    failed = finish(
        client, export(client, True, source={"file": first}, destination=destination).json()["href"]
    )
    assert failed["state"] == "FAILED" and failed["error"]["code"] == 9107
    assert "result" not in failed
    ok = finish(
        client,
        export(
            client, True, source={"file": first}, destination=destination, overwrite=True
        ).json()["href"],
    )
    assert ok["state"] == "COMPLETED" and ok["overwrite"] is True


def test_export_refusals(
    emu: Emulator, client: httpx.Client, volume: dict[str, Any], project: dict[str, Any]
) -> None:
    file_id = platform_file(emu, project, "x.txt", b"x")
    to = {"volume": volume["id"], "location": "x.txt"}
    folder = client.post("/files", json={"name": "dir", "project": project["id"], "type": "FOLDER"})
    cases: list[tuple[dict[str, Any], int, int]] = [
        ({"source": {"file": "0" * 24}, "destination": to}, 404, 9009),
        ({"source": {"file": folder.json()["id"]}, "destination": to}, 400, 9006),
        (
            {"source": {"file": file_id}, "destination": {"volume": "ghost/none", "location": "x"}},
            404,
            9007,
        ),
        ({"source": {"file": file_id}, "destination": {**to, "location": "dir/"}}, 400, 9011),
        (
            {
                "source": {"file": file_id},
                "destination": to,
                "properties": {"aws_storage_class": "X"},
            },
            400,
            9024,
        ),
        (
            {"source": {"file": file_id}, "destination": to, "properties": {"aws_canned_acl": "X"}},
            400,
            9022,
        ),
        (
            {"source": {"file": file_id}, "destination": to, "properties": {"sse_algorithm": "X"}},
            400,
            9032,
        ),
        ({"source": {"file": file_id}}, 400, 9011),
    ]
    for body, status, code in cases:
        assert_error(export(client, **body), status, code)
    client.patch(volume["href"], json={"access_mode": "RO"})
    assert_error(export(client, source={"file": file_id}, destination=to), 400, 9026)
    assert_error(
        client.post("/storage/exports", params={"copy_only": "maybe"}, json={}), 400, 90000
    )
    assert client.get("/storage/exports").json()["items"] == []


def test_exporting_needs_permissions_in_the_project(
    emu: Emulator, client: httpx.Client, volume: dict[str, Any], project: dict[str, Any]
) -> None:
    with emu.state.lock:
        theirs = emu.state.add_project("rfranklin", "Theirs", project["billing_group"])
        theirs.members[emu.username] = ProjectMember(
            id=emu.username, type="USER", permissions=Permissions(read=True, copy=True)
        )
    file_id = platform_file(emu, {"id": theirs.id}, "t.txt", b"t")
    to = {"volume": volume["id"], "location": "t.txt"}
    assert_error(export(client, source={"file": file_id}, destination=to), 403, 9004)
    assert export(client, True, source={"file": file_id}, destination=to).status_code == 201


def test_list_get_and_bulk_exports(
    emu: Emulator, client: httpx.Client, volume: dict[str, Any], project: dict[str, Any]
) -> None:
    ids = [platform_file(emu, project, f"f{n}.txt", b"n") for n in range(2)]
    items = [
        {"source": {"file": ids[0]}, "destination": {"volume": volume["id"], "location": "f0"}},
        {"source": {"file": "0" * 24}, "destination": {"volume": volume["id"], "location": "z"}},
        {"source": {"file": ids[1]}, "destination": {"volume": volume["id"], "location": "f1"}},
    ]
    created = client.post(
        "/bulk/storage/exports/create", params={"copy_only": "True"}, json={"items": items}
    )
    assert created.status_code == 200, created.text
    records = created.json()["items"]
    assert records[1]["error"]["code"] == 9009
    jobs = [records[0]["resource"]["id"], records[2]["resource"]["id"]]
    got = client.post("/bulk/storage/exports/get", json={"export_ids": [*jobs, "nope"]}).json()
    assert [r.get("resource", {}).get("state") for r in got["items"]] == [
        "RUNNING",
        "RUNNING",
        None,
    ]
    listed = client.get("/storage/exports", params={"volume": volume["id"]})
    assert listed.headers["X-Total-Matching-Query"] == "2"
    assert [job["state"] for job in listed.json()["items"]] == ["COMPLETED", "COMPLETED"]
    for job_id in jobs:
        result = client.get(f"/storage/exports/{job_id}").json()["result"]
        assert result["storage"]["type"] == "PLATFORM"  # copy_only applied to every item
    assert client.get("/storage/exports", params={"state": "FAILED"}).json()["items"] == []
    assert_error(client.get("/storage/exports/nope"), 404, 9008)


# -- DRS imports ---------------------------------------------------------------------------------


def drs_job(client: httpx.Client, **body: Any) -> dict[str, Any]:
    response = client.post("/bulk/drs/imports/create", json=body)
    assert response.status_code == 200, response.text
    job: dict[str, Any] = response.json()
    assert job["state"] == "SUBMITTED" and job["result"] == [] and job["id"].isdigit()
    href = job["href"]
    assert href.endswith(f"/v2/bulk/drs/imports/{job['id']}")
    assert client.get(href).json()["state"] == "RUNNING"
    done: dict[str, Any] = client.get(href).json()
    assert done["state"] == "FINISHED" and done["finished_on"] is not None
    return done


def test_drs_import_creates_files_with_metadata_and_tags(
    client: httpx.Client, project: dict[str, Any]
) -> None:
    items = [
        {
            "drs_uri": "drs://drs.example.org/obj-1",
            "project": project["id"],
            "name": "sample.cram",
            "metadata": {"sample_id": "S1"},
            "tags": ["cram"],
        },
        {"drs_uri": "drs://drs.example.org/missing-2", "project": project["id"]},
        {"drs_uri": "drs://drs.example.org/obj-3", "project": "john_doe/ghost"},
    ]
    done = drs_job(client, items=items, tags=["drs"])
    first, missing, ghost = done["result"]
    file = first["resource"]
    assert file["name"] == "sample.cram" and file["project"] == project["id"]
    assert file["metadata"] == {"sample_id": "S1"} and file["tags"] == ["cram", "drs"]
    assert contents(client, file["id"]) == b"DRS object drs://drs.example.org/obj-1\n"
    assert missing["error"]["code"] == 10225 and missing["error"]["status"] == 404
    assert ghost["error"]["code"] == 9012


def test_drs_conflict_resolution(client: httpx.Client, project: dict[str, Any]) -> None:
    item = {"drs_uri": "drs://drs.example.org/obj", "project": project["id"]}
    first = drs_job(client, items=[item])["result"][0]["resource"]
    skipped = drs_job(client, items=[item])["result"][0]
    assert skipped["error"]["code"] == 9108
    renamed = drs_job(client, items=[item], conflict_resolution="AUTORENAME")["result"][0]
    assert renamed["resource"]["name"] == "_1_obj"
    replaced = drs_job(client, items=[item], conflict_resolution="OVERWRITE")["result"][0]
    assert replaced["resource"]["name"] == "obj" and replaced["resource"]["id"] != first["id"]


def test_drs_import_needs_write_permission(
    emu: Emulator, client: httpx.Client, project: dict[str, Any]
) -> None:
    with emu.state.lock:
        theirs = emu.state.add_project("rfranklin", "Theirs", project["billing_group"])
        theirs.members[emu.username] = ProjectMember(
            id=emu.username, type="USER", permissions=Permissions(read=True)
        )
    done = drs_job(client, items=[{"drs_uri": "drs://h.example/a", "project": theirs.id}])
    assert done["result"][0]["error"]["code"] == 10221


def test_drs_refusals(client: httpx.Client, project: dict[str, Any]) -> None:
    good = {"drs_uri": "drs://h.example/a", "project": project["id"]}
    cases = [
        {"items": []},
        {"items": [{**good, "drs_uri": "https://h.example/a"}]},
        {"items": [{**good, "drs_uri": "drs://h.example"}]},
        {"items": [{"drs_uri": "drs://h.example/a"}]},
        {"items": [{**good, "parent": "0" * 24}]},
        {"items": [good], "conflict_resolution": "MERGE"},
        {"items": [{**good, "metadata": "x"}]},
        {"items": [good] * 101},
    ]
    for body in cases:
        assert_error(client.post("/bulk/drs/imports/create", json=body), 400, 9011)
    assert_error(client.get("/bulk/drs/imports/123"), 404, 10211)


# -- what the overlay's volumes area relies on ---------------------------------------------------


def test_locations_outside_the_volume_are_refused(
    emu: Emulator, client: httpx.Client, volume: dict[str, Any], project: dict[str, Any]
) -> None:
    to_project = {"project": project["id"]}
    file_id = platform_file(emu, project, "out.txt", b"out")
    for location in ("../README.txt", "/README.txt", "reads/../../x", "./README.txt"):
        body = {"source": {"volume": volume["id"], "location": location}, "destination": to_project}
        refused = assert_error(client.post("/storage/imports", json=body), 400, 9103)
        assert location in refused["message"] and "lab-data" in refused["message"]
        body = {
            "source": {"file": file_id},
            "destination": {"volume": volume["id"], "location": location},
        }
        assert_error(export(client, **body), 400, 9103)
        params = {"location": location}
        assert_error(client.get(f"{volume['href']}/object", params=params), 400, 9103)
    assert_error(client.get(f"{volume['href']}/list", params={"prefix": "../"}), 400, 9103)
    assert client.get("/storage/imports").json()["items"] == []
    assert client.get("/storage/exports").json()["items"] == []


def test_more_than_a_hundred_items_per_bulk_call_are_refused(
    client: httpx.Client, volume: dict[str, Any], project: dict[str, Any]
) -> None:
    item = {
        "source": {"volume": volume["id"], "location": "README.txt"},
        "destination": {"project": project["id"]},
    }
    assert_error(
        client.post("/bulk/storage/imports/create", json={"items": [item] * 101}), 400, 9011
    )
    export_item = {
        "source": {"file": "0" * 24},
        "destination": {"volume": volume["id"], "location": "x"},
    }
    assert_error(
        client.post("/bulk/storage/exports/create", json={"items": [export_item] * 101}), 400, 9011
    )
    assert_error(
        client.post("/bulk/storage/exports/get", json={"export_ids": ["x"] * 101}), 400, 9011
    )
    drs = {"drs_uri": "drs://drs.example.org/obj", "project": project["id"]}
    assert_error(client.post("/bulk/drs/imports/create", json={"items": [drs] * 101}), 400, 9011)
    assert_error(client.post("/bulk/tasks/get", json={"task_ids": ["x"] * 101}), 400, 90000)
    assert client.get("/storage/imports").json()["items"] == []
    # Exactly 100 is fine.
    created = client.post("/bulk/storage/imports/create", json={"items": [item] * 100})
    assert created.status_code == 200 and len(created.json()["items"]) == 100


def test_drs_jobs_keep_pace_and_report_every_item(
    emu: Emulator, client: httpx.Client, project: dict[str, Any]
) -> None:
    emu.set_pace(reads_per_step=2)
    items = [
        {"drs_uri": "drs://drs.example.org/obj-1", "project": project["id"]},
        {"drs_uri": "drs://drs.example.org/missing-2", "project": project["id"]},
    ]
    job = client.post("/bulk/drs/imports/create", json={"items": items}).json()
    href = f"/bulk/drs/imports/{job['id']}"
    states = [client.get(href).json()["state"] for _ in range(4)]
    assert states == ["SUBMITTED", "RUNNING", "RUNNING", "FINISHED"]
    result = client.get(href).json()["result"]
    assert [set(r) for r in result] == [{"resource"}, {"error"}]
    assert result[1]["error"]["code"] == 10225
