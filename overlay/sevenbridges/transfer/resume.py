"""What a transfer remembers so that another process can finish it.

Uploads: a small JSON record per (API, local file as it is now, destination) in the state folder
(``SB_TRANSFER_STATE_DIR``, else ``~/.sevenbridges/transfers``) holding the upload id; the parts
themselves are asked from the server (``list_parts``), which is the truth.
Downloads: the partial file ``<target>.sbgdownload`` beside the target and a sidecar
``<target>.sbgdownload.json`` naming the object and the parts already written.
Records are written to a temporary name and renamed, so a crash never leaves half a record.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Any

PARTIAL_SUFFIX = ".sbgdownload"


def state_dir() -> Path:
    configured = os.environ.get("SB_TRANSFER_STATE_DIR")
    return Path(configured) if configured else Path.home() / ".sevenbridges" / "transfers"


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Write ``data`` to ``path`` atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
    os.replace(temporary, path)


def read_json(path: Path) -> dict[str, Any] | None:
    """The record at ``path``; None when there is none or it cannot be read."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def upload_record_path(api_url: str, local: Path, destination: str, name: str) -> Path:
    """Where the record of uploading ``local`` (as it is now) to ``destination/name`` lives."""
    stat = local.stat()
    identity = json.dumps(
        [api_url, str(local.resolve()), stat.st_size, stat.st_mtime_ns, destination, name]
    )
    key = hashlib.sha256(identity.encode()).hexdigest()[:32]
    return state_dir() / f"upload-{key}.json"


def partial_paths(target: Path) -> tuple[Path, Path]:
    """The partial download file and its sidecar for ``target``."""
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    return partial, partial.with_name(partial.name + ".json")
