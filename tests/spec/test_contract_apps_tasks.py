"""Contract for apps and tasks: every operation of these tags, sent to the emulator, answers as the
spec documents it. An operation the emulator does not route fails here."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from openapi_schema_validator import OAS30Validator
from sevenbridges_emulator import Emulator

from .contract import check_documented, fill_path, operation_id, operations_tagged
from .spec_loader import resolve

COVERED_TAGS = ("apps", "tasks")

PUBLIC_APP = "admin/sbg-public-data/word-count"
RAW_CWL = {
    "cwlVersion": "v1.0",
    "class": "CommandLineTool",
    "label": "Contract tool",
    "baseCommand": ["echo"],
    "inputs": [{"id": "message", "type": "string"}],
    "outputs": [],
}
FILE = {"class": "File", "path": "5f0c1a2b3c4d5e6f7a8b9c0d", "name": "sample_1.txt"}

# Deletions run last so that the other operations still find their targets; the draft task is
# run, then aborted, so run_task and abort_task come after everything that needs it a draft.
LAST = ("update_task", "run_task", "abort_task", "clone_task", "delete_task")


@pytest.fixture(scope="module")
def setup() -> Any:
    with Emulator() as emulator:
        emulator.state.tasks.auto_advance = False  # keep the task abortable
        client = httpx.Client(headers={"X-SBG-Auth-Token": emulator.token}, timeout=10)
        base = emulator.url
        group = client.get(f"{base}/billing/groups").json()["items"][0]["id"]
        project = client.post(f"{base}/projects", json={"name": "Contract", "billing_group": group})
        project_id = project.json()["id"]
        owner, slug = project_id.split("/")
        copied = client.post(
            f"{base}/apps/{PUBLIC_APP}/actions/copy",
            json={"project": project_id, "strategy": "clone"},
        )
        assert copied.status_code == 200, copied.text
        task = client.post(
            f"{base}/tasks",
            json={"project": project_id, "app": PUBLIC_APP, "inputs": {"input_file": FILE}},
        )
        assert task.status_code == 201, task.text
        params = {
            "owner": owner,
            "project": slug,
            "app_name": "word-count",
            "revision": "1",
            "task_id": task.json()["id"],
        }
        bodies: dict[str, Any] = {
            "install_app": RAW_CWL,
            "create_app_revision": RAW_CWL,
            "copy_app": {"project": project_id, "name": "Second copy", "strategy": "direct"},
            "copy_app_revision": {"project": project_id, "name": "Third copy"},
            "create_task": {
                "project": project_id,
                "app": f"{project_id}/word-count/1",
                "inputs": {"input_file": FILE},
                "execution_settings": {"max_parallel_instances": 2},
            },
            "update_task": {"name": "Renamed", "inputs": {"min_length": 3}},
            "bulk_get_tasks": {"task_ids": [task.json()["id"], "not-a-uuid"]},
        }
        yield client, base, params, bodies
        client.close()


@pytest.mark.parametrize(
    ("method", "path", "operation"), operations_tagged(COVERED_TAGS, LAST), ids=operation_id
)
def test_operation_answers_as_documented(
    setup: Any, method: str, path: str, operation: dict[str, Any]
) -> None:
    client, base, params, bodies = setup
    op_id = operation["operationId"]
    url_params = dict(params)
    if op_id == "create_app_revision":
        # The copy holds revisions 0 and 1; the next one is 2 (install_app may have added it).
        app = client.get(fill_path(base, "/apps/{owner}/{project}/{app_name}", params)).json()
        url_params["revision"] = str(app["revision"] + 1)
    if op_id in ("get_app", "get_app_revision", "get_app_raw", "get_app_revision_raw"):
        url_params.update(owner="admin", project="sbg-public-data")
    if op_id == "copy_app_revision":
        url_params.update(owner="admin", project="sbg-public-data", revision="0")
    if op_id == "delete_task":  # only drafts can be deleted: make one
        draft = client.post(f"{base}/tasks", json=bodies["create_task"])
        url_params["task_id"] = draft.json()["id"]
    url = fill_path(base, path, url_params)
    query: dict[str, Any] = {}
    if op_id == "list_apps":
        query = {"visibility": "public", "q": "count", "fields": "_all"}
    elif op_id == "list_tasks":
        query = {"project": f"{params['owner']}/{params['project']}", "fields": "_all"}
    response = client.request(method, url, params=query, json=bodies.get(op_id))
    check_documented(method, path, operation, response)


def test_bulk_records_and_errors_match_the_schemas(setup: Any) -> None:
    client, base, params, _ = setup
    response = client.post(
        f"{base}/bulk/tasks/get",
        json={"task_ids": [params["task_id"], "00000000-0000-4000-8000-000000000000"]},
    )
    records = response.json()["items"]
    assert "resource" in records[0] and records[1]["error"]["code"] == 7002
    schema = resolve({"$ref": "#/components/schemas/TaskBulkResponse"})
    OAS30Validator(schema).validate(response.json())


def test_error_responses_match_the_error_schema(setup: Any) -> None:
    client, base, _, _ = setup
    error_schema = resolve({"$ref": "#/components/schemas/Error"})
    for method, url in (
        ("GET", f"{base}/apps/admin/sbg-public-data/no-such-app"),
        ("GET", f"{base}/apps/admin/sbg-public-data/word-count/99"),
        ("GET", f"{base}/tasks/not-a-uuid"),
        ("GET", f"{base}/tasks/00000000-0000-4000-8000-000000000000"),
        ("POST", f"{base}/tasks"),
    ):
        response = client.request(method, url, json={} if method == "POST" else None)
        assert 400 <= response.status_code < 500, response.text
        OAS30Validator(error_schema).validate(response.json())
        assert response.json()["status"] == response.status_code


def test_finished_and_batch_tasks_match_the_schemas() -> None:
    """Shapes the operations above never see: a completed task (outputs, price), its execution
    details with jobs, a criteria batch and its children (batch_by, batch_group), an aborted
    batch."""
    task_schema = resolve({"$ref": "#/components/schemas/Task"})
    details_schema = resolve({"$ref": "#/components/schemas/ExecutionDetails"})
    list_schema = resolve({"$ref": "#/components/schemas/TaskList"})
    with (
        Emulator() as emulator,
        httpx.Client(headers={"X-SBG-Auth-Token": emulator.token}, timeout=10) as client,
    ):
        base = emulator.url
        group = client.get(f"{base}/billing/groups").json()["items"][0]["id"]
        project = client.post(f"{base}/projects", json={"name": "Shapes", "billing_group": group})
        project_id = project.json()["id"]
        single = client.post(
            f"{base}/tasks",
            params={"action": "run"},
            json={"project": project_id, "app": PUBLIC_APP, "inputs": {"input_file": FILE}},
        ).json()
        for _ in range(2):  # QUEUED -> RUNNING -> COMPLETED, one step per read
            finished = client.get(f"{base}/tasks/{single['id']}").json()
        assert finished["status"] == "COMPLETED" and "price" in finished
        OAS30Validator(task_schema).validate(finished)
        details = client.get(f"{base}/tasks/{single['id']}/execution_details").json()
        assert details["jobs"], details
        OAS30Validator(details_schema).validate(details)

        reads = [
            dict(FILE, path=f"{n:024x}", name=f"s{n}.fastq", metadata={"sample_id": f"S{n % 2}"})
            for n in range(3)
        ]
        batch = client.post(
            f"{base}/tasks",
            params={"action": "run"},
            json={
                "project": project_id,
                "app": "admin/sbg-public-data/fastqc",
                "inputs": {"reads": reads},
                "batch_input": "reads",
                "batch_by": {"type": "CRITERIA", "criteria": ["metadata.sample_id"]},
            },
        ).json()
        OAS30Validator(task_schema).validate(batch)
        children = client.get(f"{base}/tasks", params={"parent": batch["id"], "fields": "_all"})
        assert len(children.json()["items"]) == 2 and children.json()["items"][0]["batch_group"]
        OAS30Validator(list_schema).validate(children.json())
        aborted = client.post(f"{base}/tasks/{batch['id']}/actions/abort").json()
        assert aborted["status"] == "ABORTED"
        OAS30Validator(task_schema).validate(aborted)
