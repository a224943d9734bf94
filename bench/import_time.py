"""`make bench-import`: start-up cost of this client, side by side with sevenbridges-python.

Every figure comes from fresh interpreters, best of `--runs`, the two clients taking turns; each is
given as wall clock and as CPU time (steadier on a machine shared with other work). The child times
its own stages (importing only `sys` and `time` first), so the interpreter's start-up is a row of its
own rather than part of `import sevenbridges`. Rows:

- interpreter start (`python -c pass`) and the HTTP library alone (httpx / requests);
- `import sevenbridges`, `sbg.Api(url=..., token=...)`, the first `api.projects.query(limit=1)`
  against an emulator on loopback (imports, connection and request) and a second identical query
  (the request alone: first minus second is what the first call loads);
- process start to the first result (the whole child: interpreter, imports, Api, both queries);
- for this client only, the generated package: its root, `models`, one model, one endpoint module,
  and every module, which is what loading all of it eagerly costs.

sevenbridges-python 2.11.2 is installed into bench/.venv-reference by bench/transfer.py's helper.
Only a run with the default arguments writes bench/results/import_time.md and the README section.
`--breakdown` adds what `python -X importtime -c "import sevenbridges"` spends, grouped by top-level
package (the overlay's subpackages one by one, the standard library as one).

usage: python bench/import_time.py [--runs 5] [--skip-reference] [--breakdown]
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from transfer import REF_VERSION, bench_project, reference_python, start_emulator, write_readme

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "import_time.md"

# Runs each argument as one stage in a shared namespace; prints "wall,cpu" seconds of each.
STAGE_RUNNER = """
import sys, time
namespace = {}
seconds = []
for code in sys.argv[1:]:
    compiled = compile(code, "<stage>", "exec")
    wall, cpu = time.perf_counter(), time.process_time()
    exec(compiled, namespace)
    seconds.append(f"{time.perf_counter() - wall!r},{time.process_time() - cpu!r}")
print(" ".join(seconds))
"""
# The public surface both clients share; the emulator's URL and token come in the environment.
FLOW = (
    "import os; URL, TOKEN = os.environ['BENCH_URL'], os.environ['BENCH_TOKEN']",
    "import sevenbridges as sbg",
    "api = sbg.Api(url=URL, token=TOKEN, debug=True)",  # debug: plain http to the loopback emulator
    "first = [p.id for p in api.projects.query(limit=1)]; assert first",
    "second = [p.id for p in api.projects.query(limit=1)]; assert second == first",
)
FLOW_LABELS = (
    "import sevenbridges",
    "sbg.Api(url, token)",
    "first api.projects.query(limit=1)",
    "second api.projects.query(limit=1)",
)
EVERY_MODULE = """
import importlib, pkgutil, sevenbridges_api
for info in pkgutil.walk_packages(sevenbridges_api.__path__, "sevenbridges_api."):
    importlib.import_module(info.name)
"""
GENERATED = {
    "import sevenbridges_api": "import sevenbridges_api",
    "import sevenbridges_api.models": "import sevenbridges_api.models",
    "from sevenbridges_api.models import Project": "from sevenbridges_api.models import Project",
    "import sevenbridges_api.api.projects.list_projects": (
        "import sevenbridges_api.api.projects.list_projects"
    ),
    "every module of sevenbridges_api": EVERY_MODULE,
}


@dataclass
class Client:
    label: str
    python: Path
    http_library: str


@dataclass(frozen=True)
class Seconds:
    wall: float
    cpu: float


def run_child(
    python: Path, args: Sequence[str], env: dict[str, str] | None = None
) -> tuple[str, Seconds]:
    """Run a fresh interpreter; its stdout, wall clock and CPU time (from its rusage)."""
    start = time.perf_counter()
    environment = {**os.environ, **(env or {})}
    child = subprocess.Popen(
        [str(python), *args], stdout=subprocess.PIPE, text=True, env=environment
    )
    assert child.stdout is not None
    output = child.stdout.read()
    child.stdout.close()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{python} failed (exit status {status}); its error is above")
    return output, Seconds(time.perf_counter() - start, usage.ru_utime + usage.ru_stime)


def stages(
    python: Path, codes: Sequence[str], env: dict[str, str] | None = None
) -> tuple[list[Seconds], Seconds]:
    """Each stage's seconds in one fresh interpreter, and those of the whole process."""
    output, whole = run_child(python, ["-c", STAGE_RUNNER, *codes], env)
    pairs = [word.split(",") for word in output.split()]
    return [Seconds(float(wall), float(cpu)) for wall, cpu in pairs], whole


