"""Helpers for the file tests: files made directly in the store (uploads are another area's
business) and folders made through the API."""

from __future__ import annotations

from typing import Any

import httpx
from sevenbridges_emulator import Emulator
from sevenbridges_emulator.state import Permissions, ProjectMember

AA = {"X-SBG-Advance-Access": "advance"}


def add_file(
    emu: Emulator,
    project_id: str,
    name: str,
    *,
    parent: str | None = None,
    content: bytes | None = None,
    metadata: dict[str, Any] | None = None,
    tags: list[str] | None = None,
    origin: dict[str, Any] | None = None,
) -> str:
    """A file in the store (with content in the storage server when `content` is given)."""
    with emu.state.lock:
        blob = emu.state.storage.write_blob(content) if content is not None else None
        record = emu.state.files.add_file(
            project_id=project_id,
            parent_id=parent,
            name=name,
            size=len(content or b""),
            blob=blob,
            origin=origin,
        )
        record.metadata = dict(metadata or {})
        record.tags = list(tags or [])
        return record.id


def make_folder(
    client: httpx.Client, name: str, *, project: str | None = None, parent: str | None = None
) -> str:
    body: dict[str, Any] = {"name": name, "type": "FOLDER"}
    if project is not None:
        body["project"] = project
    if parent is not None:
        body["parent"] = parent
    response = client.post("/files", json=body)
    assert response.status_code == 201, response.text
    folder_id: str = response.json()["id"]
    return folder_id


def root_of(emu: Emulator, project_id: str) -> str:
    with emu.state.lock:
        return emu.state.projects[project_id].root_folder


def foreign_project(emu: Emulator, bg_id: str, member_perms: Permissions | None = None) -> str:
    """A project of rfranklin; john_doe is a member only when `member_perms` is given."""
    with emu.state.lock:
        project = emu.state.add_project("rfranklin", "Her Project", bg_id)
        if member_perms is not None:
            project.members["john_doe"] = ProjectMember("john_doe", "USER", member_perms)
        return project.id


def names(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [item["name"] for item in response.json()["items"]]
