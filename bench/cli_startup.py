"""`make bench-cli`: how fast `sbg --help` and `sbg files upload --help` answer (issue 14 asks for
under 0.3 s), in fresh processes, best and median of N, beside the interpreter's own start.

Not a test: timings depend on the machine and its load. Run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

SBG = str(Path(sys.executable).with_name("sbg"))
CASES = {
    "python -c pass (interpreter start)": [sys.executable, "-c", "pass"],
    "python -c 'import typer'": [sys.executable, "-c", "import typer"],
    "sbg --help": [SBG, "--help"],
    "sbg files upload --help": [SBG, "files", "upload", "--help"],
}
TARGET = 0.3


def timings(command: list[str], runs: int) -> list[float]:
    result = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        result.append(time.perf_counter() - start)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15, help="runs per command (default 15)")
    args = parser.parse_args()
    print(f"{'command':40s} {'best':>8s} {'median':>8s}")
    for label, command in CASES.items():
        times = timings(command, args.runs)
        best, median = min(times), statistics.median(times)
        flag = "" if not label.startswith("sbg") else ("  ok" if median < TARGET else "  SLOW")
        print(f"{label:40s} {best * 1000:6.0f}ms {median * 1000:6.0f}ms{flag}")


if __name__ == "__main__":
    main()
