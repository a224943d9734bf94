"""Apps over real HTTP: public seed apps, listing filters, revisions, raw CWL, copies and syncs."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from emu_helpers import assert_error
from sevenbridges_emulator import Emulator
from sevenbridges_emulator.state import Permissions, ProjectMember

PUBLIC = "admin/sbg-public-data"
TOOL: dict[str, Any] = {
    "cwlVersion": "v1.0",
    "class": "CommandLineTool",
    "label": "Echo",
    "description": "Prints a message.",
    "baseCommand": ["echo"],
    "inputs": [{"id": "message", "type": "string"}],
    "outputs": [],
}


def other_project(emu: Emulator, bg_id: str, **permissions: bool) -> str:
    """A project of rfranklin; the main user is a member with `permissions` if any are given."""
    with emu.state.lock:
        project = emu.state.add_project("rfranklin", "Their project", bg_id)
        if permissions:
            project.members[emu.username] = ProjectMember(
                id=emu.username, type="USER", permissions=Permissions(**permissions)
            )
        return project.id


def install(client: httpx.Client, app_id: str, raw: dict[str, Any] | None = None) -> Any:
    response = client.post(f"/apps/{app_id}/raw", json=raw or TOOL)
    assert response.status_code == 200, response.text
    return response.json()


# -- listing -----------------------------------------------------------------------------------


def test_public_apps_are_seeded_and_listed_with_default_keys(client: httpx.Client) -> None:
    response = client.get("/apps", params={"visibility": "public"})
    assert response.status_code == 200
    body = response.json()
    ids = [item["id"] for item in body["items"]]
    assert f"{PUBLIC}/word-count/1" in ids and f"{PUBLIC}/fastqc/0" in ids
    assert response.headers["X-Total-Matching-Query"] == str(len(ids))
    assert all(set(item) == {"href", "id", "name"} for item in body["items"])


def test_visibility_accepts_any_casing_and_refuses_other_values(client: httpx.Client) -> None:
    upper = client.get("/apps", params={"visibility": "PUBLIC"}).json()["items"]
    assert upper == client.get("/apps", params={"visibility": "public"}).json()["items"]
    assert_error(client.get("/apps", params={"visibility": "everyone"}), 400, 6012)


def test_private_listing_shows_only_apps_of_your_projects(
    client: httpx.Client, project: dict[str, Any], emu: Emulator, bg_id: str
) -> None:
    assert client.get("/apps").json()["items"] == []
    install(client, f"{project['id']}/echo")
    owner, slug = other_project(emu, bg_id).split("/")
    with emu.state.lock:  # an app in a project the main user is not in: invisible
        emu.state.apps.add_revision(owner, slug, "hidden", TOOL, "rfranklin")
    items = client.get("/apps", params={"visibility": "private"}).json()["items"]
    assert [item["id"] for item in items] == [f"{project['id']}/echo/0"]


def test_install_into_a_project_you_are_not_in_is_refused(
    client: httpx.Client, emu: Emulator, bg_id: str
) -> None:
    response = client.post(f"/apps/{other_project(emu, bg_id)}/echo/raw", json=TOOL)
    assert_error(response, 403, 3001)


def test_full_items_with_fields_all(client: httpx.Client) -> None:
    items = client.get("/apps", params={"visibility": "public", "fields": "_all"}).json()["items"]
    assert all(item["raw"]["sbg:id"] == item["id"] for item in items)
    assert all(isinstance(item["revision"], int) and item["project"] == PUBLIC for item in items)


def test_q_terms_must_all_match_and_ids_are_ored(client: httpx.Client) -> None:
    def ids(**params: Any) -> list[str]:
        params["visibility"] = "public"
        return [i["id"] for i in client.get("/apps", params=params).json()["items"]]

    assert ids(q="words") == [f"{PUBLIC}/word-count/1"]  # matched in the description
    assert ids(q="bwa sorts") == [f"{PUBLIC}/bwa-mem-alignment/0"]
    assert ids(q=["bwa", "words"]) == []
    assert ids(id=[f"{PUBLIC}/fastqc", f"{PUBLIC}/word-count/1"]) == [
        f"{PUBLIC}/word-count/1",
        f"{PUBLIC}/fastqc/0",
    ]


def test_project_filter(
    client: httpx.Client, project: dict[str, Any], emu: Emulator, bg_id: str
) -> None:
    install(client, f"{project['id']}/echo")
    mine = client.get("/apps", params={"project": project["id"]}).json()["items"]
    assert [item["id"] for item in mine] == [f"{project['id']}/echo/0"]
    public = client.get("/apps", params={"project": PUBLIC}).json()["items"]
    assert len(public) == 4
    assert_error(client.get("/apps", params={"project": "nobody/nothing"}), 404, 3002)
    assert_error(client.get("/apps", params={"project": other_project(emu, bg_id)}), 403, 3001)
    assert_error(client.get("/apps", params={"project": "no-slash"}), 400, 3012)


def test_pages_and_their_hrefs(client: httpx.Client) -> None:
    first = client.get("/apps", params={"visibility": "public", "limit": 3})
    assert len(first.json()["items"]) == 3
    next_link = next(link for link in first.json()["links"] if link["rel"] == "next")
    second = client.get(next_link["href"])
    assert second.headers["X-Total-Matching-Query"] == "4"
    assert len(second.json()["items"]) == 1
    assert client.get(second.json()["href"]).json() == second.json()


# -- one app -----------------------------------------------------------------------------------


def test_get_latest_and_one_revision(client: httpx.Client) -> None:
    latest = client.get(f"/apps/{PUBLIC}/word-count").json()
    assert latest["id"] == f"{PUBLIC}/word-count/1"
    assert latest["revision"] == 1 and latest["name"] == "Word Count"
    assert latest["raw"]["sbg:latestRevision"] == 1
    assert client.get(latest["href"]).json() == latest
    first = client.get(f"/apps/{PUBLIC}/word-count/0").json()
    assert first["revision"] == 0 and first["raw"]["sbg:revision"] == 0
    assert first["raw"]["sbg:latestRevision"] == 1
    assert [i["id"] for i in first["raw"]["inputs"]] == ["input_file"]


def test_missing_apps_revisions_and_malformed_revisions(client: httpx.Client) -> None:
    assert_error(client.get(f"/apps/{PUBLIC}/no-such-app"), 404, 6002)
    assert_error(client.get(f"/apps/{PUBLIC}/word-count/7"), 404, 6002)
    assert_error(client.get(f"/apps/{PUBLIC}/word-count/latest"), 400, 6011)


def test_apps_of_projects_you_cannot_read_are_forbidden(
    client: httpx.Client, emu: Emulator, bg_id: str
) -> None:
    theirs = other_project(emu, bg_id)
    with emu.state.lock:
        owner, slug = theirs.split("/")
        emu.state.apps.add_revision(owner, slug, "secret", TOOL, "rfranklin")
    assert_error(client.get(f"/apps/{theirs}/secret"), 403, 6001)
    assert_error(client.get(f"/apps/{theirs}/secret/0/raw"), 403, 6001)


def test_raw_of_latest_and_of_a_revision(client: httpx.Client) -> None:
    raw = client.get(f"/apps/{PUBLIC}/word-count/raw").json()
    assert raw["sbg:id"] == f"{PUBLIC}/word-count/1" and raw["class"] == "CommandLineTool"
    old = client.get(f"/apps/{PUBLIC}/word-count/0/raw").json()
    assert old["sbg:id"] == f"{PUBLIC}/word-count/0"


# -- installing and revisions ------------------------------------------------------------------


def test_install_creates_revision_zero_then_the_next_ones(
    client: httpx.Client, project: dict[str, Any]
) -> None:
    app_id = f"{project['id']}/echo"
    first = install(client, app_id)
    assert first["sbg:id"] == f"{app_id}/0" and first["label"] == "Echo"
    app = client.get(f"/apps/{first['sbg:id']}").json()
    assert app["revision"] == 0 and app["project"] == project["id"]
    second = install(client, app_id, {**TOOL, "label": "Echo 2"})
    assert second["sbg:id"] == f"{app_id}/1"
    latest = client.get(f"/apps/{app_id}").json()
    assert latest["name"] == "Echo 2" and latest["raw"]["sbg:latestRevision"] == 1


def test_install_ignores_annotations_sent_in_the_raw(
    client: httpx.Client, project: dict[str, Any]
) -> None:
    public_raw = client.get(f"/apps/{PUBLIC}/word-count/raw").json()
    installed = install(client, f"{project['id']}/my-count", public_raw)
    assert installed["sbg:id"] == f"{project['id']}/my-count/0"
    assert installed["sbg:project"] == project["id"] and "sbg:copyOf" not in installed


def test_install_accepts_yaml(client: httpx.Client, project: dict[str, Any]) -> None:
    yaml_cwl = "cwlVersion: v1.0\nclass: CommandLineTool\nlabel: From YAML\nbaseCommand: [ls]\n"
    response = client.post(
        f"/apps/{project['id']}/listing/raw",
        content=yaml_cwl.encode(),
        headers={"Content-Type": "application/yaml"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["label"] == "From YAML"


def test_install_refuses_bodies_that_are_not_cwl(
    client: httpx.Client, project: dict[str, Any]
) -> None:
    url = f"/apps/{project['id']}/bad/raw"
    assert_error(client.post(url, json={"class": "Nonsense"}), 400, 90000)
    assert_error(client.post(url, json=[1, 2]), 400, 90000)
    assert_error(
        client.post(url, content=b"{not json", headers={"Content-Type": "application/json"}),
        400,
        90009,
    )
    assert_error(client.post(url), 400, 90000)


def test_install_needs_write_permission_and_an_existing_project(
    client: httpx.Client, emu: Emulator, bg_id: str
) -> None:
    read_only = other_project(emu, bg_id, read=True)
    assert_error(client.post(f"/apps/{read_only}/echo/raw", json=TOOL), 403, 6001)
    assert_error(client.post(f"/apps/{PUBLIC}/echo/raw", json=TOOL), 403, 6001)
    assert_error(client.post("/apps/nobody/nothing/echo/raw", json=TOOL), 404, 3002)


def test_create_revision_must_be_the_next_one(
    client: httpx.Client, project: dict[str, Any]
) -> None:
    app_id = f"{project['id']}/echo"
    assert client.post(f"/apps/{app_id}/0/raw", json=TOOL).json()["sbg:id"] == f"{app_id}/0"
    assert client.post(f"/apps/{app_id}/1/raw", json=TOOL).json()["sbg:revision"] == 1
    assert_error(client.post(f"/apps/{app_id}/1/raw", json=TOOL), 409, 6003)
    assert_error(client.post(f"/apps/{app_id}/5/raw", json=TOOL), 400, 90000)
    assert_error(client.post(f"/apps/{project['id']}/other/3/raw", json=TOOL), 404, 6002)


# -- copies and syncs --------------------------------------------------------------------------


def test_clone_copies_every_revision_and_remembers_the_source(
    client: httpx.Client, project: dict[str, Any]
) -> None:
    response = client.post(
        f"/apps/{PUBLIC}/word-count/actions/copy", json={"project": project["id"]}
    )
    assert response.status_code == 200, response.text
    copied = response.json()
    assert copied["id"] == f"{project['id']}/word-count/1"
    assert copied["raw"]["sbg:copyOf"] == f"{PUBLIC}/word-count/1"
    zero = client.get(f"/apps/{project['id']}/word-count/0").json()
    assert zero["raw"]["sbg:copyOf"] == f"{PUBLIC}/word-count/0"


def test_direct_copy_takes_the_latest_revision_under_a_new_name(
    client: httpx.Client, project: dict[str, Any]
) -> None:
    copied = client.post(
        f"/apps/{PUBLIC}/word-count/actions/copy",
        json={"project": project["id"], "name": "My Counter", "strategy": "direct"},
    ).json()
    assert copied["id"] == f"{project['id']}/my-counter/0"
    assert copied["name"] == "My Counter"
    assert copied["raw"]["sbg:copyOf"] == f"{PUBLIC}/word-count/1"


def test_copy_of_a_given_revision(client: httpx.Client, project: dict[str, Any]) -> None:
    copied = client.post(
        f"/apps/{PUBLIC}/word-count/0/actions/copy",
        json={"project": project["id"], "strategy": "transient", "use_revision": True},
    ).json()
    assert copied["revision"] == 0
    assert copied["raw"]["sbg:copyOf"] == f"{PUBLIC}/word-count/0"
    assert [i["id"] for i in copied["raw"]["inputs"]] == ["input_file"]


def test_copy_errors(
    client: httpx.Client, project: dict[str, Any], emu: Emulator, bg_id: str
) -> None:
    url = f"/apps/{PUBLIC}/fastqc/actions/copy"
    assert client.post(url, json={"project": project["id"]}).status_code == 200
    assert_error(client.post(url, json={"project": project["id"]}), 409, 6003)
    assert_error(client.post(url, json={}), 400, 6009)
    assert_error(client.post(url, json={"project": project["id"], "strategy": "x"}), 400, 90000)
    read_only = other_project(emu, bg_id, read=True)
    assert_error(client.post(url, json={"project": read_only}), 403, 6001)
    assert_error(client.post(f"/apps/{PUBLIC}/nothing/actions/copy", json={}), 404, 6002)


def test_sync_brings_the_sources_new_revision(
    client: httpx.Client, project: dict[str, Any], bg_id: str
) -> None:
    source = f"{project['id']}/echo"
    install(client, source)
    target = client.post("/projects", json={"name": "Target", "billing_group": bg_id}).json()
    copy_body = {"project": target["id"], "strategy": "clone"}
    copied = client.post(f"/apps/{source}/actions/copy", json=copy_body).json()
    assert copied["revision"] == 0
    install(client, source, {**TOOL, "label": "Echo, improved"})
    synced = client.post(f"/apps/{target['id']}/echo/actions/sync", content=b"null")
    assert synced.status_code == 200, synced.text
    assert synced.json()["revision"] == 1 and synced.json()["name"] == "Echo, improved"
    assert synced.json()["raw"]["sbg:copyOf"] == f"{source}/1"
    again = client.post(f"/apps/{target['id']}/echo/actions/sync").json()
    assert again["revision"] == 1  # nothing new


def test_sync_needs_a_copy_that_follows_its_source(
    client: httpx.Client, project: dict[str, Any]
) -> None:
    install(client, f"{project['id']}/echo")
    assert_error(client.post(f"/apps/{project['id']}/echo/actions/sync"), 400, 90000)
    client.post(
        f"/apps/{PUBLIC}/fastqc/actions/copy",
        json={"project": project["id"], "strategy": "direct"},
    )
    assert_error(client.post(f"/apps/{project['id']}/fastqc/actions/sync"), 400, 90000)


@pytest.mark.parametrize("path", ["/apps/", f"/apps/{PUBLIC}/word-count/"])
def test_trailing_slashes(client: httpx.Client, path: str) -> None:
    assert client.get(path, params={"visibility": "public"}).status_code == 200


def test_copying_a_private_app_needs_copy_permission(
    client: httpx.Client, project: dict[str, Any], emu: Emulator, bg_id: str
) -> None:
    theirs = other_project(emu, bg_id, read=True)
    owner, slug = theirs.split("/")
    with emu.state.lock:
        emu.state.apps.add_revision(owner, slug, "tool", TOOL, "rfranklin")
    url = f"/apps/{theirs}/tool/actions/copy"
    assert_error(client.post(url, json={"project": project["id"]}), 403, 6001)
    with emu.state.lock:
        emu.state.projects[theirs].members[emu.username].permissions.copy = True
    assert (
        client.post(url, json={"project": project["id"]}).json()["id"] == f"{project['id']}/tool/0"
    )
