"""`make demo`: start the emulator, run the examples against it through the environment (the
quickstart, then the tasks and volumes walkthroughs), then a short walkthrough of the `sbg` command
line, and stop it.

The examples themselves know nothing of the emulator's process: they read SB_API_ENDPOINT and
SB_AUTH_TOKEN, exactly as scripts for the real Platform would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Run in this order; the demo stops at the first that fails.
EXAMPLES = ("quickstart.py", "tasks.py", "volumes.py")


def main() -> int:
    emulator = subprocess.Popen(
        [sys.executable, "-m", "sevenbridges_emulator", "--host", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert emulator.stdout is not None
        # SB_API_ENDPOINT=<url> then SB_AUTH_TOKEN=<token>
        url = emulator.stdout.readline().strip().partition("=")[2]
        token = emulator.stdout.readline().strip().partition("=")[2]
        if not url.startswith("http://127.0.0.1:"):
            print(f"The emulator did not start (first line: {url!r})", file=sys.stderr)
            return 1
        print(f"Emulator at {url}\n")
        env = {**os.environ, "SB_API_ENDPOINT": url, "SB_AUTH_TOKEN": token}
        for example in EXAMPLES:
            print(f"\n######## examples/{example}")
            status = subprocess.call([sys.executable, str(HERE / example)], env=env)
            if status != 0:
                print(f"examples/{example} failed with exit status {status}", file=sys.stderr)
                return status
        return cli_walkthrough(env)
    finally:
        emulator.terminate()
        try:
            emulator.wait(timeout=10)
        except subprocess.TimeoutExpired:
            emulator.kill()
            emulator.wait()


def cli_walkthrough(env: dict[str, str]) -> int:
    """The same kind of work from the `sbg` command line: upload a directory, list it, download it,
    run a task on one of its files and download the task's outputs."""
    sbg = str(Path(sys.executable).with_name("sbg"))

    def step(*args: str) -> str:
        print(f"\n$ sbg {' '.join(args)}", flush=True)
        done = subprocess.run([sbg, *args], env=env, stdout=subprocess.PIPE, text=True, check=True)
        if "--json" not in args:
            print(done.stdout, end="", flush=True)
        return done.stdout

    print("\n== The sbg command line ==")
    with tempfile.TemporaryDirectory() as scratch:
        reads = Path(scratch) / "reads"
        (reads / "lane2").mkdir(parents=True)
        for name in ("lane1.fastq", "lane2/lane2.fastq"):
            (reads / name).write_text("@read1\nACGT\n+\nIIII\n")
        env = {**env, "SB_TRANSFER_STATE_DIR": str(Path(scratch) / "state")}
        step("whoami")
        project = json.loads(step("--json", "projects", "create", "CLI demo"))["id"]
        print(f"created {project}")
        step("files", "upload", str(reads), "--to", project)
        step("files", "ls", project, "--recursive")
        step("files", "download", project, "--to", str(Path(scratch) / "copy"))
        copied = sorted(str(p.relative_to(scratch)) for p in (Path(scratch) / "copy").rglob("*"))
        print("downloaded:", ", ".join(copied))
        task = json.loads(
            step("--json", "tasks", "run", "admin/sbg-public-data/word-count", "--project", project,
                 f"input_file={project}/reads/lane1.fastq", "--wait", "--period", "0.5")
        )  # fmt: skip
        print(f"task {task['id']}: {task['status']}")
        step("tasks", "outputs", task["id"], "--download", str(Path(scratch) / "outputs"))
        print("outputs:", ", ".join(p.name for p in (Path(scratch) / "outputs").iterdir()))
        step("projects", "rm", project, "--yes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
