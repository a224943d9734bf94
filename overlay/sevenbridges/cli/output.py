"""What commands print: JSON or tables on stdout, messages and progress on stderr.

With ``--json`` stdout holds exactly one JSON document per command (an object, or an array for
lists) and nothing else. Text that came from the server is shown without its control characters
and never read as Rich markup.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

    from ..api import Api
    from ..transfer.many import TransferRecord


@dataclass
class State:
    """The global options of one ``sbg`` run, and the ``Api`` made from them when first needed."""

    profile: str | None = None
    url: str | None = None
    token: str | None = None
    json: bool = False
    debug: bool = False
    _api: Api | None = None

    @property
    def api(self) -> Api:
        """The client, resolved exactly as ``sbg.Api()`` resolves its settings."""
        if self._api is None:
            from ..api import Api
            from ..config import Config

            config = Config(profile=self.profile) if self.profile is not None else None
            self._api = Api(url=self.url, token=self.token, config=config)
        return self._api

    def __repr__(self) -> str:  # never the token
        return f"State(profile={self.profile!r}, url={self.url!r}, json={self.json})"


def clean(value: Any) -> str:
    """``value`` as one line of text to print, without the characters
    :func:`~sevenbridges.transfer.names.safe_name` never shows (terminal escapes, bidi overrides,
    newlines); unlike a local name it keeps its ``/``."""
    from ..transfer.names import _UNSAFE_CATEGORIES

    text = "" if value is None else str(value)
    return "".join(ch for ch in text if unicodedata.category(ch) not in _UNSAFE_CATEGORIES)


def console(stderr: bool = False) -> Console:
    """A Rich console; writing to a pipe or a file, lines are never cut to a terminal's width."""
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    width = None if stream.isatty() else 10_000
    return Console(stderr=stderr, highlight=False, soft_wrap=False, width=width)


def message(text: str) -> None:
    """A message for the person at the terminal: on stderr, never in the way of JSON."""
    print(text, file=sys.stderr, flush=True)


def plain(value: Any) -> Any:
    """``value`` with resources turned into their wire dicts, fit for ``json.dumps``."""
    from ..meta.resource import Resource

    if isinstance(value, Resource):
        return plain(value.to_dict())
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(plain(data), indent=2, sort_keys=True) + "\n")
    sys.stdout.flush()


def table(state: State, rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    """``rows`` as a JSON array with ``--json``, else as a table of ``columns``."""
    if state.json:
        print_json(list(rows))
        return
    from rich.table import Table
    from rich.text import Text

    shown = Table(box=None, pad_edge=False, header_style="bold")
    for column in columns:
        shown.add_column(column.upper(), overflow="fold")  # wrapped, never cut short
    for row in rows:
        shown.add_row(*(Text(clean(row.get(column, ""))) for column in columns))
    out = console()
    with out.capture() as captured:
        out.print(shown)
    lines = captured.get().splitlines()
    sys.stdout.write("".join(line.rstrip() + "\n" for line in lines))
    sys.stdout.flush()


def record(state: State, data: dict[str, Any], keys: Iterable[str] | None = None) -> None:
    """One object: JSON with ``--json``, else ``key value`` lines (``keys`` first, in order)."""
    if state.json:
        print_json(data)
        return
    flat = plain(data)
    order = [key for key in (keys or []) if key in flat]
    order += sorted(key for key in flat if key not in order)
    width = max((len(clean(key)) for key in order), default=0)
    for key in order:
        value = flat[key]
        text = json.dumps(value, sort_keys=True) if isinstance(value, dict | list) else value
        sys.stdout.write(f"{clean(key):<{width}}  {clean(text)}".rstrip() + "\n")
    sys.stdout.flush()


def transfer_report(state: State, records: Sequence[TransferRecord]) -> int:
    """The outcome of a many-file transfer; the exit code (3 when any file failed)."""
    rows = [
        {
            "source": item.source,
            "target": item.target,
            "status": item.status,
            "size": item.size,
            "id": item.file.id if item.file is not None else None,
            "error": str(item.error) if item.error is not None else None,
        }
        for item in records
    ]
    if state.json:
        print_json(rows)
    failed = [row for row in rows if row["status"] == "failed"]
    counts = {
        status: sum(1 for row in rows if row["status"] == status)
        for status in ("done", "skipped", "failed")
    }
    message(
        f"{counts['done']} done, {counts['skipped']} skipped (already there), {counts['failed']} failed"
    )
    for row in failed:
        message(f"failed: {clean(row['source'])}: {clean(row['error'])}")
    return 3 if failed else 0


def partial_failure(failures: Sequence[tuple[str, str]]) -> int:
    """List the items that failed on stderr; the exit code (3 when any did)."""
    for item, why in failures:
        message(f"failed: {clean(item)}: {clean(why)}")
    return 3 if failures else 0


class TransferProgress:
    """One display on stderr of a many-file transfer: files finished and bytes moved."""

    def __init__(self, what: str) -> None:
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            TextColumn,
            TransferSpeedColumn,
        )

        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            console=console(stderr=True),
            transient=False,
        )
        self._task = self._progress.add_task(what, total=None)
        self._files = (0, 0)

    def __enter__(self) -> TransferProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def update(self, snapshot: Any) -> None:
        """Show a :class:`~sevenbridges.transfer.many.ManyProgress` (from any thread)."""
        self._progress.update(
            self._task,
            completed=snapshot.bytes_done,
            total=snapshot.bytes_total or None,
            description=f"{snapshot.files_done}/{snapshot.files_total} files",
        )
