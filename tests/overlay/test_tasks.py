"""api.tasks against the emulator: create (every argument, run=True), run, abort, clone, save of
what changed, delete, execution details, query filters, malformed ids and invalid drafts.

The emulator moves a submitted task one step each time it is read (QUEUED -> RUNNING -> final);
``freeze_tasks`` stops that where a test needs a task to stay put.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sevenbridges as sbg
from sevenbridges_api.models.execution_details import ExecutionDetails as ExecutionDetailsModel
from sevenbridges_emulator import Emulator

from .file_fixtures import Recorder
from .task_fixtures import (
    ALWAYS_FAILS,
    FASTQC,
    NO_SUCH_TASK,
    WORD_COUNT,
    cwl_tool,
    freeze_tasks,
    new_project,
    text_files,
)


@pytest.fixture
def project(api: sbg.Api) -> sbg.Project:
    return new_project(api)


@pytest.fixture
def text(api: sbg.Api, emulator: Emulator, project: sbg.Project) -> sbg.File:
    (file_id,) = text_files(emulator, project, "words.txt")
    return api.files.get(file_id)


def test_create_a_draft_with_every_argument(
    api: sbg.Api, emulator: Emulator, project: sbg.Project, text: sbg.File
) -> None:
    recorder = Recorder(api)
    task = api.tasks.create(
        "Count", project, WORD_COUNT, revision=0, inputs={"input_file": text},
        description="first", interruptible=False,
        execution_settings={"instance_type": "c4.2xlarge;ebs-gp2;2000", "max_parallel_instances": 2},
        output_location={"main_location": "/results/"},
    )  # fmt: skip
    sent = recorder.sent[-1]
    assert (sent.method, sent.path, sent.query) == ("POST", "/tasks", [])
    assert sent.body == {
        "project": project.id,
        "app": f"{WORD_COUNT}/0",
        "name": "Count",
        "description": "first",
        "inputs": {"input_file": {"class": "File", "path": text.id}},
        "use_interruptible_instances": False,
        "execution_settings": {
            "instance_type": "c4.2xlarge;ebs-gp2;2000",
            "max_parallel_instances": 2,
        },
        "output_location": {"main_location": "/results/"},
    }
    assert task.status == sbg.TaskStatus.DRAFT and task.app == f"{WORD_COUNT}/0"
    assert task.name == "Count" and task.description == "first"
    assert task.use_interruptible_instances is False
    assert task.execution_settings["max_parallel_instances"] == 2
    assert task.output_location == {"main_location": "/results/"}
    assert task.inputs["input_file"] == text and isinstance(task.inputs["input_file"], sbg.File)
    assert task.errors == [] and task.warnings == []
    assert api.tasks.get(task.id) == task and api.tasks.get(task) == task


def test_create_with_an_app_object_and_use_interruptible_instances(
    api: sbg.Api, project: sbg.Project, text: sbg.File
) -> None:
    app = api.apps.get(f"{WORD_COUNT}/0")
    task = api.tasks.create(
        None, project.id, app, inputs={"input_file": text},
        use_interruptible_instances=True,
    )  # fmt: skip
    assert task.app == f"{WORD_COUNT}/0" and task.use_interruptible_instances is True
    assert task.name  # the server names it after the app


def test_create_refuses_bad_arguments_before_any_request(
    api: sbg.Api, project: sbg.Project, text: sbg.File
) -> None:
    recorder = Recorder(api)
    bad_calls = [
        (dict(project="no-owner", app=WORD_COUNT), "no-owner"),
        (dict(project=project, app="a/b"), "'a/b'"),
        (dict(project=project, app=f"{WORD_COUNT}/1", revision=0), "revision"),
        (dict(project=project, app=WORD_COUNT, inputs=["x"]), "inputs must be a dict"),
        (dict(project=project, app=WORD_COUNT, inputs={"f": project}), "inputs['f']"),
        (dict(project=project, app=WORD_COUNT, inputs={"f": [text, 3, project]}), "inputs['f'][2]"),
        (dict(project=project, app=WORD_COUNT, disable_batch=True), "needs run=True"),
        (dict(project=project, app=WORD_COUNT, run=True, disable_batch=True), "batch tasks"),
        (dict(project=project, app=WORD_COUNT, batch_by="item"), "batch_by"),
        (dict(project=project, app=WORD_COUNT, interruptible="yes"), "interruptible"),
        (
            dict(project=project, app=WORD_COUNT, interruptible=True,
                 use_interruptible_instances=False),
            "disagree",
        ),
    ]  # fmt: skip
    for kwargs, named in bad_calls:
        with pytest.raises(sbg.ValidationError) as caught:
            api.tasks.create("t", **kwargs)
        assert named in str(caught.value), (kwargs, str(caught.value))
    assert recorder.sent == []


def test_unknown_input_ports_come_back_as_the_servers_warnings(
    api: sbg.Api, project: sbg.Project, text: sbg.File
) -> None:
    task = api.tasks.create("t", project, WORD_COUNT, inputs={"input_file": text, "nope": 3})
    assert [(w.input_id, w.type) for w in task.warnings] == [
        ("nope", "warning/task_validation/input/unknown")
    ]
    assert task.errors == []


def test_create_and_run_at_once(api: sbg.Api, project: sbg.Project, text: sbg.File) -> None:
    recorder = Recorder(api)
    task = api.tasks.create("run", project, WORD_COUNT, inputs={"input_file": text}, run=True)
    assert recorder.sent[-1].query == [("action", "run")]
    assert task.status == sbg.TaskStatus.QUEUED and task.executed_by


def test_create_run_with_validation_errors_raises_with_the_draft(
    api: sbg.Api, project: sbg.Project
) -> None:
    with pytest.raises(sbg.TaskValidationError) as caught:
        api.tasks.create("broken", project, WORD_COUNT, inputs={"min_length": "three"}, run=True)
    message = str(caught.value)
    assert "input_file: Required input is not set." in message
    assert "min_length: Value for this input does not match the expected type." in message
    draft = caught.value.task
    assert isinstance(draft, sbg.Task) and draft.status == sbg.TaskStatus.DRAFT
    assert api.tasks.get(draft.id).status == sbg.TaskStatus.DRAFT  # it exists, as a draft


def test_run_of_an_invalid_draft_is_a_task_validation_error(
    api: sbg.Api, project: sbg.Project, text: sbg.File
) -> None:
    draft = api.tasks.create("draft", project, WORD_COUNT)
    with pytest.raises(sbg.TaskValidationError, match="input_file: Required input is not set") as e:
        draft.run()
    assert isinstance(e.value.__cause__, sbg.BadRequest) and e.value.__cause__.code == 7024
    draft.inputs["input_file"] = text
    draft.save()
    assert draft.errors == []
    assert draft.run() is draft and draft.status == sbg.TaskStatus.QUEUED
    with pytest.raises(sbg.BadRequest) as again:
        draft.run()
    assert again.value.code == 7007


def test_run_sends_its_options(api: sbg.Api, project: sbg.Project, text: sbg.File) -> None:
    draft = api.tasks.create("draft", project, WORD_COUNT, inputs={"input_file": text})
    recorder = Recorder(api)
    draft.run(interruptible=False)
    assert recorder.sent[-1].path == f"/tasks/{draft.id}/actions/run"
    assert recorder.sent[-1].query == [("use_interruptible_instances", "false")]
    assert draft.use_interruptible_instances is False


def test_abort_a_running_task(
    api: sbg.Api, emulator: Emulator, project: sbg.Project, text: sbg.File
) -> None:
    freeze_tasks(emulator)
    task = api.tasks.create("long", project, WORD_COUNT, inputs={"input_file": text}, run=True)
    assert task.abort() is task and task.status == sbg.TaskStatus.ABORTED
    with pytest.raises(sbg.BadRequest) as caught:
        task.abort()
    assert caught.value.code == 7011


def test_clone_as_a_draft_edit_and_run(api: sbg.Api, project: sbg.Project, text: sbg.File) -> None:
    original = api.tasks.create("orig", project, WORD_COUNT, inputs={"input_file": text}, run=True)
    recorder = Recorder(api)
    copy = original.clone(run=False)
    assert recorder.sent[-1].query == []
    assert copy.id != original.id and copy.status == sbg.TaskStatus.DRAFT
    assert copy.inputs["input_file"] == text
    copy.inputs["min_length"] = 4
    copy.save()
    assert copy.inputs["min_length"] == 4
    running = copy.clone()  # run=True by default, as in the compatible client
    assert recorder.sent[-1].query == [("action", "run")]
    assert running.status == sbg.TaskStatus.QUEUED and running.inputs["min_length"] == 4


def test_clone_and_run_of_an_invalid_task_raises_with_the_clone(
    api: sbg.Api, project: sbg.Project
) -> None:
    draft = api.tasks.create("draft", project, WORD_COUNT)
    with pytest.raises(sbg.TaskValidationError) as caught:
        draft.clone()
    assert caught.value.task.id != draft.id
    assert caught.value.task.status == sbg.TaskStatus.DRAFT


def test_save_sends_only_what_changed(
    api: sbg.Api, emulator: Emulator, project: sbg.Project, text: sbg.File
) -> None:
    (other_id,) = text_files(emulator, project, "other.txt")
    draft = api.tasks.create("draft", project, WORD_COUNT, inputs={"input_file": text})
    recorder = Recorder(api)
    assert draft.inputs["input_file"] == text and not draft.dirty  # reading is not changing
    with pytest.raises(sbg.ResourceNotModified):
        draft.save()
    draft.inputs["min_length"] = 5
    draft.description = "edited"
    draft.execution_settings["max_parallel_instances"] = 3
    draft.save()
    assert recorder.sent[-1].method == "PATCH"
    assert recorder.sent[-1].body == {
        "description": "edited",
        "inputs": {"min_length": 5},
        "execution_settings": {"max_parallel_instances": 3, "use_memoization": False},
    }
    assert draft.inputs == {"input_file": text, "min_length": 5}
    # A whole new inputs dict: the changed value, and null for an input left out.
    draft.inputs = {"input_file": api.files.get(other_id)}
    draft.save()
    assert recorder.sent[-1].body == {
        "inputs": {"input_file": {"class": "File", "path": other_id}, "min_length": None}
    }
    assert draft.inputs["input_file"].id == other_id and draft.inputs["min_length"] is None


def test_a_task_that_left_draft_only_takes_a_new_name_and_description(
    api: sbg.Api, project: sbg.Project, text: sbg.File
) -> None:
    task = api.tasks.create("run", project, WORD_COUNT, inputs={"input_file": text}, run=True)
    task.wait(period=0.01)
    task.name = "renamed"
    task.save()
    assert api.tasks.get(task.id).name == "renamed"
    recorder = Recorder(api)
    task.inputs["min_length"] = 2
    with pytest.raises(sbg.ValidationError, match="only its name and description") as caught:
        task.save()
    assert "inputs" in str(caught.value) and "COMPLETED" in str(caught.value)
    assert recorder.sent == []


def test_read_only_fields_and_the_origin_alias(api: sbg.Api, project: sbg.Project) -> None:
    task = api.tasks.create("t", project, WORD_COUNT)
    with pytest.raises(sbg.ReadOnlyPropertyError):
        task.status = "COMPLETED"  # type: ignore[misc]
    with pytest.raises(sbg.ReadOnlyPropertyError):
        task.outputs = {}  # type: ignore[misc]
    assert task.origin is None and task.origin_id is None


def test_delete_a_draft_only(api: sbg.Api, project: sbg.Project, text: sbg.File) -> None:
    draft = api.tasks.create("draft", project, WORD_COUNT)
    draft.delete()
    with pytest.raises(sbg.NotFound):
        api.tasks.get(draft.id)
    ran = api.tasks.create("run", project, WORD_COUNT, inputs={"input_file": text}, run=True)
    with pytest.raises(sbg.BadRequest) as caught:
        ran.delete()
    assert caught.value.code == 7007


@pytest.mark.parametrize("bad", ["not-a-uuid", "1234", f"{NO_SUCH_TASK}/x", ""])
def test_malformed_task_ids_are_refused_before_any_request(api: sbg.Api, bad: str) -> None:
    recorder = Recorder(api)
    with pytest.raises(sbg.ValidationError) as caught:
        api.tasks.get(bad)
    if bad:
        assert repr(bad) in str(caught.value)
    with pytest.raises(sbg.ValidationError):
        api.tasks.query(parent=bad)
    assert recorder.sent == []
    with pytest.raises(sbg.NotFound):
        api.tasks.get(NO_SUCH_TASK)


def test_execution_details_with_jobs(
    api: sbg.Api, emulator: Emulator, project: sbg.Project
) -> None:
    reads = [api.files.get(i) for i in text_files(emulator, project, "a.fastq", "b.fastq")]
    task = api.tasks.create("qc", project, FASTQC, inputs={"reads": reads}, run=True)
    task.wait(period=0.01)
    details = task.get_execution_details()
    assert isinstance(details, sbg.ExecutionDetails)
    assert details.status == sbg.TaskStatus.COMPLETED and details.message == "Completed"
    (job,) = details.jobs
    assert job.name == "fastqc" and job.status == "DONE"
    assert reads[0].id in job.command_line and job.instance.provider == "AWS"
    logs = job.logs
    assert set(logs) == {"job.err.log", "cmd.log"}
    assert all(isinstance(log, sbg.File) for log in logs.values())
    assert logs["cmd.log"].content().startswith("fastqc")  # a real file of the project


def test_job_logs_are_lazy_files(api: sbg.Api) -> None:
    model = ExecutionDetailsModel.from_dict(
        {"jobs": [{"name": "j", "logs": {"job.err.log": "5f0c1a2b3c4d5e6f7a8b9c0f",
                                         "url.log": "https://logs.example/l"}}]}
    )  # fmt: skip
    details = api._bind(sbg.ExecutionDetails)._from_model(model, api, complete=True)
    logs = details.jobs[0].logs
    assert isinstance(logs["job.err.log"], sbg.File)
    assert logs["job.err.log"].id == "5f0c1a2b3c4d5e6f7a8b9c0f"
    assert logs["url.log"] == "https://logs.example/l"


def test_failed_task(api: sbg.Api, project: sbg.Project) -> None:
    task = api.tasks.create("fails", project, ALWAYS_FAILS, run=True)
    assert task.wait(period=0.01).status == sbg.TaskStatus.FAILED
    assert sbg.TaskStatus.FAILED in sbg.TaskStatus.terminal_states
    assert set(sbg.TaskStatus.terminal_states) == {"COMPLETED", "FAILED", "ABORTED"}


def test_query_filters_go_on_the_wire(
    api: sbg.Api, emulator: Emulator, project: sbg.Project, text: sbg.File
) -> None:
    other = new_project(api, "Other")
    done = api.tasks.create("b-done", project, WORD_COUNT, inputs={"input_file": text}, run=True)
    done.wait(period=0.01)
    draft = api.tasks.create("a-draft", project, WORD_COUNT)
    api.tasks.create("elsewhere", other, WORD_COUNT)
    recorder = Recorder(api)
    today = datetime.now(UTC).date()
    found = api.tasks.query(
        project=project, status="completed", created_from=today - timedelta(days=1),
        created_to=datetime.now(UTC) + timedelta(days=1), started_from="2020-01-01",
        ended_to=date.today() + timedelta(days=1), order_by="name", order="DESC", limit=10,
        batch=False, offset=0,
    )  # fmt: skip
    assert [t.id for t in found] == [done.id] and found.total == 1
    query = dict(recorder.sent[-1].query)
    assert query["project"] == project.id and query["status"] == "COMPLETED"
    assert query["order_by"] == "name" and query["order"] == "desc" and query["batch"] == "false"
    assert query["created_from"] == (today - timedelta(days=1)).isoformat()
    assert query["started_from"] == "2020-01-01" and query["limit"] == "10"
    ordered = api.tasks.query(project=project, order_by="name", order="asc")
    assert [t.id for t in ordered] == [draft.id, done.id]
    assert [t.id for t in project.get_tasks(status=sbg.TaskStatus.DRAFT)] == [draft.id]
    assert {t.name for t in api.tasks.query().all()} == {"b-done", "a-draft", "elsewhere"}
    for bad, named in ((dict(status="DONE"), "status"), (dict(order="up"), "order"),
                       (dict(order_by="size"), "order_by"), (dict(created_from=3), "created_from"),
                       (dict(project="x"), "'x'"), (dict(batch="no"), "batch")):  # fmt: skip
        with pytest.raises(sbg.ValidationError, match=named):
            api.tasks.query(**bad)


def test_list_items_fetch_the_rest_lazily(
    api: sbg.Api, project: sbg.Project, text: sbg.File
) -> None:
    created = api.tasks.create("lazy", project, WORD_COUNT, inputs={"input_file": text})
    (item,) = api.tasks.query(project=project)
    assert item.field("inputs") is None  # a list item holds href, id and name
    recorder = Recorder(api)
    assert item.inputs["input_file"] == text and item.status == sbg.TaskStatus.DRAFT
    assert [s.path for s in recorder.sent] == [f"/tasks/{created.id}"]  # fetched once
    assert item == created


def test_create_task_in_a_project(api: sbg.Api, project: sbg.Project, text: sbg.File) -> None:
    recorder = Recorder(api)
    task = project.create_task("mine", WORD_COUNT, inputs={"input_file": text}, run=True)
    assert task.project == project.id and task.status == sbg.TaskStatus.QUEUED
    assert recorder.sent[-1].body["use_interruptible_instances"] is True  # the compatible default


def test_an_installed_app_runs_and_its_output_downloads(
    api: sbg.Api, emulator: Emulator, project: sbg.Project, tmp_path: Path
) -> None:
    app = api.apps.install_app(f"{project.id}/cat", cwl_tool())
    (file_id,) = text_files(emulator, project, "in.txt")
    task = api.tasks.create("cat", project, app, inputs={"reads": api.files.get(file_id)}, run=True)
    assert task.wait(period=0.01).status == sbg.TaskStatus.COMPLETED
    out = task.outputs["out"]
    assert isinstance(out, sbg.File) and out.name == "out.txt" and out.project == project.id
    target = tmp_path / "out.txt"
    out.download(target)
    assert target.read_bytes() == b"".join(out.stream()) and target.stat().st_size == out.size


def test_a_draft_moves_to_another_app_revision(api: sbg.Api, project: sbg.Project) -> None:
    draft = api.tasks.create("t", project, WORD_COUNT)
    assert draft.app == f"{WORD_COUNT}/1"
    recorder = Recorder(api)
    draft.app = api.apps.get(f"{WORD_COUNT}/0")
    draft.save()
    assert recorder.sent[-1].body == {"app": f"{WORD_COUNT}/0"}
    assert draft.app == f"{WORD_COUNT}/0" and "min_length" not in draft.inputs
    draft.app = "not/an-app"
    with pytest.raises(sbg.ValidationError, match="'not/an-app'"):
        draft.save()


def test_query_by_origin(api: sbg.Api, emulator: Emulator, project: sbg.Project) -> None:
    draft = api.tasks.create("t", project, WORD_COUNT)
    run_id = "7f6a5b4c-3d2e-4f1a-8b9c-0d1e2f3a4b5c"
    with emulator.state.lock:
        emulator.state.tasks.get(draft.id).origin_id = run_id
    recorder = Recorder(api)
    (found,) = api.tasks.query(origin=run_id)
    assert found.id == draft.id and found.origin == run_id
    assert recorder.sent[0].param("origin_id") == [run_id]
    assert list(api.tasks.query(origin="someone-else")) == []