def measure(
    clients: Sequence[Client], url: str, token: str, runs: int
) -> dict[str, dict[str, Seconds]]:
    """Each row's best of `runs` per client; the clients take turns, so drifting load hits both."""
    samples: dict[str, dict[str, list[Seconds]]] = {c.label: defaultdict(list) for c in clients}
    env = {"BENCH_URL": url, "BENCH_TOKEN": token}
    for _ in range(runs):
        for client in clients:
            rows = samples[client.label]
            rows["interpreter start (python -c pass)"].append(
                run_child(client.python, ["-c", "pass"])[1]
            )
            (library,), _ = stages(client.python, [f"import {client.http_library}"])
            rows["HTTP library alone (import httpx / requests)"].append(library)
            seconds, whole = stages(client.python, FLOW, env)
            for label, stage in zip(FLOW_LABELS, seconds[1:], strict=True):
                rows[label].append(stage)
            rows["process start to first result"].append(whole)
        for label, code in GENERATED.items():  # this client only
            (stage,), _ = stages(Path(sys.executable), [code])
            samples[clients[0].label][label].append(stage)
    return {
        label: {
            row: Seconds(min(s.wall for s in values), min(s.cpu for s in values))
            for row, values in rows.items()
        }
        for label, rows in samples.items()
    }


def ratio_cell(mine: float | None, theirs: float | None) -> str:
    if mine is None or theirs is None or theirs < 0.001:  # below a millisecond it says nothing
        return "-"
    return f"{mine / theirs:.2f}"


def table(columns: dict[str, dict[str, Seconds]]) -> str:
    """Wall clock, then CPU time; with two clients, this client's over the reference's."""
    labels = list(columns)
    rows = list(dict.fromkeys(row for column in columns.values() for row in column))
    ratio = len(labels) == 2
    heads: list[str] = []
    for kind in ("wall", "CPU"):
        heads += [f"{label} {kind} ms" for label in labels] + (["ratio"] if ratio else [])
    lines = ["| | " + " | ".join(heads) + " |", "|---" + "|---:" * len(heads) + "|"]
    for row in rows:
        cells: list[str] = []
        for kind in ("wall", "cpu"):
            got = [columns[label].get(row) for label in labels]
            values = [None if seconds is None else getattr(seconds, kind) for seconds in got]
            cells += ["-" if v is None else f"{v * 1000:.0f}" for v in values]
            cells += [ratio_cell(*values)] if ratio else []
        lines.append(f"| {row} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def breakdown(python: Path, runs: int) -> str:
    """`-X importtime` of `import sevenbridges`: self time by top-level package, best of runs."""
    best: dict[str, int] = {}
    for _ in range(runs):
        done = subprocess.run(
            [str(python), "-X", "importtime", "-c", "import sevenbridges"],
            check=True,
            capture_output=True,
            text=True,
        )
        for line in done.stderr.splitlines():
            if not line.startswith("import time:") or "self [us]" in line:
                continue
            self_field, _, name = line[len("import time:") :].split("|")
            module = name.strip()
            best[module] = min(best.get(module, 1 << 62), int(self_field))
    by_package: dict[str, list[int]] = defaultdict(list)
    for module, self_us in best.items():
        top = module.split(".")[0]
        if top == "sevenbridges" and module.count("."):
            top = ".".join(module.split(".")[:2])  # the overlay's parts one by one
        elif top.lstrip("_") in sys.stdlib_module_names or top in sys.builtin_module_names:
            top = "(standard library)"
        by_package[top].append(self_us)
    lines = ["| package | modules | self time ms |", "|---|---:|---:|"]
    for name, times in sorted(by_package.items(), key=lambda item: -sum(item[1])):
        if sum(times) >= 1000:
            lines.append(f"| {name} | {len(times)} | {sum(times) / 1000:.1f} |")
    total = sum(sum(times) for times in by_package.values())
    lines.append(f"| all {len(best)} modules | {len(best)} | {total / 1000:.1f} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="fresh interpreters per figure")
    parser.add_argument("--skip-reference", action="store_true")
    parser.add_argument("--breakdown", action="store_true", help="add -X importtime by package")
    args = parser.parse_args()
    publish = vars(args) == vars(parser.parse_args([]))  # only the default run writes files

    clients = [Client("this client", Path(sys.executable), "httpx")]
    if not args.skip_reference:
        clients.append(Client(f"sevenbridges-python {REF_VERSION}", reference_python(), "requests"))
    emulator, url, token = start_emulator()
    try:
        bench_project(url, token)
        columns = measure(clients, url, token, args.runs)
    finally:
        emulator.terminate()
        emulator.wait(timeout=30)

    text = (
        f"Fresh interpreters, best of {args.runs} ({platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, load average {os.getloadavg()[0]:.1f}); "
        "emulator on loopback.\n\n" + table(columns)
    )
    if args.breakdown:
        text += "\n`import sevenbridges` by package (-X importtime):\n\n"
        text += breakdown(Path(sys.executable), args.runs)
    print(text)
    if publish:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text("# Import benchmark\n\n`make bench-import`\n\n" + text, encoding="utf-8")
        write_readme(text, marker="bench-import")


if __name__ == "__main__":
    main()
