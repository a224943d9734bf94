"""Contract for automations: every operation of the automation tags, sent to the emulator, answers
as the spec documents it. An operation the emulator does not route fails here."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from openapi_schema_validator import OAS30Validator
from sevenbridges_emulator import Emulator
from sevenbridges_emulator.state import User

from .contract import check_documented, fill_path, operation_id, operations_tagged
from .spec_loader import resolve

COVERED_TAGS = (
    "automations",
    "automation_packages",
    "automation_members",
    "automation_runs",
    "automation_uploads",
)
CODE = b"print('hello from a code package')\n"

# The upload is completed, then a second one is aborted; the member is removed after being read.
LAST = (
    "report_automation_upload_part",
    "complete_automation_upload",
    "abort_automation_upload",
    "remove_automation_member",
)


@contextlib.contextmanager
def serve_storage(emulator: Emulator) -> Iterator[None]:
    """Run the storage server for part URLs, unless the emulator already does."""
    store = emulator.state.storage
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


def complete_upload(client: httpx.Client, base: str) -> str:
    init = client.post(f"{base}/automation/upload", json={"name": "pkg.zip", "size": len(CODE)})
    upload_id = init.json()["upload_id"]
    info = client.get(f"{base}/automation/upload/{upload_id}/part/1").json()
    with httpx.Client(timeout=10) as bare:
        put = bare.put(info["url"], content=CODE)
    client.post(
        f"{base}/automation/upload/{upload_id}/part",
        json={"part_number": 1, "response": {"headers": {"ETag": put.headers["ETag"]}}},
    )
    done = client.post(f"{base}/automation/upload/{upload_id}/complete")
    assert done.status_code == 200, done.text
    file_id: str = done.json()["id"]
    return file_id


@pytest.fixture(scope="module")
def setup() -> Any:
    with Emulator() as emulator, serve_storage(emulator):
        client = httpx.Client(
            headers={"X-SBG-Auth-Token": emulator.token, "X-SBG-Advance-Access": "advance"},
            timeout=10,
        )
        base = emulator.url
        with emulator.state.lock:
            emulator.state.add_user(User("francis-crick", "fc@example.org", "F", "C"))
        automation = client.post(f"{base}/automation/automations", json={"name": "Contract"})
        automation_id = automation.json()["id"]
        package = client.post(
            f"{base}/automation/automations/{automation_id}/packages",
            json={"version": "0.0.1", "location": complete_upload(client, base)},
        )
        package_id = package.json()["id"]
        run = client.post(f"{base}/automation/runs", json={"package": package_id})
        run_id = run.json()["id"]
        for _ in range(3):  # to FINISHED, so the state file exists
            client.get(f"{base}/automation/runs/{run_id}")
        member = client.post(
            f"{base}/automation/automations/{automation_id}/members",
            json={"username": "francis-crick", "permissions": {"read": True}},
        )
        assert member.status_code == 201, member.text
        upload = client.post(
            f"{base}/automation/upload", json={"name": "contract.zip", "size": len(CODE)}
        )
        upload_id = upload.json()["upload_id"]
        params = {
            "automation_id": automation_id,
            "package_id": package_id,
            "run_id": run_id,
            "member_id": "francis-crick",
            "upload_id": upload_id,
            "part_number": "1",
            "action": "rerun",
        }
        bodies: dict[str, Any] = {
            "create_automation": {"name": "Second", "memory_limit": 1000},
            "update_automation": {"description": "Edited"},
            "add_automation_member": {"id": emulator.username, "type": "USER"},
            "update_automation_member": {"permissions": {"execute": True}},
            "create_automation_package": {
                "version": "0.0.2",
                "location": complete_upload(client, base),
                "schema": {"outputs": {"div": {}}},
            },
            "update_automation_package": {"custom_url": "https://example.org/qc"},
            "create_automation_run": {"package": package_id, "inputs": {"x": 1}},
            "update_automation_run": {"name": "Renamed"},
            "perform_automation_run_action": {"inputs": {"x": 2}},
            "init_automation_upload": {"name": "other.zip", "size": 10, "part_size": 5242880},
            "complete_automation_upload": None,
        }
        yield client, base, params, bodies, emulator
        client.close()


@pytest.mark.parametrize(
    ("method", "path", "operation"), operations_tagged(COVERED_TAGS, LAST), ids=operation_id
)
def test_operation_answers_as_documented(
    setup: Any, method: str, path: str, operation: dict[str, Any]
) -> None:
    client, base, params, bodies, emulator = setup
    op_id = operation["operationId"]
    url_params = dict(params)
    body = bodies.get(op_id)
    if op_id == "add_automation_member":  # the owner is a member already: add a new user
        with emulator.state.lock:
            emulator.state.add_user(User("rosalind", "rf@example.org", "R", "F"))
        body = {"username": "rosalind", "permissions": {"read": True, "execute": True}}
    if op_id == "report_automation_upload_part":
        info = client.get(
            fill_path(base, "/automation/upload/{upload_id}/part/{part_number}", params)
        ).json()
        with httpx.Client(timeout=10) as bare:
            put = bare.put(info["url"], content=CODE)
        body = {"part_number": 1, "response": {"headers": {"ETag": put.headers["ETag"]}}}
    if op_id == "restore_automation_package":
        client.post(
            fill_path(
                base,
                "/automation/automations/{automation_id}/packages/{package_id}/actions/archive",
                params,
            )
        )
    if op_id == "restore_automation":
        client.post(
            fill_path(base, "/automation/automations/{automation_id}/actions/archive", params)
        )
    if op_id == "archive_automation":
        client.post(
            fill_path(base, "/automation/automations/{automation_id}/actions/restore", params)
        )
    if op_id == "abort_automation_upload":
        fresh = client.post(f"{base}/automation/upload", json={"name": "gone.zip"})
        url_params["upload_id"] = fresh.json()["upload_id"]
    url = fill_path(base, path, url_params)
    query: dict[str, Any] = {}
    if op_id == "list_automations":
        query = {"fields": "_all", "include_archived": "true"}
    elif op_id == "list_automation_runs":
        query = {"automation_id": params["automation_id"], "fields": "_all"}
    response = client.request(method, url, params=query, json=body)
    check_documented(method, path, operation, response)
    if op_id == "perform_automation_run_action":  # also stop a run that has not ended
        fresh = client.post(f"{base}/automation/runs", json={"package": params["package_id"]})
        stopped = client.post(f"{base}/automation/runs/{fresh.json()['id']}/actions/stop")
        check_documented(method, path, operation, stopped)


def test_error_responses_match_the_error_schema(setup: Any) -> None:
    client, base, params, _, _ = setup
    error_schema = resolve({"$ref": "#/components/schemas/Error"})
    for method, url in (
        ("GET", f"{base}/automation/automations/00000000-0000-4000-8000-000000000000"),
        ("GET", f"{base}/automation/packages/000000000000000000000000"),
        ("GET", f"{base}/automation/runs/not-a-run"),
        ("POST", f"{base}/automation/runs"),
        ("GET", f"{base}/automation/upload/{params['upload_id']}x/part/1"),
    ):
        response = client.request(method, url, json={} if method == "POST" else None)
        assert 400 <= response.status_code < 500, response.text
        OAS30Validator(error_schema).validate(response.json())
        assert response.json()["status"] == response.status_code
