"""Task runs over real HTTP, as the overlay's tasks area uses them: outputs that are real,
downloadable files; job logs; the pace knob that sets how many polls a run takes."""

from __future__ import annotations

import hashlib
from typing import Any

import httpx
from emu_helpers import assert_error
from sevenbridges_emulator import Emulator
from sevenbridges_emulator.control import FaultControl
from sevenbridges_emulator.stores.volumes import put_object

PUBLIC = "admin/sbg-public-data"
WORD_COUNT = f"{PUBLIC}/word-count"

# A tool with a single File output, a File-array output and a Directory output.
SPLITTER: dict[str, Any] = {
    "cwlVersion": "v1.0",
    "class": "CommandLineTool",
    "baseCommand": ["split"],
    "inputs": [{"id": "reads", "type": "File[]"}, {"id": "threads", "type": "int?"}],
    "outputs": [
        {"id": "report", "type": "File", "outputBinding": {"glob": "report.html"}},
        {"id": "chunks", "type": "File[]", "outputBinding": {"glob": "*.chunk"}},
        {"id": "bundle", "type": "Directory"},
        {"id": "count", "type": "int"},
    ],
}


def upload(emu: Emulator, project: dict[str, Any], name: str, data: bytes) -> dict[str, Any]:
    """A file with content in the project (the store directly; uploads are tested elsewhere)."""
    with emu.state.lock:
        record = emu.state.files.add_file(
            project_id=project["id"],
            parent_id=None,
            name=name,
            size=len(data),
            blob=emu.state.storage.write_blob(data),
        )
        return {"class": "File", "path": record.id, "name": name}


def run(client: httpx.Client, body: dict[str, Any]) -> dict[str, Any]:
    response = client.post("/tasks", params={"action": "run"}, json=body)
    assert response.status_code == 201, response.text
    task: dict[str, Any] = response.json()
    assert task["status"] == "QUEUED", task
    return task


def poll_until_done(client: httpx.Client, task: dict[str, Any], limit: int = 20) -> dict[str, Any]:
    for _ in range(limit):
        current: dict[str, Any] = client.get(f"/tasks/{task['id']}").json()
        if current["status"] in ("COMPLETED", "FAILED", "ABORTED"):
            return current
    raise AssertionError(f"task {task['id']} did not finish in {limit} reads")


def download(client: httpx.Client, file_id: str) -> bytes:
    info = client.get(f"/files/{file_id}/download_info")
    assert info.status_code == 200, info.text
    with httpx.Client(timeout=10) as bare:
        got = bare.get(info.json()["url"])
    assert got.status_code == 200
    return got.content


def test_a_completed_task_outputs_are_downloadable_files_of_its_project(
    client: httpx.Client, emu: Emulator, project: dict[str, Any]
) -> None:
    source = upload(emu, project, "reads.txt", b"one two three\n")
    task = run(
        client, {"project": project["id"], "app": WORD_COUNT, "inputs": {"input_file": source}}
    )
    done = poll_until_done(client, task)
    assert done["status"] == "COMPLETED"
    output = done["outputs"]["counts"]
    assert output["class"] == "File" and output["name"] == "counts.txt"
    record = client.get(f"/files/{output['path']}")
    assert record.status_code == 200, record.text
    body = record.json()
    assert body["project"] == project["id"] and body["origin"] == {"task": task["id"]}
    data = download(client, output["path"])
    assert data.startswith(WORD_COUNT.encode()) and b"reads.txt" in data
    assert body["size"] == len(data) == output["size"]
    with emu.state.lock:  # the blob's MD5 is the one of its bytes
        blob = emu.state.files.records[output["path"]].blob
        assert blob is not None
        assert emu.state.storage.blob_etag(blob) == f'"{hashlib.md5(data).hexdigest()}"'
    listed = client.get("/files", params={"project": project["id"]}).json()["items"]
    assert "counts.txt" in [item["name"] for item in listed]
    searched = client.get("/files", params={"project": project["id"], "origin.task": task["id"]})
    assert [item["id"] for item in searched.json()["items"]] == [output["path"]]


def test_a_second_run_does_not_overwrite_the_first_outputs(
    client: httpx.Client, project: dict[str, Any]
) -> None:
    body = {
        "project": project["id"],
        "app": WORD_COUNT,
        "inputs": {"input_file": {"class": "File", "path": "0" * 24}},
    }
    first = poll_until_done(client, run(client, body))["outputs"]["counts"]
    second = poll_until_done(client, run(client, body))["outputs"]["counts"]
    assert (first["name"], second["name"]) == ("counts.txt", "_1_counts.txt")
    assert download(client, first["path"]) != download(client, second["path"])


