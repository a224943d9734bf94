"""``sbg files`` against the emulator: listing, many-file transfers, edits, partial failures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sevenbridges_emulator import Emulator

from .conftest import Run


@pytest.fixture
def project(configured: Emulator, sbg: Run) -> str:
    result = sbg("--json", "projects", "create", "Files CLI")
    assert result.exit_code == 0, result.stderr
    return str(json.loads(result.stdout)["id"])


def make_tree(root: Path) -> None:
    (root / "run1" / "lane2").mkdir(parents=True)
    (root / "run1" / "a.fastq").write_text("AAAA" * 50)
    (root / "run1" / "lane2" / "b.fastq").write_text("CCCC" * 70)
    (root / "x.bam").write_text("bam")
    (root / "y.bam").write_text("bam too")


def as_json(result: Any) -> Any:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_upload_list_download_and_resume(
    project: str, sbg: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    # A directory and a quoted glob, into the project's root.
    uploaded = sbg("--json", "files", "upload", "run1", "*.bam", "--to", project)
    records = as_json(uploaded)
    assert [r["target"] for r in records] == [
        "run1/a.fastq",
        "run1/lane2/b.fastq",
        "x.bam",
        "y.bam",
    ]
    assert {r["status"] for r in records} == {"done"}
    assert "4 done, 0 skipped" in uploaded.stderr

    listed = as_json(sbg("--json", "files", "ls", project, "--recursive"))
    assert sorted(item["path"] for item in listed) == [
        "run1/", "run1/a.fastq", "run1/lane2/", "run1/lane2/b.fastq", "x.bam", "y.bam",
    ]  # fmt: skip
    folder = as_json(sbg("--json", "files", "ls", f"{project}/run1"))
    assert sorted(item["name"] for item in folder) == ["a.fastq", "lane2"]
    table = sbg("files", "ls", f"{project}/run1/lane2")
    assert "b.fastq" in table.stdout and "NAME" in table.stdout

    # Run again: nothing to do.
    again = as_json(sbg("--json", "files", "upload", "run1", "*.bam", "--to", project))
    assert {r["status"] for r in again} == {"skipped"}

    # Download the whole project, then again (skipped), then one folder elsewhere.
    out = tmp_path / "out"
    down = as_json(sbg("--json", "files", "download", project, "--to", str(out)))
    assert {r["status"] for r in down} == {"done"}
    assert (out / "run1" / "lane2" / "b.fastq").read_text() == "CCCC" * 70
    assert (out / "y.bam").read_text() == "bam too"
    assert {
        r["status"] for r in as_json(sbg("--json", "files", "download", project, "--to", str(out)))
    } == {"skipped"}
    sub = tmp_path / "sub"
    sbg("files", "download", f"{project}/run1/lane2", "--to", str(sub))
    assert (sub / "lane2" / "b.fastq").read_text() == "CCCC" * 70


def test_filters_by_tag_and_metadata(project: str, sbg: Run, tmp_path: Path) -> None:
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text(name)
    as_json(
        sbg(
            "--json",
            "files",
            "upload",
            str(tmp_path / "one.txt"),
            str(tmp_path / "two.txt"),
            "--to",
            project,
        )
    )
    tags = as_json(
        sbg("--json", "files", "tag", f"{project}/one.txt", "--add", "tumor", "--add", "wgs")
    )
    assert tags["tags"] == ["tumor", "wgs"]
    meta = as_json(
        sbg("--json", "files", "meta", f"{project}/two.txt", "sample_id=S1", "platform=illumina")
    )
    assert meta == {"sample_id": "S1", "platform": "illumina"}

    tagged = as_json(sbg("--json", "files", "ls", project, "--tag", "tumor"))
    assert [item["name"] for item in tagged] == ["one.txt"]
    by_meta = as_json(sbg("--json", "files", "ls", project, "--meta", "sample_id=S1"))
    assert [item["name"] for item in by_meta] == ["two.txt"]
    walked = as_json(sbg("--json", "files", "ls", project, "-r", "--meta", "sample_id=S1"))
    assert [item["path"] for item in walked] == ["two.txt"]
    assert sbg("files", "ls", project, "--meta", "nokey").exit_code == 2

    # Remove a tag, unset a key, replace the metadata.
    assert as_json(sbg("--json", "files", "tag", f"{project}/one.txt", "--remove", "wgs"))[
        "tags"
    ] == ["tumor"]
    assert as_json(sbg("--json", "files", "meta", f"{project}/two.txt", "--unset", "platform")) == {
        "sample_id": "S1"
    }
    assert as_json(sbg("--json", "files", "meta", f"{project}/two.txt", "--replace", "k=v")) == {
        "k": "v"
    }
    plain = sbg("files", "tag", f"{project}/one.txt")
    assert plain.stdout.split() == ["tumor"]


def test_copy_move_and_remove(project: str, sbg: Run, tmp_path: Path) -> None:
    (tmp_path / "dir" / "inner").mkdir(parents=True)
    (tmp_path / "dir" / "inner" / "keep.txt").write_text("k")
    (tmp_path / "f.txt").write_text("f")
    as_json(
        sbg(
            "--json",
            "files",
            "upload",
            str(tmp_path / "dir"),
            str(tmp_path / "f.txt"),
            "--to",
            project,
        )
    )
    other = as_json(sbg("--json", "projects", "create", "Other"))["id"]

    copied = as_json(sbg("--json", "files", "cp", f"{project}/f.txt", other, "--name", "g.txt"))
    assert copied["name"] == "g.txt" and copied["project"] == other
    into_folder = as_json(sbg("--json", "files", "cp", f"{project}/f.txt", f"{project}/dir"))
    assert into_folder["name"] == "f.txt"

    moved = as_json(
        sbg("--json", "files", "mv", f"{project}/f.txt", f"{project}/dir/inner", "--name", "h.txt")
    )
    assert moved["name"] == "h.txt"
    names = [item["path"] for item in as_json(sbg("--json", "files", "ls", project, "-r"))]
    assert sorted(names) == [
        "dir/",
        "dir/f.txt",
        "dir/inner/",
        "dir/inner/h.txt",
        "dir/inner/keep.txt",
    ]
    into = as_json(
        sbg("--json", "files", "upload", str(tmp_path / "f.txt"), "--to", f"{project}/dir/inner")
    )
    assert [r["target"] for r in into] == ["f.txt"] and into[0]["status"] == "done"
    inner = as_json(sbg("--json", "files", "ls", f"{project}/dir/inner"))
    assert sorted(item["name"] for item in inner) == ["f.txt", "h.txt", "keep.txt"]
    as_json(sbg("--json", "files", "rm", f"{project}/dir/inner/f.txt", "--yes"))
    to_root = sbg("files", "mv", f"{project}/dir/f.txt", project)
    assert to_root.exit_code == 2 and "name a folder" in to_root.stderr

    removed = sbg("--json", "files", "rm", f"{project}/dir/inner/h.txt", copied["id"], "--yes")
    assert removed.exit_code == 0, removed.stderr
    assert [row["deleted"] for row in json.loads(removed.stdout)] == [True, True]
    assert sbg("files", "ls", f"{project}/dir/inner/h.txt").exit_code == 1


def test_partial_failure_lists_the_failed_items_and_exits_3(
    project: str, sbg: Run, tmp_path: Path
) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(name)
    as_json(sbg("--json", "files", "upload", str(tmp_path / "b.txt"), "--to", project))
    (tmp_path / "b.txt").write_text("b.txt, now longer")
    result = sbg(
        "--json",
        "files",
        "upload",
        *(str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")),
        "--to",
        project,
    )
    assert result.exit_code == 3
    assert [r["status"] for r in json.loads(result.stdout)] == ["done", "failed", "done"]
    assert "1 failed" in result.stderr
    assert f"failed: {tmp_path / 'b.txt'}: " in result.stderr


def test_bad_input(project: str, sbg: Run, tmp_path: Path) -> None:
    missing = sbg("files", "upload", str(tmp_path / "nothing-here.txt"), "--to", project)
    assert missing.exit_code == 1 and "nothing-here.txt" in missing.stderr
    no_match = sbg("files", "upload", str(tmp_path / "*.nomatch"), "--to", project)
    assert no_match.exit_code == 1 and "No local file matches" in no_match.stderr
    (tmp_path / "ok.txt").write_text("ok")
    unknown = sbg("files", "upload", str(tmp_path / "ok.txt"), "--to", "john_doe/not-a-project")
    assert unknown.exit_code == 1 and "NotFound" in unknown.stderr
    no_folder = sbg("files", "upload", str(tmp_path / "ok.txt"), "--to", f"{project}/no/such")
    assert no_folder.exit_code == 1 and "No file or folder" in no_folder.stderr
    bad_path = sbg("files", "ls", "john_doe//x")
    assert bad_path.exit_code == 1 and "Invalid remote path" in bad_path.stderr
    as_json(sbg("--json", "files", "upload", str(tmp_path / "ok.txt"), "--to", project))
    into_file = sbg("files", "upload", str(tmp_path / "ok.txt"), "--to", f"{project}/ok.txt")
    assert into_file.exit_code == 1 and "is a file" in into_file.stderr
