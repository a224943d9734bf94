"""Every Python block of the documentation runs, page by page, against an in-process emulator.

Each page's blocks run in order in one namespace, as a reader would paste them into one session.
The namespace starts with ``sbg`` and ``api`` (an ``sbg.Api()`` that finds the emulator through
``SB_API_ENDPOINT`` / ``SB_AUTH_TOKEN``, as the Getting started page explains); the working
directory and ``$HOME`` are a fresh temporary folder, so files the examples write stay there.
A block that must not run (the real Platform's URL, a shell session) is marked
``<!-- no-test -->`` on the line before its fence, or uses a non-Python fence.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sevenbridges as sbg
from sevenbridges_emulator import Emulator

from .markdown_blocks import DOCS, NO_TEST, ROOT, Block, blocks_of, pages, pending_branch

RUNNABLE = {
    page: [b for b in blocks_of(page) if b.runs] for page in pages() if not pending_branch(page)
}
# Guides of areas still on their branches (issue 15): written from the branch's code, tested once
# it is merged. Only these branches may be waited for.
EXPECTED_PENDING = {"apps-tasks", "storage", "cli"}
TESTED_PAGES = sorted(page for page, blocks in RUNNABLE.items() if blocks)
PYTEST_MODULES = [b for page in pages() for b in blocks_of(page) if b.is_pytest_module]
SHELL_BLOCKS = [b for page in pages() for b in blocks_of(page) if b.is_shell_test]
BIN = Path(sys.executable).parent  # sbg, sbg-emulator: the console scripts of this environment


def run_blocks(blocks: list[Block], namespace: dict[str, object]) -> None:
    for block in blocks:
        code = compile(block.code, block.where, "exec")  # tracebacks name the page and line
        exec(code, namespace)


@pytest.mark.parametrize("page", TESTED_PAGES, ids=lambda p: str(p.relative_to(DOCS)))
def test_page_examples_run_against_the_emulator(
    page: Path, emulator: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("SB_API_ENDPOINT", emulator.url)
    monkeypatch.setenv("SB_AUTH_TOKEN", emulator.token)
    monkeypatch.setenv("SB_TRANSFER_STATE_DIR", str(tmp_path / "transfers"))
    monkeypatch.chdir(tmp_path)
    api = sbg.Api()
    namespace: dict[str, object] = {"__name__": "docs_example", "sbg": sbg, "api": api}
    try:
        run_blocks(RUNNABLE[page], namespace)
    finally:
        api.close()


@pytest.mark.parametrize("block", PYTEST_MODULES, ids=lambda b: b.where)
def test_pytest_examples_pass(block: Block, tmp_path: Path) -> None:
    """A block marked ``<!-- pytest -->`` is a test module a reader would save and run."""
    (tmp_path / "test_docs_example.py").write_text(block.code, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SB_")}
    env["HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_docs_example.py"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and " failed" not in done.stdout


@pytest.mark.parametrize("block", SHELL_BLOCKS, ids=lambda b: b.where)
def test_shell_examples_run_against_the_emulator(
    block: Block, emulator: Emulator, tmp_path: Path
) -> None:
    """Each command of a block marked ``<!-- sh-test -->`` runs in order and exits 0, with a
    folder ``reads/`` and a file ``sample.bam`` in the working directory."""
    (tmp_path / "reads").mkdir()
    (tmp_path / "reads" / "r1.fastq").write_text("@r\nACGT\n+\nFFFF\n")
    (tmp_path / "sample.bam").write_bytes(b"BAM\x01" * 1000)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SB_")}
    env.update(HOME=str(tmp_path), SB_API_ENDPOINT=emulator.url, SB_AUTH_TOKEN=emulator.token)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    commands = [line for line in block.code.splitlines() if line.strip()]
    assert commands
    for command in commands:
        done = subprocess.run(
            ["bash", "-o", "pipefail", "-c", command],
            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, f"{block.where}: {command}\n{done.stdout}{done.stderr}"


def test_the_guides_have_tested_examples() -> None:
    """The extraction finds the blocks: every guide with Python code has some that run."""
    assert len(TESTED_PAGES) >= 10, [str(p.relative_to(ROOT)) for p in TESTED_PAGES]
    for page in (DOCS / "guides").glob("*.md"):
        python = [b for b in blocks_of(page) if b.language in ("python", "py")]
        if python:
            assert any(b.runs for b in python), f"{page.name}: no Python block runs"


def test_only_guides_of_unmerged_areas_wait() -> None:
    waiting = {page.name: pending_branch(page) for page in pages() if pending_branch(page)}
    assert set(waiting.values()) <= EXPECTED_PENDING, waiting


def test_no_test_marks_only_what_cannot_run() -> None:
    """A ``<!-- no-test -->`` block is rare: the real Platform, or code that needs your account."""
    marked = [b.where for page in pages() for b in blocks_of(page) if b.mark == NO_TEST]
    assert len(marked) <= 12, marked


def test_blocks_are_found_with_their_language_and_marks(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "# t\n\n```python\nx = 1\n```\n\n<!-- no-test -->\n```python\nraise SystemExit\n```\n\n"
        "```sh\nmake docs\n```\n\n````python\n```\nnested = 1\n````\n\n<!-- pytest -->\n```python\n```\n",
        encoding="utf-8",
    )
    found = [(b.line, b.language, b.runs) for b in blocks_of(page)]
    assert found == [
        (3, "python", True),
        (8, "python", False),
        (12, "sh", False),
        (16, "python", True),
        (22, "python", False),
    ]
    assert [b.is_pytest_module for b in blocks_of(page)] == [False, False, False, False, True]
