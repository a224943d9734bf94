"""Shared helpers of the api.apps and api.tasks tests: a project, a CWL tool, seeded files."""

from __future__ import annotations

from typing import Any

import sevenbridges as sbg
from sevenbridges_emulator import Emulator

from .file_fixtures import seed_file

PUBLIC = "admin/sbg-public-data"
WORD_COUNT = f"{PUBLIC}/word-count"
FASTQC = f"{PUBLIC}/fastqc"
ALWAYS_FAILS = f"{PUBLIC}/always-fails"
NO_SUCH_TASK = "00000000-0000-4000-8000-000000000000"


def new_project(api: sbg.Api, name: str = "Analysis") -> sbg.Project:
    """A project of the token's user, billed to the first billing group."""
    billing_group = api.billing_groups.query()[0]
    return api.projects.create(name=name, billing_group=billing_group)


def cwl_tool(label: str = "Cat", *, required: bool = True, extra: Any = None) -> dict[str, Any]:
    """A small CWL CommandLineTool: a File input ``reads`` (optional unless ``required``), an
    optional int ``threads``, a File output ``out``."""
    tool: dict[str, Any] = {
        "cwlVersion": "v1.0",
        "class": "CommandLineTool",
        "label": label,
        "baseCommand": ["cat"],
        "inputs": [
            {"id": "reads", "type": "File" if required else "File?"},
            {"id": "threads", "type": "int?"},
        ],
        "outputs": [{"id": "out", "type": "File", "outputBinding": {"glob": "out.txt"}}],
    }
    if extra:
        tool.update(extra)
    return tool


def text_files(emulator: Emulator, project: sbg.Project, *names: str) -> list[str]:
    """Files seeded straight in the emulator (with content), their ids in order."""
    return [
        seed_file(emulator, project.id, name, content=f"words of {name}\n".encode())
        for name in names
    ]


def freeze_tasks(emulator: Emulator) -> None:
    """Tasks stay where they are when read (the emulator moves them one step per read)."""
    emulator.state.tasks.auto_advance = False
