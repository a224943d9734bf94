"""Shared helpers of the api.files tests: seeding files in the emulator, recording what is sent."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

import httpx
import sevenbridges as sbg
from sevenbridges_emulator import Emulator


@dataclass
class Sent:
    """One request as the client sent it."""

    method: str
    path: str
    query: list[tuple[str, str]]
    body: Any

    def param(self, name: str) -> list[str]:
        return [value for key, value in self.query if key == name]


class Recorder:
    """Records every request an ``Api`` sends (as an httpx request hook, on the real wire)."""

    def __init__(self, api: sbg.Api) -> None:
        self.sent: list[Sent] = []
        hooks = api.session.event_hooks
        hooks["request"] = [*hooks.get("request", []), self._record]
        api.session.event_hooks = hooks

    def _record(self, request: httpx.Request) -> None:
        content = request.content
        body = json.loads(content) if content else None
        path = request.url.path.removeprefix("/v2")
        query = parse_qsl(request.url.query.decode(), keep_blank_values=True)
        self.sent.append(Sent(request.method, path, query, body))

    def clear(self) -> None:
        self.sent.clear()

    def calls(self, method: str | None = None, path_prefix: str = "") -> list[Sent]:
        return [
            s
            for s in self.sent
            if (method is None or s.method == method) and s.path.startswith(path_prefix)
        ]


def seed_file(
    emulator: Emulator,
    project: str | None,
    name: str,
    *,
    parent: str | None = None,
    content: bytes | None = None,
    metadata: dict[str, Any] | None = None,
    tags: list[str] | None = None,
    origin: dict[str, Any] | None = None,
) -> str:
    """A file created straight in the emulator's store; its id."""
    assert project is not None
    state: Any = emulator.state
    with state.lock:
        blob = state.storage.write_blob(content) if content is not None else None
        record = state.files.add_file(
            project_id=project,
            parent_id=parent,
            name=name,
            size=len(content or b""),
            blob=blob,
            origin=origin,
        )
        record.metadata = dict(metadata or {})
        record.tags = list(tags or [])
        return str(record.id)


def server_record(emulator: Emulator, file_id: str) -> Any:
    """The emulator's record of a file (None once deleted)."""
    state: Any = emulator.state
    with state.lock:
        return state.files.get(file_id)
