"""Rate limit, maintenance, injected errors, dropped connections, latency, and the control API."""

from __future__ import annotations

import time

import httpx
import pytest
from emu_helpers import assert_error
from sevenbridges_emulator import Emulator, Faults
from sevenbridges_emulator.control import FaultControl, FaultControlError


def remaining(response: httpx.Response) -> int:
    return int(response.headers["X-RateLimit-Remaining"])


def test_rate_limit_headers_decrement(client: httpx.Client) -> None:
    first = client.get("/user")
    second = client.get("/user")
    assert first.headers["X-RateLimit-Limit"] == "1000"
    assert remaining(first) == 999
    assert remaining(second) == 998
    reset = int(first.headers["X-RateLimit-Reset"])
    assert time.time() < reset <= time.time() + 301
    assert second.headers["X-Request-Id"] != first.headers["X-Request-Id"]


def test_past_the_limit_is_429(emu: Emulator, client: httpx.Client) -> None:
    emu.faults.rate_limit = 3
    for _ in range(3):
        assert client.get("/user").status_code == 200
    refused = client.get("/user")
    body = assert_error(refused, 429, 1000)
    assert body["message"] == "Rate limit exceeded! Check response headers."
    assert remaining(refused) == 0
    emu.rate_limiter.reset()
    assert client.get("/user").status_code == 200


def test_rate_limit_endpoint_is_not_counted(emu: Emulator, client: httpx.Client) -> None:
    emu.faults.rate_limit = 2
    client.get("/user")
    for _ in range(5):
        response = client.get("/rate_limit")
        assert response.status_code == 200
    body = response.json()
    assert body["rate"]["limit"] == 2
    assert body["rate"]["remaining"] == 1
    assert body["rate"]["reset"] == int(response.headers["X-RateLimit-Reset"])
    assert body["instance_limit"] == {"limit": -1, "remaining": 9223372036854775807}


def test_window_ends_and_the_count_starts_again(emu: Emulator, client: httpx.Client) -> None:
    emu.faults.rate_limit, emu.faults.rate_window = 1, 0.3
    assert client.get("/user").status_code == 200
    assert client.get("/user").status_code == 429
    time.sleep(0.35)
    assert client.get("/user").status_code == 200


def test_maintenance_on_and_off(emu: Emulator, client: httpx.Client, anon: httpx.Client) -> None:
    emu.faults.maintenance = True
    body = assert_error(client.get("/user"), 503, 0)
    assert body["message"] == "The Platform is currently under maintenance."
    assert_error(anon.get("/user"), 503, 0)  # checked before authentication
    emu.faults.maintenance = False
    assert client.get("/user").status_code == 200


def test_maintenance_for_some_seconds(emu: Emulator, client: httpx.Client) -> None:
    emu.faults.set_maintenance(0.5)
    assert_error(client.get("/user"), 503, 0)
    time.sleep(0.55)
    assert client.get("/user").status_code == 200
    assert emu.faults.maintenance is False


def test_error_rate_one_gives_json_500(emu: Emulator, client: httpx.Client) -> None:
    emu.faults.error_rate = 1.0
    body = assert_error(client.get("/user"), 500, 90004)
    assert body["message"] == "Unexpected error happened."
    emu.faults.error_rate = 0.0
    assert client.get("/user").status_code == 200


def test_drop_rate_one_drops_the_connection(emu: Emulator, client: httpx.Client) -> None:
    emu.faults.drop_rate = 1.0
    with pytest.raises(httpx.TransportError):
        client.get("/user")
    emu.faults.drop_rate = 0.0
    assert client.get("/user").status_code == 200


def test_latency_is_added(emu: Emulator, client: httpx.Client) -> None:
    client.get("/user")  # connect first, so only the added latency is timed
    emu.faults.latency_ms = 200
    started = time.perf_counter()
    assert client.get("/user").status_code == 200
    assert time.perf_counter() - started >= 0.2


def test_faults_at_construction() -> None:
    faults = Faults(rate_limit=7, maintenance=True)
    with Emulator(faults=faults) as emu:
        response = httpx.get(f"{emu.url}/user", headers={"X-SBG-Auth-Token": emu.token})
        assert_error(response, 503, 0)
        assert response.headers["X-RateLimit-Limit"] == "7"
        assert emu.faults is faults


