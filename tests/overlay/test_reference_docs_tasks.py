"""The apps and tasks snippets of the reference documentation (/work/shared/reference-docs), copied
verbatim and run with ``exec`` against the emulator, whose user is ``my-username`` as the snippets
assume, with a project ``my-project`` holding an app ``my-app`` (input ``FastQC-Reads``) and files
of sample ``some-sample``.

Mistakes of the documentation itself (the overlay is not changed to match them):

1. ``project='my-project'`` is not a project id (``owner/project``): 000_f3e61e13053f2206.txt:1242
   and 003:1457 (task hint), 001:1356, 002:930, 004:775 (file hint), the "Single task" example
   (000:1267, 001:1381, 002:952, 003:1484, 004:792) and the older "Batch task" example (001:1411,
   004:815). The overlay refuses it with a ValidationError naming the value, before any request.
   The batch example of 000 (000:1307) writes it correctly (``project=project``).
2. "Single task" (all versions): ``task.run()`` after ``create(..., run=True)`` runs a task that is
   already running; the server refuses it (BadRequest, code 7007). The comment means "instead".
3. ``SbError`` (all task examples) does not exist; the name is ``SbgError``. It only matters when
   an error is raised inside the ``try``.
4. 001:1371, 001:1401, 004:782 and 004:805 define ``task_name`` and ``project_id`` but use
   ``name`` and ``project``.
5. The secondary files (000:1330) and bulk (000:1397) examples hold placeholders
   (``'<task_id>'``, ``'<output_name>'``, ``'<TASK_ID>'``); the tests put real values in their
   place and change nothing else.
6. The task methods list "refresh()" (000:1221, 001:1337, 002:915, 003:1438, 004:767); the
   compatible client's method is ``reload()`` (client-signatures.md), which the overlay has.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import sevenbridges as sbg
from sevenbridges_emulator import Emulator

from .file_fixtures import seed_file

USER = "my-username"
APP_CWL = {
    "cwlVersion": "v1.0",
    "class": "CommandLineTool",
    "label": "My App (FastQC)",
    "baseCommand": ["fastqc"],
    "inputs": [{"id": "FastQC-Reads", "type": "File[]"}],
    "outputs": [{"id": "report", "type": "File", "outputBinding": {"glob": "*.html"}}],
}


@pytest.fixture
def doc_emulator() -> Iterator[Emulator]:
    with Emulator(username=USER) as emu:
        yield emu


@pytest.fixture
def namespace(doc_emulator: Emulator) -> dict[str, Any]:
    """What the snippets assume: ``api``, ``sbg``, a project with an app and sample files."""
    api = sbg.Api(url=doc_emulator.url, token=doc_emulator.token, error_handlers=[])
    billing_group = api.billing_groups.query()[0]
    project = api.projects.create(name="my-project", billing_group=billing_group)
    assert project.id == f"{USER}/my-project"
    api.apps.install_app(f"{USER}/my-project/my-app", APP_CWL)
    for n in (1, 2):
        seed_file(
            doc_emulator, project.id, f"sample_{n}.fastq", content=b"@r\nACGT\n+\nIIII\n",
            metadata={"sample": "some-sample"},
        )  # fmt: skip
    return {"api": api, "sbg": sbg, "the_project": project, "emulator": doc_emulator}


def completed_task(ns: dict[str, Any]) -> sbg.Task:
    api: sbg.Api = ns["api"]
    reads = list(api.files.query(project=ns["the_project"]))
    task = api.tasks.create(
        "done", ns["the_project"], f"{USER}/my-project/my-app", inputs={"FastQC-Reads": reads},
        run=True,
    )  # fmt: skip
    return task.wait(period=0.01)


# 000_f3e61e13053f2206.txt:1129 (also 002:834, 003:1343, 004:~683)
def test_listing_public_apps(namespace: dict[str, Any]) -> None:
    result = eval("api.apps.query(visibility='public')", namespace)
    assert len(result) == 4 and all(app.project == "admin/sbg-public-data" for app in result)


# 000_f3e61e13053f2206.txt:363 (also 001:574, 002:250, 003:516)
def test_querying_completed_tasks(namespace: dict[str, Any]) -> None:
    done = completed_task(namespace)
    result = eval("api.tasks.query(status='COMPLETED')", namespace)
    assert [task.id for task in result] == [done.id]


# 000_f3e61e13053f2206.txt:1242 (also 002:~929, 003:1457): doc mistake 1
def test_first_task_of_a_project_hint(namespace: dict[str, Any]) -> None:
    with pytest.raises(sbg.ValidationError, match="'my-project'"):
        eval("api.tasks.query(project='my-project')[0]", namespace)
    done = completed_task(namespace)
    fixed = "api.tasks.query(project='my-project')[0]".replace(
        "'my-project'", "'my-username/my-project'"
    )
    assert eval(fixed, namespace) == done


SINGLE_TASK = """\
# Task name
name = 'my-first-task'

