"""Divisions, teams, datasets and their members, genome markers and feedback, over real HTTP."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from emu_helpers import assert_error, check_wire_invariants, is_uuid
from sevenbridges_emulator import Emulator
from sevenbridges_emulator.state import Permissions, Project, ProjectMember

SEED_TEAM = "5ec0a5e0-7ea3-4c0e-9b1a-000000000001"
AA = {"X-SBG-Advance-Access": "advance"}
ALL_FALSE = dict.fromkeys(["read", "copy", "write", "execute", "admin"], False)

UserClient = Callable[..., httpx.Client]


@pytest.fixture
def user_client(emu: Emulator) -> Iterator[UserClient]:
    """Makes authenticated clients for other seeded users (closed at the end of the test)."""
    opened: list[httpx.Client] = []

    def make(username: str, **headers: str) -> httpx.Client:
        token = secrets.token_hex(16)
        with emu.state.lock:
            emu.state.tokens[token] = username
        c = httpx.Client(
            base_url=emu.url,
            headers={"X-SBG-Auth-Token": token, **headers},
            timeout=10.0,
            event_hooks={"response": [check_wire_invariants]},
        )
        opened.append(c)
        return c

    yield make
    for c in opened:
        c.close()


# -- divisions -------------------------------------------------------------------------------


def test_list_divisions_shows_only_mine(client: httpx.Client, emu: Emulator) -> None:
    response = client.get("/divisions")
    assert response.status_code == 200
    assert response.headers["X-Total-Matching-Query"] == "1"
    assert response.json()["items"] == [
        {"href": f"{emu.url}/divisions/the-lab", "id": "the-lab", "name": "The Lab"}
    ]


def test_get_division_and_its_errors(client: httpx.Client, emu: Emulator) -> None:
    body = client.get("/divisions/the-lab").json()
    assert body == {"href": f"{emu.url}/divisions/the-lab", "id": "the-lab", "name": "The Lab"}
    assert client.get("/divisions/the-lab", params={"fields": "name"}).json() == {
        "href": f"{emu.url}/divisions/the-lab",
        "id": "the-lab",
        "name": "The Lab",
    }
    assert_error(client.get("/divisions/caltech-chemistry"), 403, 90002)
    assert_error(client.get("/divisions/nowhere"), 404, 90003)


# -- teams -----------------------------------------------------------------------------------


def create_team(client: httpx.Client, name: str, division: str = "the-lab") -> httpx.Response:
    return client.post("/teams", json={"division": division, "name": name})


def test_list_teams_needs_a_division_of_mine(client: httpx.Client) -> None:
    assert_error(client.get("/teams"), 400, 2105)
    assert_error(client.get("/teams", params={"division": "caltech-chemistry"}), 403, 90002)
    assert_error(client.get("/teams", params={"division": "the-lab", "_all": "yes"}), 400, 90000)


def test_list_teams_mine_or_all(client: httpx.Client, emu: Emulator) -> None:
    created = create_team(client, "Imaging")
    assert created.status_code == 201
    team = created.json()
    assert is_uuid(team["id"])
    assert team == {"href": f"{emu.url}/teams/{team['id']}", "id": team["id"], "name": "Imaging"}
    mine = client.get("/teams", params={"division": "the-lab"})
    assert [t["id"] for t in mine.json()["items"]] == [SEED_TEAM]
    every = client.get("/teams", params={"division": "the-lab", "_all": "True"})
    assert [t["id"] for t in every.json()["items"]] == [SEED_TEAM, team["id"]]
    assert every.headers["X-Total-Matching-Query"] == "2"
    page = client.get("/teams", params={"division": "the-lab", "_all": "true", "limit": 1})
    assert page.json()["links"][0]["rel"] == "next"


def test_create_team_errors(client: httpx.Client, user_client: UserClient) -> None:
    assert_error(create_team(client, "Sequencing Core"), 409, 90007)
    assert_error(create_team(client, "  "), 400, 90000)
    assert_error(client.post("/teams", json={"name": "No division"}), 400, 2105)
    assert_error(create_team(client, "Elsewhere", "caltech-chemistry"), 403, 90002)
    assert_error(
        client.post("/teams", json={"division": "the-lab", "name": "x", "x": 1}), 400, 90000
    )
    member = user_client("rfranklin")
    assert_error(create_team(member, "Not an admin"), 403, 90002)


def test_get_and_rename_team(client: httpx.Client, user_client: UserClient) -> None:
    assert client.get(f"/teams/{SEED_TEAM}").json()["name"] == "Sequencing Core"
    renamed = client.patch(f"/teams/{SEED_TEAM}", json={"name": "Sequencing and Imaging"})
    assert renamed.status_code == 200
    assert renamed.json()["name"] == "Sequencing and Imaging"
    assert client.get(f"/teams/{SEED_TEAM}").json()["name"] == "Sequencing and Imaging"
    # Same name again is fine; a name another team has is not.
    assert client.patch(f"/teams/{SEED_TEAM}", json={"name": "Sequencing and Imaging"}).is_success
    create_team(client, "Other")
    assert_error(client.patch(f"/teams/{SEED_TEAM}", json={"name": "Other"}), 409, 90007)
    assert_error(client.get("/teams/nope"), 404, 90003)
    member = user_client("rfranklin")
    assert member.get(f"/teams/{SEED_TEAM}").status_code == 200
    assert_error(member.patch(f"/teams/{SEED_TEAM}", json={"name": "Mine"}), 403, 90002)
    outsider = user_client("lpauling")
    assert_error(outsider.get(f"/teams/{SEED_TEAM}"), 403, 90002)


def test_team_members(client: httpx.Client, emu: Emulator) -> None:
    members = f"/teams/{SEED_TEAM}/members"
    listed = client.get(members)
    assert listed.headers["X-Total-Matching-Query"] == "2"
    assert {m["username"]: m["role"] for m in listed.json()["items"]} == {
        "john_doe": "admin",
        "rfranklin": "member",
    }
    added = client.post(members, json={"id": "francis-crick"})
    assert added.status_code == 201
    assert added.json() == {
        "href": f"{emu.url}/users/francis-crick",
        "id": "francis-crick",
        "username": "francis-crick",
        "role": "member",
    }
    assert client.get(added.json()["href"]).status_code == 200  # the href is fetchable
    assert_error(client.post(members, json={"id": "francis-crick"}), 409, 90007)
    assert_error(client.post(members, json={"id": "lpauling"}), 403, 2001)
    assert_error(client.post(members, json={"id": "nobody"}), 404, 2002)
    assert_error(client.post(members, json={}), 400, 90000)
    removed = client.delete(f"{members}/rfranklin")
    assert removed.status_code == 204
    usernames = [m["id"] for m in client.get(members).json()["items"]]
    assert usernames == ["john_doe", "francis-crick"]
    assert_error(client.delete(f"{members}/rfranklin"), 404, 90003)


def test_only_division_admins_change_team_members(user_client: UserClient, emu: Emulator) -> None:
    member = user_client("rfranklin")
    assert member.get(f"/teams/{SEED_TEAM}/members").status_code == 200
    assert_error(member.post(f"/teams/{SEED_TEAM}/members", json={"id": "jwatson"}), 403, 90002)
    assert_error(member.delete(f"/teams/{SEED_TEAM}/members/john_doe"), 403, 90002)
    with emu.state.lock:
        assert emu.state.teams[SEED_TEAM].members == {"john_doe", "rfranklin"}


def test_joining_a_team_grants_its_project_access(
    client: httpx.Client, user_client: UserClient, emu: Emulator, bg_id: str
) -> None:
    with emu.state.lock:
        project: Project = emu.state.add_project("john_doe", "Team Work", bg_id)
    client.post(f"/projects/{project.id}/members", json={"id": SEED_TEAM, "type": "TEAM"})
    watson = user_client("jwatson")
    assert_error(watson.get(f"/projects/{project.id}"), 403, 3001)
    client.post(f"/teams/{SEED_TEAM}/members", json={"id": "jwatson"})
    assert watson.get(f"/projects/{project.id}").status_code == 200


# -- datasets --------------------------------------------------------------------------------


def test_list_datasets_mine_or_public(client: httpx.Client, emu: Emulator) -> None:
    mine = client.get("/datasets")
    assert mine.headers["X-Total-Matching-Query"] == "1"
    assert mine.json()["items"] == [
        {
            "href": f"{emu.url}/datasets/john_doe/pilot-cohort",
            "id": "john_doe/pilot-cohort",
            "name": "Pilot Cohort",
        }
    ]
    public = client.get("/datasets", params={"visibility": "public"}).json()["items"]
    assert [d["id"] for d in public] == ["rfranklin/photo-51"]
    assert (
        client.get("/datasets", params={"visibility": "PRIVATE"}).json()["items"]
        == mine.json()["items"]
    )
    assert_error(client.get("/datasets", params={"visibility": "secret"}), 400, 90000)
    full = client.get("/datasets", params={"fields": "_all"}).json()["items"][0]
    assert full["description"] == "Whole-genome samples of the pilot cohort."


def test_list_owner_datasets_shows_what_i_can_see(client: httpx.Client, emu: Emulator) -> None:
    with emu.state.lock:
        emu.state.datasets.add("rfranklin", "Unpublished")
        shared = emu.state.datasets.add("rfranklin", "Shared With Me")
        shared.members["john_doe"] = Permissions().as_dict()
    ids = [d["id"] for d in client.get("/datasets/rfranklin").json()["items"]]
    assert ids == ["rfranklin/photo-51", "rfranklin/shared-with-me"]
    assert "rfranklin/shared-with-me" in [d["id"] for d in client.get("/datasets").json()["items"]]
    assert client.get("/datasets/nobody").json()["items"] == []


def test_get_dataset_access(client: httpx.Client, emu: Emulator) -> None:
    with emu.state.lock:
        emu.state.datasets.add("rfranklin", "Unpublished")
    body = client.get("/datasets/rfranklin/photo-51").json()
    assert body == {
        "href": f"{emu.url}/datasets/rfranklin/photo-51",
        "id": "rfranklin/photo-51",
        "name": "Photo 51",
        "description": "X-ray diffraction images of DNA fibres.",
    }
    assert_error(client.get("/datasets/rfranklin/unpublished"), 403, 90002)
    assert_error(client.get("/datasets/rfranklin/nothing"), 404, 90003)


def test_update_dataset(client: httpx.Client) -> None:
    path = "/datasets/john_doe/pilot-cohort"
    response = client.patch(path, json={"name": "Pilot", "description": "Re-described"})
    assert response.status_code == 200
    assert (response.json()["name"], response.json()["description"]) == ("Pilot", "Re-described")
    assert response.json()["id"] == "john_doe/pilot-cohort"
    assert client.get(path).json()["name"] == "Pilot"
    assert client.patch(path, json={"description": None}).json()["description"] == ""
    assert_error(client.patch(path, json={"id": "john_doe/other"}), 400, 90000)
    assert_error(client.patch(path, json={"name": ""}), 400, 90000)
    assert_error(client.patch(path, json={"size": 3}), 400, 90000)
    assert client.get(path).json()["name"] == "Pilot"
    assert_error(client.patch("/datasets/rfranklin/photo-51", json={"name": "x"}), 403, 90002)


def test_dataset_members(client: httpx.Client, emu: Emulator) -> None:
    members = "/datasets/john_doe/pilot-cohort/members"
    added = client.post(members, json={"username": "francis-crick", "permissions": {"copy": True}})
    assert added.status_code == 201
    assert added.json() == {
        "href": f"{emu.url}{members}/francis-crick",
        "id": "francis-crick",
        "username": "francis-crick",
        "email": "francis.crick@example.org",
        "type": "USER",
        "permissions": {**ALL_FALSE, "read": True, "copy": True},
    }
    assert client.get(added.json()["href"]).json() == added.json()
    listed = client.get(members)
    assert [m["id"] for m in listed.json()["items"]] == ["john_doe", "francis-crick"]
    assert listed.headers["X-Total-Matching-Query"] == "2"
    assert_error(client.post(members, json={"username": "francis-crick"}), 409, 90007)
    assert_error(client.post(members, json={"username": "nobody"}), 404, 2002)
    assert_error(client.post(members, json={"permissions": {}}), 400, 3005)
    assert_error(
        client.post(members, json={"username": "jwatson", "permissions": {"fly": True}}),
        400,
        90000,
    )
    assert_error(client.get(f"{members}/jwatson"), 404, 90003)

    changed = client.patch(f"{members}/francis-crick/permissions", json={"write": True})
    assert changed.status_code == 200
    assert changed.json() == {**ALL_FALSE, "read": True, "copy": True, "write": True}
    assert client.get(f"{members}/francis-crick").json()["permissions"]["write"] is True
    owner_perms = f"{members}/john_doe/permissions"
    assert_error(client.patch(owner_perms, json={"admin": False}), 400, 90000)
    assert_error(client.delete(f"{members}/john_doe"), 400, 90000)

    assert client.delete(f"{members}/francis-crick").status_code == 204
    assert_error(client.get(f"{members}/francis-crick"), 404, 90003)


def test_dataset_member_rights(
    client: httpx.Client, user_client: UserClient, emu: Emulator
) -> None:
    members = "/datasets/john_doe/pilot-cohort/members"
    rosalind = user_client("rfranklin")
    assert_error(rosalind.get("/datasets/john_doe/pilot-cohort"), 403, 90002)
    client.post(members, json={"username": "rfranklin"})
    assert rosalind.get("/datasets/john_doe/pilot-cohort").status_code == 200
    assert [d["id"] for d in rosalind.get("/datasets").json()["items"]] == [
        "rfranklin/photo-51",
        "john_doe/pilot-cohort",
    ]
    # A plain member may look but not manage; she may leave on her own.
    assert_error(rosalind.post(members, json={"username": "jwatson"}), 403, 90002)
    assert_error(rosalind.patch("/datasets/john_doe/pilot-cohort", json={"name": "x"}), 403, 90002)
    assert_error(rosalind.delete(f"{members}/john_doe"), 403, 90002)
    assert_error(rosalind.delete("/datasets/john_doe/pilot-cohort"), 403, 90002)
    # An admin member manages members but may not delete the dataset.
    client.patch(f"{members}/rfranklin/permissions", json={"admin": True})
    assert rosalind.post(members, json={"username": "jwatson"}).status_code == 201
    assert_error(rosalind.delete("/datasets/john_doe/pilot-cohort"), 403, 90002)
    assert rosalind.delete(f"{members}/rfranklin").status_code == 204
    assert_error(rosalind.get("/datasets/john_doe/pilot-cohort"), 403, 90002)
    with emu.state.lock:
        record = emu.state.datasets.get("john_doe", "pilot-cohort")
        assert record is not None and set(record.members) == {"john_doe", "jwatson"}


def test_delete_dataset(client: httpx.Client) -> None:
    assert client.delete("/datasets/john_doe/pilot-cohort").status_code == 204
    assert_error(client.get("/datasets/john_doe/pilot-cohort"), 404, 90003)
    assert client.get("/datasets").json()["items"] == []
    assert_error(client.delete("/datasets/rfranklin/photo-51"), 403, 90002)


# -- markers ---------------------------------------------------------------------------------


def make_file(emu: Emulator, project: Project, name: str, *, folder: bool = False) -> str:
    """A file (or folder) in the project's root folder, made in the store."""
    with emu.state.lock:
        if folder:
            record = emu.state.files.add_folder(project_id=project.id, parent_id=None, name=name)
        else:
            record = emu.state.files.add_file(
                project_id=project.id, parent_id=None, name=name, size=10, blob=None
            )
        return record.id


