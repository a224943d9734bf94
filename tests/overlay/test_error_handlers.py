"""Error handlers and retries against injected faults."""

from __future__ import annotations

import functools
import time

import httpx
import pytest
import sevenbridges as sbg
from sevenbridges.http.error_handlers import (
    RetryPolicy,
    general_error_sleeper,
    maintenance_sleeper,
    rate_limit_sleeper,
)
from sevenbridges_emulator import Emulator


def _api(emulator: Emulator, *handlers: object) -> sbg.Api:
    return sbg.Api(url=emulator.url, token=emulator.token, error_handlers=list(handlers))  # type: ignore[arg-type]


def test_without_handlers_faults_raise_typed_errors(emulator: Emulator) -> None:
    api = _api(emulator)
    emulator.faults.set_maintenance(5)
    with pytest.raises(sbg.ServiceUnavailable) as caught:
        api.users.me()
    assert caught.value.code == 0
    emulator.faults.maintenance = False
    emulator.faults.rate_limit = 1
    api.users.me()
    with pytest.raises(sbg.TooManyRequests) as too_many:
        api.users.me()
    assert too_many.value.code == 1000


def test_maintenance_is_on_by_default_and_survived(emulator: Emulator) -> None:
    api = sbg.Api(url=emulator.url, token=emulator.token)
    assert maintenance_sleeper in api.error_handlers
    api.remove_error_handler(maintenance_sleeper)
    api.add_error_handler(functools.partial(maintenance_sleeper, sleep=0.2))
    emulator.faults.set_maintenance(0.5)
    started = time.monotonic()
    assert api.users.me().username == "john_doe"
    assert time.monotonic() - started >= 0.4


def test_rate_limit_sleeper_waits_for_the_reset(emulator: Emulator) -> None:
    emulator.faults.rate_limit = 3
    emulator.faults.rate_window = 1
    api = _api(emulator, rate_limit_sleeper)
    names = [api.users.me().username for _ in range(7)]
    assert names == ["john_doe"] * 7


def test_general_error_sleeper_retries_5xx(emulator: Emulator) -> None:
    emulator.faults.error_rate = 1.0
    calls: list[float] = []

    def clearing_sleep(api: sbg.Api, response: httpx.Response) -> httpx.Response:
        calls.append(time.monotonic())
        if response.status_code >= 500:
            emulator.faults.error_rate = 0.0
        return general_error_sleeper(api, response, sleep=0.01)

    assert _api(emulator, clearing_sleep).users.me().username == "john_doe"
    assert calls


def test_retry_policy_is_bounded(emulator: Emulator) -> None:
    emulator.faults.error_rate = 1.0
    sleeps: list[float] = []
    policy = RetryPolicy(max_attempts=3, base_delay=0.01, sleep=sleeps.append)
    with pytest.raises(sbg.ServerError):
        _api(emulator, policy).users.me()
    assert len(sleeps) == 2
    assert all(0 <= s <= 0.02 for s in sleeps)


def test_retry_policy_recovers_and_honours_reset(emulator: Emulator) -> None:
    emulator.faults.rate_limit = 1
    emulator.faults.rate_window = 1
    sleeps: list[float] = []

    def sleep_and_reset(seconds: float) -> None:
        sleeps.append(seconds)
        time.sleep(seconds)

    api = _api(emulator, RetryPolicy(max_attempts=5, sleep=sleep_and_reset))
    api.users.me()
    assert api.users.me().username == "john_doe"
    # The reset header has one-second granularity: a 1 s window means a wait of at most ~2 s.
    assert sleeps and sleeps[0] <= 2.5


def test_retry_policy_does_not_retry_non_idempotent_5xx(emulator: Emulator) -> None:
    emulator.faults.error_rate = 1.0
    sleeps: list[float] = []
    api = _api(emulator, RetryPolicy(max_attempts=4, sleep=sleeps.append))
    with pytest.raises(sbg.ServerError):
        api.projects.create(name="x", billing_group="00000000-0000-4000-8000-000000000000")
    assert sleeps == []


def test_legacy_style_handler_resending_with_session_send(emulator: Emulator) -> None:
    seen: list[int] = []

    def legacy(api: sbg.Api, response: httpx.Response) -> httpx.Response:
        seen.append(response.status_code)
        if response.status_code == 503:
            emulator.faults.maintenance = False
            response = api.session.send(response.request)
        return response

    emulator.faults.set_maintenance(30)
    assert _api(emulator, legacy).users.me().username == "john_doe"
    assert seen == [503]


def test_dropped_connections_are_retried_for_reads(emulator: Emulator) -> None:
    api = sbg.Api(url=emulator.url, token=emulator.token, error_handlers=[], backoff_factor=0.01)
    emulator.faults.reseed(11)  # repeatable drops: the same requests fail on every run
    emulator.faults.drop_rate = 0.5
    names = [api.users.me().username for _ in range(10)]
    assert names == ["john_doe"] * 10


def test_wrong_token_is_unauthorized(emulator: Emulator) -> None:
    api = sbg.Api(url=emulator.url, token="0" * 32, error_handlers=[])
    with pytest.raises(sbg.Unauthorized):
        api.users.me()
