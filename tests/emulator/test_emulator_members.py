"""Project members: list, add, get, remove, change permissions."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from emu_helpers import assert_error
from sevenbridges_emulator import Emulator
from sevenbridges_emulator.state import Permissions, ProjectMember

ALL_FALSE = dict.fromkeys(["read", "copy", "write", "execute", "admin"], False)


def members_path(project: dict[str, Any]) -> str:
    return f"/projects/{project['id']}/members"


def test_add_by_username_with_default_permissions(
    client: httpx.Client, emu: Emulator, project: dict[str, Any]
) -> None:
    response = client.post(members_path(project), json={"username": "rfranklin"})
    assert response.status_code == 201
    assert response.json() == {
        "href": f"{emu.url}/projects/{project['id']}/members/rfranklin",
        "id": "rfranklin",
        "username": "rfranklin",
        "email": "rosalind.franklin@example.org",
        "type": "USER",
        "permissions": {**ALL_FALSE, "read": True},
    }


def test_add_by_email_with_permissions(client: httpx.Client, project: dict[str, Any]) -> None:
    response = client.post(
        members_path(project),
        json={
            "email": "Francis.Crick@example.org",
            "permissions": {"write": True, "execute": True},
        },
    )
    assert response.status_code == 201
    body = response.json()
    assert body["username"] == "francis-crick"
    assert body["permissions"] == {**ALL_FALSE, "read": True, "write": True, "execute": True}


def test_admin_gets_every_permission(client: httpx.Client, project: dict[str, Any]) -> None:
    body = client.post(
        members_path(project), json={"username": "jwatson", "permissions": {"admin": True}}
    ).json()
    assert all(body["permissions"].values())


def test_add_team_and_division(
    client: httpx.Client, emu: Emulator, project: dict[str, Any]
) -> None:
    team_id = next(iter(emu.state.teams))
    team = client.post(members_path(project), json={"id": team_id, "type": "TEAM"})
    assert team.status_code == 201
    assert (team.json()["type"], team.json()["id"]) == ("TEAM", team_id)
    division = client.post(members_path(project), json={"id": "the-lab", "type": "division"})
    assert division.json()["type"] == "DIVISION"
    assert_error(client.post(members_path(project), json={"id": "nope", "type": "TEAM"}), 404, 3002)
    assert_error(client.post(members_path(project), json={"id": "x", "type": "ROBOT"}), 400, 90000)


def test_division_membership_grants_access(client: httpx.Client, emu: Emulator, bg_id: str) -> None:
    with emu.state.lock:
        project = emu.state.add_project("rfranklin", "Lab Wide", bg_id)
        project.members["the-lab"] = ProjectMember(
            "the-lab", "DIVISION", Permissions(read=True, copy=True)
        )
    body = client.get(f"/projects/{project.id}").json()
    assert body["permissions"]["copy"] is True and body["permissions"]["write"] is False


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({}, 400, 3005),
        ({"permissions": {"read": True}}, 400, 3005),
        ({"username": "nobody"}, 404, 2002),
        ({"email": "nobody@example.org"}, 404, 2002),
        ({"username": "rfranklin", "permissions": {"read": "yes"}}, 400, 90000),
        ({"username": "rfranklin", "permissions": {"fly": True}}, 400, 90000),
        ({"username": "rfranklin", "extra": 1}, 400, 90000),
        ({"username": "john_doe"}, 409, 3003),
    ],
)
def test_add_errors(
    client: httpx.Client, project: dict[str, Any], body: dict[str, Any], status: int, code: int
) -> None:
    assert_error(client.post(members_path(project), json=body), status, code)


def test_add_twice_is_409(client: httpx.Client, project: dict[str, Any]) -> None:
    client.post(members_path(project), json={"username": "rfranklin"})
    assert_error(client.post(members_path(project), json={"username": "rfranklin"}), 409, 3003)


def test_disabled_user_cannot_be_added(
    client: httpx.Client, emu: Emulator, project: dict[str, Any]
) -> None:
    with emu.state.lock:
        emu.state.users["rfranklin"].disabled = True
    assert_error(client.post(members_path(project), json={"username": "rfranklin"}), 404, 2002)


def test_list_members_default_items_and_paging(
    client: httpx.Client, emu: Emulator, project: dict[str, Any]
) -> None:
    for username in ("rfranklin", "francis-crick", "jwatson"):
        client.post(members_path(project), json={"username": username})
    page = client.get(members_path(project), params={"limit": 2})
    assert page.headers["X-Total-Matching-Query"] == "4"
    assert page.json()["items"][1] == {
        "href": f"{emu.url}/projects/{project['id']}/members/rfranklin",
        "id": "rfranklin",
        "username": "rfranklin",
    }
    rest = client.get(page.json()["links"][0]["href"]).json()["items"]
    assert [m["username"] for m in rest] == ["francis-crick", "jwatson"]
    full = client.get(members_path(project), params={"fields": "_all"}).json()["items"]
    assert set(full[0]) == {"href", "id", "username", "email", "type", "permissions"}


def test_get_member(client: httpx.Client, project: dict[str, Any]) -> None:
    client.post(members_path(project), json={"username": "rfranklin"})
    member = client.get(f"{members_path(project)}/rfranklin").json()
    assert member["permissions"]["read"] is True and member["type"] == "USER"
    assert_error(client.get(f"{members_path(project)}/jwatson"), 404, 3002)
    assert_error(client.get("/projects/john_doe/nothing/members/rfranklin"), 404, 3002)


def test_member_routes_need_membership(client: httpx.Client, emu: Emulator, bg_id: str) -> None:
    with emu.state.lock:
        hidden = emu.state.add_project("rfranklin", "Hidden", bg_id).id
    assert_error(client.get(f"/projects/{hidden}/members"), 403, 3001)
    assert_error(client.get(f"/projects/{hidden}/members/rfranklin"), 403, 3001)
    assert_error(
        client.post(f"/projects/{hidden}/members", json={"username": "jwatson"}), 403, 3001
    )


def test_non_admin_cannot_manage_members(client: httpx.Client, emu: Emulator, bg_id: str) -> None:
    with emu.state.lock:
        project = emu.state.add_project("rfranklin", "Shared", bg_id)
        project.members["john_doe"] = ProjectMember(
            "john_doe", "USER", Permissions(read=True, write=True)
        )
        project.members["jwatson"] = ProjectMember("jwatson", "USER", Permissions())
    path = f"/projects/{project.id}/members"
    assert client.get(path).status_code == 200
    assert_error(client.post(path, json={"username": "francis-crick"}), 403, 3001)
    assert_error(client.patch(f"{path}/jwatson/permissions", json={"write": True}), 403, 3001)
    assert_error(client.delete(f"{path}/jwatson"), 403, 3001)
    assert client.delete(f"{path}/john_doe").status_code == 204  # leaving on one's own is fine
    assert_error(client.get(f"/projects/{project.id}"), 403, 3001)


def test_remove_member(client: httpx.Client, project: dict[str, Any]) -> None:
    client.post(members_path(project), json={"username": "rfranklin"})
    response = client.delete(f"{members_path(project)}/rfranklin")
    assert response.status_code == 204 and response.content == b""
    assert_error(client.get(f"{members_path(project)}/rfranklin"), 404, 3002)
    assert_error(client.delete(f"{members_path(project)}/rfranklin"), 404, 3002)


def test_last_admin_cannot_be_removed_or_demoted(
    client: httpx.Client, project: dict[str, Any]
) -> None:
    body = assert_error(client.delete(f"{members_path(project)}/john_doe"), 400, 90000)
    assert "last administrator" in body["message"]
    demote = client.patch(f"{members_path(project)}/john_doe/permissions", json={"admin": False})
    assert_error(demote, 400, 90000)
    client.post(
        members_path(project), json={"username": "rfranklin", "permissions": {"admin": True}}
    )
    assert client.delete(f"{members_path(project)}/john_doe").status_code == 204


def test_update_permissions_is_partial(client: httpx.Client, project: dict[str, Any]) -> None:
    client.post(
        members_path(project), json={"username": "rfranklin", "permissions": {"copy": True}}
    )
    path = f"{members_path(project)}/rfranklin/permissions"
    response = client.patch(path, json={"write": True})
    assert response.status_code == 200
    assert response.json() == {**ALL_FALSE, "read": True, "copy": True, "write": True}
    assert client.get(f"{members_path(project)}/rfranklin").json()["permissions"] == response.json()
    assert client.patch(path, content=b"null").json() == response.json()
    assert_error(client.patch(path, json={"write": "no"}), 400, 90000)
    assert_error(client.patch(path, json={"delete": True}), 400, 90000)
    assert_error(client.patch(f"{members_path(project)}/jwatson/permissions", json={}), 404, 3002)
