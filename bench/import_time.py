"""`make bench-import`: how long a fresh interpreter takes to import the packages (best of 5).

Measures `import sevenbridges` (the overlay people use), and the whole generated package: every
endpoint module and every model, as a generated-client user touching all of it would pay.
"""

from __future__ import annotations

import subprocess
import sys
import time

EVERYTHING = """
import importlib, pkgutil, sevenbridges_api
for info in pkgutil.walk_packages(sevenbridges_api.__path__, "sevenbridges_api."):
    importlib.import_module(info.name)
"""
CASES = {
    "python -c pass (interpreter start)": "pass",
    "import sevenbridges": "import sevenbridges",
    "import sevenbridges_api": "import sevenbridges_api",
    "every module of sevenbridges_api": EVERYTHING,
}


def best_of(code: str, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    for label, code in CASES.items():
        print(f"{label:40s} {best_of(code) * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
