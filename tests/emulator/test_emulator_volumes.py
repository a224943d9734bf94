"""Volumes over real HTTP: creation by service type, reading, editing, deactivation and deletion,
the continuation-token listing of a bucket, single objects, members and access checks."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from emu_helpers import assert_error
from sevenbridges_emulator import Emulator
from sevenbridges_emulator.stores.volumes import (
    VolumeMemberRecord,
    VolumePermissions,
    VolumeRecord,
    put_object,
)

S3_KEYS = {"access_key_id": "AKIAEXAMPLE", "secret_access_key": "very-secret"}
PEM = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY-----\n"
TEAM = "5ec0a5e0-7ea3-4c0e-9b1a-000000000001"  # the seeded team of the main user and rfranklin


def s3_service(**extra: Any) -> dict[str, Any]:
    return {"type": "s3", "bucket": "lab-data", "credentials": dict(S3_KEYS), **extra}


def create(client: httpx.Client, name: str = "lab_data", **body: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {"name": name, "service": s3_service()}
    payload.update(body)
    response = client.post("/storage/volumes", json=payload)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def their_volume(emu: Emulator, **permissions: bool) -> str:
    """A volume of rfranklin; the main user is a member with `permissions` if any are given."""
    with emu.state.lock:
        volume = emu.state.volumes.add(
            VolumeRecord(owner="rfranklin", name="their_data", service=s3_service())
        )
        if permissions:
            volume.members[emu.username] = VolumeMemberRecord(
                id=emu.username, type="USER", permissions=VolumePermissions(**permissions)
            )
        return volume.id


# -- creation ------------------------------------------------------------------------------------


def test_create_an_s3_volume_hides_secrets_and_fills_defaults(client: httpx.Client) -> None:
    volume = create(client, description="Runs", access_mode="RW")
    assert volume["id"] == "john_doe/lab_data"
    assert volume["href"].endswith("/v2/storage/volumes/john_doe/lab_data")
    assert volume["access_mode"] == "RW" and volume["active"] is True
    service = volume["service"]
    assert service["type"] == "S3" and service["bucket"] == "lab-data"
    assert service["endpoint"] == "s3.amazonaws.com" and service["prefix"] == ""
    assert service["credentials"] == {"access_key_id": "AKIAEXAMPLE"}
    assert client.get(volume["href"]).json() == volume


def test_every_service_type_is_accepted_with_its_own_credentials(client: httpx.Client) -> None:
    role = {"type": "S3", "bucket": "b", "credentials": {"role_arn": "arn:x", "external_id": "e"}}
    gcs = {"type": "gcs", "bucket": "b", "credentials": {"client_email": "a@b", "private_key": PEM}}
    gcs_iam = {"type": "GCS", "bucket": "b", "credentials": {"configuration": {"audience": "x"}}}
    azure = {
        "type": "azure",
        "storage_account": "acct",
        "container": "c",
        "credentials": {"sas": "sv=2022&sig=x"},
    }
    oss = {
        "type": "OSS",
        "endpoint": "oss-cn-hangzhou.aliyuncs.com",
        "bucket": "b",
        "credentials": dict(S3_KEYS),
    }
    cases = [("role", role, "RW"), ("gcs", gcs, "RW"), ("gcs_iam", gcs_iam, "RO")]
    cases += [("azure", azure, "RO"), ("oss", oss, "RO")]
    for name, service, mode in cases:
        volume = create(client, name, service=service, access_mode=mode)
        assert volume["service"]["type"] == service["type"].upper()
        credentials = volume["service"]["credentials"]
        assert not {"private_key", "sas", "secret_access_key"} & set(credentials), credentials
    listed = client.get("/storage/volumes", params={"fields": "_all"}).json()["items"]
    assert [v["name"] for v in listed] == [name for name, _, _ in cases]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"service": s3_service()}, 9013),
        ({"name": "has-dash", "service": s3_service()}, 9014),
        ({"name": "x" * 33, "service": s3_service()}, 9014),
        ({"name": "ok", "access_mode": "WO", "service": s3_service()}, 9015),
        ({"name": "ok"}, 9016),
        ({"name": "ok", "service": {"type": "dropbox", "credentials": {}}}, 9017),
        ({"name": "ok", "service": {"type": "s3", "bucket": "b"}}, 9017),
        ({"name": "ok", "service": s3_service(credentials={"access_key_id": "only"})}, 9017),
        ({"name": "ok", "service": s3_service(properties={"sse_algorithm": "rot13"})}, 9032),
        (
            {
                "name": "ok",
                "service": {
                    "type": "gcs",
                    "bucket": "b",
                    "credentials": {"client_email": "a@b", "private_key": "not a key"},
                },
            },
            9025,
        ),
        (
            {
                "name": "ok",
                "access_mode": "RW",
                "service": {
                    "type": "OSS",
                    "endpoint": "e",
                    "bucket": "b",
                    "credentials": dict(S3_KEYS),
                },
            },
            9017,
        ),
        ({"name": "ok", "service": s3_service(), "colour": "red"}, 9011),
    ],
)
def test_invalid_volumes_are_refused_with_their_codes(
    client: httpx.Client, body: dict[str, Any], code: int
) -> None:
    assert_error(client.post("/storage/volumes", json=body), 400, code)
    assert client.get("/storage/volumes").json()["items"] == []


def test_a_volume_name_is_unique_per_owner(client: httpx.Client) -> None:
    create(client)
    assert_error(
        client.post("/storage/volumes", json={"name": "lab_data", "service": s3_service()}),
        409,
        9010,
    )


# -- reading, editing, deleting ------------------------------------------------------------------


def test_list_is_paginated_with_totals_and_default_keys(client: httpx.Client) -> None:
    for n in range(3):
        create(client, f"vol_{n}")
    page = client.get("/storage/volumes", params={"limit": 2})
    assert page.headers["X-Total-Matching-Query"] == "3"
    body = page.json()
    assert [set(item) for item in body["items"]] == [{"href", "id", "name"}] * 2
    (link,) = body["links"]
    assert link["rel"] == "next"
    rest = client.get(link["href"]).json()
    assert [item["name"] for item in rest["items"]] == ["vol_2"]


def test_update_description_mode_credentials_and_properties(client: httpx.Client) -> None:
    volume = create(client)
    changes = {
        "description": "New",
        "access_mode": "RO",
        "service": {
            "credentials": {"access_key_id": "AKIANEW", "secret_access_key": "s2"},
            "properties": {"sse_algorithm": "AES256"},
        },
    }
    updated = client.patch(volume["href"], json=changes)
    assert updated.status_code == 200, updated.text
    body = updated.json()
    assert body["description"] == "New" and body["access_mode"] == "RO"
    assert body["service"]["credentials"] == {"access_key_id": "AKIANEW"}
    assert body["service"]["properties"] == {"sse_algorithm": "AES256"}
    assert body["service"]["bucket"] == "lab-data"
    bad = client.patch(volume["href"], json={"service": {"properties": {"sse_algorithm": "x"}}})
    assert_error(bad, 400, 9032)
    assert_error(client.patch(volume["href"], json={"name": "renamed"}), 400, 9011)
    assert_error(client.patch(volume["href"], json={"service": {"type": "gcs"}}), 400, 9017)
    assert client.get(volume["href"]).json()["service"]["properties"] == {"sse_algorithm": "AES256"}


def test_deactivate_reactivate_and_delete(client: httpx.Client) -> None:
    volume = create(client)
    refused = client.delete(volume["href"])
    assert_error(refused, 400, 90000)
    assert "deactivate" in refused.json()["message"]
    assert client.patch(volume["href"], json={"active": False}).json()["active"] is False
    assert client.patch(volume["href"], json={"active": True}).json()["active"] is True
    client.patch(volume["href"], json={"active": False})
    deleted = client.delete(volume["href"], headers={"Content-Type": "application/json"})
    assert deleted.status_code == 204
    assert_error(client.get(volume["href"]), 404, 9007)


def test_access_needs_membership_and_admin_for_changes(emu: Emulator, client: httpx.Client) -> None:
    hidden = their_volume(emu)
    assert_error(client.get(f"/storage/volumes/{hidden}"), 403, 9020)
    assert client.get("/storage/volumes").json()["items"] == []
    with emu.state.lock:
        emu.state.volumes.delete(emu.state.volumes.volumes[hidden])
    readable = their_volume(emu, read=True)
    assert client.get(f"/storage/volumes/{readable}").status_code == 200
    assert_error(client.patch(f"/storage/volumes/{readable}", json={"description": "x"}), 403, 9020)
    assert_error(client.delete(f"/storage/volumes/{readable}"), 403, 9020)
    assert_error(client.get("/storage/volumes/nobody/nothing"), 404, 9007)


def test_team_membership_grants_access(emu: Emulator, client: httpx.Client) -> None:
    volume_id = their_volume(emu)
    with emu.state.lock:
        emu.state.volumes.volumes[volume_id].members[TEAM] = VolumeMemberRecord(
            id=TEAM, type="TEAM", permissions=VolumePermissions(read=True)
        )
    assert client.get(f"/storage/volumes/{volume_id}").status_code == 200
    listed = client.get("/storage/volumes").json()["items"]
    assert [item["id"] for item in listed] == [volume_id]


# -- contents ------------------------------------------------------------------------------------


@pytest.fixture
def filled(emu: Emulator, client: httpx.Client) -> dict[str, Any]:
    volume = create(client)
    for location in ("README.txt", "reads/a.fq", "reads/b.fq", "reads/deep/c.fq", "z.txt"):
        put_object(emu.state, volume["id"], location, location.encode(), {"origin": location})
    return volume


def test_listing_the_top_level_shows_objects_and_prefixes(
    client: httpx.Client, filled: dict[str, Any]
) -> None:
    response = client.get(f"{filled['href']}/list")
    assert "X-Total-Matching-Query" not in response.headers
    body = response.json()
    assert body["href"] == str(response.request.url)
    assert [item["location"] for item in body["items"]] == ["README.txt", "z.txt"]
    assert body["items"][0] == {
        "href": f"{filled['href']}/object?location=README.txt",
        "location": "README.txt",
        "volume": filled["id"],
        "type": "s3",
        "metadata": {"origin": "README.txt"},
    }
    assert body["prefixes"] == [
        {"href": f"{filled['href']}/list?prefix=reads/", "prefix": "reads/", "volume": filled["id"]}
    ]
    assert body["links"] == []


def test_listing_a_prefix_and_following_its_prefix_href(
    client: httpx.Client, filled: dict[str, Any]
) -> None:
    top = client.get(f"{filled['href']}/list").json()
    reads = client.get(top["prefixes"][0]["href"]).json()
    assert [item["location"] for item in reads["items"]] == ["reads/a.fq", "reads/b.fq"]
    assert [p["prefix"] for p in reads["prefixes"]] == ["reads/deep/"]


def test_continuation_tokens_walk_every_entry_once(
    client: httpx.Client, filled: dict[str, Any]
) -> None:
    seen: list[str] = []
    url: str | None = f"{filled['href']}/list?limit=1"
    pages = 0
    while url is not None:
        body = client.get(url).json()
        pages += 1
        seen += [item["location"] for item in body["items"]]
        seen += [p["prefix"] for p in body["prefixes"]]
        assert len(body["items"]) + len(body["prefixes"]) == 1
        links = body["links"]
        assert all(set(link) == {"next"} for link in links)
        url = links[0]["next"] if links else None
        if url is not None:
            assert "continuation_token=" in url and "limit=1" in url
    assert seen == ["README.txt", "reads/", "z.txt"] and pages == 3
    bad = client.get(f"{filled['href']}/list", params={"continuation_token": "%%%"})
    assert_error(bad, 400, 9011)


def test_listing_with_fields_selects_item_keys(
    client: httpx.Client, filled: dict[str, Any]
) -> None:
    body = client.get(f"{filled['href']}/list", params={"fields": "location"}).json()
    assert body["items"][0] == {
        "href": f"{filled['href']}/object?location=README.txt",
        "location": "README.txt",
    }


def test_get_one_object(client: httpx.Client, filled: dict[str, Any]) -> None:
    response = client.get(f"{filled['href']}/object", params={"location": "reads/deep/c.fq"})
    assert response.status_code == 200, response.text
    assert response.json()["metadata"] == {"origin": "reads/deep/c.fq"}
    assert client.get(response.json()["href"]).json() == response.json()
    missing = client.get(f"{filled['href']}/object", params={"location": "nope"})
    assert_error(missing, 404, 9105)
    assert_error(client.get(f"{filled['href']}/object"), 400, 9011)


# -- members -------------------------------------------------------------------------------------


def test_members_add_get_change_and_remove(client: httpx.Client) -> None:
    volume = create(client)
    members_url = f"{volume['href']}/members"
    owner = client.get(members_url).json()["items"]
    assert owner == [{"href": f"{members_url}/john_doe", "id": "john_doe", "username": "john_doe"}]
    added = client.post(members_url, json={"username": "rfranklin", "permissions": {"copy": True}})
    assert added.status_code == 201, added.text
    assert added.json()["permissions"] == {
        "read": True,
        "copy": True,
        "write": False,
        "admin": False,
    }
    assert added.json()["email"] == "rosalind.franklin@example.org"
    assert_error(client.post(members_url, json={"username": "rfranklin"}), 409, 90007)
    assert_error(client.post(members_url, json={"username": "ghost"}), 404, 2002)
    assert_error(client.post(members_url, json={"permissions": {"read": True}}), 400, 3005)
    team = client.post(members_url, json={"id": TEAM, "type": "TEAM"})
    assert team.json()["type"] == "TEAM"
    changed = client.patch(f"{members_url}/rfranklin/permissions", json={"write": True})
    assert changed.json() == {"read": True, "copy": True, "write": True, "admin": False}
    admin = client.patch(f"{members_url}/rfranklin/permissions", json={"admin": True}).json()
    assert all(admin.values())
    assert client.get(f"{members_url}/rfranklin").json()["permissions"] == admin
    bad = client.patch(f"{members_url}/rfranklin/permissions", json={"execute": True})
    assert_error(bad, 400, 9011)
    assert client.delete(f"{members_url}/rfranklin").status_code == 204
    assert_error(client.get(f"{members_url}/rfranklin"), 404, 9012)
    total = client.get(members_url).headers["X-Total-Matching-Query"]
    assert total == "2"


def test_the_last_admin_stays(client: httpx.Client) -> None:
    volume = create(client)
    me = f"{volume['href']}/members/john_doe"
    assert_error(client.delete(me), 400, 9011)
    assert_error(client.patch(f"{me}/permissions", json={"admin": False}), 400, 9011)


def test_a_reader_may_leave_but_not_manage(emu: Emulator, client: httpx.Client) -> None:
    volume_id = their_volume(emu, read=True)
    members_url = f"/storage/volumes/{volume_id}/members"
    assert_error(client.post(members_url, json={"username": "jwatson"}), 403, 9020)
    assert_error(client.delete(f"{members_url}/rfranklin"), 403, 9020)
    assert client.delete(f"{members_url}/john_doe").status_code == 204
    assert_error(client.get(f"/storage/volumes/{volume_id}"), 403, 9020)
