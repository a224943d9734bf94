"""Error handlers and retries against injected faults."""

from __future__ import annotations

import functools
import json
import pathlib
import time

import httpx
import pytest
import sevenbridges as sbg
from pytest_httpserver import HTTPServer
from sevenbridges.http.error_handlers import (
    RetryPolicy,
    general_error_sleeper,
    maintenance_sleeper,
    rate_limit_sleeper,
)
from sevenbridges_emulator import Emulator
from werkzeug import Request, Response


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


# ------------------------------------------------------------------ re-sends go through the retrying send


def _drop_on_resend(emulator: Emulator, seed: int | None, rate: float) -> RetryPolicy:
    """A RetryPolicy whose wait turns the 500s off and connection drops on, before it re-sends."""

    def sleep(_: float) -> None:
        emulator.faults.error_rate = 0.0
        emulator.faults.reseed(seed)
        emulator.faults.drop_rate = rate

    return RetryPolicy(max_attempts=2, sleep=sleep)


def test_dropped_connection_on_a_handler_resend_is_retried(emulator: Emulator) -> None:
    emulator.faults.error_rate = 1.0
    # Seed 1 drops the first re-send and answers the second.
    policy = _drop_on_resend(emulator, seed=1, rate=0.5)
    api = sbg.Api(
        url=emulator.url, token=emulator.token, error_handlers=[policy], backoff_factor=0.01
    )
    assert api.users.me().username == "john_doe"


def test_dropped_connection_on_a_handler_resend_is_a_network_error(emulator: Emulator) -> None:
    emulator.faults.error_rate = 1.0
    policy = _drop_on_resend(emulator, seed=None, rate=1.0)
    api = sbg.Api(
        url=emulator.url,
        token=emulator.token,
        error_handlers=[policy],
        retry_count=2,
        backoff_factor=0.01,
    )
    with pytest.raises(sbg.NetworkError) as caught:
        api.users.me()
    assert isinstance(caught.value, sbg.SbgError)
    assert caught.value.request is not None
    assert caught.value.request.method == "GET"
    assert caught.value.request.url.path == "/v2/user"
    assert emulator.token not in str(caught.value) + repr(caught.value)


def test_legacy_handler_calling_session_send_gets_the_retrying_send(emulator: Emulator) -> None:
    def legacy(api: sbg.Api, response: httpx.Response) -> httpx.Response:
        if response.status_code == 503:
            emulator.faults.maintenance = False
            emulator.faults.reseed(1)  # the first re-send is dropped, the second answered
            emulator.faults.drop_rate = 0.5
            response = api.session.send(response.request)
        return response

    emulator.faults.maintenance = True
    api = sbg.Api(
        url=emulator.url, token=emulator.token, error_handlers=[legacy], backoff_factor=0.01
    )
    assert api.users.me().username == "john_doe"


def test_network_failure_at_the_dispatch_point_is_a_network_error(emulator: Emulator) -> None:
    api = sbg.Api(
        url=emulator.url,
        token=emulator.token,
        error_handlers=[],
        retry_count=1,
        backoff_factor=0.01,
    )
    emulator.faults.drop_rate = 1.0
    with pytest.raises(sbg.NetworkError) as read:
        api.users.me()
    assert read.value.request is not None and read.value.request.method == "GET"
    with pytest.raises(sbg.NetworkError) as write:  # not retried, but still typed
        api.projects.create(name="x", billing_group="00000000-0000-4000-8000-000000000000")
    assert write.value.request is not None and write.value.request.method == "POST"


def test_network_error_takes_keyword_arguments() -> None:
    request = httpx.Request("GET", "https://api.example.com/v2/user")
    error = sbg.NetworkError(message="boom", request=request)
    assert error.request is request and error.message == "boom"
    assert "boom" in str(error) and "NetworkError" in repr(error)


# ------------------------------------------------------------------ the chain runs until it settles


def _user_sequence(httpserver: HTTPServer, *answers: tuple[int, dict[str, object]]) -> None:
    for status, body in answers:
        headers = {"X-RateLimit-Reset": str(int(time.time()))} if status == 429 else {}
        httpserver.expect_ordered_request("/v2/user").respond_with_json(
            body, status=status, headers=headers
        )


