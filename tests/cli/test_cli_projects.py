"""``sbg projects`` and ``sbg projects members`` against the emulator."""

from __future__ import annotations

import json

from sevenbridges_emulator import Emulator

from .conftest import Run


def test_project_life_cycle(configured: Emulator, sbg: Run) -> None:
    created = sbg("--json", "projects", "create", "CLI project", "--description", "from sbg")
    assert created.exit_code == 0, created.stderr
    project = json.loads(created.stdout)
    assert project["name"] == "CLI project" and project["description"] == "from sbg"
    project_id = project["id"]

    listed = sbg("--json", "projects", "ls")
    assert project_id in [item["id"] for item in json.loads(listed.stdout)]
    table = sbg("projects", "ls")
    assert project_id in table.stdout and "BILLING_GROUP" in table.stdout

    shown = sbg("--json", "projects", "show", project_id)
    assert json.loads(shown.stdout)["id"] == project_id

    # Not at a terminal, deleting needs --yes (a usage error without it).
    refused = sbg("projects", "rm", project_id)
    assert refused.exit_code == 2 and "--yes" in refused.stderr
    assert sbg("projects", "show", project_id).exit_code == 0

    removed = sbg("projects", "rm", project_id, "--yes")
    assert removed.exit_code == 0, removed.stderr
    gone = sbg("projects", "show", project_id)
    assert gone.exit_code == 1 and gone.stderr.startswith("sbg: NotFound")


def test_unknown_and_malformed_projects(configured: Emulator, sbg: Run) -> None:
    unknown = sbg("projects", "show", "john_doe/no-such-project")
    assert unknown.exit_code == 1
    assert unknown.stderr.count("\n") == 1 and "NotFound" in unknown.stderr
    malformed = sbg("projects", "show", "a/b/c")
    assert malformed.exit_code == 1 and "Invalid project id 'a/b/c'" in malformed.stderr


def test_members(configured: Emulator, sbg: Run) -> None:
    project_id = json.loads(sbg("--json", "projects", "create", "Team").stdout)["id"]
    added = sbg(
        "--json", "projects", "members", "add", project_id, "rfranklin",
        "--permission", "write", "--permission", "copy",
    )  # fmt: skip
    assert added.exit_code == 0, added.stderr
    permissions = json.loads(added.stdout)["permissions"]
    assert permissions["write"] and permissions["copy"] and not permissions["admin"]

    listed = sbg("projects", "members", "ls", project_id)
    assert "rfranklin" in listed.stdout and "read,copy,write" in listed.stdout
    as_json = json.loads(sbg("--json", "projects", "members", "ls", project_id).stdout)
    assert "rfranklin" in [member["username"] for member in as_json]

    bad = sbg("projects", "members", "add", project_id, "rfranklin", "--permission", "fly")
    assert bad.exit_code == 2 and "'fly'" in bad.stderr

    removed = sbg("projects", "members", "rm", project_id, "rfranklin")
    assert removed.exit_code == 0
    assert "rfranklin" not in sbg("projects", "members", "ls", project_id).stdout
