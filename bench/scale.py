"""`make bench-scale`: work at scale under added latency, side by side with sevenbridges-python.

One emulator (its own process) with `--latency-ms` added to every API answer and to every storage
answer (default 50 ms, what a user on another continent sees); each scenario runs in a fresh child
process of each client (bench/scale_client.py), timed around the scenario alone:
- list: every file of a project of `--files` files (default 1,000), `query(limit=100).all()`;
- bulk_get: `--files` ids; sevenbridges-python in chunks of 100 (it sends one request per call);
- upload_many / download_many: `--many` files (default 100) of `--many-kib` KiB (default 256);
  sevenbridges-python one file after another (it has no many-file call). Measured when this
  client has `api.files.upload_many`, otherwise listed as not measured.
Each figure is the best of `--repeat` runs (default 3). CPU is the scenario's own (every thread),
also given per API request the scenario needs. The table goes to stdout and, for a run with the
default arguments only, to bench/results/scale.md and the README's bench-scale section.

usage: python bench/scale.py [--files 1000] [--latency-ms 50] [--repeat 3] [--many 100]
                             [--many-kib 256] [--skip-reference]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import httpx
from sevenbridges_emulator.control import FaultControl
from transfer import (
    REF_VERSION,
    compile_bytecode,
    publish,
    reference_python,
    start_emulator,
)

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "scale.md"
CLIENT = HERE / "scale_client.py"
TARGETS = {"list": 3.0, "bulk_get": 3.0, "upload_many": 8.0, "download_many": 8.0}


@dataclass
class Figure:
    seconds: float
    cpu: float
    requests: int

    @property
    def cpu_ms_per_request(self) -> float:
        return 1000 * self.cpu / max(self.requests, 1)


def run_child(python: Path, kind: str, scenario: str, url: str, token: str, arg: str) -> Figure:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SB_")}
    env["SB_TRANSFER_STATE_DIR"] = tempfile.mkdtemp(prefix="sbg-bench-state-")
    if kind == "reference":
        env.pop("PYTHONPATH", None)  # its own venv's sevenbridges, never this repository's
    done = subprocess.run(
        [str(python), str(CLIENT), kind, scenario, url, token, arg],
        capture_output=True,
        text=True,
        env=env,
        timeout=1800,
    )
    shutil.rmtree(env["SB_TRANSFER_STATE_DIR"], ignore_errors=True)
    if done.returncode != 0:
        raise SystemExit(f"{kind} {scenario} failed: {(done.stdout + done.stderr)[-2000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return Figure(float(result["seconds"]), float(result["cpu"]), int(result["requests"]))


class Seeder:
    """Files made through the plain API (no client under test), before latency is added."""

    def __init__(self, url: str, token: str) -> None:
        self.http = httpx.Client(base_url=url, headers={"X-SBG-Auth-Token": token}, timeout=60)
        self.storage = httpx.Client(timeout=60)
        group = self.http.get("/billing/groups").json()["items"][0]["id"]
        self.group = group
        self.made = 0

    def project(self) -> str:
        self.made += 1
        made = self.http.post(
            "/projects", json={"name": f"scale-{self.made}", "billing_group": self.group}
        )
        made.raise_for_status()
        return str(made.json()["id"])

    def upload(self, project: str, name: str, content: bytes) -> str:
        init = self.http.post(
            "/upload/multipart",
            json={"project": project, "name": name, "size": len(content), "part_size": 5 << 20},
        ).json()
        upload_id = init["upload_id"]
        part = self.http.get(f"/upload/multipart/{upload_id}/part/1").json()
        stored = self.storage.request(
            part["method"], part["url"], content=content, headers=part.get("headers", {})
        )
        stored.raise_for_status()
        report = {"part_number": 1, "response": {"headers": {"ETag": stored.headers["ETag"]}}}
        self.http.post(f"/upload/multipart/{upload_id}/part", json=report).raise_for_status()
        done = self.http.post(f"/upload/multipart/{upload_id}/complete")
        done.raise_for_status()
        return str(done.json()["id"])

    def copies(self, project: str, count: int) -> list[str]:
        """``count`` small files in ``project``: one upload, then copies of it."""
        first = self.upload(project, "f00000.txt", b"scale\n")
        ids = [first]
        for number in range(1, count):
            copied = self.http.post(
                f"/files/{first}/actions/copy",
                json={"project": project, "name": f"f{number:05d}.txt"},
            )
            copied.raise_for_status()
            ids.append(str(copied.json()["id"]))
        return ids


def table(rows: dict[str, dict[str, Figure]], args: argparse.Namespace, ref_label: str) -> str:
    lines = [
        f"{args.latency_ms:g} ms added to every API and storage answer; {args.files} files to "
        f"list and to bulk_get, {args.many} files of {args.many_kib} KiB up and down "
        f"({platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load average {os.getloadavg()[0]:.1f}); best of {args.repeat}.",
        "",
        f"| scenario | this client s | {ref_label} s | speed-up | target | CPU ms per request, "
        f"this client | {ref_label} |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for scenario, target in TARGETS.items():
        ours, ref = rows.get(scenario, {}).get("this"), rows.get(scenario, {}).get("reference")
        if ours is None:
            lines.append(f"| {scenario} | not measured (not on this branch yet) | | | "
                         f"{target:g}x | | |")  # fmt: skip
            continue
        speedup = f"{ref.seconds / ours.seconds:.1f}x" if ref else "-"
        met = "met" if ref and ref.seconds / ours.seconds >= target else "not met"
        lines.append(
            f"| {scenario} | {ours.seconds:.2f} | {ref.seconds:.2f} | {speedup} | {target:g}x, "
            f"{met} | {ours.cpu_ms_per_request:.1f} | {ref.cpu_ms_per_request:.1f} |"
            if ref
            else f"| {scenario} | {ours.seconds:.2f} | - | - | {target:g}x | "
            f"{ours.cpu_ms_per_request:.1f} | - |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--latency-ms", type=float, default=50.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--many", type=int, default=100)
    parser.add_argument("--many-kib", type=int, default=256)
    parser.add_argument("--skip-reference", action="store_true")
    args = parser.parse_args()

    clients: list[tuple[str, Path]] = [("this", Path(sys.executable))]
    if not args.skip_reference:
        clients.append(("reference", reference_python()))
    from sevenbridges.models.file import File

    many = hasattr(File, "upload_many") and hasattr(File, "download_many")
    compile_bytecode()

    emulator, url, token = start_emulator()
    rows: dict[str, dict[str, Figure]] = {}
    scratch = Path(tempfile.mkdtemp(prefix="sbg-bench-scale-"))
    try:
        # The rate limit is not what is measured: high enough that no run meets it.
        FaultControl(url).set(rate_limit=1_000_000)
        seeder = Seeder(url, token)
        listed = seeder.project()
        ids_file = scratch / "ids.txt"
        ids_file.write_text("\n".join(seeder.copies(listed, args.files)), encoding="utf-8")
        sources = scratch / "many"
        sources.mkdir()
        for number in range(args.many):
            (sources / f"m{number:04d}.bin").write_bytes(os.urandom(args.many_kib * 1024))
        # Projects for the many-file runs, each holding the files to download.
        down_projects = {}
        if many:
            for kind, _ in clients:
                for run in range(args.repeat):
                    project = seeder.project()
                    for path in sorted(sources.iterdir()):
                        seeder.upload(project, path.name, path.read_bytes())
                    down_projects[kind, run] = project
        FaultControl(url).set(latency_ms=args.latency_ms, storage_latency_ms=args.latency_ms)

        scenarios = ["list", "bulk_get"] + (["upload_many", "download_many"] if many else [])
        for scenario in scenarios:
            for run in range(args.repeat):
                for kind, python in clients:
                    if scenario == "list":
                        argument = listed
                    elif scenario == "bulk_get":
                        argument = str(ids_file)
                    elif scenario == "upload_many":
                        argument = f"{seeder.project()}:{sources}"
                    else:
                        target = scratch / f"down-{kind}-{run}"
                        target.mkdir()
                        argument = f"{down_projects[kind, run]}:{target}"
                    figure = run_child(python, kind, scenario, url, token, argument)
                    best = rows.setdefault(scenario, {}).get(kind)
                    if best is None or figure.seconds < best.seconds:
                        rows[scenario][kind] = figure
                    print(f"{scenario} {kind} run {run + 1}: {figure.seconds:.2f} s, "
                          f"{figure.cpu:.2f} CPU s", flush=True)  # fmt: skip
    finally:
        emulator.terminate()
        emulator.wait(timeout=30)
        shutil.rmtree(scratch, ignore_errors=True)
    text = table(rows, args, f"sevenbridges-python {REF_VERSION}")
    publish(
        text,
        default_run=vars(args) == vars(parser.parse_args([])),
        title="Scale benchmark",
        path=RESULTS,
        marker="bench-scale",
    )


if __name__ == "__main__":
    main()
