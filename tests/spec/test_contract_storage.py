"""Contract for volumes, imports, exports and DRS imports: every operation of these tags, sent to
the emulator, answers as the spec documents it. An operation the emulator does not route fails here."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from openapi_schema_validator import OAS30Validator
from sevenbridges_emulator import Emulator
from sevenbridges_emulator.stores.volumes import put_object

from .contract import check_documented, fill_path, operation_id, operations_tagged
from .spec_loader import resolve

COVERED_TAGS = ("volumes", "imports", "exports", "drs_imports")

S3 = {
    "type": "S3",
    "bucket": "contract-data",
    "credentials": {"access_key_id": "AKIAEXAMPLE", "secret_access_key": "secret"},
}
# Deletions run last so that the other operations still find their targets.
LAST = ("remove_volume_member", "delete_volume")


def platform_file(emulator: Emulator, project_id: str, name: str) -> str:
    with emulator.state.lock:
        blob = emulator.state.storage.write_blob(f"content of {name}".encode())
        record = emulator.state.files.add_file(
            project_id=project_id, parent_id=None, name=name, size=11 + len(name), blob=blob
        )
        return record.id


def finished(client: httpx.Client, href: str) -> dict[str, Any]:
    """A job read until it has finished (jobs move on as they are read)."""
    for _ in range(3):
        body: dict[str, Any] = client.get(href).json()
    return body


@pytest.fixture(scope="module")
def setup() -> Any:
    with Emulator() as emulator:
        client = httpx.Client(headers={"X-SBG-Auth-Token": emulator.token}, timeout=10)
        base = emulator.url
        group = client.get(f"{base}/billing/groups").json()["items"][0]["id"]
        project = client.post(
            f"{base}/projects", json={"name": "Contract", "billing_group": group}
        ).json()["id"]
        volume = client.post(
            f"{base}/storage/volumes", json={"name": "contract", "service": S3}
        ).json()
        doomed = client.post(f"{base}/storage/volumes", json={"name": "doomed", "service": S3})
        client.patch(doomed.json()["href"], json={"active": False})
        for location in ("sample_1.fq", "sample_2.fq", "reads/r1.fq", "reads/r2.fq"):
            put_object(emulator.state, volume["id"], location, location.encode(), {"lane": 1})
        members = f"{volume['href']}/members"
        client.post(members, json={"username": "rfranklin", "permissions": {"read": True}})
        to_project = {"project": project}
        imported = client.post(
            f"{base}/storage/imports",
            json={
                "source": {"volume": volume["id"], "location": "sample_1.fq"},
                "destination": to_project,
            },
        ).json()
        exported = client.post(
            f"{base}/storage/exports",
            params={"copy_only": "true"},
            json={
                "source": {"file": platform_file(emulator, project, "out.bam")},
                "destination": {"volume": volume["id"], "location": "out/out.bam"},
            },
        ).json()
        drs = client.post(
            f"{base}/bulk/drs/imports/create",
            json={"items": [{"drs_uri": "drs://drs.example.org/abc", "project": project}]},
        ).json()
        for job in (imported, exported, drs):
            finished(client, job["href"])
        bodies: dict[str, Any] = {
            "create_volume": {
                "name": "created",
                "access_mode": "RO",
                "description": "Made by the contract test",
                "service": {
                    "type": "GCS",
                    "bucket": "b",
                    "credentials": {
                        "client_email": "sa@example.iam.gserviceaccount.com",
                        "private_key": "-----BEGIN PRIVATE KEY-----\nx\n-----END PRIVATE KEY-----\n",
                    },
                },
            },
            "update_volume": {
                "description": "Edited",
                "service": {"properties": {"sse_algorithm": "AES256"}},
            },
            "add_volume_member": {
                "username": "jwatson",
                "permissions": {"read": True, "copy": True},
            },
            "update_volume_member_permissions": {"write": True},
            "create_import": {
                "source": {"volume": volume["id"], "location": "reads/"},
                "destination": to_project,
                "preserve_folder_structure": True,
            },
            "bulk_create_imports": {
                "items": [
                    {
                        "source": {"volume": volume["id"], "location": "sample_2.fq"},
                        "destination": to_project,
                    },
                    {
                        "source": {"volume": "ghost/none", "location": "x"},
                        "destination": to_project,
                    },
                ]
            },
            "bulk_get_imports": {"import_ids": [imported["id"], "missing"]},
            "create_export": {
                "source": {"file": platform_file(emulator, project, "second.bam")},
                "destination": {"volume": volume["id"], "location": "out/second.bam"},
                "properties": {"sse_algorithm": "AES256"},
            },
            "bulk_create_exports": {
                "items": [
                    {
                        "source": {"file": platform_file(emulator, project, "third.bam")},
                        "destination": {"volume": volume["id"], "location": "out/third.bam"},
                    },
                    {
                        "source": {"file": "0" * 24},
                        "destination": {"volume": volume["id"], "location": "out/x"},
                    },
                ]
            },
            "bulk_get_exports": {"export_ids": [exported["id"], "missing"]},
            "bulk_create_drs_imports": {
                "items": [
                    {
                        "drs_uri": "drs://drs.example.org/def",
                        "project": project,
                        "metadata": {"sample_id": "S1"},
                    }
                ],
                "tags": ["drs"],
                "conflict_resolution": "AUTORENAME",
            },
        }
        owner, name = volume["id"].split("/")
        context = {
            "client": client,
            "base": base,
            "params": {
                "owner": owner,
                "volume": name,
                "username": "rfranklin",
                "export_id": exported["id"],
            },
            "imports": {"storage": imported["id"], "drs": drs["id"]},
            "doomed": doomed.json()["name"],
            "volume": volume,
            "bodies": bodies,
        }
        yield context
        client.close()


def request_for(ctx: dict[str, Any], op_id: str) -> tuple[dict[str, str], dict[str, Any]]:
    """Path parameters and query for one operation."""
    params = dict(ctx["params"])
    params["import_id"] = ctx["imports"]["drs" if op_id == "get_drs_import" else "storage"]
    query: dict[str, Any] = {}
    if op_id == "delete_volume":
        params["volume"] = ctx["doomed"]
    if op_id == "list_volume_contents":
        query = {"limit": 1, "fields": "_all"}
    if op_id == "get_volume_object":
        query = {"location": "reads/r1.fq"}
    if op_id in ("create_export", "bulk_create_exports"):
        query = {"copy_only": "true"}
    if op_id == "list_imports":
        query = {"volume": ctx["volume"]["id"], "state": "COMPLETED"}
    if op_id in ("list_volumes", "list_volume_members", "list_exports"):
        query = {"fields": "_all"}
    return params, query


@pytest.mark.parametrize(
    ("method", "path", "operation"), operations_tagged(COVERED_TAGS, LAST), ids=operation_id
)
def test_operation_answers_as_documented(
    setup: dict[str, Any], method: str, path: str, operation: dict[str, Any]
) -> None:
    op_id = operation["operationId"]
    params, query = request_for(setup, op_id)
    url = fill_path(setup["base"], path, params)
    body = setup["bodies"].get(op_id)
    response = setup["client"].request(method, url, params=query, json=body)
    check_documented(method, path, operation, response)


def validate(schema_name: str, document: Any) -> None:
    OAS30Validator(resolve({"$ref": f"#/components/schemas/{schema_name}"})).validate(document)


def test_finished_jobs_and_records_match_the_schemas(setup: dict[str, Any]) -> None:
    client, base = setup["client"], setup["base"]
    imported = client.get(f"{base}/storage/imports/{setup['imports']['storage']}").json()
    assert imported["state"] == "COMPLETED" and imported["result"]["type"] == "file"
    validate("Import", imported)
    exported = client.get(f"{base}/storage/exports/{setup['params']['export_id']}").json()
    assert exported["result"]["storage"]["type"] == "PLATFORM"
    validate("Export", exported)
    drs = client.get(f"{base}/bulk/drs/imports/{setup['imports']['drs']}").json()
    assert drs["state"] == "FINISHED" and drs["result"][0]["resource"]["size"] > 0
    validate("DrsImport", drs)
    failing = client.post(
        f"{base}/bulk/drs/imports/create",
        json={"items": [{"drs_uri": "drs://h.example/missing", "project": "x/y"}]},
    ).json()
    failed = finished(client, failing["href"])
    assert failed["result"][0]["error"]["code"] == 10225
    validate("DrsImport", failed)
    bulk = client.post(f"{base}/bulk/storage/imports/get", json={"import_ids": ["nope"]}).json()
    assert bulk["items"][0]["error"]["code"] == 9008
    validate("ImportBulkResponse", bulk)


def test_volume_listing_pages_match_the_schema(setup: dict[str, Any]) -> None:
    client = setup["client"]
    url: str | None = f"{setup['volume']['href']}/list?limit=1"
    shapes = set()
    while url is not None:
        page = client.get(url).json()
        validate("VolumeContentList", page)
        shapes.add((len(page["items"]), len(page["prefixes"])))
        url = page["links"][0]["next"] if page["links"] else None
    assert shapes == {(1, 0), (0, 1)}


def test_error_responses_match_the_error_schema(setup: dict[str, Any]) -> None:
    client, base = setup["client"], setup["base"]
    error_schema = resolve({"$ref": "#/components/schemas/Error"})
    for method, url, body in (
        ("GET", f"{base}/storage/volumes/nobody/nothing", None),
        ("POST", f"{base}/storage/volumes", {"name": "bad name", "service": S3}),
        ("GET", f"{base}/storage/imports/nope", None),
        ("POST", f"{base}/storage/exports", {"source": {"file": "0" * 24}}),
        ("GET", f"{base}/bulk/drs/imports/1", None),
    ):
        response = client.request(method, url, json=body)
        assert 400 <= response.status_code < 500, response.text
        OAS30Validator(error_schema).validate(response.json())
        assert response.json()["status"] == response.status_code
