"""`make bench-transfer`: upload and download speed, peak memory and CPU, side by side.

Against the emulator on loopback (its own process, so its work is not counted; a fresh one for each
client's turn, the order of the clients turning round from one round to the next), with the same
file:
- this client (`sevenbridges` from this repository, defaults: 16 workers, 32 MiB parts);
- sevenbridges-python 2.11.2, installed by this script in its own venv under bench/;
- the raw limit: one plain streaming PUT / GET of the same bytes to the same storage server.

Each transfer runs in a fresh child process; its CPU seconds come from os.wait4 and its peak RSS
from the child's own VmHWM (ru_maxrss would also count this parent's memory at fork time).
Every download is checked byte for byte against the source (sha256). The table goes to stdout and,
for a run with the default arguments only, to bench/results/transfer.md and the README's benchmark
section.

usage: python bench/transfer.py [--size-mib 1024] [--repeat 3] [--skip-reference]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / "work"
RESULTS = HERE / "results" / "transfer.md"
README = ROOT / "README.md"
REF_VENV = HERE / ".venv-reference"
REF_VERSION = "2.11.2"
CLIENT = HERE / "transfer_client.py"
MIB = 1 << 20


@dataclass
class Run:
    client: str
    direction: str
    seconds: float
    cpu_seconds: float
    peak_rss_mib: float
    size: int

    @property
    def mb_per_s(self) -> float:
        return self.size / 1e6 / self.seconds


def reference_python() -> Path:
    """The interpreter of a venv holding sevenbridges-python, created on first use."""
    python = REF_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(REF_VENV)], check=True)
    probe = subprocess.run(
        [str(python), "-c", "import sevenbridges; print(sevenbridges.__version__)"],
        capture_output=True,
        text=True,
    )
    if probe.stdout.strip() != REF_VERSION:
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", f"sevenbridges-python=={REF_VERSION}"],
            check=True,
        )
    return python


def compile_bytecode() -> None:
    """Compile this repository's packages to bytecode, as pip does when it installs a package.

    sevenbridges-python is measured from its venv, where pip compiled it at install time; this
    client runs from the source tree, and with PYTHONDONTWRITEBYTECODE set (as on the shared
    machines) every child would otherwise compile the modules it imports, every time.
    """
    for package in ("overlay", "generated"):
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(ROOT / package)],
            check=True,
            stdout=subprocess.DEVNULL,
        )


def make_source(size: int) -> tuple[Path, str]:
    """A file of `size` random bytes (a 64 MiB random block repeated) and its sha256."""
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"source-{size}.bin"
    block = os.urandom(min(size, 64 * MIB)) if size else b""
    if not path.exists() or path.stat().st_size != size:
        with path.open("wb") as out:
            left = size
            while left:
                chunk = block[: min(left, len(block))]
                out.write(chunk)
                left -= len(chunk)
    return path, digest_of(path)


def digest_of(path: Path, algorithm: str = "sha256") -> str:
    """The hex digest of the file (read 8 MiB at a time)."""
    digest = hashlib.new(algorithm, usedforsecurity=False)
    with path.open("rb") as handle:
        while chunk := handle.read(8 * MIB):
            digest.update(chunk)
    return digest.hexdigest()


def start_emulator() -> tuple[subprocess.Popen[str], str, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "sevenbridges_emulator", "--host", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    # SB_API_ENDPOINT=<url> then SB_AUTH_TOKEN=<token>
    url = process.stdout.readline().strip().partition("=")[2]
    token = process.stdout.readline().strip().partition("=")[2]
    if not url.startswith("http://127.0.0.1:"):
        process.kill()
        raise SystemExit(f"the emulator did not start: {url!r}")
    return process, url, token


def bench_project(url: str, token: str) -> str:
    import httpx

    with httpx.Client(base_url=url, headers={"X-SBG-Auth-Token": token}) as api:
        group = api.get("/billing/groups").json()["items"][0]["id"]
        made = api.post("/projects", json={"name": "bench", "billing_group": group})
        made.raise_for_status()
        project: str = made.json()["id"]
        return project


def measure(python: Path, client: str, args: list[str], size: int, label: str) -> tuple[Run, Any]:
    """Run one transfer in a child process; CPU from its rusage, peak RSS from its VmHWM."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SB_")}
    child = subprocess.Popen(
        [str(python), str(CLIENT), client, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    if status != 0:
        raise SystemExit(f"{label} {args[0]} failed (exit status {status}): {output[-2000:]}")
    result = json.loads(output.strip().splitlines()[-1])
    run = Run(
        client=label,
        direction=args[0],
        seconds=float(result["seconds"]),
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        # The child's own VmHWM; ru_maxrss would include this parent's memory at fork time.
        peak_rss_mib=(result.get("peak_rss_kib") or usage.ru_maxrss) / 1024,
        size=size,
    )
    return run, result


def md5_cpu_seconds(path: Path) -> float:
    """CPU seconds that the MD5 of the whole file costs alone (hashlib, one thread): the least an
    upload that checks every part against the storage's MD5 ETag can cost."""
    start = time.process_time()
    digest_of(path, "md5")
    return time.process_time() - start


def table(runs: list[Run], size: int, repeat: int, md5_seconds: float) -> str:
    raw = {r.direction: r for r in runs if r.client == "raw limit"}
    ref = {r.direction: r for r in runs if r.client.startswith("sevenbridges-python")}
    lines = [
        f"Transfer of {size / MIB:.0f} MiB on loopback against the emulator "
        f"({platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}); "
        f"each row is the fastest of {repeat} runs.",
        "",
        "| client | direction | MB/s | vs sevenbridges-python | vs raw limit | CPU s | peak RSS MiB |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for run in runs:
        vs_ref = (
            f"{run.mb_per_s / ref[run.direction].mb_per_s:.2f}" if run.direction in ref else "-"
        )
        vs_raw = (
            f"{run.mb_per_s / raw[run.direction].mb_per_s:.2f}" if run.direction in raw else "-"
        )
        lines.append(
            f"| {run.client} | {run.direction} | {run.mb_per_s:.0f} | {vs_ref} | {vs_raw} "
            f"| {run.cpu_seconds:.1f} | {run.peak_rss_mib:.0f} |"
        )
    lines += [
        "",
        f"The MD5 of the file alone (what this client's upload checks each part with) costs "
        f"{md5_seconds:.1f} CPU s here (hashlib, one thread).",
    ]
    return "\n".join(lines) + "\n"


def best(runs: list[Run]) -> list[Run]:
    chosen: dict[tuple[str, str], Run] = {}
    for run in runs:
        key = (run.client, run.direction)
        if key not in chosen or run.seconds < chosen[key].seconds:
            chosen[key] = run
    return list(chosen.values())


def write_readme(text: str, marker: str = "bench-transfer") -> None:
    """Replace the README's section between `<!-- marker -->` and `<!-- /marker -->`, if any."""
    section = re.compile(rf"(<!-- {marker} -->\n).*?(<!-- /{marker} -->)", re.S)
    readme = README.read_text(encoding="utf-8")
    if section.search(readme):
        README.write_text(section.sub(lambda m: m.group(1) + text + m.group(2), readme))


def publish(text: str, *, default_run: bool, title: str, path: Path, marker: str) -> None:
    """Print a benchmark's table; a run with the default arguments also writes it to ``path``
    and to the README's section between ``<!-- marker -->`` and ``<!-- /marker -->``, so a quick
    look with other arguments never rewrites tracked files."""
    print("\n" + text)
    if not default_run:
        print("(non-default arguments: bench/results and the README are left as they are)")
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"# {title}\n\n`make {marker}`\n\n{text}", encoding="utf-8")
    write_readme(text, marker)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-reference", action="store_true")
    args = parser.parse_args()
    size = args.size_mib * MIB
    source, source_sha = make_source(size)
    compile_bytecode()
    clients: list[tuple[str, Path, str]] = [("this client", Path(sys.executable), "sdk")]
    if not args.skip_reference:
        clients.append((f"sevenbridges-python {REF_VERSION}", reference_python(), "sdk"))
    clients.append(("raw limit", Path(sys.executable), "raw"))

    runs: list[Run] = []
    for round_number in range(args.repeat):
        # Each client's turn gets a fresh emulator (storage starts empty: the earlier turns' GiBs
        # in memory would slow the later ones), and the order turns round from one round to the
        # next, so no client always goes first.
        shift = round_number % len(clients)
        for label, python, kind in clients[shift:] + clients[:shift]:
            emulator, url, token = start_emulator()
            try:
                project = bench_project(url, token)
                up, result = measure(python, kind, ["upload", url, token, project, str(source)],
                                     size, label)  # fmt: skip
                runs.append(up)
                target = WORK / f"download-{kind}-{time.monotonic_ns()}.bin"
                down, _ = measure(python, kind, ["download", url, token, result["file_id"],
                                                 str(target)], size, label)  # fmt: skip
                runs.append(down)
            finally:
                emulator.terminate()
                emulator.wait(timeout=30)
            got = digest_of(target)
            target.unlink()
            if got != source_sha:
                raise SystemExit(f"{label}: the downloaded bytes differ from the source")
            print(f"{label}: upload {up.mb_per_s:.0f} MB/s, download {down.mb_per_s:.0f} MB/s",
                  flush=True)  # fmt: skip
    text = table(best(runs), size, args.repeat, min(md5_cpu_seconds(source) for _ in range(2)))
    publish(
        text,
        default_run=vars(args) == vars(parser.parse_args([])),
        title="Transfer benchmark",
        path=RESULTS,
        marker="bench-transfer",
    )


if __name__ == "__main__":
    main()