@pytest.fixture
def bam(emu: Emulator, bg_id: str) -> str:
    """A BAM file in a project of john_doe that rfranklin may read."""
    with emu.state.lock:
        project = emu.state.add_project("john_doe", "Alignments", bg_id)
        project.members["rfranklin"] = ProjectMember("rfranklin", "USER", Permissions(read=True))
    return make_file(emu, project, "sample.bam")


def new_marker(client: httpx.Client, file_id: str, **changes: Any) -> httpx.Response:
    body = {
        "file": file_id,
        "name": "BRCA1 exon 11",
        "chromosome": "chr17",
        "position": {"start": 43091434, "end": 43094860},
    }
    return client.post("/genome/markers", json=body | changes, headers=AA)


def test_markers_need_advance_access(client: httpx.Client, bam: str) -> None:
    body = assert_error(client.get("/genome/markers", params={"file": bam}), 403, 90002)
    assert "X-SBG-Advance-Access" in body["message"]
    marker = {"file": bam, "name": "m", "chromosome": "chr1", "position": {"start": 1}}
    assert_error(client.post("/genome/markers", json=marker), 403, 90002)
    lower = client.get(
        "/genome/markers", params={"file": bam}, headers={"x-sbg-advance-access": "Advance"}
    )
    assert lower.status_code == 200