# Project in which I want to run a task.
project = 'my-username/my-project'

# App I want to use to run a task
app = 'my-username/my-project/my-app'

# Inputs
inputs = {}
inputs['FastQC-Reads'] = api.files.query(project='my-project', metadata={'sample': 'some-sample'})

try:
    task = api.tasks.create(name=name, project=project, app=app, inputs=inputs, run=True)
except SbError:
    print('I was unable to run the task.')

# Task can also be ran by invoking .run() method on the draft task.
task.run()
"""


# 000_f3e61e13053f2206.txt:1256-1275 (also 002:940-959, 003:1473-1492): doc mistakes 1, 2, 3
def test_single_task_example(namespace: dict[str, Any]) -> None:
    with pytest.raises(sbg.ValidationError, match="'my-project'"):
        exec(SINGLE_TASK, namespace)
    assert "task" not in namespace  # refused before anything was sent or created
    fixed = SINGLE_TASK.replace("project='my-project'", "project=project")
    with pytest.raises(sbg.BadRequest) as caught:
        exec(fixed, namespace)
    assert caught.value.code == 7007  # mistake 2: the task was already submitted by run=True
    task = namespace["task"]
    assert task.name == "my-first-task" and task.status == sbg.TaskStatus.QUEUED
    assert [f.name for f in task.inputs["FastQC-Reads"]] == ["sample_1.fastq", "sample_2.fastq"]


SINGLE_TASK_001 = """\
# Task name
task_name = 'my-first-task'

# Project in which I want to run a task.
project_id = 'my-username/my-project'

# App I want to use to run a task
app = 'my-username/my-project/my-app'

# Inputs
inputs = {}
inputs['FastQC-Reads'] = api.files.query(project='my-project', metadata={'sample': 'some-sample'})

try:
    task = api.tasks.create(name=name, project=project, app=app, inputs=inputs, run=True)
except SbError:
    print('I was unable to run the task.')

# Task can also be ran by invoking .run() method on the draft task.
task.run()
"""


# 001_2ec917a0ea3cf288.txt:1370-1389 (also 004:781-800): doc mistakes 1 and 4
def test_single_task_example_of_the_older_pages(namespace: dict[str, Any]) -> None:
    with pytest.raises(sbg.ValidationError, match="'my-project'"):
        exec(SINGLE_TASK_001, namespace)
    fixed = SINGLE_TASK_001.replace("project='my-project'", "project=project_id")
    with pytest.raises(NameError, match="name"):
        exec(fixed, namespace)  # mistake 4: `name` and `project` are never defined


# 001_2ec917a0ea3cf288.txt:1356 (also 002:930, 004:775): doc mistake 1
def test_single_file_input_hint(namespace: dict[str, Any]) -> None:
    hint = "api.files.query(project='my-project', names=[\"one_file.fa\"])[0]"
    with pytest.raises(sbg.ValidationError, match="'my-project'"):
        eval(hint, namespace)
    fixed = hint.replace("one_file.fa", "sample_1.fastq").replace("'my-project'", "the_project")
    assert eval(fixed, namespace).name == "sample_1.fastq"


CLONE = """\
# Getting the old task by id
old_task = api.tasks.get(old_task_id)

# clone it without launching it.
new_task = old_task.clone(run=False)

# Modify the inputs
new_task.inputs['somekey'] = "new value"

# Save the new task, and run it.
new_task.save()
new_task.run()
"""


# 000_f3e61e13053f2206.txt:1281-1292 (also 002:964-975, 003:1505-1516)
def test_clone_a_task_and_run_it_with_modification(namespace: dict[str, Any]) -> None:
    old = completed_task(namespace)
    namespace["old_task_id"] = old.id
    exec(CLONE, namespace)
    new_task = namespace["new_task"]
    assert new_task.id != old.id and new_task.status == sbg.TaskStatus.QUEUED
    assert new_task.inputs["somekey"] == "new value"
    assert [w.input_id for w in new_task.warnings] == ["somekey"]  # not an input of the app
    assert new_task.inputs["FastQC-Reads"] == old.inputs["FastQC-Reads"]


BATCH_TASK = """\
# Task name
name = 'my-first-task'

