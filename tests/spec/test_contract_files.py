"""Contract for files and asynchronous file jobs: every operation of these tags, sent to the
emulator, answers as the spec documents it. An operation the emulator does not route fails here."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from openapi_schema_validator import OAS30Validator
from sevenbridges_emulator import Emulator

from .contract import check_documented, fill_path, operation_id, operations_tagged
from .spec_loader import resolve

COVERED_TAGS = ("files", "async_jobs")

AA = {"X-SBG-Advance-Access": "advance"}
MISSING = "0" * 24
# Deletions run last so that the other operations still find their targets.
LAST = ("delete_file", "bulk_delete_files")


def add_file(emulator: Emulator, project_id: str, name: str, parent: str | None = None) -> str:
    with emulator.state.lock:
        blob = emulator.state.storage.write_blob(f"content of {name}".encode())
        record = emulator.state.files.add_file(
            project_id=project_id, parent_id=parent, name=name, size=11, blob=blob
        )
        record.metadata = {"sample_id": "HCC1143"}
        record.tags = ["raw"]
        return record.id


@pytest.fixture(scope="module")
def setup() -> Any:
    with Emulator() as emulator:
        client = httpx.Client(headers={"X-SBG-Auth-Token": emulator.token}, timeout=10)
        base = emulator.url
        group = client.get(f"{base}/billing/groups").json()["items"][0]["id"]
        project_id = client.post(
            f"{base}/projects", json={"name": "Contract", "billing_group": group}
        ).json()["id"]
        folder = client.post(
            f"{base}/files", json={"name": "folder", "project": project_id, "type": "FOLDER"}
        ).json()["id"]
        file_id = add_file(emulator, project_id, "sample.fastq")
        throwaway = [add_file(emulator, project_id, f"tmp{n}.txt") for n in range(6)]
        add_file(emulator, project_id, "inside.txt", parent=folder)
        jobs = {
            kind: client.post(f"{base}/async/files/{kind}", json={"items": items}).json()["id"]
            for kind, items in (
                ("copy", [{"file": file_id, "parent": folder}]),
                ("move", [{"file": throwaway[0], "parent": folder}]),
                ("delete", [{"file": throwaway[1]}]),
            )
        }
        bodies: dict[str, Any] = {
            "create_folder": {"name": "new-folder", "project": project_id, "type": "FOLDER"},
            "search_files": {"query": "SELECT * FROM files WHERE metadata.sample_id = 'HCC1143'"},
            "update_file": {"metadata": {"library": "L1"}, "tags": ["raw", "qc"]},
            "replace_file": {
                "name": "sample_1.fastq",
                "tags": ["raw"],
                "metadata": {"sample_id": "HCC1143"},
            },
            "replace_file_metadata": {"sample_id": "HCC1143", "platform": "Illumina"},
            "update_file_metadata": {"platform": None, "paired_end": 1},
            "replace_file_tags": ["raw", "reviewed"],
            "copy_file": {"project": project_id, "name": "copy.fastq"},
            "move_file": {"parent": folder},
            "copy_files": {"project": project_id, "file_ids": [file_id, MISSING]},
            "bulk_get_files": {"file_ids": [file_id, MISSING]},
            "bulk_update_files": {
                "items": [{"file_id": throwaway[2], "name": "updated.txt", "tags": ["a"]}]
            },
            "bulk_edit_files": {"items": [{"file_id": file_id, "metadata": {"lane": 2}}]},
            "bulk_delete_files": {"file_ids": [throwaway[3], MISSING]},
            "start_async_file_copy": {"items": [{"file": folder, "project": project_id}]},
            "start_async_file_move": {"items": [{"file": throwaway[4], "parent": folder}]},
            "start_async_file_delete": {"items": [{"file": throwaway[5]}]},
        }
        context = {
            "client": client,
            "base": base,
            "project": project_id,
            "folder": folder,
            "file": file_id,
            "jobs": jobs,
            "bodies": bodies,
            "emulator": emulator,
        }
        yield context
        client.close()


def request_for(ctx: dict[str, Any], op_id: str) -> tuple[dict[str, str], dict[str, Any], Any]:
    """Path parameters, query and headers for one operation."""
    params = {"file_id": ctx["file"]}
    query: dict[str, Any] = {}
    headers: dict[str, str] = {}
    if op_id in ("list_files", "scroll_files"):
        query = {"project": ctx["project"], "tag": "raw", "fields": "_all"}
    if op_id in ("list_folder", "scroll_folder"):
        params["file_id"] = ctx["folder"]
    if op_id in ("scroll_files", "scroll_folder"):
        query |= {"cont_token": "init", "limit": 1}
        headers = AA
    if op_id == "get_file":
        headers = AA
    if op_id == "delete_file":
        params["file_id"] = add_file(ctx["emulator"], ctx["project"], "to-delete.txt")
    for kind in ("copy", "move", "delete"):
        if op_id == f"get_async_file_{kind}":
            params["job_id"] = ctx["jobs"][kind]
    return params, query, headers


@pytest.mark.parametrize(
    ("method", "path", "operation"), operations_tagged(COVERED_TAGS, LAST), ids=operation_id
)
def test_operation_answers_as_documented(
    setup: dict[str, Any], method: str, path: str, operation: dict[str, Any]
) -> None:
    op_id = operation["operationId"]
    params, query, headers = request_for(setup, op_id)
    url = fill_path(setup["base"], path, params)
    body = setup["bodies"].get(op_id)
    response = setup["client"].request(method, url, params=query, json=body, headers=headers)
    check_documented(method, path, operation, response)


def validate(schema_name: str, document: Any) -> None:
    OAS30Validator(resolve({"$ref": f"#/components/schemas/{schema_name}"})).validate(document)


def test_records_with_errors_match_the_schemas(setup: dict[str, Any]) -> None:
    client, base = setup["client"], setup["base"]
    bulk = client.post(f"{base}/bulk/files/get", json={"file_ids": [setup["file"], MISSING]})
    assert bulk.json()["items"][1]["error"]["code"] == 5002
    validate("BulkFileResponse", bulk.json())
    copied = client.post(
        f"{base}/action/files/copy", json={"project": setup["project"], "file_ids": [MISSING]}
    )
    assert copied.json()[MISSING]["code"] == 5002
    validate("FileCopyActionResult", copied.json())
    job = client.post(f"{base}/async/files/delete", json={"items": [{"file": MISSING}]})
    assert job.json()["result"][0]["error"]["code"] == 5002
    validate("AsyncJob", job.json())
    listed = client.get(f"{base}/files", params={"project": setup["project"], "limit": 1})
    assert listed.json()["links"][0]["rel"] == "next"
    validate("FileList", listed.json())


def test_error_responses_match_the_error_schema(setup: dict[str, Any]) -> None:
    client, base = setup["client"], setup["base"]
    error_schema = resolve({"$ref": "#/components/schemas/Error"})
    for method, url, body in (
        ("GET", f"{base}/files/{MISSING}", None),
        ("GET", f"{base}/files", None),
        ("POST", f"{base}/files", {"name": "x"}),
        ("DELETE", f"{base}/files/{setup['folder']}", None),
        ("GET", f"{base}/async/files/copy/{MISSING}", None),
    ):
        response = client.request(method, url, json=body)
        assert 400 <= response.status_code < 500, response.text
        OAS30Validator(error_schema).validate(response.json())
        assert response.json()["status"] == response.status_code