def test_array_directory_and_value_outputs(
    client: httpx.Client, emu: Emulator, project: dict[str, Any]
) -> None:
    installed = client.post(f"/apps/{project['id']}/splitter/raw", json=SPLITTER)
    assert installed.status_code == 200, installed.text
    reads = [upload(emu, project, f"s{n}.fq", b"ACGT" * n) for n in (1, 2, 3)]
    task = run(
        client,
        {
            "project": project["id"],
            "app": f"{project['id']}/splitter",
            "inputs": {"reads": reads},
            "output_location": {"main_location": "/Analysis/results/"},
        },
    )
    done = poll_until_done(client, task)
    outputs = done["outputs"]
    assert [chunk["name"] for chunk in outputs["chunks"]] == [
        "s1.chunks.txt",
        "s2.chunks.txt",
        "s3.chunks.txt",
    ]
    assert outputs["report"]["name"] == "report.html" and outputs["count"] is None
    assert outputs["bundle"]["class"] == "Directory"
    folder = client.get(f"/files/{outputs['bundle']['path']}").json()
    assert folder["type"] == "folder"
    inside = client.get(f"/files/{outputs['bundle']['path']}/list").json()["items"]
    assert [item["name"] for item in inside] == ["bundle.txt"]
    # Everything went to /Analysis/results/, made on the way.
    root = client.get("/files", params={"project": project["id"]}).json()["items"]
    analysis = next(item for item in root if item["name"] == "Analysis")
    results = client.get(f"/files/{analysis['id']}/list").json()["items"]
    assert [item["name"] for item in results] == ["results"]
    in_results = client.get(f"/files/{results[0]['id']}/list").json()["items"]
    ids = {item["id"] for item in in_results}
    assert ids >= {outputs["report"]["path"], outputs["bundle"]["path"]}
    for chunk, source in zip(outputs["chunks"], reads, strict=True):
        assert source["name"].encode() in download(client, chunk["path"])


def test_a_bad_output_location_is_refused(client: httpx.Client, project: dict[str, Any]) -> None:
    body = {
        "project": project["id"],
        "app": WORD_COUNT,
        "output_location": {"main_location": "results"},
    }
    assert_error(client.post("/tasks", json=body), 400, 90000)


def test_batch_children_write_their_own_outputs(
    client: httpx.Client, project: dict[str, Any]
) -> None:
    files = [{"class": "File", "path": f"{n:024x}", "name": f"lane{n}.fastq"} for n in (1, 2)]
    parent = run(
        client,
        {
            "project": project["id"],
            "app": f"{PUBLIC}/fastqc",
            "inputs": {"reads": files},
            "batch_input": "reads",
            "batch_by": {"type": "ITEM"},
        },
    )
    assert poll_until_done(client, parent)["status"] == "COMPLETED"
    children = client.get("/tasks", params={"parent": parent["id"], "fields": "_all"}).json()
    paths = [
        value["path"]
        for child in children["items"]
        for port in child["outputs"].values()
        for value in (port if isinstance(port, list) else [port])
        if value
    ]
    assert len(paths) >= 2 and len(set(paths)) == len(paths)
    for path in paths:
        assert client.get(f"/files/{path}").json()["origin"]["task"] in {
            child["id"] for child in children["items"]
        }


def test_finished_jobs_have_log_files_that_no_listing_shows(
    client: httpx.Client, project: dict[str, Any]
) -> None:
    task = run(
        client,
        {
            "project": project["id"],
            "app": f"{PUBLIC}/bwa-mem-alignment",
            "inputs": {
                "reads": [{"class": "File", "path": "1" * 24, "name": "r.fq"}],
                "reference": {"class": "File", "path": "2" * 24, "name": "ref.fa"},
            },
        },
    )
    details_url = f"/tasks/{task['id']}/execution_details"
    running = client.get(details_url).json()
    assert running["jobs"][0]["logs"] == {}
    done = client.get(details_url).json()
    assert done["status"] == "COMPLETED"
    for job in done["jobs"]:
        assert set(job["logs"]) == {"job.err.log", "cmd.log"}
        assert job["name"].encode() in download(client, job["logs"]["job.err.log"])
    log_ids = {log for job in done["jobs"] for log in job["logs"].values()}
    listed = client.get("/files", params={"project": project["id"], "limit": 100}).json()
    assert not log_ids & {item["id"] for item in listed["items"]}
    found = client.post(
        "/files/search", json={"query": f"SELECT * FROM files WHERE project = '{project['id']}'"}
    ).json()
    assert not log_ids & {item["id"] for item in found["result_set"]}


