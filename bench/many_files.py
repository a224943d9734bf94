"""`make bench-many`: many small files, one by one against `api.files.upload_many` / `download_many`.

Starts the emulator as a subprocess with added latency on the API and on storage (default 50 ms,
what a user on another continent sees), makes N files of a given size, then measures with this
client, best of R runs, each in a fresh project:
  - one by one: `api.files.upload(path, project=...)` in a loop, then `file.download(path)` in a loop
    (what a script written for sevenbridges-python does);
  - many: `api.files.upload_many(paths, project=...)` and `api.files.download_many(files, dir)`.
Prints a table with the speed-up. Not a test: the numbers depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sevenbridges as sbg
from sevenbridges_emulator.control import FaultControl


def start_emulator(latency_ms: float) -> tuple[subprocess.Popen[str], str, str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "sevenbridges_emulator", "--latency-ms", str(latency_ms)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    # SB_API_ENDPOINT=<url> then SB_AUTH_TOKEN=<token>
    url = child.stdout.readline().strip().partition("=")[2]
    token = child.stdout.readline().strip().partition("=")[2]
    FaultControl(url).set(storage_latency_ms=latency_ms)
    return child, url, token


def one_round(
    api: sbg.Api, paths: list[Path], scratch: Path, run: int, in_flight: int | None
) -> dict[str, float]:
    """Seconds of each way, in fresh projects and directories."""
    group = api.billing_groups.query()[0]
    one = api.projects.create(name=f"one-by-one-{run}", billing_group=group)
    many = api.projects.create(name=f"many-{run}", billing_group=group)
    out_one, out_many = scratch / f"one-{run}", scratch / f"many-{run}"
    out_one.mkdir()
    out_many.mkdir()
    seconds: dict[str, float] = {}

    start = time.perf_counter()
    uploaded = [api.files.upload(path, project=one) for path in paths]
    seconds["upload one by one"] = time.perf_counter() - start

    start = time.perf_counter()
    api.files.upload_many(paths, project=many, files_in_flight=in_flight)
    seconds["upload_many"] = time.perf_counter() - start

    start = time.perf_counter()
    for item in uploaded:
        item.download(out_one / str(item.name))
    seconds["download one by one"] = time.perf_counter() - start

    remote = list(api.files.query(project=many).all())
    start = time.perf_counter()
    api.files.download_many(remote, out_many, files_in_flight=in_flight)
    seconds["download_many"] = time.perf_counter() - start
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--size-kib", type=int, default=256)
    parser.add_argument("--latency-ms", type=float, default=50.0)
    parser.add_argument("--repeat", type=int, default=1, help="best of this many runs")
    parser.add_argument("--files-in-flight", type=int, default=None, help="default: the library's")
    args = parser.parse_args()

    child, url, token = start_emulator(args.latency_ms)
    os.environ["SB_TRANSFER_STATE_DIR"] = tempfile.mkdtemp(prefix="sbg-bench-state-")
    try:
        api = sbg.Api(url=url, token=token)
        with tempfile.TemporaryDirectory() as folder:
            scratch = Path(folder)
            (scratch / "source").mkdir()
            paths = []
            for number in range(args.files):
                path = scratch / "source" / f"file{number:04d}.bin"
                path.write_bytes(os.urandom(args.size_kib * 1024))
                paths.append(path)
            rounds = [
                one_round(api, paths, scratch, run, args.files_in_flight)
                for run in range(args.repeat)
            ]
        print(
            f"{args.files} files x {args.size_kib} KiB, {args.latency_ms:g} ms added to the API "
            f"and to storage, best of {args.repeat}"
        )
        best = {label: min(r[label] for r in rounds) for label in rounds[0]}
        for label, seconds in best.items():
            print(f"  {label:22s} {seconds:7.2f} s")
        for direction in ("upload", "download"):
            ratio = best[f"{direction} one by one"] / best[f"{direction}_many"]
            print(f"  {direction}_many is {ratio:.1f}x faster than one by one")
    finally:
        child.terminate()
        child.wait(timeout=10)


if __name__ == "__main__":
    main()
