"""Contract for multipart uploads: every operation of the tag, sent to the emulator, answers as the
spec documents it. The part itself goes to the emulator's storage server, as a client would send it."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sevenbridges_emulator import Emulator

from .contract import check_documented, fill_path, operation_id, operations_tagged

COVERED_TAGS = ("uploads",)

CONTENT = b"hello"
# The part is reported, then the upload completed; abort gets an upload of its own.
LAST = ("report_upload_part", "complete_upload", "abort_upload")


@pytest.fixture(scope="module")
def setup() -> Iterator[tuple[httpx.Client, str, dict[str, str], dict[str, Any]]]:
    with Emulator() as emulator:
        client = httpx.Client(headers={"X-SBG-Auth-Token": emulator.token}, timeout=10)
        base = emulator.url
        group = client.get(f"{base}/billing/groups").json()["items"][0]["id"]
        project = client.post(f"{base}/projects", json={"name": "Uploads", "billing_group": group})
        project_id = project.json()["id"]
        create_body = {"project": project_id, "name": "contract.txt", "size": len(CONTENT)}
        upload = client.post(f"{base}/upload/multipart", json=create_body)
        assert upload.status_code == 200, upload.text
        upload_id = upload.json()["upload_id"]
        part = client.get(f"{base}/upload/multipart/{upload_id}/part/1").json()
        stored = httpx.put(part["url"], content=CONTENT)  # to storage: no API token
        assert stored.headers["ETag"] == f'"{hashlib.md5(CONTENT).hexdigest()}"'
        report = {"part_number": 1, "response": {"headers": {"ETag": stored.headers["ETag"]}}}
        bodies: dict[str, Any] = {
            "create_upload": {**create_body, "name": "second.txt", "part_size": 5 << 20},
            "report_upload_part": report,
            "complete_upload": {"parts": [report]},
            "new_upload": {**create_body, "name": "aborted.txt"},
        }
        yield client, base, {"upload_id": upload_id, "part_number": "1"}, bodies
        client.close()


@pytest.mark.parametrize(
    ("method", "path", "operation"), operations_tagged(COVERED_TAGS, LAST), ids=operation_id
)
def test_operation_answers_as_documented(
    setup: tuple[httpx.Client, str, dict[str, str], dict[str, Any]],
    method: str,
    path: str,
    operation: dict[str, Any],
) -> None:
    client, base, params, bodies = setup
    op_id = operation["operationId"]
    url_params = dict(params)
    if op_id == "abort_upload":
        fresh = client.post(f"{base}/upload/multipart", json=bodies["new_upload"])
        url_params["upload_id"] = fresh.json()["upload_id"]
    query: dict[str, Any] = {}
    if op_id == "get_upload":
        query = {"list_parts": "true"}
    elif op_id == "create_upload":
        query = {"overwrite": "false"}
    elif op_id == "list_uploads":
        query = {"fields": "_all"}
    url = fill_path(base, path, url_params)
    response = client.request(method, url, params=query, json=bodies.get(op_id))
    check_documented(method, path, operation, response)
    if op_id == "complete_upload":
        assert response.json()["size"] == len(CONTENT)
