"""One measured scenario of `make bench-scale`, run in a child process by bench/scale.py.

usage: scale_client.py {this,reference} SCENARIO URL TOKEN ARGUMENT

The same public surface runs under this project's `sevenbridges` and under sevenbridges-python
2.11.2 (whichever the interpreter imports); `reference` writes what a script for that client does
where it lacks a call (chunks of 100 for `bulk_get`, a loop of single transfers for many files):
- `list PROJECT`: every file of the project, `api.files.query(project=..., limit=100).all()`;
- `bulk_get IDS_FILE`: the ids of the file (one a line), `api.files.bulk_get`;
- `upload_many PROJECT:DIRECTORY`: every file of the directory into the project;
- `download_many PROJECT:DIRECTORY`: every file of the project into the (empty) directory.

Prints one JSON line: {"seconds": wall, "cpu": CPU seconds of all threads, "requests": API
requests the scenario needs, "count": items handled}, timing the scenario alone: start-up and one
small call of the same kind (which loads what the first call of a script loads) come before.
"""

from __future__ import annotations

import json
import math
import os
import sys
import time
from pathlib import Path
from typing import Any

CHUNK = 100


def scenario(kind: str, name: str, api: Any, argument: str) -> tuple[int, int]:
    """Run one scenario; the number of API requests it needs and of items it handled."""
    if name == "list":
        ids = [f.id for f in api.files.query(project=argument, limit=CHUNK).all()]
        return math.ceil(len(ids) / CHUNK), len(ids)
    if name == "bulk_get":
        wanted = Path(argument).read_text(encoding="utf-8").split()
        if kind == "this":
            records = api.files.bulk_get(wanted)
        else:
            records = []
            for start in range(0, len(wanted), CHUNK):
                records.extend(api.files.bulk_get(wanted[start : start + CHUNK]))
        if [r.resource.id for r in records] != wanted:
            raise SystemExit("bulk_get: the records do not match the ids asked for")
        return math.ceil(len(wanted) / CHUNK), len(records)
    project, _, directory = argument.partition(":")
    folder = Path(directory)
    if name == "upload_many":
        paths = sorted(folder.iterdir())
        if kind == "this":
            records = api.files.upload_many(paths, project=project)
            failed = [r for r in records if getattr(r, "error", None) is not None]
            if failed:
                raise SystemExit(f"upload_many: {len(failed)} failed, first: {failed[0]!r}")
        else:
            for path in paths:
                api.files.upload(path, project=project, file_name=path.name)
        return 4 * len(paths), len(paths)  # init, part URL, report, complete
    if name == "download_many":
        files = list(api.files.query(project=project, limit=CHUNK).all())
        if kind == "this":
            api.files.download_many(files, folder)
        else:
            for file in files:
                file.download(str(folder / file.name))
        got = len(list(folder.iterdir()))
        if got != len(files):
            raise SystemExit(f"download_many: {got} files written for {len(files)}")
        return 2 * len(files), len(files)  # download info, and the listing around it
    raise SystemExit(f"unknown scenario {name!r}")


def warm_up(name: str, api: Any, argument: str) -> None:
    """One small call of the same kind, untimed, so that both clients are measured in the steady
    state a script reaches after its first call (start-up is `make bench-import`'s subject)."""
    if name == "bulk_get":
        api.files.bulk_get(Path(argument).read_text(encoding="utf-8").split()[:1])
    else:
        api.files.query(project=argument.partition(":")[0], limit=1)


def main() -> None:
    kind, name, url, token, argument = sys.argv[1:6]
    import sevenbridges as sbg

    api = sbg.Api(url=url, token=token, debug=True)  # plain http to the loopback emulator
    warm_up(name, api, argument)
    wall, cpu = time.perf_counter(), time.process_time()
    requests, count = scenario(kind, name, api, argument)
    result = {
        "seconds": time.perf_counter() - wall,
        "cpu": time.process_time() - cpu,
        "requests": requests,
        "count": count,
    }
    print(json.dumps(result), flush=True)
    os._exit(0)  # no interpreter teardown in the figures of either client


if __name__ == "__main__":
    main()
