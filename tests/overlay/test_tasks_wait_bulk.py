"""Waiting on tasks and reading many at once: task.wait (period, callback, timeout, Ctrl-C),
api.tasks.bulk_get (chunks of 100, records in input order), api.tasks.wait_many (one bulk read per
round, each task yielded once as it finishes), batch tasks and their children.

The emulator moves a submitted task one step per read, so these tests finish after a bounded number
of polls, with no dependence on timing; ``freeze_tasks`` keeps tasks where they are.
"""

from __future__ import annotations

from typing import Any

import pytest
import sevenbridges as sbg
from sevenbridges_emulator import Emulator

from .file_fixtures import Recorder
from .task_fixtures import NO_SUCH_TASK, WORD_COUNT, freeze_tasks, new_project, text_files


@pytest.fixture
def project(api: sbg.Api) -> sbg.Project:
    return new_project(api)


@pytest.fixture
def text(api: sbg.Api, emulator: Emulator, project: sbg.Project) -> sbg.File:
    (file_id,) = text_files(emulator, project, "words.txt")
    return api.files.get(file_id)


def submit(api: sbg.Api, project: sbg.Project, text: sbg.File, name: str = "t") -> sbg.Task:
    return api.tasks.create(name, project, WORD_COUNT, inputs={"input_file": text}, run=True)


def test_wait_polls_until_a_terminal_state_with_a_callback(
    api: sbg.Api, project: sbg.Project, text: sbg.File
) -> None:
    task = submit(api, project, text)
    seen: list[str] = []
    recorder = Recorder(api)
    assert task.wait(period=0.01, callback=lambda t: seen.append(str(t.status))) is task
    assert seen == ["RUNNING", "COMPLETED"]
    assert [s.path for s in recorder.sent] == [f"/tasks/{task.id}"] * 2
    assert task.status == sbg.TaskStatus.COMPLETED and task.end_time is not None
    assert isinstance(task.outputs["counts"], sbg.File)


def test_wait_on_a_slower_task_sees_every_state(
    api: sbg.Api, emulator: Emulator, project: sbg.Project, text: sbg.File
) -> None:
    emulator.set_pace(reads_per_step=2)  # a step every second read
    task = submit(api, project, text)
    seen: list[str] = []
    task.wait(period=0.01, callback=lambda t: seen.append(str(t.status)))
    assert seen == ["QUEUED", "RUNNING", "RUNNING", "COMPLETED"]


def test_wait_timeout_leaves_the_task_running(
    api: sbg.Api, emulator: Emulator, project: sbg.Project, text: sbg.File
) -> None:
    freeze_tasks(emulator)
    task = submit(api, project, text)
    with pytest.raises(sbg.WaitTimeout, match=f"Task {task.id} did not finish") as caught:
        task.wait(period=0.01, timeout=0.05)
    assert caught.value.last is task
    assert api.tasks.get(task.id).status == sbg.TaskStatus.QUEUED
    with pytest.raises(sbg.ValidationError, match="period"):
        task.wait(period=0)


def test_ctrl_c_stops_waiting_and_the_task_keeps_running(
    api: sbg.Api, emulator: Emulator, project: sbg.Project, text: sbg.File
) -> None:
    freeze_tasks(emulator)
    task = submit(api, project, text)
    recorder = Recorder(api)

    def interrupt(_: sbg.Task) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        task.wait(period=0.01, callback=interrupt)
    assert [s.method for s in recorder.sent] == ["GET"]  # no abort was sent
    assert api.tasks.get(task.id).status == sbg.TaskStatus.QUEUED


def test_bulk_get_chunks_at_100_and_keeps_input_order(
    api: sbg.Api, emulator: Emulator, project: sbg.Project
) -> None:
    freeze_tasks(emulator)
    drafts = [api.tasks.create(f"d{n}", project, WORD_COUNT) for n in range(3)]
    wanted: list[Any] = [drafts[n % 3] if n % 50 else NO_SUCH_TASK for n in range(150)]
    wanted[1] = drafts[1].id  # ids and Task objects mix
    recorder = Recorder(api)
    records = api.tasks.bulk_get(wanted)
    bulk_calls = recorder.calls("POST", "/bulk/tasks/get")
    assert sorted(len(c.body["task_ids"]) for c in bulk_calls) == [50, 100]
    assert len(records) == 150
    for n, record in enumerate(records):
        if n % 50:
            assert record.valid and record.resource is not None
            assert record.resource.id == drafts[n % 3].id and record.resource.name == f"d{n % 3}"
        else:
            assert not record.valid and isinstance(record.error, sbg.NotFound)
    assert isinstance(records[1], sbg.TaskBulkRecord)


def test_bulk_get_of_which_one_chunk_fails_keeps_every_answered_record(
    api: sbg.Api, emulator: Emulator, project: sbg.Project
) -> None:
    freeze_tasks(emulator)
    draft = api.tasks.create("d", project, WORD_COUNT)
    emulator.fail_request("POST", "/bulk/tasks/get", nth=2, status=500)
    with pytest.raises(sbg.BulkError) as caught:
        api.tasks.bulk_get([draft] * 200)  # two chunks of 100; the second to arrive fails
    error = caught.value
    answered = [record for record in error.records if record is not None]
    assert len(error.records) == 200 and len(answered) == 100 and len(error.unknown) == 100
    assert all(record.resource == draft for record in answered) and error.not_sent == []
    assert isinstance(error.cause, sbg.ServerError)


