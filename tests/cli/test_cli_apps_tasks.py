"""``sbg apps`` and ``sbg tasks`` against the emulator."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sevenbridges_emulator import Emulator

from .conftest import Run

WORD_COUNT = "admin/sbg-public-data/word-count"
ALWAYS_FAILS = "admin/sbg-public-data/always-fails"


def as_json(result: Any) -> Any:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def project(configured: Emulator, sbg: Run, tmp_path: Path) -> str:
    project_id = str(as_json(sbg("--json", "projects", "create", "Analysis"))["id"])
    (tmp_path / "words.txt").write_text("one two three\n")
    as_json(sbg("--json", "files", "upload", str(tmp_path / "words.txt"), "--to", project_id))
    return project_id


def test_apps(project: str, sbg: Run, tmp_path: Path) -> None:
    public = as_json(sbg("--json", "apps", "ls", "--public"))
    assert any(str(item["id"]).startswith(WORD_COUNT) for item in public)
    shown = as_json(sbg("--json", "apps", "show", WORD_COUNT))
    assert shown["name"] == "Word Count"
    cwl = as_json(sbg("apps", "show", WORD_COUNT, "--cwl"))
    assert cwl["class"] == "CommandLineTool"

    tool = {
        "cwlVersion": "v1.0", "class": "CommandLineTool", "label": "Cat", "baseCommand": ["cat"],
        "inputs": [{"id": "reads", "type": "File"}], "outputs": [],
    }  # fmt: skip
    (tmp_path / "cat.cwl.json").write_text(json.dumps(tool))
    installed = as_json(
        sbg("--json", "apps", "install", f"{project}/cat", str(tmp_path / "cat.cwl.json"))
    )
    assert str(installed["id"]).startswith(f"{project}/cat")
    mine = as_json(sbg("--json", "apps", "ls", "--project", project))
    assert [str(item["id"]).rsplit("/", 1)[0] for item in mine] == [f"{project}/cat"]

    copied = as_json(sbg("--json", "apps", "copy", WORD_COUNT, project, "--name", "wc"))
    assert str(copied["id"]).startswith(f"{project}/wc")
    missing = sbg("apps", "install", f"{project}/x", str(tmp_path / "nope.cwl"))
    assert missing.exit_code == 1 and "nope.cwl" in missing.stderr


def test_run_wait_and_outputs(project: str, sbg: Run, tmp_path: Path) -> None:
    task = as_json(
        sbg("--json", "tasks", "run", WORD_COUNT, f"input_file={project}/words.txt", "min_length=2",
            "--project", project, "--name", "count")
    )  # fmt: skip
    assert task["name"] == "count" and task["status"] in ("QUEUED", "RUNNING")
    listed = as_json(sbg("--json", "tasks", "ls", "--project", project))
    assert [item["id"] for item in listed] == [task["id"]]
    waited = sbg("--json", "tasks", "wait", task["id"], "--period", "0.05")
    assert json.loads(waited.stdout)["status"] == "COMPLETED", waited.stderr
    assert "COMPLETED" in waited.stderr  # the states seen, on stderr
    outputs = as_json(sbg("--json", "tasks", "outputs", task["id"]))
    assert "counts" in outputs
    out = tmp_path / "out"
    fetched = as_json(sbg("--json", "tasks", "outputs", task["id"], "--download", str(out)))
    assert [r["status"] for r in fetched] == ["done"]
    assert any(out.iterdir())
    shown = as_json(sbg("--json", "tasks", "show", task["id"]))
    assert shown["status"] == "COMPLETED"


def test_a_failed_task_exits_1_and_abort(project: str, sbg: Run, configured: Emulator) -> None:
    failing = as_json(sbg("--json", "tasks", "run", ALWAYS_FAILS, "--project", project))
    ended = sbg("tasks", "wait", failing["id"], "--period", "0.05")
    assert ended.exit_code == 1 and "FAILED" in ended.stderr

    configured.set_pace(frozen=True)
    running = as_json(
        sbg(
            "--json",
            "tasks",
            "run",
            WORD_COUNT,
            f"input_file={project}/words.txt",
            "--project",
            project,
        )
    )
    aborted = as_json(sbg("--json", "tasks", "abort", running["id"]))
    assert aborted["status"] == "ABORTED"


def test_bad_task_input(project: str, sbg: Run) -> None:
    malformed = sbg("tasks", "run", WORD_COUNT, "input_file", "--project", project)
    assert malformed.exit_code == 2 and "name=value" in malformed.stderr
    unknown = sbg("tasks", "run", WORD_COUNT, "nope=1", "--project", project)
    assert unknown.exit_code == 2 and "input_file" in unknown.stderr
    not_a_number = sbg("tasks", "run", WORD_COUNT, "min_length=many", "--project", project)
    assert not_a_number.exit_code == 2
    missing_file = sbg(
        "tasks", "run", WORD_COUNT, f"input_file={project}/absent.txt", "--project", project
    )
    assert missing_file.exit_code == 1 and "absent.txt" in missing_file.stderr
    unknown_project = sbg("tasks", "ls", "--project", "john_doe/none")
    assert unknown_project.exit_code == 1
