"""Progress display: server-given names are made safe, and non-terminals get one line per file."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
import sevenbridges as sbg
from sevenbridges.transfer.names import safe_name
from sevenbridges_emulator import Emulator

from .file_fixtures import seed_file

HOSTILE = "\x1b[2J\x1b]0;owned\x07re\u202eads\x9b1m\r\n.fastq"


class FakeTerminal(io.StringIO):
    """A text stream that says it is a terminal, as a user's console does."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ("sample_1.fastq.gz", "sample_1.fastq.gz"),
        ("résumé 数据.txt", "résumé 数据.txt"),
        ("a/b\\c", "a_b_c"),
        ("..", "__"),
        (".", "_"),
        ("", "_"),
        ("\x1b[31mred\x1b[0m", "_[31mred_[0m"),
        ("bell\x07 nul\x00 del\x7f csi\x9b", "bell_ nul_ del_ csi_"),
        ("line\nbreak\r", "line_break_"),
        ("evil\u202etxt.exe", "evil_txt.exe"),
        ("zero\u200bwidth", "zero_width"),
    ],
)
def test_safe_name(raw: str, safe: str) -> None:
    assert safe_name(raw) == safe


def test_safe_name_is_one_component_of_at_most_255_bytes() -> None:
    long = "数" * 200  # 600 bytes in UTF-8
    cut = safe_name(long)
    assert len(cut.encode()) <= 255 and cut == "数" * 85
    assert safe_name(42) == "42"


@pytest.fixture
def hostile_file(api: sbg.Api, emulator: Emulator) -> sbg.File:
    group = api.billing_groups.query()[0]
    project = api.projects.create(name="Display", billing_group=group)
    file_id = seed_file(emulator, project.id, HOSTILE, content=b"x" * 1000)
    return api.files.get(file_id)


def test_a_hostile_name_never_reaches_the_terminal_raw(
    hostile_file: sbg.File, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert hostile_file.name == HOSTILE  # the server really sent it
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    hostile_file.download(tmp_path / "reads.fastq", progress=True)
    shown = terminal.getvalue()
    assert "download " + safe_name(HOSTILE) in shown
    for raw in ("\x1b", "\x07", "\x9b", "\u202e", "\n.fastq"):
        assert raw not in shown, repr(raw)
    assert (tmp_path / "reads.fastq").read_bytes() == b"x" * 1000


def test_not_a_terminal_gets_one_line_per_transfer(
    api: sbg.Api, hostile_file: sbg.File, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "up.bin"
    source.write_bytes(b"y" * 12345)
    project = hostile_file.project
    assert project is not None
    uploaded = api.files.upload(source, project=project, progress=True)
    hostile_file.download(tmp_path / "down.bin", progress=True)
    err = capfd.readouterr().err
    assert "\r" not in err and "\x1b" not in err
    lines = err.splitlines()
    assert len(lines) == 2, lines
    assert lines[0].startswith("upload up.bin: ") and "12345/12345 bytes (100%)" in lines[0]
    assert lines[1].startswith(f"download {safe_name(HOSTILE)}: ") and "(100%)" in lines[1]
    assert uploaded.size == 12345
