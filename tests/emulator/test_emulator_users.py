"""GET /user, GET /users, GET and DELETE /users/{username}."""

from __future__ import annotations

import httpx
from emu_helpers import assert_error
from sevenbridges_emulator import Emulator

PROFILE_FIELDS = {
    "href",
    "username",
    "email",
    "first_name",
    "last_name",
    "affiliation",
    "phone",
    "address",
    "city",
    "state",
    "country",
    "zip_code",
    "role",
}


def test_current_user_has_a_full_profile(client: httpx.Client, emu: Emulator) -> None:
    user = client.get("/user").json()
    assert set(user) >= PROFILE_FIELDS
    assert all(isinstance(user[key], str) and user[key] for key in PROFILE_FIELDS)
    assert user["href"] == f"{emu.url}/users/john_doe"
    assert (user["first_name"], user["last_name"], user["role"]) == ("John", "Doe", "admin")


def test_custom_username_and_token() -> None:
    with Emulator(username="ada", token="f" * 32) as emu:
        assert emu.token == "f" * 32
        user = httpx.get(f"{emu.url}/user", headers={"X-SBG-Auth-Token": "f" * 32}).json()
        assert user["username"] == "ada"
        groups = httpx.get(f"{emu.url}/billing/groups", headers={"X-SBG-Auth-Token": "f" * 32})
        assert groups.json()["items"][0]["name"] == "Pilot Funds (ada)"


def test_list_division_users(client: httpx.Client, emu: Emulator) -> None:
    response = client.get("/users", params={"division": "the-lab"})
    body = response.json()
    usernames = [item["username"] for item in body["items"]]
    assert {"john_doe", "rfranklin", "francis-crick"} <= set(usernames)
    assert "lpauling" not in usernames
    assert response.headers["X-Total-Matching-Query"] == str(len(usernames))
    assert body["items"][1] == {"href": f"{emu.url}/users/rfranklin", "username": "rfranklin"}
    full = client.get("/users", params={"division": "the-lab", "fields": "_all"}).json()["items"]
    franklin = next(u for u in full if u["username"] == "rfranklin")
    assert (franklin["first_name"], franklin["last_name"]) == ("Rosalind", "Franklin")
    crick = next(u for u in full if u["username"] == "francis-crick")
    assert (crick["first_name"], crick["last_name"]) == ("Francis", "Crick")


def test_list_users_by_role(client: httpx.Client) -> None:
    admins = client.get("/users", params={"division": "the-lab", "role": "admin"}).json()["items"]
    assert [u["username"] for u in admins] == ["john_doe"]
    members = client.get("/users", params={"division": "the-lab", "role": "member"}).json()["items"]
    assert "john_doe" not in [u["username"] for u in members] and len(members) >= 2
    assert_error(client.get("/users", params={"division": "the-lab", "role": "boss"}), 400, 90000)


def test_list_users_needs_a_division(client: httpx.Client) -> None:
    body = assert_error(client.get("/users"), 400, 2105)
    assert "division" in body["message"]


def test_list_users_of_another_division_is_refused(client: httpx.Client) -> None:
    assert_error(client.get("/users", params={"division": "caltech-chemistry"}), 403, 2001)


def test_get_user(client: httpx.Client) -> None:
    assert client.get("/users/john_doe").json()["username"] == "john_doe"
    franklin = client.get("/users/rfranklin").json()
    assert franklin["email"] == "rosalind.franklin@example.org"
    assert_error(client.get("/users/nobody"), 404, 2002)
    assert_error(client.get("/users/lpauling"), 403, 2001)


def test_disable_user(client: httpx.Client) -> None:
    response = client.delete("/users/jwatson")
    assert response.status_code == 204 and response.content == b""
    assert_error(client.get("/users/jwatson"), 404, 2002)
    listed = client.get("/users", params={"division": "the-lab"}).json()["items"]
    assert "jwatson" not in [u["username"] for u in listed]
    assert_error(client.delete("/users/jwatson"), 404, 2002)


def test_disable_user_errors(client: httpx.Client, emu: Emulator) -> None:
    assert_error(client.delete("/users/nobody"), 404, 2002)
    assert_error(client.delete("/users/lpauling"), 403, 2001)
    assert_error(client.delete("/users/john_doe"), 400, 90000)
    with emu.state.lock:
        emu.state.users["john_doe"].role = "member"
    assert_error(client.delete("/users/rfranklin"), 403, 2001)
    assert client.get("/users/rfranklin").status_code == 200