def test_validation_messages_and_running_an_invalid_draft(
    client: httpx.Client, project: dict[str, Any]
) -> None:
    response = client.post(
        "/tasks",
        params={"action": "run"},
        json={"project": project["id"], "app": WORD_COUNT, "inputs": {"nope": 1}},
    )
    assert response.status_code == 201
    draft = response.json()
    assert draft["status"] == "DRAFT"
    assert draft["errors"] == [
        {
            "type": "error/task_validation/input/required",
            "message": "Required input is not set.",
            "input_id": "input_file",
        }
    ]
    assert [(w["type"], w["input_id"]) for w in draft["warnings"]] == [
        ("warning/task_validation/input/unknown", "nope")
    ]
    assert_error(client.post(f"/tasks/{draft['id']}/actions/run"), 400, 7024)


# -- pace ----------------------------------------------------------------------------------------


def word_count(client: httpx.Client, project: dict[str, Any]) -> dict[str, Any]:
    return run(
        client,
        {
            "project": project["id"],
            "app": WORD_COUNT,
            "inputs": {"input_file": {"class": "File", "path": "0" * 24, "name": "a.txt"}},
        },
    )


def statuses(client: httpx.Client, task: dict[str, Any], reads: int) -> list[str]:
    return [client.get(f"/tasks/{task['id']}").json()["status"] for _ in range(reads)]


def test_reads_per_step_sets_how_many_polls_a_run_takes(
    client: httpx.Client, emu: Emulator, project: dict[str, Any]
) -> None:
    assert emu.set_pace(reads_per_step=3) == {"reads_per_step": 3, "frozen": False}
    task = word_count(client, project)
    assert statuses(client, task, 7) == ["QUEUED", "QUEUED"] + ["RUNNING"] * 3 + ["COMPLETED"] * 2
    bulk = client.post("/bulk/tasks/get", json={"task_ids": [task["id"]]}).json()
    assert bulk["items"][0]["resource"]["status"] == "COMPLETED"


def test_a_frozen_pace_holds_every_job_until_thawed(
    client: httpx.Client, emu: Emulator, project: dict[str, Any]
) -> None:
    emu.set_pace(frozen=True)
    task = word_count(client, project)
    assert statuses(client, task, 4) == ["QUEUED"] * 4
    aborted = client.post(f"/tasks/{task['id']}/actions/abort")
    assert aborted.json()["status"] == "ABORTED"
    second = word_count(client, project)
    assert emu.set_pace(frozen=False)["frozen"] is False
    assert statuses(client, second, 2) == ["RUNNING", "COMPLETED"]


def test_the_pace_also_holds_imports(
    client: httpx.Client, emu: Emulator, project: dict[str, Any]
) -> None:
    volume = client.post(
        "/storage/volumes",
        json={
            "name": "bucket",
            "access_mode": "RW",
            "service": {
                "type": "s3",
                "bucket": "b",
                "credentials": {"access_key_id": "AKIAEXAMPLE", "secret_access_key": "secret"},
            },
        },
    )
    assert volume.status_code == 201, volume.text
    put_object(emu.state, volume.json()["id"], "in/a.txt", b"abc")
    emu.set_pace(reads_per_step=2)
    job = client.post(
        "/storage/imports",
        json={
            "source": {"volume": volume.json()["id"], "location": "in/a.txt"},
            "destination": {"project": project["id"]},
        },
    ).json()
    states = [client.get(job["href"]).json()["state"] for _ in range(4)]
    assert states == ["PENDING", "RUNNING", "RUNNING", "COMPLETED"]


def test_pace_over_the_control_api(
    client: httpx.Client, emu: Emulator, project: dict[str, Any]
) -> None:
    control = FaultControl(emu.url)
    assert control.set_pace(reads_per_step=2) == {"reads_per_step": 2, "frozen": False}
    task = word_count(client, project)
    assert statuses(client, task, 2) == ["QUEUED", "RUNNING"]
    with httpx.Client(base_url=emu.control_url, timeout=10) as raw:
        assert raw.get("/pace").json() == {"reads_per_step": 2, "frozen": False}
        for bad in ({"reads_per_step": 0}, {"frozen": "yes"}, {"speed": 2}):
            refused = raw.post("/pace", json=bad)
            assert refused.status_code == 400, bad
        assert raw.get("/pace").json() == {"reads_per_step": 2, "frozen": False}
