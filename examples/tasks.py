"""Running an analysis: install an app from CWL, upload its input, run a task, wait for it with a
progress line, download an output.

Run against the emulator with `make demo` (after the quickstart), or against the real Platform with
SB_API_ENDPOINT and SB_AUTH_TOKEN set. It makes a project of its own and deletes it at the end.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import sevenbridges as sbg

# A one-tool app: counts the words of a text file into `counts.txt`. Apps are CWL documents; this
# one is written in YAML, as it often is by hand (reading it needs PyYAML; a dict or a JSON string
# work the same way without it).
WORD_COUNT_CWL = """\
cwlVersion: v1.0
class: CommandLineTool
label: Word count
baseCommand: [wc, -w]
inputs:
  - id: text
    type: File
    inputBinding: {position: 1}
outputs:
  - id: counts
    type: File
    outputBinding: {glob: counts.txt}
stdout: counts.txt
requirements:
  - class: DockerRequirement
    dockerPull: ubuntu:22.04
"""

# Seconds between two looks at the task (the Platform's tasks take minutes; so does its patience
# with clients that poll every second).
POLL_PERIOD = 2.0


def section(title: str) -> None:
    print(f"\n== {title}")


def progress(task: sbg.Task) -> None:
    """One line per poll: status and finished steps."""
    status = task.execution_status
    steps = f"{status.steps_completed}/{status.steps_total} steps" if status else "no steps yet"
    print(f"  {task.status}: {steps}", flush=True)


def main() -> int:
    api = sbg.Api()  # SB_API_ENDPOINT and SB_AUTH_TOKEN, as for any script
    me = api.users.me()
    billing_group = api.billing_groups.query()[0]
    project = api.projects.create(name="Tasks demo", billing_group=billing_group)
    print(f"{me.username} works in {project.id}")
    try:
        with tempfile.TemporaryDirectory() as scratch:
            return run(api, project, Path(scratch))
    finally:
        for task in api.tasks.query(project=project, status=sbg.TaskStatus.DRAFT).all():
            task.delete()
        project.delete()
        print(f"\ndeleted {project.id}")


def run(api: sbg.Api, project: sbg.Project, scratch: Path) -> int:
    section("Install an app from its CWL")
    app = api.apps.install_app(
        f"{project.id}/word-count", WORD_COUNT_CWL, raw_format=sbg.AppRawFormat.YAML
    )
    print(f"installed {app.id} ({app.name}); inputs: {[i['id'] for i in app.raw['inputs']]}")

    section("Upload the input")
    local = scratch / "poem.txt"
    local.write_text("so much depends\nupon\na red wheel\nbarrow\n")
    text = api.files.upload(local, project=project)
    print(f"uploaded {text.name} ({text.size} bytes) as {text.id}")

    section("A draft with a mistake is caught before it runs")
    try:
        api.tasks.create("Count words", project, app, inputs={"txet": text}, run=True)
    except sbg.TaskValidationError as error:
        print(f"TaskValidationError: {error}")
        draft = error.task
        print(f"warnings: {[(w.input_id, w.message) for w in draft.warnings]}")
        draft.inputs = {"text": text}  # fix the draft and run it
        draft.save()
        task = draft.run()
    else:
        print("the server accepted a task without its input", file=sys.stderr)
        return 1
    print(f"running {task.id} ({task.name}), status {task.status}")

    section("Wait for it")
    task.wait(period=POLL_PERIOD, callback=progress)
    if task.status != sbg.TaskStatus.COMPLETED:
        print(f"the task ended {task.status}", file=sys.stderr)
        return 1
    price = task.price
    print(
        f"{task.status} in {task.execution_status.duration} ms; cost {price.amount} {price.currency}"
    )
    for job in task.get_execution_details().jobs:
        print(f"  job {job.name}: {job.status} on {job.instance.type} -> {job.command_line}")

    section("Download an output")
    counts = task.outputs["counts"]
    target = scratch / "counts.txt"
    counts.download(target)
    print(f"{counts.name} ({counts.id}): {target.read_text().strip()!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
