"""Tasks over real HTTP: drafts and validation, the read-driven life cycle, run/abort/clone/delete,
edits, batches, execution details, listing filters and bulk reads."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from emu_helpers import assert_error, is_uuid
from sevenbridges_emulator import Emulator
from sevenbridges_emulator.state import Permissions, ProjectMember

PUBLIC = "admin/sbg-public-data"
WORD_COUNT = f"{PUBLIC}/word-count"
NO_SUCH_TASK = "00000000-0000-4000-8000-000000000000"


def a_file(n: int, **extra: Any) -> dict[str, Any]:
    return {"class": "File", "path": f"{n:024x}", "name": f"sample_{n}.txt", **extra}


def create(
    client: httpx.Client, project: dict[str, Any], *, run: bool = False, **fields: Any
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "project": project["id"],
        "app": WORD_COUNT,
        "inputs": {"input_file": a_file(1)},
    }
    body.update(fields)
    response = client.post("/tasks", params={"action": "run"} if run else {}, json=body)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def get(client: httpx.Client, task: dict[str, Any]) -> dict[str, Any]:
    response = client.get(f"/tasks/{task['id']}")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def their_project(emu: Emulator, bg_id: str, **permissions: bool) -> str:
    """A project of rfranklin; the main user is a member with `permissions` if any are given."""
    with emu.state.lock:
        project = emu.state.add_project("rfranklin", "Their project", bg_id)
        if permissions:
            project.members[emu.username] = ProjectMember(
                id=emu.username, type="USER", permissions=Permissions(**permissions)
            )
        return project.id


@pytest.fixture
def frozen(emu: Emulator) -> Emulator:
    """Tasks stay where they are when read."""
    emu.state.tasks.auto_advance = False
    return emu


# -- creating ----------------------------------------------------------------------------------


def test_a_new_task_is_a_draft_with_every_field(
    client: httpx.Client, project: dict[str, Any], emu: Emulator
) -> None:
    task = create(client, project, name="Count", description="first")
    assert is_uuid(task["id"]) and task["href"] == f"{emu.url}/tasks/{task['id']}"
    assert task["status"] == "DRAFT" and task["type"] == "v2"
    assert task["app"] == f"{WORD_COUNT}/1"  # the latest revision when none is given
    assert task["name"] == "Count" and task["description"] == "first"
    assert task["created_by"] == emu.username and task["executed_by"] is None
    assert task["start_time"] is None and task["end_time"] is None and task["created_time"]
    assert task["batch"] is False and task["parent"] is None
    assert task["inputs"] == {"input_file": a_file(1), "min_length": None}
    assert task["outputs"] == {"counts": None}
    assert task["errors"] == [] and task["warnings"] == []
    assert task["use_interruptible_instances"] is True  # the project's setting
    assert task["execution_settings"]["max_parallel_instances"] == 1
    assert "price" not in task and "execution_status" not in task
    assert get(client, task) == task  # a draft does not move


def test_a_name_is_made_up_when_none_is_given(
    client: httpx.Client, project: dict[str, Any]
) -> None:
    task = create(client, project, app=f"{WORD_COUNT}/0", description=None)
    assert task["name"].startswith("Word Count run - ")
    assert task["app"] == f"{WORD_COUNT}/0" and task["description"] is None


def test_validation_errors_and_warnings(client: httpx.Client, project: dict[str, Any]) -> None:
    missing = create(client, project, inputs={})
    assert missing["errors"] == [
        {
            "type": "error/task_validation/input/required",
            "message": "Required input is not set.",
            "input_id": "input_file",
        }
    ]
    wrong = create(client, project, inputs={"input_file": "a.txt", "min_length": 2, "colour": 1})
    assert [e["input_id"] for e in wrong["errors"]] == ["input_file"]
    assert wrong["errors"][0]["type"] == "error/task_validation/input/schema"
    assert [w["input_id"] for w in wrong["warnings"]] == ["colour"]


def test_create_errors(client: httpx.Client, project: dict[str, Any]) -> None:
    base = {"project": project["id"], "app": WORD_COUNT}
    assert_error(client.post("/tasks", json={**base, "colour": "red"}), 400, 90000)
    assert_error(client.post("/tasks", json={"app": WORD_COUNT}), 400, 3006)
    assert_error(client.post("/tasks", json={**base, "project": "bad"}), 400, 3012)
    assert_error(client.post("/tasks", json={**base, "project": "no/body"}), 404, 3002)
    assert_error(client.post("/tasks", json={"project": project["id"]}), 400, 7015)
    assert_error(client.post("/tasks", json={**base, "app": "just-a-name"}), 400, 7016)
    assert_error(client.post("/tasks", json={**base, "app": f"{PUBLIC}/nothing"}), 404, 6002)
    assert_error(client.post("/tasks", json={**base, "app": f"{WORD_COUNT}/9"}), 404, 6002)
    assert_error(client.post("/tasks", json={**base, "inputs": []}), 400, 90000)
    bad_settings = {**base, "execution_settings": {"max_parallel_instances": "two"}}
    assert_error(client.post("/tasks", json=bad_settings), 400, 90000)
    assert_error(client.post("/tasks", params={"action": "fly"}, json=base), 400, 7013)


def test_creating_needs_execute_permission(client: httpx.Client, emu: Emulator, bg_id: str) -> None:
    read_only = their_project(emu, bg_id, read=True, write=True)
    body = {"project": read_only, "app": WORD_COUNT, "inputs": {"input_file": a_file(1)}}
    assert_error(client.post("/tasks", json=body), 403, 7001)
    body["project"] = their_project(emu, bg_id)
    assert_error(client.post("/tasks", json=body), 403, 3001)


# -- the life cycle ----------------------------------------------------------------------------


def test_each_read_moves_a_submitted_task_one_step(
    client: httpx.Client, project: dict[str, Any], emu: Emulator
) -> None:
    task = create(client, project, run=True)
    assert task["status"] == "QUEUED" and task["executed_by"] == emu.username
    assert task["execution_status"]["message"] == "In queue"
    running = get(client, task)
    assert running["status"] == "RUNNING" and running["start_time"] and not running["end_time"]
    assert running["execution_status"]["running"] == 1
    done = get(client, task)
    assert done["status"] == "COMPLETED" and done["end_time"]
    assert done["outputs"]["counts"]["class"] == "File"
    assert done["outputs"]["counts"]["name"] == "counts.txt"
    assert len(done["outputs"]["counts"]["path"]) == 24
    assert done["price"]["currency"] == "USD" and done["price"]["amount"] > 0
    assert done["execution_status"]["steps_completed"] == 1
    assert get(client, task) == done  # finished tasks stay finished


def test_run_a_draft_with_the_run_action(client: httpx.Client, project: dict[str, Any]) -> None:
    task = create(client, project)
    response = client.post(
        f"/tasks/{task['id']}/actions/run",
        params={"use_interruptible_instances": "False"},
        content=b"null",
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "QUEUED"
    assert response.json()["use_interruptible_instances"] is False
    assert_error(client.post(f"/tasks/{task['id']}/actions/run"), 400, 7007)


def test_tasks_of_a_failing_app_fail(client: httpx.Client, project: dict[str, Any]) -> None:
    task = create(client, project, run=True, app=f"{PUBLIC}/always-fails", inputs={})
    get(client, task)
    failed = get(client, task)
    assert failed["status"] == "FAILED" and failed["end_time"]
    details = client.get(f"/tasks/{task['id']}/execution_details").json()
    assert [job["status"] for job in details["jobs"]] == ["FAILED"]


def test_a_task_with_errors_does_not_run(client: httpx.Client, project: dict[str, Any]) -> None:
    task = create(client, project, run=True, inputs={})
    assert task["status"] == "DRAFT" and task["errors"]  # sevenbridges-python raises on this
    assert_error(client.post(f"/tasks/{task['id']}/actions/run"), 400, 7024)


def test_run_accepts_the_older_run_parameter(client: httpx.Client, project: dict[str, Any]) -> None:
    body = {"project": project["id"], "app": WORD_COUNT, "inputs": {"input_file": a_file(1)}}
    response = client.post("/tasks", params={"run": "True"}, json=body)
    assert response.json()["status"] == "QUEUED"


def test_abort(client: httpx.Client, project: dict[str, Any], frozen: Emulator) -> None:
    task = create(client, project, run=True)
    with frozen.state.lock:
        frozen.state.tasks.step(frozen.state.tasks.tasks[task["id"]])
    assert get(client, task)["status"] == "RUNNING"
    aborted = client.post(f"/tasks/{task['id']}/actions/abort", content=b"null")
    assert aborted.status_code == 200, aborted.text
    assert aborted.json()["status"] == "ABORTED" and aborted.json()["end_time"]
    assert aborted.json()["execution_status"]["aborted"] == 1
    assert_error(client.post(f"/tasks/{task['id']}/actions/abort"), 400, 7011)
    draft = create(client, project)
    assert_error(client.post(f"/tasks/{draft['id']}/actions/abort"), 400, 7011)


def test_delete_only_drafts(client: httpx.Client, project: dict[str, Any]) -> None:
    draft = create(client, project)
    response = client.request("DELETE", f"/tasks/{draft['id']}", json={})
    assert response.status_code == 204
    assert_error(client.get(f"/tasks/{draft['id']}"), 404, 7002)
    running = create(client, project, run=True)
    assert_error(client.delete(f"/tasks/{running['id']}"), 400, 7007)


def test_clone(client: httpx.Client, project: dict[str, Any], emu: Emulator) -> None:
    source = create(client, project, run=True, name="Original")
    response = client.post(f"/tasks/{source['id']}/actions/clone")
    assert response.status_code == 201, response.text
    clone = response.json()
    assert clone["id"] != source["id"] and clone["status"] == "DRAFT"
    assert clone["name"] == "Original" and clone["inputs"] == source["inputs"]
    assert clone["app"] == source["app"] and clone["created_by"] == emu.username
    running = client.post(f"/tasks/{source['id']}/actions/clone", params={"action": "run"})
    assert running.status_code == 201 and running.json()["status"] == "QUEUED"


# -- ids and access ----------------------------------------------------------------------------


def test_task_ids_and_access(
    client: httpx.Client, project: dict[str, Any], emu: Emulator, bg_id: str
) -> None:
    assert_error(client.get("/tasks/not-a-uuid"), 400, 7005)
    assert_error(client.get(f"/tasks/{NO_SUCH_TASK}"), 404, 7002)
    theirs = their_project(emu, bg_id, read=True)
    with emu.state.lock:
        emu.state.projects[theirs].members[emu.username].permissions.execute = True
    task = create(client, {"id": theirs})
    with emu.state.lock:
        emu.state.projects[theirs].members[emu.username].permissions.execute = False
    assert get(client, task)["status"] == "DRAFT"  # read is enough to see it
    assert_error(client.post(f"/tasks/{task['id']}/actions/run"), 403, 7001)
    assert_error(client.patch(f"/tasks/{task['id']}", json={"name": "x"}), 403, 7001)
    with emu.state.lock:
        del emu.state.projects[theirs].members[emu.username]
    assert_error(client.get(f"/tasks/{task['id']}"), 403, 7001)


# -- editing -----------------------------------------------------------------------------------


def test_edit_a_draft(client: httpx.Client, project: dict[str, Any]) -> None:
    task = create(client, project, inputs={})
    assert task["errors"]
    response = client.patch(
        f"/tasks/{task['id']}",
        json={
            "name": "Renamed",
            "inputs": {"input_file": a_file(2)},
            "execution_settings": {"instance_type": "c5.2xlarge"},
            "output_location": {"main_location": "/results/"},
        },
    )
    assert response.status_code == 200, response.text
    edited = response.json()
    assert edited["name"] == "Renamed" and edited["errors"] == []
    assert edited["inputs"]["input_file"] == a_file(2)
    assert edited["execution_settings"]["instance_type"] == "c5.2xlarge"
    assert edited["execution_settings"]["max_parallel_instances"] == 1  # merged
    assert edited["output_location"] == {"main_location": "/results/"}
    more = client.patch(f"/tasks/{task['id']}", json={"inputs": {"min_length": 3}}).json()
    assert more["inputs"] == {"input_file": a_file(2), "min_length": 3}
    other_revision = client.patch(f"/tasks/{task['id']}", json={"app": f"{WORD_COUNT}/0"}).json()
    assert other_revision["app"] == f"{WORD_COUNT}/0"
    assert [w["input_id"] for w in other_revision["warnings"]] == ["min_length"]


def test_started_tasks_can_only_be_renamed(client: httpx.Client, project: dict[str, Any]) -> None:
    task = create(client, project, run=True)
    renamed = client.patch(f"/tasks/{task['id']}", json={"name": "New", "description": "d"})
    assert renamed.status_code == 200 and renamed.json()["name"] == "New"
    assert_error(client.patch(f"/tasks/{task['id']}", json={"inputs": {}}), 400, 7026)
    assert_error(client.patch(f"/tasks/{task['id']}", json={"colour": 1}), 400, 90000)
    assert_error(client.patch(f"/tasks/{task['id']}", json={"name": ""}), 400, 90000)


# -- batches -----------------------------------------------------------------------------------


def fastqc_batch(client: httpx.Client, project: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return create(
        client,
        project,
        app=f"{PUBLIC}/fastqc",
        inputs={"reads": [a_file(1), a_file(2), a_file(3)]},
        batch_input="reads",
        batch_by={"type": "item"},
        **fields,
    )


def test_item_batch_runs_one_child_per_item(client: httpx.Client, project: dict[str, Any]) -> None:
    draft = fastqc_batch(client, project)
    assert draft["batch"] is True and draft["batch_by"] == {"type": "ITEM"}
    assert draft["batch_input"] == "reads"
    parent = client.post(f"/tasks/{draft['id']}/actions/run").json()
    assert parent["status"] == "QUEUED"
    children = client.get("/tasks", params={"parent": parent["id"], "fields": "_all"}).json()
    items = children["items"]
    assert len(items) == 3
    assert all(child["parent"] == parent["id"] and child["batch"] is False for child in items)
    assert [child["batch_group"]["value"] for child in items] == [
        "sample_1.txt",
        "sample_2.txt",
        "sample_3.txt",
    ]
    assert [child["inputs"]["reads"] for child in items] == [[a_file(1)], [a_file(2)], [a_file(3)]]
    assert get(client, parent)["status"] in ("RUNNING", "COMPLETED")
    finished = get(client, parent)
    assert finished["status"] == "COMPLETED"
    assert finished["execution_status"]["completed"] == 3
    child_prices = [get(client, child)["price"]["amount"] for child in items]
    assert finished["price"]["amount"] == pytest.approx(sum(child_prices))
    assert client.get(f"/tasks/{parent['id']}/execution_details").json()["jobs"] == []


def test_criteria_batch_groups_by_metadata(client: httpx.Client, project: dict[str, Any]) -> None:
    reads = [
        a_file(1, metadata={"sample_id": "A"}),
        a_file(2, metadata={"sample_id": "B"}),
        a_file(3, metadata={"sample_id": "A"}),
    ]
    parent = create(
        client,
        project,
        run=True,
        app=f"{PUBLIC}/fastqc",
        inputs={"reads": reads},
        batch_input="reads",
        batch_by={"type": "CRITERIA", "criteria": ["metadata.sample_id"]},
    )
    children = client.get("/tasks", params={"parent": parent["id"], "fields": "_all"}).json()
    groups = {c["batch_group"]["value"]: c for c in children["items"]}
    assert set(groups) == {"A", "B"}
    assert groups["A"]["inputs"]["reads"] == [reads[0], reads[2]]
    assert groups["A"]["batch_group"]["fields"] == {"sample_id": "A"}


def test_batching_can_be_turned_off_when_running(
    client: httpx.Client, project: dict[str, Any]
) -> None:
    draft = fastqc_batch(client, project)
    single = client.post(f"/tasks/{draft['id']}/actions/run", params={"batch": "False"}).json()
    assert single["batch"] is False and "batch_by" not in single
    assert client.get("/tasks", params={"parent": draft["id"]}).json()["items"] == []
    plain = create(client, project)
    response = client.post(f"/tasks/{plain['id']}/actions/run", params={"batch": "false"})
    assert_error(response, 400, 7022)


def test_batch_errors(client: httpx.Client, project: dict[str, Any]) -> None:
    base = {"project": project["id"], "app": f"{PUBLIC}/fastqc", "inputs": {"reads": []}}
    item = {"type": "ITEM"}
    assert_error(client.post("/tasks", json={**base, "batch_input": "reads"}), 400, 7023)
    assert_error(client.post("/tasks", json={**base, "batch_by": item}), 400, 7023)
    assert_error(
        client.post("/tasks", json={**base, "batch_input": "", "batch_by": item}), 400, 7018
    )
    unknown_input = {**base, "batch_input": "nope", "batch_by": item}
    assert_error(client.post("/tasks", json=unknown_input), 400, 7018)
    bad_type = {**base, "batch_input": "reads", "batch_by": {"type": "sample"}}
    assert_error(client.post("/tasks", json=bad_type), 400, 7020)
    no_criteria = {**base, "batch_input": "reads", "batch_by": {"type": "criteria"}}
    assert_error(client.post("/tasks", json=no_criteria), 400, 7019)
    batch = {**base, "batch_input": "reads", "batch_by": item}
    assert_error(client.post("/tasks", params={"batch": "false"}, json=batch), 400, 7021)


def test_aborting_a_batch_aborts_its_children(
    client: httpx.Client, project: dict[str, Any]
) -> None:
    parent = fastqc_batch(client, project, run=False)
    client.post(f"/tasks/{parent['id']}/actions/run")
    aborted = client.post(f"/tasks/{parent['id']}/actions/abort").json()
    assert aborted["status"] == "ABORTED"
    children = client.get("/tasks", params={"parent": parent["id"], "fields": "status"}).json()
    assert {child["status"] for child in children["items"]} == {"ABORTED"}


# -- execution details and inputs --------------------------------------------------------------


def test_execution_details_follow_the_task(client: httpx.Client, project: dict[str, Any]) -> None:
    task = create(
        client,
        project,
        run=True,
        app=f"{PUBLIC}/bwa-mem-alignment",
        inputs={"reads": [a_file(1)], "reference": a_file(9)},
    )
    url = f"/tasks/{task['id']}/execution_details"
    running = client.get(url).json()
    assert running["status"] == "RUNNING"
    assert [(j["name"], j["status"]) for j in running["jobs"]] == [("bwa_mem", "RUNNING")]
    done = client.get(url).json()
    assert done["status"] == "COMPLETED" and done["message"] == "Completed"
    assert [(j["name"], j["status"]) for j in done["jobs"]] == [
        ("bwa_mem", "DONE"),
        ("samtools_sort", "DONE"),
    ]
    job = done["jobs"][0]
    assert job["instance"]["provider"] == "AWS" and job["instance"]["id"].startswith("i-")
    assert "sample_1.txt" in job["command_line"]
    assert done["href"].endswith(url)
    draft = create(client, project)
    assert client.get(f"/tasks/{draft['id']}/execution_details").json()["jobs"] == []


def test_inputs_of_a_task(client: httpx.Client, project: dict[str, Any]) -> None:
    task = create(client, project)
    response = client.get(f"/tasks/{task['id']}/inputs")
    assert response.json() == {"input_file": a_file(1), "min_length": None}


# -- listing -----------------------------------------------------------------------------------


def test_list_filters_and_order(
    client: httpx.Client, project: dict[str, Any], bg_id: str, emu: Emulator
) -> None:
    other = client.post("/projects", json={"name": "Other", "billing_group": bg_id}).json()
    b = create(client, project, name="b")
    a = create(client, project, name="a", run=True)
    c = create(client, other, name="c")
    hidden = their_project(emu, bg_id, read=True, execute=True)
    create(client, {"id": hidden}, name="hidden")
    with emu.state.lock:
        del emu.state.projects[hidden].members[emu.username]

    def names(**params: Any) -> list[str]:
        response = client.get("/tasks", params=params)
        assert response.status_code == 200, response.text
        assert response.headers["X-Total-Matching-Query"] == str(len(response.json()["items"]))
        return [item["name"] for item in response.json()["items"]]

    assert names() == ["b", "a", "c"]
    assert names(project=project["id"]) == ["b", "a"]
    assert names(status="DRAFT") == ["b", "c"]
    assert names(order_by="name") == ["a", "b", "c"]
    assert names(order_by="name", order="desc") == ["c", "b", "a"]
    assert names(batch="False") == ["b", "a", "c"]
    assert names(batch="true") == []
    assert names(created_from="2000-01-01", created_to="2999-12-31") == ["b", "a", "c"]
    assert names(created_to="2000-01-01") == []
    assert names(started_from="2000-01-01") == ["a"]  # listing moved it to RUNNING
    assert names(origin_id="nothing") == []
    assert {a["id"], b["id"], c["id"]} <= {t["id"] for t in client.get("/tasks").json()["items"]}


def test_list_errors(client: httpx.Client, emu: Emulator, bg_id: str) -> None:
    assert_error(client.get("/tasks", params={"status": "SLEEPING"}), 400, 7006)
    assert_error(client.get("/tasks", params={"order_by": "colour"}), 400, 90000)
    assert_error(client.get("/tasks", params={"order": "sideways"}), 400, 90000)
    assert_error(client.get("/tasks", params={"parent": "x"}), 400, 7005)
    assert_error(client.get("/tasks", params={"batch": "maybe"}), 400, 90000)
    assert_error(client.get("/tasks", params={"created_from": "yesterday"}), 400, 9021)
    assert_error(client.get("/tasks", params={"project": "nobody/nothing"}), 404, 3002)
    assert_error(client.get("/tasks", params={"project": their_project(emu, bg_id)}), 403, 3001)


def test_list_pages(client: httpx.Client, project: dict[str, Any]) -> None:
    for n in range(5):
        create(client, project, name=f"t{n}")
    first = client.get("/tasks", params={"limit": 2, "fields": "_all"})
    assert len(first.json()["items"]) == 2 and first.headers["X-Total-Matching-Query"] == "5"
    next_href = next(link["href"] for link in first.json()["links"] if link["rel"] == "next")
    second = client.get(next_href)
    assert [t["name"] for t in second.json()["items"]] == ["t2", "t3"]
    assert second.headers["X-Total-Matching-Query"] == "5"


# -- bulk --------------------------------------------------------------------------------------


def test_bulk_get_keeps_order_and_reports_each_error(
    client: httpx.Client, project: dict[str, Any]
) -> None:
    one, two = create(client, project, name="one"), create(client, project, name="two")
    response = client.post(
        "/bulk/tasks/get", json={"task_ids": [two["id"], "bad", NO_SUCH_TASK, one["id"]]}
    )
    assert response.status_code == 200
    items = response.json()["items"]
    assert items[0]["resource"]["name"] == "two" and items[3]["resource"]["name"] == "one"
    assert items[1]["error"]["code"] == 7005 and items[1]["error"]["status"] == 400
    assert items[2]["error"]["code"] == 7002 and items[2]["error"]["status"] == 404
    assert set(items[2]) == {"error"}


def test_bulk_get_moves_each_task_one_step(client: httpx.Client, project: dict[str, Any]) -> None:
    task = create(client, project, run=True)
    ids = {"task_ids": [task["id"], task["id"]]}
    statuses = [
        i["resource"]["status"] for i in client.post("/bulk/tasks/get", json=ids).json()["items"]
    ]
    assert statuses == ["RUNNING", "RUNNING"]


def test_bulk_get_limits(client: httpx.Client) -> None:
    too_many = {"task_ids": [NO_SUCH_TASK] * 101}
    assert_error(client.post("/bulk/tasks/get", json=too_many), 400, 90000)
    assert_error(client.post("/bulk/tasks/get", json={"task_ids": "x"}), 400, 90000)
    hundred = client.post("/bulk/tasks/get", json={"task_ids": [NO_SUCH_TASK] * 100})
    assert len(hundred.json()["items"]) == 100
