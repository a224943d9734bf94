"""The one bulk engine (chunks in flight, input order, nothing lost on a failed chunk) and the one
polling helper, driven by plain functions so every interleaving is deterministic."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import pytest
import sevenbridges as sbg
from sevenbridges.meta.bulk import BulkRecord, run_chunks
from sevenbridges.meta.polling import wait_many, wait_until


def _echo(chunk: list[int]) -> list[BulkRecord[int]]:
    return [BulkRecord(resource=item) for item in chunk]


def test_records_come_back_in_input_order_with_bounded_concurrency() -> None:
    lock = threading.Lock()
    gate = threading.Barrier(3, timeout=30)  # three chunks must be in flight together
    state = {"now": 0, "most": 0, "calls": 0}

    def send(chunk: list[int]) -> list[BulkRecord[int]]:
        with lock:
            state["now"] += 1
            state["calls"] += 1
            state["most"] = max(state["most"], state["now"])
            first = state["calls"] <= 3
        if first:
            gate.wait()
        with lock:
            state["now"] -= 1
        return _echo(list(reversed(chunk)))[::-1]

    records = run_chunks(list(range(950)), send, what="numbers", limit=100, concurrency=3)
    assert [record.resource for record in records] == list(range(950))
    assert state["calls"] == 10
    assert state["most"] == 3


def test_a_failed_chunk_keeps_every_answered_record() -> None:
    def send(chunk: list[int]) -> list[BulkRecord[int]]:
        if chunk[0] == 100:
            raise sbg.ServerError(message="boom")
        return _echo(chunk)

    with pytest.raises(sbg.BulkError) as caught:
        run_chunks(list(range(250)), send, what="numbers", limit=100, concurrency=1)
    error = caught.value
    assert isinstance(error, sbg.SbgError)
    assert [r.resource for r in error.records[:100] if r is not None] == list(range(100))
    assert error.records[100:] == [None] * 150
    assert error.unknown == list(range(100, 200))
    assert error.not_sent == list(range(200, 250))
    assert isinstance(error.cause, sbg.ServerError)
    assert "100 items answered" in str(error)


@pytest.mark.parametrize(("items", "concurrency"), [(100, 4), (250, 1)])
def test_one_chunk_or_a_bound_of_one_runs_in_the_calling_thread(
    items: int, concurrency: int
) -> None:
    threads: list[threading.Thread] = []

    def send(chunk: list[int]) -> list[BulkRecord[int]]:
        threads.append(threading.current_thread())
        return _echo(chunk)

    records = run_chunks(list(range(items)), send, what="n", limit=100, concurrency=concurrency)
    assert [record.resource for record in records] == list(range(items))
    assert threads and set(threads) == {threading.current_thread()}


def test_wait_until_returns_the_terminal_value_and_times_out() -> None:
    states = iter(["QUEUED", "RUNNING", "COMPLETED"])
    seen: list[str] = []
    slept: list[float] = []
    value = wait_until(
        lambda: next(states), lambda s: s == "COMPLETED", what="task", period=2,
        callback=seen.append, sleep=slept.append,
    )  # fmt: skip
    assert value == "COMPLETED"
    assert seen == ["QUEUED", "RUNNING", "COMPLETED"]
    assert slept == [2, 2]
    with pytest.raises(sbg.WaitTimeout, match="task did not finish within 0 s") as caught:
        wait_until(lambda: "RUNNING", lambda s: False, what="task", period=1, timeout=0)
    assert caught.value.last == "RUNNING"
    with pytest.raises(sbg.ValidationError, match="period"):
        wait_until(lambda: 1, lambda s: True, what="x", period=0)


def test_wait_many_polls_only_the_pending_and_yields_each_once() -> None:
    rounds = {"a": 1, "b": 3, "c": 2}  # the poll on which each finishes
    asked: list[list[str]] = []

    def refresh(keys: Sequence[str]) -> list[tuple[str, bool]]:
        asked.append(list(keys))
        return [(key, len(asked) >= rounds[key]) for key in keys]

    done = [key for key, _ in wait_many(
        ["a", "b", "c", "a"], refresh, lambda v: v[1], what="tasks", period=1,
        sleep=lambda _: None,
    )]  # fmt: skip
    assert done == ["a", "c", "b"]
    assert asked == [["a", "b", "c"], ["b", "c"], ["b"]]