def test_marker_life_cycle(client: httpx.Client, emu: Emulator, bam: str) -> None:
    created = new_marker(client, bam)
    assert created.status_code == 201
    marker = created.json()
    assert len(marker["id"]) == 24
    assert marker | {"created_time": None} == {
        "href": f"{emu.url}/genome/markers/{marker['id']}",
        "id": marker["id"],
        "name": "BRCA1 exon 11",
        "file": bam,
        "chromosome": "chr17",
        "position": {"start": 43091434, "end": 43094860},
        "private": True,
        "created_by": "john_doe",
        "created_time": None,
    }
    assert marker["created_time"].endswith("Z")
    assert client.get(marker["href"], headers=AA).json() == marker
    listed = client.get("/genome/markers", params={"file": bam}, headers=AA)
    assert listed.json()["items"] == [
        {"href": marker["href"], "id": marker["id"], "name": "BRCA1 exon 11"}
    ]
    assert listed.headers["X-Total-Matching-Query"] == "1"

    edited = client.patch(
        marker["href"], json={"name": "Exon 11 start", "position": {"end": 43091534}}, headers=AA
    )
    assert edited.status_code == 200
    assert edited.json()["name"] == "Exon 11 start"
    assert edited.json()["position"] == {"start": 43091434, "end": 43091534}
    assert_error(
        client.patch(marker["href"], json={"position": {"start": 43091600}}, headers=AA), 400, 90000
    )
    assert_error(client.patch(marker["href"], json={"file": bam}, headers=AA), 400, 90000)
    assert client.get(marker["href"], headers=AA).json()["position"]["start"] == 43091434

    assert client.delete(marker["href"], headers=AA).status_code == 204
    assert_error(client.get(marker["href"], headers=AA), 404, 90003)
    assert client.get("/genome/markers", params={"file": bam}, headers=AA).json()["items"] == []