Answer = tuple[int, dict[str, object]]
MAINTENANCE: Answer = (503, {"code": 0, "message": "maintenance"})
RATE_LIMITED: Answer = (429, {"code": 1000, "message": "too many requests"})
USER: Answer = (200, {"username": "john_doe"})


@pytest.mark.parametrize(
    "first, second", [(MAINTENANCE, RATE_LIMITED), (RATE_LIMITED, MAINTENANCE)]
)
@pytest.mark.parametrize("order", ["rate_first", "maintenance_first"])
def test_handler_chain_runs_until_no_handler_changes_the_response(
    httpserver: HTTPServer,
    first: tuple[int, dict[str, object]],
    second: tuple[int, dict[str, object]],
    order: str,
) -> None:
    _user_sequence(httpserver, first, second, USER)
    maintenance = functools.partial(maintenance_sleeper, sleep=0)
    handlers = [rate_limit_sleeper, maintenance]
    if order == "maintenance_first":
        handlers.reverse()
    api = sbg.Api(url=httpserver.url_for("/v2"), token="t0k3n", error_handlers=handlers)
    assert api.users.me().username == "john_doe"
    httpserver.check_assertions()
    assert len(httpserver.log) == 3


def test_handler_chain_is_bounded(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v2/user").respond_with_json(MAINTENANCE[1], status=503)
    calls: list[int] = []

    def flip(api: sbg.Api, response: httpx.Response) -> httpx.Response:
        # Always "changes" the response: a status the next round sees as new.
        calls.append(response.status_code)
        status = 502 if response.status_code == 503 else 503
        return httpx.Response(status, json={"code": status}, request=response.request)

    api = sbg.Api(url=httpserver.url_for("/v2"), token="t0k3n", error_handlers=[flip])
    with pytest.raises((sbg.ServerError, sbg.ServiceUnavailable)):
        api.users.me()
    assert 1 < len(calls) <= 20


# ------------------------------------------------------------------ waiting for the rate limit by default


def test_rate_limit_is_waited_out_by_default(emulator: Emulator) -> None:
    emulator.faults.rate_limit = 2
    emulator.faults.rate_window = 1
    api = sbg.Api(url=emulator.url, token=emulator.token)
    assert rate_limit_sleeper in api.error_handlers
    assert [api.users.me().username for _ in range(5)] == ["john_doe"] * 5


@pytest.fixture
def slept(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits of the bundled sleepers, recorded instead of slept."""
    from sevenbridges.http import error_handlers

    waits: list[float] = []
    monkeypatch.setattr(error_handlers, "_pause", waits.append)
    return waits


def _always(httpserver: HTTPServer, answer: tuple[int, dict[str, object]], cap: int) -> None:
    """Answer ``answer`` with a reset a day away; after ``cap`` requests, answer the user."""
    count = [0]

    def handler(request: Request) -> Response:
        count[0] += 1
        if count[0] > cap:
            return Response('{"username": "john_doe"}', status=200, content_type="application/json")
        reset = str(int(time.time()) + 86400)
        return Response(
            json.dumps(answer[1]),
            status=answer[0],
            content_type="application/json",
            headers={"X-RateLimit-Reset": reset},
        )

    httpserver.expect_request("/v2/user").respond_with_handler(handler)


@pytest.mark.parametrize(
    "answer, error", [(RATE_LIMITED, sbg.TooManyRequests), (MAINTENANCE, sbg.ServiceUnavailable)]
)
def test_default_handlers_wait_a_bounded_time(
    httpserver: HTTPServer,
    slept: list[float],
    answer: tuple[int, dict[str, object]],
    error: type[sbg.SbgError],
) -> None:
    _always(httpserver, answer, cap=10_000)
    api = sbg.Api(url=httpserver.url_for("/v2"), token="t0k3n")
    with pytest.raises(error):
        api.users.me()
    assert slept, "the default handlers should have waited"
    assert sum(slept) <= 2 * 3600
    assert len(httpserver.log) < 100


def test_installing_rate_limit_sleeper_again_does_not_wait_twice(
    httpserver: HTTPServer, slept: list[float]
) -> None:
    _always(httpserver, RATE_LIMITED, cap=10_000)
    alone = sbg.Api(url=httpserver.url_for("/v2"), token="t0k3n")
    with pytest.raises(sbg.TooManyRequests):
        alone.users.me()
    waited_once = sum(slept)
    slept.clear()

    api = sbg.Api(url=httpserver.url_for("/v2"), token="t0k3n")
    api.add_error_handler(rate_limit_sleeper)
    assert api.error_handlers.count(rate_limit_sleeper) == 1
    with pytest.raises(sbg.TooManyRequests):
        api.users.me()
    assert sum(slept) == pytest.approx(waited_once, abs=1)

    # A tuned copy replaces the installed one rather than adding a second wait.
    api.add_error_handler(functools.partial(rate_limit_sleeper, max_wait=10))
    assert rate_limit_sleeper not in api.error_handlers
    slept.clear()
    with pytest.raises(sbg.TooManyRequests):
        api.users.me()
    assert 0 < sum(slept) <= 10


def test_error_handlers_empty_list_turns_waiting_off(emulator: Emulator) -> None:
    emulator.faults.rate_limit = 1
    api = sbg.Api(url=emulator.url, token=emulator.token, error_handlers=[])
    api.users.me()
    with pytest.raises(sbg.TooManyRequests):
        api.users.me()


def test_rate_limit_sleeper_without_a_reset_header_backs_off(
    httpserver: HTTPServer, slept: list[float]
) -> None:
    for answer in (RATE_LIMITED, RATE_LIMITED, USER):
        httpserver.expect_ordered_request("/v2/user").respond_with_json(answer[1], status=answer[0])
    api = sbg.Api(url=httpserver.url_for("/v2"), token="t0k3n", error_handlers=[rate_limit_sleeper])
    assert api.users.me().username == "john_doe"
    assert len(slept) == 2 and all(wait > 0 for wait in slept)


# ------------------------------------------------------------------ one backoff, one retryable set


def test_retry_policy_retries_the_shared_retryable_set(httpserver: HTTPServer) -> None:
    from sevenbridges.http import retry
    from sevenbridges.transfer import storage

    assert RetryPolicy().statuses == retry.RETRYABLE_STATUSES
    for status in sorted(retry.RETRYABLE_STATUSES):  # 408 was retried for storage only
        httpserver.expect_ordered_request("/v2/user").respond_with_json(
            {"code": status}, status=status
        )
    httpserver.expect_ordered_request("/v2/user").respond_with_json({"username": "john_doe"})
    policy = RetryPolicy(max_attempts=10, sleep=lambda _: None)
    api = sbg.Api(url=httpserver.url_for("/v2"), token="t0k3n", error_handlers=[policy])
    assert api.users.me().username == "john_doe"
    for status in retry.RETRYABLE_STATUSES:
        with pytest.raises(storage.RetryablePartError):
            storage._refuse("PUT", "http://storage/part", status, b"")


def test_every_retry_waits_by_the_one_backoff(
    emulator: Emulator, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sevenbridges.http import retry

    waits: list[int] = []

    def recorded(attempt: int, base: float = 0.5, cap: float = 8.0) -> float:
        waits.append(attempt)
        return 0.0

    monkeypatch.setattr(retry, "backoff", recorded)
    monkeypatch.setenv("SB_TRANSFER_STATE_DIR", str(tmp_path / "state"))
    faults = emulator.faults

    # The dispatch point, after a dropped connection (seed 1: the first request is dropped).
    api = sbg.Api(url=emulator.url, token=emulator.token, error_handlers=[RetryPolicy()])
    faults.reseed(1)
    faults.drop_rate = 0.5
    api.users.me()
    faults.drop_rate = 0.0
    assert waits == [1]

    # RetryPolicy, after a 500.
    waits.clear()
    faults.reseed(1)
    faults.error_rate = 0.5
    api.users.me()
    faults.error_rate = 0.0
    assert waits == [1]

    # A transfer, after the storage failed a part.
    waits.clear()
    project = api.projects.create(name="p", billing_group=api.billing_groups.query()[0])
    source = tmp_path / "small.bin"
    source.write_bytes(b"x" * 1000)
    faults.reseed(1)
    faults.storage_error_rate = 0.5
    uploaded = api.files.upload(source, project=project)
    faults.storage_error_rate = 0.0
    assert waits == [1]
    assert uploaded.size == 1000