# Project in which to run the task.
project = 'my-username/my-project'

# App to use to run the task
app = 'my-username/my-project/my-app'

# Inputs
inputs = {}
inputs['FastQC-Reads'] = api.files.query(project=project, metadata={'sample': 'some-sample'})

# Specify that one task should be created per file (i.e. batch tasks by file).
batch_by = {'type': 'item'}


# Specify that the batch input is FastQC-Reads
batch_input = 'FastQC-Reads'

try:
    task = api.tasks.create(
        name=name, project=project, app=app, inputs=inputs,
        batch_input=batch_input, batch_by=batch_by, run=True
    )
except SbError:
    print('I was unable to run a batch task.')
"""


# 000_f3e61e13053f2206.txt:1296-1322 (runs unchanged)
def test_batch_task_example(namespace: dict[str, Any]) -> None:
    exec(BATCH_TASK, namespace)
    task = namespace["task"]
    assert task.batch is True and task.status == sbg.TaskStatus.QUEUED
    children = list(task.get_batch_children().all())
    assert len(children) == 2
    assert task.wait(period=0.01).status == sbg.TaskStatus.COMPLETED


SECONDARY_FILES = """\
task = api.tasks.get('<task_id>')
secondary_files = task.outputs['<output_name>'].secondary_files
"""


# 000_f3e61e13053f2206.txt:1330-1331 (also 003:1561-1562): placeholders filled (note 5)
def test_secondary_files_of_an_output(namespace: dict[str, Any]) -> None:
    done = completed_task(namespace)
    emulator: Emulator = namespace["emulator"]
    project = namespace["the_project"]
    bam = seed_file(emulator, project.id, "out.bam", content=b"bam")
    bai = seed_file(emulator, project.id, "out.bam.bai", content=b"bai")
    with emulator.state.lock:  # the app's output is a BAM with its index
        emulator.state.tasks.get(done.id).outputs = {
            "report": {"class": "File", "path": bam, "name": "out.bam",
                       "secondaryFiles": [{"class": "File", "path": bai, "name": "out.bam.bai"}]}
        }  # fmt: skip
    filled = SECONDARY_FILES.replace("<task_id>", done.id).replace("<output_name>", "report")
    exec(filled, namespace)
    (index,) = namespace["secondary_files"]
    assert isinstance(index, sbg.File) and index.id == bai and index.name == "out.bam.bai"


BULK_GET = """\
# Retrieve tasks
tasks = ['<TASK_ID>', '<TASK_ID>', '<TASK_ID>']
response = api.tasks.bulk_get(tasks=tasks)
"""


# 000_f3e61e13053f2206.txt:1396-1398 (also 002:1052-1054, 003:1637-1639): placeholders filled
def test_bulk_get_tasks_example(namespace: dict[str, Any]) -> None:
    done = completed_task(namespace)
    exec(BULK_GET.replace("<TASK_ID>", done.id), namespace)
    response = namespace["response"]
    assert len(response) == 3 and all(r.valid and r.resource == done for r in response)


# 000_f3e61e13053f2206.txt:401-407 (also 001:624-631, 002:281-284, 003:555-559)
def test_project_listing_methods(namespace: dict[str, Any]) -> None:
    done = completed_task(namespace)
    namespace["project"] = namespace["the_project"]
    files = eval("project.get_files()", namespace)
    assert {f.id for f in files} == {
        *(f.id for f in done.inputs["FastQC-Reads"]),
        done.outputs["report"].id,  # the run's output is a file of the project
    }
    assert [a.id for a in eval("project.get_apps()", namespace)] == [f"{USER}/my-project/my-app/0"]
    assert [t.id for t in eval("project.get_tasks()", namespace)] == [done.id]


# 000_f3e61e13053f2206.txt:1221 (and the other versions): doc mistake 6
def test_refresh_is_reload(namespace: dict[str, Any]) -> None:
    task = completed_task(namespace)
    assert not hasattr(task, "refresh")
    assert task.reload() is task and task.status == sbg.TaskStatus.COMPLETED
