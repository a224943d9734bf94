"""Authentication and the advance-access header."""

from __future__ import annotations

import httpx
import pytest
from emu_helpers import assert_error
from sevenbridges_emulator import Emulator
from sevenbridges_emulator.context import Context
from sevenbridges_emulator.handlers import API_ROUTE_TABLES
from sevenbridges_emulator.request import Request
from sevenbridges_emulator.routing import RouteTable
from sevenbridges_emulator.wire import Response, ok


def test_missing_token_is_401_with_rate_headers(anon: httpx.Client) -> None:
    response = anon.get("/user")
    body = assert_error(response, 401, 90001)
    assert body["message"] == "Unauthorized."
    assert response.headers["X-RateLimit-Limit"] == "1000"


def test_wrong_token_is_401(anon: httpx.Client) -> None:
    assert_error(anon.get("/user", headers={"X-SBG-Auth-Token": "0" * 32}), 401, 90001)
    assert_error(anon.get("/user", headers={"Authorization": "Bearer nope"}), 401, 90001)


def test_bearer_token_is_accepted(emu: Emulator, anon: httpx.Client) -> None:
    response = anon.get("/user", headers={"Authorization": f"Bearer {emu.token}"})
    assert response.status_code == 200
    assert response.json()["username"] == "john_doe"


def test_auth_header_name_is_case_insensitive(emu: Emulator, anon: httpx.Client) -> None:
    response = anon.get("/user", headers={"x-sbg-auth-token": emu.token})
    assert response.status_code == 200


def test_only_the_main_user_has_a_token(emu: Emulator) -> None:
    with emu.state.lock:
        assert list(emu.state.tokens.values()) == ["john_doe"]


def test_disabled_users_token_stops_working(emu: Emulator, client: httpx.Client) -> None:
    with emu.state.lock:
        emu.state.users["john_doe"].disabled = True
    assert_error(client.get("/user"), 401, 90001)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("X-SBG-Advance-Access", "advance"),
        ("X-Sbg-Advance-Access", "Advance"),
        ("x-sbg-advance-access", "ADVANCE"),
    ],
)
def test_advance_access_header_any_casing(
    client: httpx.Client, project: dict[str, object], name: str, value: str
) -> None:
    plain = client.get(f"/projects/{project['id']}")
    assert "root_folder" not in plain.json()
    advanced = client.get(f"/projects/{project['id']}", headers={name: value})
    assert len(advanced.json()["root_folder"]) == 24


def test_route_requiring_advance_access_refuses_without_header() -> None:
    extra = RouteTable()

    @extra.get("/beta", advance_access_required=True)
    def beta(req: Request, ctx: Context) -> Response:
        return ok({"beta": True})

    with Emulator(route_tables=[*API_ROUTE_TABLES, extra]) as emu:
        headers = {"X-SBG-Auth-Token": emu.token}
        refused = httpx.get(f"{emu.url}/beta", headers=headers)
        body = assert_error(refused, 403, 90002)
        assert (
            body["message"] == "Advance access feature needs X-SBG-Advance-Access: advance header."
        )
        allowed = httpx.get(
            f"{emu.url}/beta", headers={**headers, "X-SBG-Advance-Access": "advance"}
        )
        assert allowed.json() == {"beta": True}
