"""Projects: list with filters, create, get, edit, delete."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from emu_helpers import assert_error, is_uuid
from sevenbridges_emulator import Emulator
from sevenbridges_emulator.state import Permissions, ProjectMember

FULL_KEYS = {
    "href",
    "id",
    "name",
    "type",
    "description",
    "tags",
    "settings",
    "billing_group",
    "permissions",
    "created_by",
    "created_on",
    "modified_on",
    "category",
}


def create(client: httpx.Client, **body: Any) -> httpx.Response:
    return client.post("/projects", json=body)


def foreign_project(emu: Emulator, bg_id: str, member_perms: Permissions | None = None) -> str:
    """A project of rfranklin; john_doe is a member only when `member_perms` is given."""
    with emu.state.lock:
        project = emu.state.add_project("rfranklin", "Her Project", bg_id)
        if member_perms is not None:
            project.members["john_doe"] = ProjectMember("john_doe", "USER", member_perms)
        return project.id


def test_create_returns_the_full_project(client: httpx.Client, emu: Emulator, bg_id: str) -> None:
    response = create(
        client,
        name="My First Project",
        billing_group=bg_id,
        description="Whole-genome runs",
        tags=["tcga", "wgs"],
        settings={"locked": True, "intermediate_files": {"duration": 48}},
    )
    assert response.status_code == 201
    body = response.json()
    assert set(body) == FULL_KEYS  # no root_folder without advance access
    assert body["id"] == "john_doe/my-first-project"
    assert body["href"] == f"{emu.url}/projects/john_doe/my-first-project"
    assert body["type"] == "v2" and body["category"] == "PRIVATE"
    assert body["billing_group"] == bg_id and is_uuid(body["billing_group"])
    assert body["permissions"] == dict.fromkeys(["read", "copy", "write", "execute", "admin"], True)
    assert body["created_by"] == "john_doe"
    assert body["settings"]["locked"] is True
    assert body["settings"]["intermediate_files"] == {"retention": "LIMITED", "duration": 48}
    assert body["settings"]["allow_network_access"] is True
    assert body["tags"] == ["tcga", "wgs"] and body["description"] == "Whole-genome runs"
    assert client.get(f"/projects/{body['id']}").json() == body


def test_create_with_advance_access_has_root_folder(client: httpx.Client, bg_id: str) -> None:
    response = client.post(
        "/projects",
        json={"name": "aa", "billing_group": bg_id},
        headers={"X-SBG-Advance-Access": "advance"},
    )
    assert len(response.json()["root_folder"]) == 24


def test_create_slugs_and_dedupes(client: httpx.Client, bg_id: str) -> None:
    ids = [
        create(client, name="rfranklin's Demo  Project!", billing_group=bg_id).json()["id"]
        for _ in range(3)
    ]
    assert ids == [
        "john_doe/rfranklin-s-demo-project",
        "john_doe/rfranklin-s-demo-project-1",
        "john_doe/rfranklin-s-demo-project-2",
    ]


def test_creator_is_an_admin_member(client: httpx.Client, project: dict[str, Any]) -> None:
    members = client.get(f"/projects/{project['id']}/members", params={"fields": "_all"}).json()
    assert [m["username"] for m in members["items"]] == ["john_doe"]
    assert members["items"][0]["permissions"]["admin"] is True


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"billing_group": "B"}, 400, 3007),
        ({"name": "", "billing_group": "B"}, 400, 3007),
        ({"name": 5, "billing_group": "B"}, 400, 3007),
        ({"name": "x"}, 400, 3008),
        ({"name": "x", "billing_group": ""}, 400, 3008),
        ({"name": "x", "billing_group": "not-a-uuid"}, 400, 4005),
        ({"name": "x", "billing_group": "00000000-0000-4000-8000-000000000000"}, 404, 4002),
        ({"name": "x", "billing_group": "B", "bogus": 1}, 400, 90000),
        ({"name": "x", "billing_group": "B", "tags": "a"}, 400, 90000),
        ({"name": "x", "billing_group": "B", "category": "SECRET"}, 400, 90000),
        ({"name": "x", "billing_group": "B", "settings": {"locked": "yes"}}, 400, 90000),
        ({"name": "x", "billing_group": "B", "settings": {"nope": True}}, 400, 90000),
        (
            {
                "name": "x",
                "billing_group": "B",
                "settings": {"intermediate_files": {"duration": 500}},
            },
            400,
            90000,
        ),
    ],
)
def test_create_errors(
    client: httpx.Client, bg_id: str, body: dict[str, Any], status: int, code: int
) -> None:
    if body.get("billing_group") == "B":
        body = {**body, "billing_group": bg_id}
    assert_error(client.post("/projects", json=body), status, code)
    assert client.get("/projects").json()["items"] == []  # nothing half-created


def test_create_with_null_body_names_the_missing_name(client: httpx.Client) -> None:
    response = client.post(
        "/projects", content=b"null", headers={"Content-Type": "application/json"}
    )
    assert_error(response, 400, 3007)


def test_top_level_settings_land_in_settings(client: httpx.Client, bg_id: str) -> None:
    body = create(
        client, name="x", billing_group=bg_id, location="aws:eu-central-1", use_memoization=True
    ).json()
    assert body["settings"]["location"] == "aws:eu-central-1"
    assert body["settings"]["use_memoization"] is True


def test_list_filters(client: httpx.Client, bg_id: str) -> None:
    create(client, name="alpha", billing_group=bg_id, tags=["rna"])
    create(client, name="beta", billing_group=bg_id, tags=["dna", "wgs"])
    create(client, name="gamma", billing_group=bg_id, category="PUBLIC")

    def names(**params: Any) -> list[str]:
        response = client.get("/projects", params=params)
        assert response.status_code == 200
        assert response.headers["X-Total-Matching-Query"] == str(len(response.json()["items"]))
        return [item["name"] for item in response.json()["items"]]

    assert names() == ["alpha", "beta", "gamma"]
    assert names(name="beta") == ["beta"]
    assert names(name="bet") == []  # exact match, not substring
    assert names(name=["alpha", "gamma"]) == ["alpha", "gamma"]  # OR within a field
    assert names(tags=["rna", "wgs"]) == ["alpha", "beta"]
    assert names(tags="wgs", name="alpha") == []  # AND across fields
    assert names(category="PUBLIC") == ["gamma"]
    assert names(category="PRIVATE", tags="dna") == ["beta"]
    assert_error(client.get("/projects", params={"category": "OTHER"}), 400, 90000)


def test_list_shows_only_my_projects(client: httpx.Client, emu: Emulator, bg_id: str) -> None:
    foreign_project(emu, bg_id)
    assert client.get("/projects").json()["items"] == []
    shared = foreign_project(emu, bg_id, Permissions(read=True))
    items = client.get("/projects").json()["items"]
    assert [item["id"] for item in items] == [shared]


def test_list_by_owner(
    client: httpx.Client, emu: Emulator, bg_id: str, project: dict[str, Any]
) -> None:
    shared = foreign_project(emu, bg_id, Permissions(read=True))
    foreign_project(emu, bg_id)  # not shared with john_doe
    mine = client.get("/projects/john_doe")
    assert [p["id"] for p in mine.json()["items"]] == [project["id"]]
    assert mine.headers["X-Total-Matching-Query"] == "1"
    hers = client.get("/projects/rfranklin").json()["items"]
    assert [p["id"] for p in hers] == [shared]
    assert client.get("/projects/nobody").json()["items"] == []


def test_get_errors(client: httpx.Client, emu: Emulator, bg_id: str) -> None:
    assert_error(client.get("/projects/john_doe/missing"), 404, 3002)
    hidden = foreign_project(emu, bg_id)
    assert_error(client.get(f"/projects/{hidden}"), 403, 3001)


def test_member_sees_own_permissions(client: httpx.Client, emu: Emulator, bg_id: str) -> None:
    shared = foreign_project(emu, bg_id, Permissions(read=True, copy=True))
    body = client.get(f"/projects/{shared}").json()
    assert body["permissions"] == {
        "read": True,
        "copy": True,
        "write": False,
        "execute": False,
        "admin": False,
    }


def test_update(client: httpx.Client, project: dict[str, Any]) -> None:
    path = f"/projects/{project['id']}"
    response = client.patch(
        path,
        json={
            "name": "Renamed",
            "description": "new",
            "tags": ["x"],
            "category": "PUBLIC",
            "settings": {"locked": True, "intermediate_files": {"duration": 2}},
        },
    )
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == project["id"]  # the short name never changes
    assert (body["name"], body["description"], body["tags"], body["category"]) == (
        "Renamed",
        "new",
        ["x"],
        "PUBLIC",
    )
    assert body["settings"]["locked"] is True
    assert body["settings"]["intermediate_files"] == {"retention": "LIMITED", "duration": 2}
    assert body["settings"]["use_interruptible_instances"] is True  # merged, not replaced
    assert body["modified_on"] >= project["modified_on"]
    assert client.get(path).json() == body


def test_update_with_empty_body_changes_nothing(
    client: httpx.Client, project: dict[str, Any]
) -> None:
    response = client.patch(f"/projects/{project['id']}", content=b"null")
    assert response.json() == project


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"id": "john_doe/other"}, 90000),
        ({"short_name": "x"}, 90000),
        ({"name": ""}, 3007),
        ({"billing_group": "nope"}, 4005),
        ({"billing_group": "00000000-0000-4000-8000-000000000000"}, 4002),
        ({"settings": {"locked": 1}}, 90000),
        ({"category": "x"}, 90000),
    ],
)
def test_update_errors(
    client: httpx.Client, project: dict[str, Any], body: dict[str, Any], code: int
) -> None:
    response = client.patch(f"/projects/{project['id']}", json=body)
    assert_error(response, 404 if code == 4002 else 400, code)
    assert client.get(f"/projects/{project['id']}").json() == project  # unchanged


def test_update_and_delete_need_admin(client: httpx.Client, emu: Emulator, bg_id: str) -> None:
    shared = foreign_project(emu, bg_id, Permissions(read=True, write=True))
    assert_error(client.patch(f"/projects/{shared}", json={"name": "mine now"}), 403, 3001)
    assert_error(client.delete(f"/projects/{shared}"), 403, 3001)
    hidden = foreign_project(emu, bg_id)
    assert_error(client.patch(f"/projects/{hidden}", json={}), 403, 3001)
    assert_error(client.patch("/projects/john_doe/none", json={}), 404, 3002)


def test_delete(client: httpx.Client, project: dict[str, Any]) -> None:
    response = client.delete(f"/projects/{project['id']}")
    assert response.status_code == 204 and response.content == b""
    assert_error(client.get(f"/projects/{project['id']}"), 404, 3002)
    assert_error(client.delete(f"/projects/{project['id']}"), 404, 3002)
