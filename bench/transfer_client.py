"""One measured transfer, run in a child process by bench/transfer.py.

usage: transfer_client.py {sdk,raw} {upload,download} URL TOKEN PROJECT_OR_FILE_ID PATH

`sdk` runs the public sevenbridges surface, so the same code measures this project and
sevenbridges-python 2.11.2 (whichever `sevenbridges` the interpreter imports): `api.files.upload`
and `file.download` with the defaults. `raw` is the limit of the storage server: one plain streaming
PUT of the whole file to a single part URL, or one streaming GET of the download URL, with httpx.
The API calls that set up `raw` are not timed.

Prints one JSON line: {"seconds": ..., "file_id": ...}. The parent reads CPU time and peak RSS of
this process from its exit status (os.wait4), so they cover everything the child did.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

CHUNK = 1 << 20


def sdk(direction: str, url: str, token: str, target: str, path: str) -> dict[str, Any]:
    import sevenbridges as sbg

    api = sbg.Api(url=url, token=token, debug=True)  # plain http to the loopback emulator
    if direction == "upload":
        start = time.perf_counter()
        # .result(): the finished Upload's File in sevenbridges-python, the File itself here.
        uploaded = api.files.upload(
            path, project=target, file_name=os.path.basename(path), overwrite=True
        ).result()
        seconds = time.perf_counter() - start
        return {"seconds": seconds, "file_id": uploaded.id}
    remote = api.files.get(target)
    start = time.perf_counter()
    remote.download(path)
    return {"seconds": time.perf_counter() - start, "file_id": target}


def raw(direction: str, url: str, token: str, target: str, path: str) -> dict[str, Any]:
    import httpx

    api = httpx.Client(base_url=url, headers={"X-SBG-Auth-Token": token}, timeout=600)
    storage = httpx.Client(timeout=600)
    if direction == "upload":
        size = os.path.getsize(path)
        init = api.post(
            "/upload/multipart",
            params={"overwrite": "true"},
            json={
                "project": target,
                "name": os.path.basename(path),
                "size": size,
                "part_size": max(size, 5 << 20),
            },
        ).json()
        upload_id = init["upload_id"]
        part = api.get(f"/upload/multipart/{upload_id}/part/1").json()

        def body() -> Any:
            with open(path, "rb") as handle:
                while chunk := handle.read(CHUNK):
                    yield chunk

        headers = {**part.get("headers", {}), "Content-Length": str(size)}
        start = time.perf_counter()
        response = storage.request(part["method"], part["url"], content=body(), headers=headers)
        seconds = time.perf_counter() - start
        response.raise_for_status()
        report = {"part_number": 1, "response": {"headers": {"ETag": response.headers["ETag"]}}}
        api.post(f"/upload/multipart/{upload_id}/part", json=report).raise_for_status()
        done = api.post(f"/upload/multipart/{upload_id}/complete").json()
        return {"seconds": seconds, "file_id": done["id"]}
    info = api.get(f"/files/{target}/download_info").json()
    start = time.perf_counter()
    with storage.stream("GET", info["url"]) as response, open(path, "wb") as out:
        response.raise_for_status()
        for chunk in response.iter_raw(CHUNK):
            out.write(chunk)
    return {"seconds": time.perf_counter() - start, "file_id": target}


def peak_rss_kib() -> int | None:
    """This process's own high-water RSS (VmHWM). Not ru_maxrss: on Linux that also counts the
    parent's memory at fork time, which would hide the client's own figure."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def main() -> None:
    kind, direction, url, token, target, path = sys.argv[1:7]
    run = sdk if kind == "sdk" else raw
    result = run(direction, url, token, target, path)
    result["peak_rss_kib"] = peak_rss_kib()
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