def test_bulk_get_refuses_bad_items_before_sending(api: sbg.Api) -> None:
    recorder = Recorder(api)
    with pytest.raises(sbg.ValidationError, match="'nope'"):
        api.tasks.bulk_get([NO_SUCH_TASK, "nope"])
    with pytest.raises(sbg.ValidationError, match="must not be empty"):
        api.tasks.bulk_get([])
    assert recorder.sent == []


def test_wait_many_yields_each_task_once_as_it_finishes(
    api: sbg.Api, emulator: Emulator, project: sbg.Project, text: sbg.File
) -> None:
    freeze_tasks(emulator)
    tasks = [submit(api, project, text, f"t{n}") for n in range(120)]
    store = emulator.state.tasks
    with emulator.state.lock:  # three finish at once; the rest later, one round at a time
        for task in tasks[5:8]:
            record = store.get(task.id)
            store.step(record)
            store.step(record)
    recorder = Recorder(api)
    finished = api.tasks.wait_many([*tasks, tasks[0]], period=0.01)
    first = [next(finished) for _ in range(3)]
    assert {t.id for t in first} == {t.id for t in tasks[5:8]}
    assert len(recorder.calls("POST", "/bulk/tasks/get")) == 2  # 120 ids: one round, two chunks
    emulator.state.tasks.auto_advance = True
    rest = list(finished)
    done = first + rest
    assert sorted(t.id for t in done) == sorted(t.id for t in tasks)  # each once
    assert all(t.status == sbg.TaskStatus.COMPLETED for t in done)
    assert all(c.path == "/bulk/tasks/get" for c in recorder.sent)  # never one GET per task


def test_wait_many_times_out_naming_the_pending_tasks(
    api: sbg.Api, emulator: Emulator, project: sbg.Project, text: sbg.File
) -> None:
    freeze_tasks(emulator)
    task = submit(api, project, text)
    with pytest.raises(sbg.WaitTimeout, match=task.id) as caught:
        list(api.tasks.wait_many([task], period=0.01, timeout=0.05))
    assert caught.value.last == [task.id]


def test_wait_many_checks_its_arguments_at_the_call(api: sbg.Api) -> None:
    recorder = Recorder(api)
    with pytest.raises(sbg.ValidationError, match="'bad'"):
        api.tasks.wait_many(["bad"])
    with pytest.raises(sbg.ValidationError, match="timeout"):
        api.tasks.wait_many([NO_SUCH_TASK], timeout=-1)
    assert recorder.sent == []
    with pytest.raises(sbg.NotFound):
        next(api.tasks.wait_many([NO_SUCH_TASK], period=0.01))


def test_batch_task_children_and_waiting_on_them(
    api: sbg.Api, emulator: Emulator, project: sbg.Project
) -> None:
    files = [api.files.get(i) for i in text_files(emulator, project, "a.txt", "b.txt", "c.txt")]
    app = api.apps.get(f"{WORD_COUNT}/0").copy(project, name="fan-out")
    # The app takes one file; the batch input holds three, one child per item.
    recorder = Recorder(api)
    parent = api.tasks.create(
        "batch", project, app, inputs={"input_file": files}, batch_input="input_file",
        batch_by={"type": "ITEM"}, run=True,
    )  # fmt: skip
    assert recorder.sent[-1].body["batch_by"] == {"type": "ITEM"}
    assert parent.batch is True and parent.batch_input == "input_file"
    children = list(parent.get_batch_children().all())
    assert len(children) == 3 and all(c.parent == parent.id for c in children)
    listing = [s for s in recorder.sent if s.path == "/tasks" and s.method == "GET"]
    assert [s.param("parent") for s in listing] == [[parent.id]]
    with pytest.raises(sbg.ExecutionDetailsInvalidTaskType):
        parent.get_execution_details()
    done = list(api.tasks.wait_many(children, period=0.01))
    assert sorted(t.id for t in done) == sorted(c.id for c in children)
    assert parent.wait(period=0.01).status == sbg.TaskStatus.COMPLETED
    assert children[0].get_execution_details().jobs
    single = api.tasks.create("single", project, app, inputs={"input_file": files[0]})
    with pytest.raises(sbg.ValidationError, match="not a batch task"):
        single.get_batch_children()


def test_disable_batch_runs_a_batch_task_as_one(
    api: sbg.Api, emulator: Emulator, project: sbg.Project
) -> None:
    files = [api.files.get(i) for i in text_files(emulator, project, "a.txt", "b.txt")]
    recorder = Recorder(api)
    task = api.tasks.create(
        "whole", project, "admin/sbg-public-data/fastqc", inputs={"reads": files},
        batch_input="reads", batch_by={"type": "CRITERIA", "criteria": ["metadata.sample_id"]},
        run=True, disable_batch=True,
    )  # fmt: skip
    assert sorted(recorder.sent[-1].query) == [("action", "run"), ("batch", "false")]
    assert task.batch is False and task.status == sbg.TaskStatus.QUEUED
