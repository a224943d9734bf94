"""Multipart uploads over real HTTP: start (part-size choice, validation), part URLs, parts sent to
the storage server, reports, complete (the file and its bytes), abort, listing, and errors."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from emu_helpers import assert_error, assert_timestamps
from sevenbridges_emulator import Emulator

MIB = 1 << 20
TOKEN_HEADERS = {"x-sbg-auth-token", "authorization"}


@pytest.fixture
def plain() -> Iterator[httpx.Client]:
    """The storage side: no API token."""
    with httpx.Client(timeout=30) as client:
        yield client


def start(client: httpx.Client, overwrite: str | None = None, **body: Any) -> dict[str, Any]:
    params = {"overwrite": overwrite} if overwrite is not None else {}
    response = client.post("/upload/multipart", params=params, json=body)
    assert response.status_code == 200, response.text
    started: dict[str, Any] = response.json()
    return started


def send(
    client: httpx.Client, plain: httpx.Client, upload_id: str, number: int, data: bytes
) -> str:
    """PUT one part where the API says; returns the ETag the storage answered."""
    part = client.get(f"/upload/multipart/{upload_id}/part/{number}")
    assert part.status_code == 200, part.text
    info = part.json()
    response = plain.request(info["method"], info["url"], content=data, headers=info["headers"])
    assert response.status_code in info["report"]["success_codes"]
    etag: str = response.headers["ETag"]
    return etag


def report(client: httpx.Client, upload_id: str, number: int, etag: str) -> httpx.Response:
    return client.post(
        f"/upload/multipart/{upload_id}/part",
        json={"part_number": number, "response": {"headers": {"ETag": etag}}},
    )


def upload_bytes(
    client: httpx.Client, plain: httpx.Client, data: bytes, **body: Any
) -> dict[str, Any]:
    """The whole protocol: start, every part sent and reported, complete. Returns the file."""
    started = start(client, size=len(data), **body)
    size = started["part_size"]
    upload_id = started["upload_id"]
    for index in range(max(1, -(-len(data) // size))):
        piece = data[index * size : (index + 1) * size]
        etag = send(client, plain, upload_id, index + 1, piece)
        assert report(client, upload_id, index + 1, etag).status_code == 204
    done = client.post(f"/upload/multipart/{upload_id}/complete")
    assert done.status_code == 200, done.text
    file: dict[str, Any] = done.json()
    return file


def download(client: httpx.Client, plain: httpx.Client, file_id: str) -> bytes:
    info = client.get(f"/files/{file_id}/download_info")
    assert info.status_code == 200, info.text
    response = plain.get(info.json()["url"])
    assert response.status_code == 200
    return response.content


# -- the whole protocol -------------------------------------------------------------------------


def test_three_part_upload(
    emu: Emulator, client: httpx.Client, plain: httpx.Client, project: dict[str, Any]
) -> None:
    data = os.urandom(12 * MIB)
    started = start(
        client, project=project["id"], name="reads.bam", size=len(data), part_size=5 * MIB
    )
    upload_id = started["upload_id"]
    assert len(upload_id) == 64 and upload_id.isalnum()
    assert started == {
        "href": f"{emu.url}/upload/multipart/{upload_id}",
        "upload_id": upload_id,
        "project": project["id"],
        "parent": None,
        "name": "reads.bam",
        "size": len(data),
        "part_size": 5 * MIB,
        "parallel_uploads": True,
        "initiated": started["initiated"],
        "uploaded_parts_count": 0,
    }
    assert assert_timestamps(started) == 1
    etags = {}
    for number in (3, 1, 2):  # parts may go in any order
        piece = data[(number - 1) * 5 * MIB : number * 5 * MIB]
        etags[number] = send(client, plain, upload_id, number, piece)
        assert etags[number] == f'"{hashlib.md5(piece).hexdigest()}"'
        assert report(client, upload_id, number, etags[number]).status_code == 204
    listed = client.get(f"/upload/multipart/{upload_id}", params={"list_parts": "true"}).json()
    assert listed["uploaded_parts_count"] == 3
    assert listed["parts"] == [
        {"part_number": n, "response": {"headers": {"ETag": etags[n]}}} for n in (1, 2, 3)
    ]
    assert "parts" not in client.get(f"/upload/multipart/{upload_id}").json()
    done = client.post(f"/upload/multipart/{upload_id}/complete", content=b"null")
    assert done.status_code == 200, done.text
    file = done.json()
    assert file["name"] == "reads.bam" and file["size"] == len(data) and file["type"] == "file"
    assert file["project"] == project["id"]
    assert client.get(f"/files/{file['id']}").json()["size"] == len(data)
    assert download(client, plain, file["id"]) == data
    assert_error(client.get(f"/upload/multipart/{upload_id}"), 404, 8003)  # gone once complete


def test_no_api_token_reaches_storage(
    emu: Emulator, client: httpx.Client, plain: httpx.Client, project: dict[str, Any]
) -> None:
    data = os.urandom(6 * MIB)
    file = upload_bytes(client, plain, data, project=project["id"], name="a.bin", part_size=5 * MIB)
    download(client, plain, file["id"])
    log = emu.state.storage.header_log
    assert [method for method, _, _ in log] == ["PUT", "PUT", "GET"]
    for _, _, headers in log:
        assert not TOKEN_HEADERS & {name.lower() for name in headers}, headers


def test_single_part_as_large_as_the_file(
    client: httpx.Client, plain: httpx.Client, project: dict[str, Any]
) -> None:
    """What the raw transfer benchmark does: one part of the whole size, body streamed."""
    data = os.urandom(7 * MIB + 3)
    started = start(
        client, project=project["id"], name="raw.bin", size=len(data), part_size=len(data)
    )
    assert started["part_size"] == len(data)
    part = client.get(f"/upload/multipart/{started['upload_id']}/part/1").json()
    assert part["method"] == "PUT" and part["headers"] == {} and part["success_codes"] == [200]
    assert part["report"] == {"headers": ["ETag"], "success_codes": [200]}
    assert_timestamps({"expires": part["expires"]})

    def body() -> Iterator[bytes]:
        for offset in range(0, len(data), MIB):
            yield data[offset : offset + MIB]

    stored = plain.put(part["url"], content=body(), headers={"Content-Length": str(len(data))})
    assert report(client, started["upload_id"], 1, stored.headers["ETag"]).status_code == 204
    done = client.post(f"/upload/multipart/{started['upload_id']}/complete")
    assert download(client, plain, done.json()["id"]) == data


def test_complete_with_the_parts_in_the_body(
    client: httpx.Client, plain: httpx.Client, project: dict[str, Any]
) -> None:
    data = os.urandom(6 * MIB)
    started = start(client, project=project["id"], name="b.bin", size=len(data), part_size=5 * MIB)
    upload_id = started["upload_id"]
    parts = [
        {"part_number": n, "response": {"headers": {"ETag": send(client, plain, upload_id, n, p)}}}
        for n, p in ((1, data[: 5 * MIB]), (2, data[5 * MIB :]))
    ]
    done = client.post(f"/upload/multipart/{upload_id}/complete", json={"parts": parts})
    assert done.status_code == 200, done.text
    assert download(client, plain, done.json()["id"]) == data


def test_zero_byte_files(
    client: httpx.Client, plain: httpx.Client, project: dict[str, Any]
) -> None:
    one_empty_part = upload_bytes(client, plain, b"", project=project["id"], name="empty-1")
    assert one_empty_part["size"] == 0
    started = start(client, project=project["id"], name="empty-2", size=0)
    no_parts = client.post(f"/upload/multipart/{started['upload_id']}/complete")
    assert no_parts.status_code == 200 and no_parts.json()["size"] == 0
    for file in (one_empty_part, no_parts.json()):
        assert download(client, plain, file["id"]) == b""


def test_upload_into_a_folder_and_overwrite(
    client: httpx.Client, plain: httpx.Client, project: dict[str, Any]
) -> None:
    folder = client.post("/files", json={"name": "in", "project": project["id"], "type": "FOLDER"})
    assert folder.status_code in (200, 201), folder.text
    folder_id = folder.json()["id"]
    first = upload_bytes(client, plain, b"first", parent=folder_id, name="x.txt")
    assert first["parent"] == folder_id
    taken = client.post("/upload/multipart", json={"parent": folder_id, "name": "x.txt"})
    assert_error(taken, 409, 8005)
    started = start(client, overwrite="True", parent=folder_id, name="x.txt", size=6)
    assert started["parent"] == folder_id
    etag = send(client, plain, started["upload_id"], 1, b"second")
    report(client, started["upload_id"], 1, etag)
    second = client.post(f"/upload/multipart/{started['upload_id']}/complete").json()
    assert second["id"] != first["id"]
    assert_error(client.get(f"/files/{first['id']}"), 404, 5002)
    assert download(client, plain, second["id"]) == b"second"


# -- part sizes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "asked", "chosen"),
    [
        (100 * MIB, None, 32 * MIB),  # left out: the recommended size
        (100 * MIB, 1024, 5 * MIB),  # below the minimum
        (100 * MIB, 8 * MIB, 8 * MIB),  # fine as asked
        (None, 6 << 30, 5 << 30),  # above the maximum
        (1 << 30, 1 << 30, 1 << 30),  # one part as large as the file
        (5 << 40, 5 * MIB, 525 * MIB),  # 5 TiB: raised until 10,000 parts are enough
    ],
)
def test_the_server_chooses_the_part_size(
    client: httpx.Client, project: dict[str, Any], size: int | None, asked: int | None, chosen: int
) -> None:
    body: dict[str, Any] = {"project": project["id"], "name": "big.bin"}
    if size is not None:
        body["size"] = size
    if asked is not None:
        body["part_size"] = asked
    assert start(client, **body)["part_size"] == chosen


# -- errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"name": "a"}, 400, 5029),
        ({"name": "a", "project": "P", "parent": "0" * 24}, 400, 5031),
        ({"name": "a", "project": "no-slash"}, 400, 8010),
        ({"name": "a", "project": "john_doe/missing"}, 404, 3002),
        ({"name": "a", "parent": "0" * 24}, 404, 5026),
        ({"project": "P"}, 400, 8013),
        ({"project": "P", "name": "a/b"}, 400, 5024),
        ({"project": "P", "name": "x" * 256}, 400, 5024),
        ({"project": "P", "name": "a", "size": -1}, 400, 8013),
        ({"project": "P", "name": "a", "size": "10"}, 400, 8013),
        ({"project": "P", "name": "a", "size": (5 << 40) + 1}, 400, 8013),
        ({"project": "P", "name": "a", "part_size": 0}, 400, 8013),
        ({"project": "P", "name": "a", "md5": "abc"}, 400, 8013),
    ],
)
def test_init_validation(
    client: httpx.Client, project: dict[str, Any], body: dict[str, Any], status: int, code: int
) -> None:
    filled = {k: project["id"] if v == "P" else v for k, v in body.items()}
    assert_error(client.post("/upload/multipart", json=filled), status, code)


def test_init_body_and_query_errors(client: httpx.Client, project: dict[str, Any]) -> None:
    assert_error(client.post("/upload/multipart", json=["a"]), 400, 8013)
    assert_error(client.post("/upload/multipart", content=b"null"), 400, 8013)
    body = {"project": project["id"], "name": "a"}
    assert_error(
        client.post("/upload/multipart", params={"overwrite": "yes"}, json=body), 400, 90000
    )


def test_parent_that_is_a_file(
    client: httpx.Client, plain: httpx.Client, project: dict[str, Any]
) -> None:
    file = upload_bytes(client, plain, b"x", project=project["id"], name="f")
    assert_error(
        client.post("/upload/multipart", json={"parent": file["id"], "name": "a"}), 400, 5022
    )


def test_write_permission_is_needed(
    emu: Emulator, client: httpx.Client, project: dict[str, Any]
) -> None:
    added = client.post(
        f"/projects/{project['id']}/members",
        json={"username": "rfranklin", "permissions": {"read": True, "write": False}},
    )
    assert added.status_code in (200, 201), added.text
    with emu.state.lock:
        emu.state.add_user(emu.state.users["rfranklin"], "f" * 32)
    with httpx.Client(base_url=emu.url, headers={"X-SBG-Auth-Token": "f" * 32}) as reader:
        refused = reader.post("/upload/multipart", json={"project": project["id"], "name": "a"})
        assert refused.status_code == 403, refused.text
        # Someone else's upload is not theirs to see or touch.
        upload_id = start(client, project=project["id"], name="a")["upload_id"]
        assert_error(reader.get(f"/upload/multipart/{upload_id}"), 403, 8001)
        assert_error(reader.delete(f"/upload/multipart/{upload_id}"), 403, 8001)
        assert reader.get("/upload/multipart").json()["items"] == []


def test_part_number_errors(client: httpx.Client, project: dict[str, Any]) -> None:
    upload_id = start(client, project=project["id"], name="a", size=6 * MIB, part_size=5 * MIB)[
        "upload_id"
    ]
    for number in ("0", "3", "abc", "10001"):
        assert_error(client.get(f"/upload/multipart/{upload_id}/part/{number}"), 400, 8012)
    assert client.get(f"/upload/multipart/{upload_id}/part/2").status_code == 200
    unsized = start(client, project=project["id"], name="b")["upload_id"]
    assert client.get(f"/upload/multipart/{unsized}/part/10000").status_code == 200
    assert_error(client.get(f"/upload/multipart/{unsized}/part/10001"), 400, 8012)
    assert_error(client.get(f"/upload/multipart/{'x' * 64}/part/1"), 404, 8003)


def test_report_errors(client: httpx.Client, plain: httpx.Client, project: dict[str, Any]) -> None:
    upload_id = start(client, project=project["id"], name="a", size=10)["upload_id"]
    assert_error(report(client, upload_id, 1, '"' + "0" * 32 + '"'), 400, 8014)  # not sent yet
    etag = send(client, plain, upload_id, 1, b"0123456789")
    assert_error(report(client, upload_id, 1, '"' + "0" * 32 + '"'), 400, 8014)  # wrong ETag
    assert_error(report(client, upload_id, 2, etag), 400, 8014)  # no such part
    path = f"/upload/multipart/{upload_id}/part"
    for body in ({"part_number": 1}, {"part_number": 1, "response": {"headers": {}}}, [1], None):
        assert_error(client.post(path, json=body), 400, 8014)
    # The ETag passes verbatim or unquoted, the header name in any case; a trailing slash is fine.
    unquoted = {"part_number": 1, "response": {"headers": {"etag": etag.strip('"')}}}
    assert client.post(path + "/", json=unquoted).status_code == 204
    assert_error(client.post(f"/upload/multipart/{'x' * 64}/part", json=unquoted), 404, 8003)


def test_complete_errors(
    client: httpx.Client, plain: httpx.Client, project: dict[str, Any]
) -> None:
    data = os.urandom(6 * MIB)
    upload_id = start(client, project=project["id"], name="a", size=len(data), part_size=5 * MIB)[
        "upload_id"
    ]
    complete = f"/upload/multipart/{upload_id}/complete"
    first = send(client, plain, upload_id, 1, data[: 5 * MIB])
    report(client, upload_id, 1, first)
    body = assert_error(client.post(complete), 400, 8007)
    assert "2" in body["message"]
    for bad in ({"parts": "all"}, {"other": 1}, [1], {"parts": [{"part_number": 2}]}):
        assert_error(client.post(complete, json=bad), 400, 8015)
    # A part sent again after its report no longer matches the report.
    second = send(client, plain, upload_id, 2, data[5 * MIB :])
    report(client, upload_id, 2, second)
    send(client, plain, upload_id, 1, data[:MIB] * 5)  # same size, other bytes
    assert_error(client.post(complete), 400, 8007)
    first = send(client, plain, upload_id, 1, data[: 5 * MIB])
    report(client, upload_id, 1, first)
    assert client.post(complete).status_code == 200


def test_complete_checks_sizes(
    client: httpx.Client, plain: httpx.Client, project: dict[str, Any]
) -> None:
    small = start(client, project=project["id"], name="a")["upload_id"]  # no size given
    for number in (1, 2):
        report(client, small, number, send(client, plain, small, number, b"tiny"))
    body = assert_error(client.post(f"/upload/multipart/{small}/complete"), 400, 8007)
    assert "part size" in body["message"]
    short = start(client, project=project["id"], name="b", size=100)["upload_id"]
    report(client, short, 1, send(client, plain, short, 1, b"only 15 bytes.."))
    assert_error(client.post(f"/upload/multipart/{short}/complete"), 400, 8007)


def test_a_part_larger_than_the_part_size_is_refused(
    client: httpx.Client, plain: httpx.Client, project: dict[str, Any]
) -> None:
    upload_id = start(client, project=project["id"], name="big", size=11 * MIB, part_size=5 * MIB)[
        "upload_id"
    ]
    info = client.get(f"/upload/multipart/{upload_id}/part/1").json()
    too_big = plain.request("PUT", info["url"], content=b"x" * (5 * MIB + 1))
    assert too_big.status_code == 400
    assert "EntityTooLarge" in too_big.text


def test_name_taken_before_complete(
    client: httpx.Client, plain: httpx.Client, project: dict[str, Any]
) -> None:
    upload_id = start(client, project=project["id"], name="race.txt", size=3)["upload_id"]
    report(client, upload_id, 1, send(client, plain, upload_id, 1, b"abc"))
    upload_bytes(client, plain, b"winner", project=project["id"], name="race.txt")
    assert_error(client.post(f"/upload/multipart/{upload_id}/complete"), 409, 8005)
    assert client.get(f"/upload/multipart/{upload_id}").status_code == 200  # still there to abort


def test_abort(
    emu: Emulator, client: httpx.Client, plain: httpx.Client, project: dict[str, Any]
) -> None:
    upload_id = start(client, project=project["id"], name="a", size=3)["upload_id"]
    part = client.get(f"/upload/multipart/{upload_id}/part/1").json()
    deleted = client.request("DELETE", f"/upload/multipart/{upload_id}", content=b"{}")
    assert deleted.status_code == 204 and deleted.content == b""
    for response in (
        client.get(f"/upload/multipart/{upload_id}"),
        client.delete(f"/upload/multipart/{upload_id}"),
        client.get(f"/upload/multipart/{upload_id}/part/1"),
        client.post(f"/upload/multipart/{upload_id}/complete"),
    ):
        assert_error(response, 404, 8003)
    stored = plain.put(part["url"], content=b"abc")  # the storage forgot the upload too
    assert stored.status_code == 404
    assert client.get("/files", params={"project": project["id"]}).json()["items"] == []


def test_list_uploads(emu: Emulator, client: httpx.Client, project: dict[str, Any]) -> None:
    ids = [start(client, project=project["id"], name=f"f{n}")["upload_id"] for n in range(3)]
    page = client.get("/upload/multipart", params={"limit": 2})
    assert page.status_code == 200
    assert page.headers["X-Total-Matching-Query"] == "3"
    body = page.json()
    assert [item["upload_id"] for item in body["items"]] == ids[:2]
    assert set(body["items"][0]) == {"href", "upload_id", "project", "name", "initiated"}
    assert body["links"][0]["rel"] == "next"
    rest = client.get(body["links"][0]["href"]).json()
    assert [item["upload_id"] for item in rest["items"]] == ids[2:]
    full = client.get("/upload/multipart", params={"fields": "_all"}).json()["items"][0]
    assert full["part_size"] == 32 * MIB


def test_storage_faults_during_an_upload(
    emu: Emulator, client: httpx.Client, plain: httpx.Client, project: dict[str, Any]
) -> None:
    """A part that failed at the storage is sent again; the upload still completes."""
    upload_id = start(client, project=project["id"], name="a", size=5)["upload_id"]
    part = client.get(f"/upload/multipart/{upload_id}/part/1").json()
    emu.faults.storage_error_rate = 1.0
    assert plain.put(part["url"], content=b"hello").status_code == 500
    assert_error(report(client, upload_id, 1, f'"{hashlib.md5(b"hello").hexdigest()}"'), 400, 8014)
    emu.faults.storage_error_rate = 0.0
    etag = plain.put(part["url"], content=b"hello").headers["ETag"]
    assert report(client, upload_id, 1, etag).status_code == 204
    done = client.post(f"/upload/multipart/{upload_id}/complete")
    assert download(client, plain, done.json()["id"]) == b"hello"