def test_marker_end_defaults_to_start(client: httpx.Client, bam: str) -> None:
    body = new_marker(client, bam, position={"start": 100}, private=False).json()
    assert body["position"] == {"start": 100, "end": 100}
    assert body["private"] is False


@pytest.mark.parametrize(
    "changes",
    [
        {"name": ""},
        {"chromosome": 17},
        {"position": {"start": 10, "end": 5}},
        {"position": {"start": True}},
        {"position": {"start": -1}},
        {"position": {"end": 5}},
        {"position": [1, 2]},
        {"private": "yes"},
        {"colour": "red"},
    ],
)
def test_marker_validation(client: httpx.Client, bam: str, changes: dict[str, Any]) -> None:
    assert_error(new_marker(client, bam, **changes), 400, 90000)


def test_marker_file_checks(client: httpx.Client, emu: Emulator, bam: str, bg_id: str) -> None:
    assert_error(client.get("/genome/markers", headers=AA), 400, 5004)
    assert_error(client.get("/genome/markers", params={"file": "0" * 24}, headers=AA), 404, 5002)
    assert_error(new_marker(client, "0" * 24), 404, 5002)
    assert_error(client.post("/genome/markers", json={"name": "x"}, headers=AA), 400, 5004)
    with emu.state.lock:
        alignments = next(p for p in emu.state.projects.values() if p.name == "Alignments")
        theirs = emu.state.add_project("lpauling", "Private", bg_id)
    folder = make_file(emu, alignments, "reads", folder=True)
    assert_error(new_marker(client, folder), 400, 90000)
    hidden = make_file(emu, theirs, "secret.bam")
    assert_error(new_marker(client, hidden), 403, 5001)
    assert_error(client.get("/genome/markers", params={"file": hidden}, headers=AA), 403, 5001)