def test_faults_validate_and_clear() -> None:
    faults = Faults()
    with pytest.raises(ValueError, match="error_rate"):
        faults.error_rate = 1.5
    with pytest.raises(ValueError, match="rate_limit"):
        faults.rate_limit = -1
    with pytest.raises(ValueError, match="unknown"):
        faults.update({"bogus": 1})
    with pytest.raises(ValueError, match="drop_rate"):
        faults.update({"latency_ms": 5, "drop_rate": 7})
    assert faults.latency_ms == 0  # a refused update changes nothing
    faults.update({"latency_ms": 5, "maintenance_seconds": 60, "rate_limit": 4})
    assert faults.maintenance and faults.latency_ms == 5
    remaining_seconds = faults.maintenance_remaining()
    assert remaining_seconds is not None and 59 < remaining_seconds <= 60
    faults.clear()
    assert faults.snapshot() == Faults().snapshot()


def test_reseed_makes_rolls_repeatable() -> None:
    faults = Faults(error_rate=0.5, drop_rate=0.5)
    faults.reseed(42)
    first = [(faults.roll_error(), faults.roll_drop()) for _ in range(50)]
    faults.update({"seed": 42})
    assert [(faults.roll_error(), faults.roll_drop()) for _ in range(50)] == first
    assert len(set(first)) > 1
    with pytest.raises(ValueError, match="seed"):
        faults.reseed("x")  # type: ignore[arg-type]


# -- the control API ----------------------------------------------------------------------------


def test_control_endpoints(emu: Emulator, client: httpx.Client) -> None:
    control = httpx.Client(base_url=emu.control_url, timeout=10)
    assert control.get("/faults").json() == {
        "rate_limit": 1000,
        "rate_window": 300.0,
        "maintenance": False,
        "maintenance_seconds": None,
        "error_rate": 0.0,
        "latency_ms": 0.0,
        "drop_rate": 0.0,
        "storage_error_rate": 0.0,
        "storage_drop_rate": 0.0,
        "storage_latency_ms": 0.0,
        "storage_bytes_per_second": 0.0,
        "url_ttl": 3600.0,
    }
    changed = control.post("/faults", json={"rate_limit": 5, "rate_window": 2, "error_rate": 0.1})
    assert changed.status_code == 200
    assert changed.json()["rate_limit"] == 5
    assert (
        emu.faults.rate_limit == 5 and emu.faults.rate_window == 2 and emu.faults.error_rate == 0.1
    )
    control.post("/faults", json={"error_rate": 0})

    control.post("/faults", json={"maintenance_seconds": 3})
    assert_error(client.get("/user"), 503, 0)
    assert (
        control.get("/faults").json()["maintenance"] is True
    )  # control API is never in maintenance
    control.post("/faults", json={"maintenance": False})
    assert client.get("/user").status_code == 200

    assert remaining(client.get("/user")) == 3
    reset = control.post("/reset-rate-limit")
    assert reset.json()["remaining"] == 5
    assert remaining(client.get("/user")) == 4

    refused = control.post("/faults", json={"error_rate": "lots"})
    assert_error(refused, 400, 90000)
    assert "error_rate" in refused.json()["message"]
    assert_error(control.post("/faults", content=b"{nope"), 400, 90009)
    assert_error(control.get("/nothing"), 404, 90003)


def test_control_api_ignores_faults(emu: Emulator) -> None:
    emu.faults.update({"drop_rate": 1.0, "error_rate": 1.0, "rate_limit": 0})
    response = httpx.get(f"{emu.control_url}/faults")
    assert response.status_code == 200
    assert response.json()["drop_rate"] == 1.0


def test_fault_control_helper(emu: Emulator, client: httpx.Client) -> None:
    control = FaultControl(emu.url)
    assert control.get()["rate_limit"] == 1000
    control.maintenance(0.5)
    assert_error(client.get("/user"), 503, 0)
    settings = control.clear()
    assert settings["maintenance"] is False
    assert client.get("/user").status_code == 200
    control.set(rate_limit=1, seed=7)
    control.reset_rate_limit()
    assert client.get("/user").status_code == 200
    assert_error(client.get("/user"), 429, 1000)
    control.maintenance()
    assert emu.faults.maintenance is True
    with pytest.raises(FaultControlError, match="latency_ms"):
        control.set(latency_ms=-1)
    with pytest.raises(FaultControlError, match="cannot reach"):
        FaultControl("http://127.0.0.1:1/v2", timeout=2).get()
