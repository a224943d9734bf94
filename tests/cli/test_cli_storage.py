"""``sbg volumes``, ``sbg imports`` and ``sbg exports`` against the emulator."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import sevenbridges as sbg
from sevenbridges_emulator import Emulator
from sevenbridges_emulator.stores.volumes import put_object

from .conftest import Run


def as_json(result: Any) -> Any:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def volume(configured: Emulator) -> str:
    """A volume over a fake S3 bucket holding two objects under reads/."""
    api = sbg.Api(url=configured.url, token=configured.token)
    made = api.volumes.create_s3_volume(
        "bucket_vol", "my-bucket", "AKIAEXAMPLE", "secret-key", "RW"
    )
    for location, data in {"reads/a.fq": b"AAAA", "reads/b.fq": b"CCCCCC", "top.txt": b"t"}.items():
        put_object(configured.state, made.id, location, data, metadata={"size": len(data)})
    return str(made.id)


def test_volumes(volume: str, sbg: Run) -> None:
    listed = as_json(sbg("--json", "volumes", "ls"))
    assert [item["id"] for item in listed] == [volume]
    root = as_json(sbg("--json", "volumes", "browse", volume))
    assert {(item["location"], item["type"]) for item in root} == {
        ("reads/", "prefix"),
        ("top.txt", "object"),
    }
    under = as_json(sbg("--json", "volumes", "browse", volume, "--prefix", "reads/"))
    assert sorted(item["location"] for item in under) == ["reads/a.fq", "reads/b.fq"]
    assert sbg("volumes", "browse", "john_doe/none").exit_code == 1


def test_import_then_export(volume: str, sbg: Run, tmp_path: Path) -> None:
    project = as_json(sbg("--json", "projects", "create", "Imports"))["id"]
    job = as_json(sbg("--json", "imports", "submit", volume, "reads/a.fq", "--to", project))
    waited = sbg("--json", "imports", "wait", job["id"], "--period", "0.05")
    assert json.loads(waited.stdout)["state"] == "COMPLETED", waited.stderr
    assert "COMPLETED" in waited.stderr
    files = as_json(sbg("--json", "files", "ls", project))
    assert [item["name"] for item in files] == ["a.fq"]
    listed = as_json(sbg("--json", "imports", "ls", "--project", project))
    assert [item["id"] for item in listed] == [job["id"]]

    folder = as_json(
        sbg(
            "--json",
            "imports",
            "submit",
            volume,
            "reads/",
            "--to",
            project,
            "--name",
            "reads",
            "--wait",
            "--period",
            "0.05",
        )
    )
    assert folder["state"] == "COMPLETED"

    (tmp_path / "local.txt").write_text("made here")
    as_json(sbg("--json", "files", "upload", str(tmp_path / "local.txt"), "--to", project))
    exported = as_json(
        sbg("--json", "exports", "submit", f"{project}/local.txt", volume, "out/local.txt",
            "--copy-only", "--wait", "--period", "0.05")
    )  # fmt: skip
    assert exported["state"] == "COMPLETED"
    again = as_json(sbg("--json", "exports", "wait", exported["id"], "--period", "0.05"))
    assert again["id"] == exported["id"] and again["state"] == "COMPLETED"
    assert [item["id"] for item in as_json(sbg("--json", "exports", "ls", "--volume", volume))] == [
        exported["id"]
    ]
    out = as_json(sbg("--json", "volumes", "browse", volume, "--prefix", "out/"))
    assert [item["location"] for item in out] == ["out/local.txt"]

    missing = sbg(
        "imports", "submit", volume, "nothing/here", "--to", project, "--wait", "--period", "0.05"
    )
    assert missing.exit_code == 1 and "Traceback" not in missing.stderr
