"""The Python code blocks of the documentation's Markdown pages, as the tests run them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"

# A fenced block: its opening fence (``` or ~~~, three or more), the info string, the body.
FENCE = re.compile(
    r"^(?P<fence>`{3,}|~{3,})(?P<info>[^\n`]*)\n(?P<body>.*?)^(?P=fence)[ \t]*$", re.M | re.S
)
NO_TEST = "<!-- no-test -->"  # the next block is shown, not run (the real Platform, a sketch)
PYTEST = "<!-- pytest -->"  # the next block is a pytest module: the tests run it with pytest
SH_TEST = "<!-- sh-test -->"  # the next sh block's commands run, one by one, against the emulator
# First line of a guide whose area is not on this branch yet: its blocks wait for the merge.
PENDING = re.compile(r"^<!-- pending-branch: ([a-z0-9-]+) -->")


@dataclass(frozen=True)
class Block:
    """One fenced block: the page, the line of its opening fence, its language and code."""

    page: Path
    line: int
    language: str
    code: str
    mark: str  # the marker comment on the line before the fence, or ""

    @property
    def runs(self) -> bool:
        """A Python block run in the page's namespace (not marked no-test or pytest)."""
        return self.language in ("python", "py") and not self.mark

    @property
    def is_pytest_module(self) -> bool:
        return self.language in ("python", "py") and self.mark == PYTEST

    @property
    def is_shell_test(self) -> bool:
        return self.language in ("sh", "bash", "console") and self.mark == SH_TEST

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def blocks_of(page: Path) -> list[Block]:
    """Every fenced block of ``page``, in order."""
    text = page.read_text(encoding="utf-8")
    found = []
    for match in FENCE.finditer(text):
        language = match.group("info").strip().split(" ")[0].lower()
        before = text[: match.start()].rstrip().splitlines()
        last = before[-1].strip() if before else ""
        found.append(
            Block(
                page=page,
                line=text.count("\n", 0, match.start()) + 1,
                language=language,
                code=match.group("body"),
                mark=last if last in (NO_TEST, PYTEST, SH_TEST) else "",
            )
        )
    return found


def pending_branch(page: Path) -> str | None:
    """The branch a guide waits for (its first line says so), or None."""
    match = PENDING.match(page.read_text(encoding="utf-8"))
    return match.group(1) if match else None


def pages() -> list[Path]:
    """Every Markdown page of the site."""
    return sorted(DOCS.rglob("*.md"))