def test_private_markers_are_the_creators(
    client: httpx.Client, user_client: UserClient, bam: str
) -> None:
    private = new_marker(client, bam, name="Mine").json()
    public = new_marker(client, bam, name="Shared", private=False).json()
    rosalind = user_client("rfranklin", **AA)
    listed = rosalind.get("/genome/markers", params={"file": bam}).json()["items"]
    assert [m["name"] for m in listed] == ["Shared"]
    assert_error(rosalind.get(private["href"]), 404, 90003)
    assert rosalind.get(public["href"]).json()["name"] == "Shared"
    assert_error(rosalind.patch(public["href"], json={"name": "Hers"}), 403, 90002)
    assert_error(rosalind.delete(public["href"]), 403, 90002)
    her_own = rosalind.post(
        "/genome/markers",
        json={"file": bam, "name": "Hers", "chromosome": "chr1", "position": {"start": 5}},
    )
    assert her_own.status_code == 201
    mine = client.get("/genome/markers", params={"file": bam}, headers=AA).json()["items"]
    assert [m["name"] for m in mine] == ["Mine", "Shared"]
    stranger = user_client("lpauling", **AA)
    assert_error(stranger.get(public["href"]), 404, 90003)


# -- feedback --------------------------------------------------------------------------------


def test_feedback_is_recorded(client: httpx.Client, emu: Emulator) -> None:
    sent = client.post(
        "/action/notifications/feedback",
        json={"type": "PROBLEM", "text": "Uploads stall.", "referrer": "sevenbridges-python"},
    )
    assert sent.status_code == 204
    assert (
        client.post(
            "/action/notifications/feedback", json={"type": "idea", "text": "Sort!"}
        ).status_code
        == 204
    )
    assert (
        client.post("/action/notifications/feedback", json={"text": "No type"}).status_code == 204
    )
    with emu.state.lock:
        assert emu.state.feedback == [
            {"type": "PROBLEM", "text": "Uploads stall.", "referrer": "sevenbridges-python", "user": "john_doe"},
            {"type": "IDEA", "text": "Sort!", "referrer": "", "user": "john_doe"},
            {"type": "IDEA", "text": "No type", "referrer": "", "user": "john_doe"},
        ]  # fmt: skip


@pytest.mark.parametrize(
    "body",
    [
        {"type": "RANT", "text": "x"},
        {"type": "IDEA"},
        {"type": "IDEA", "text": "  "},
        {"type": "IDEA", "text": "x", "referrer": 3},
        {"type": "IDEA", "text": "x", "mood": "happy"},
        ["IDEA", "x"],
    ],
)
def test_feedback_validation(client: httpx.Client, emu: Emulator, body: Any) -> None:
    assert_error(client.post("/action/notifications/feedback", json=body), 400, 90000)
    with emu.state.lock:
        assert emu.state.feedback == []
