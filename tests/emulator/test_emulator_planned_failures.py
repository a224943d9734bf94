"""Planned failures: exactly one chosen API request fails, deterministically (the overlay's "the
second chunk of a bulk call fails" tests stand on this)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from emu_helpers import assert_error
from sevenbridges_emulator import Emulator, Faults
from sevenbridges_emulator.control import FaultControl, FaultControlError


def new_folder(client: httpx.Client, project: dict[str, Any], name: str) -> httpx.Response:
    return client.post("/files", json={"name": name, "project": project["id"], "type": "FOLDER"})


def test_the_nth_matching_request_fails_once(
    client: httpx.Client, emu: Emulator, project: dict[str, Any]
) -> None:
    emu.fail_request("POST", "/bulk/tasks/get", nth=2)
    body = {"task_ids": []}
    client.get("/user")  # other requests do not count
    assert client.post("/bulk/tasks/get", json=body).status_code == 200
    failed = client.post("/bulk/tasks/get", json=body)
    assert_error(failed, 500, 90004)
    assert "Planned failure" in failed.json()["message"]
    assert failed.headers["X-RateLimit-Limit"] and failed.headers["X-Request-Id"]
    assert [client.post("/bulk/tasks/get", json=body).status_code for _ in range(3)] == [200] * 3
    assert emu.faults.planned_failures() == []


def test_a_failure_before_handling_changes_nothing(
    client: httpx.Client, emu: Emulator, project: dict[str, Any]
) -> None:
    emu.fail_request("POST", "/files", status=503)
    assert_error(new_folder(client, project, "a"), 503, 90005)
    names = [
        i["name"] for i in client.get("/files", params={"project": project["id"]}).json()["items"]
    ]
    assert names == []


def test_a_failure_after_handling_loses_only_the_answer(
    client: httpx.Client, emu: Emulator, project: dict[str, Any]
) -> None:
    emu.fail_request("POST", "/files", after_handling=True)
    assert_error(new_folder(client, project, "done"), 500, 90004)
    names = [
        i["name"] for i in client.get("/files", params={"project": project["id"]}).json()["items"]
    ]
    assert names == ["done"]  # carried out; the caller cannot know


def test_a_dropped_answer_and_path_patterns(
    client: httpx.Client, emu: Emulator, project: dict[str, Any]
) -> None:
    emu.fail_request("*", "/tasks/*", drop=True)
    assert client.get("/tasks").status_code == 200  # `/tasks` is not `/tasks/*`
    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/tasks/00000000-0000-4000-8000-000000000000")
    assert_error(client.get("/tasks/00000000-0000-4000-8000-000000000000"), 404, 7002)


def test_planned_failures_count_independently_and_clear(
    emu: Emulator, client: httpx.Client
) -> None:
    emu.fail_request("GET", "/user", nth=1, status=429)
    emu.fail_request("GET", "/user", nth=3, status=502)
    assert_error(client.get("/user"), 429, 1000)
    assert client.get("/user").status_code == 200
    assert client.get("/user").status_code == 502
    emu.fail_request("GET", "/user")
    emu.faults.clear()
    assert client.get("/user").status_code == 200


def test_bad_plans_are_refused() -> None:
    faults = Faults()
    for bad in (
        {"nth": 0},
        {"status": 200},
        {"status": True},
        {"path": "tasks"},
        {"drop": "yes"},
        {"method": ""},
    ):
        with pytest.raises(ValueError):
            faults.fail_request(**bad)
    assert faults.planned_failures() == []


def test_planned_failures_over_the_control_api(emu: Emulator, client: httpx.Client) -> None:
    control = FaultControl(emu.url)
    pending = control.fail_request("GET", "/user", nth=2)
    assert pending == [
        {
            "method": "GET",
            "path": "/user",
            "nth": 2,
            "status": 500,
            "drop": False,
            "after_handling": False,
            "seen": 0,
        }
    ]
    assert client.get("/user").status_code == 200
    assert control.planned_failures()[0]["seen"] == 1
    assert_error(client.get("/user"), 500, 90004)
    assert control.planned_failures() == []
    with pytest.raises(FaultControlError, match="nth"):
        control.fail_request("GET", "/user", nth=-1)
    with httpx.Client(base_url=emu.control_url, timeout=10) as raw:
        assert_error(raw.post("/request-failures", json={"when": "now"}), 400, 90000)
        raw.post("/request-failures", json={"path": "/user"})
        assert raw.delete("/request-failures").json() == {"pending": []}
    assert client.get("/user").status_code == 200
