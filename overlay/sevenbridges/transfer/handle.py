"""``Transfer``: the handle shared by uploads and downloads.

A transfer is a thread (``start()``, ``wait()``) that moves the parts of one file through a pool
of workers. It can be paused (parts in flight finish, no new one starts), resumed and stopped, and
it reports progress to callbacks from its own thread, after each part and every half second.
States follow :class:`sevenbridges.TransferState`.
"""

from __future__ import annotations

import contextvars
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Any, Generic, TypeVar

from ..errors import NetworkError, SbgError, TransferError, TransferStateError
from ..http import retry
from ..models.enums import TransferState
from .part_pool import PartPool
from .parts import Part
from .progress import Progress
from .storage import Cancelled, RetryablePartError, StorageClient, pause_before_retry

log = logging.getLogger("sevenbridges.transfer")

T = TypeVar("T")
Callback = Callable[[Any], None]
ProgressCallback = Callable[[Progress], None]
PROGRESS_INTERVAL = 0.5  # seconds between progress callbacks while parts are in flight


class Stopped(SbgError):
    """The transfer was stopped with ``stop()`` before it finished."""


class Transfer(threading.Thread, Generic[T]):
    """Base of :class:`Upload` and :class:`Download`."""

    def __init__(self, name: str, retry_count: int, timeout: float, workers: int) -> None:
        super().__init__(name=name, daemon=True)
        if isinstance(retry_count, bool) or not isinstance(retry_count, int) or retry_count < 0:
            raise SbgError(f"retry must be a whole number, 0 or more, got {retry_count!r}")
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
            raise SbgError(f"timeout must be a positive number of seconds, got {timeout!r}")
        if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
            raise SbgError(f"workers must be at least 1, got {workers!r}")
        self.retry_count = retry_count
        self.timeout = float(timeout)
        self.workers = workers
        self._status = TransferState.PREPARING
        self._state_lock = threading.Condition()
        self._paused = False
        self._stop_requested = False
        self._cancel = threading.Event()  # tells workers to drop what they are moving
        self._callbacks: list[tuple[Callback | None, Callback | None]] = []
        self._progress_callbacks: list[ProgressCallback] = []
        self._result: T | None = None
        self._error: BaseException | None = None
        self._start_time: float | None = None
        self._end_time: float | None = None
        self._counter_lock = threading.Lock()
        self._bytes_done = 0
        self._parts_done = 0
        self._num_parts = 0
        self._size = 0
        self._context = contextvars.copy_context()
        self._shared: PartPool | None = None  # shared with other transfers by a many-file call

    def share_part_pool(self, pool: PartPool) -> None:
        """Run this transfer's parts in ``pool``, shared with other transfers (``upload_many`` /
        ``download_many`` do this): its slots on top of this transfer's own ``workers`` bound,
        its workers and its storage client."""
        self._shared = pool

    # ----------------------------------------------------------------- public surface

    @property
    def status(self) -> str:
        """One of the :class:`TransferState` values."""
        return self._status

    @property
    def start_time(self) -> float | None:
        """When the transfer started (``time.time()``), or None before ``start()``."""
        return self._start_time

    @property
    def duration(self) -> float:
        """Seconds the transfer has run (to its end, once it ended)."""
        if self._start_time is None:
            return 0.0
        end = self._end_time if self._end_time is not None else time.time()
        return max(end - self._start_time, 0.0)

    @property
    def progress(self) -> float:
        """The fraction done, 0.0 to 1.0 (``progress_info`` has the details)."""
        return self.progress_info.progress

    @property
    def progress_info(self) -> Progress:
        """A snapshot: parts and bytes done, the size, the time so far."""
        with self._counter_lock:
            return Progress(
                num_of_parts=self._num_parts,
                parts_done=self._parts_done,
                bytes_done=self._bytes_done,
                file_size=self._size,
                duration=self.duration,
            )

    def add_callback(
        self, callback: Callback | None = None, errorback: Callback | None = None
    ) -> None:
        """``callback(result)`` when the transfer completes, ``errorback(error)`` when it fails."""
        for function in (callback, errorback):
            if function is not None and not callable(function):
                raise SbgError(f"Callback {function!r} is not callable")
        self._callbacks.append((callback, errorback))

    def add_progress_callback(self, callback: ProgressCallback | None = None) -> None:
        """``callback(progress)`` after each part and every half second while parts move."""
        if callback is None:
            return
        if not callable(callback):
            raise SbgError(f"Progress callback {callback!r} is not callable")
        self._progress_callbacks.append(callback)

    def pause(self) -> None:
        """Let the parts in flight finish and start no new ones until ``resume()``.

        Raises:
            TransferStateError: the transfer is not running (or about to run).
        """
        with self._state_lock:
            if self._status not in (TransferState.RUNNING, TransferState.PREPARING):
                raise TransferStateError(f"Cannot pause a transfer that is {self._status}")
            self._paused = True
            self._status = TransferState.PAUSED
            self._state_lock.notify_all()

    def resume(self) -> None:
        """Carry on after ``pause()``.

        Raises:
            TransferStateError: the transfer is not paused.
        """
        with self._state_lock:
            if self._status != TransferState.PAUSED:
                raise TransferStateError(f"Cannot resume a transfer that is {self._status}")
            self._paused = False
            self._status = TransferState.RUNNING
            self._state_lock.notify_all()

    def stop(self) -> None:
        """Stop the transfer and return once it has stopped (status ``STOPPED``).

        Parts in flight are dropped. A resumable transfer keeps what it moved, so the same
        upload() or download() later carries on from there; otherwise its traces are removed
        (the server's upload is aborted) before this returns. Called from one of the transfer's
        own callbacks, it asks the transfer to stop and returns at once.

        Raises:
            TransferStateError: the transfer is neither running nor paused (not started yet,
                or already completed, failed or stopped), as in sevenbridges-python.
        """
        with self._state_lock:
            if self._status not in (TransferState.RUNNING, TransferState.PAUSED):
                raise TransferStateError(
                    f"Cannot stop a transfer that is {self._status}: only a RUNNING or PAUSED "
                    "transfer can be stopped"
                )
            self._stop_requested = True
            self._paused = False
            self._cancel.set()
            self._state_lock.notify_all()
        if threading.current_thread() is not self:
            self.join()

    def wait(self) -> None:
        """Block until the transfer has ended (completed, failed or stopped)."""
        if self._start_time is None and self._status == TransferState.PREPARING:
            raise SbgError("The transfer was not started: call start() first")
        if self.is_alive():
            self.join()

    def result(self) -> T:
        """Wait, then the transfer's result; its error if it failed."""
        self.wait()
        if self._error is not None:
            raise self._error
        if self._status == TransferState.STOPPED:
            raise Stopped("The transfer was stopped")
        return self._result  # type: ignore[return-value]

    @property
    def error(self) -> BaseException | None:
        """Why the transfer failed, once it has."""
        return self._error

    def start(self) -> None:
        """Start the transfer in its own thread.

        Raises:
            TransferStateError: it was started before (a transfer runs once).
        """
        with self._state_lock:
            if self._start_time is not None:
                raise TransferStateError(
                    f"Cannot start a transfer that is {self._status}: it was started before"
                )
            self._start_time = time.time()
            if not self._paused:  # paused before start(), it starts paused
                self._status = TransferState.RUNNING  # so that stop() right after start() works
            self._context = contextvars.copy_context()
        super().start()

    # ----------------------------------------------------------------- the thread

    def run(self) -> None:
        # The transfer's thread and workers see the starter's context (an ``api.aa()`` block).
        self._context.run(self._run)

    def _run(self) -> None:
        try:
            result = self._transfer()
        except (Stopped, Cancelled) as exc:
            self._finish(TransferState.STOPPED, None, None)
            log.info("%s stopped: %s", self.name, exc)
        except BaseException as exc:  # reported through result() and errorbacks
            self._finish(TransferState.FAILED, None, exc)
            for _, errorback in self._callbacks:
                if errorback is not None:
                    self._safely(errorback, exc)
        else:
            self._finish(TransferState.COMPLETED, result, None)
            self._notify_progress()
            for callback, _ in self._callbacks:
                if callback is not None:
                    self._safely(callback, result)

    def _finish(self, status: str, result: T | None, error: BaseException | None) -> None:
        self._end_time = time.time()
        self._result = result
        self._error = error
        with self._state_lock:
            self._status = status
            self._state_lock.notify_all()

    @staticmethod
    def _safely(function: Callable[[Any], None], value: Any) -> None:
        try:
            function(value)
        except Exception:  # a broken callback must not change the transfer's outcome
            log.exception("transfer callback %r failed", function)

    def _transfer(self) -> T:
        raise NotImplementedError

    # ----------------------------------------------------------------- helpers for subclasses

    def _check_stop(self) -> None:
        if self._stop_requested:
            raise Stopped("The transfer was stopped")

    def _wait_while_paused(self) -> None:
        with self._state_lock:
            while self._paused and not self._stop_requested:
                self._state_lock.wait(0.5)
        self._check_stop()

    def _add_bytes(self, count: int) -> None:
        with self._counter_lock:
            self._bytes_done += count

    def _part_finished(self) -> None:
        with self._counter_lock:
            self._parts_done += 1

    def _notify_progress(self) -> None:
        if not self._progress_callbacks:
            return
        snapshot = self.progress_info
        for callback in self._progress_callbacks:
            self._safely(callback, snapshot)

    def _run_parts(self, parts: Iterable[Part], work: Callable[[Part], None]) -> None:
        """Run ``work(part)`` for every part on the worker pool, honouring pause and stop.

        The first part that fails for good cancels the others and its error is raised.
        """
        pending = deque(parts)
        running: set[Future[None]] = set()
        last_report = 0.0
        shared = self._shared
        pool = (
            shared.workers
            if shared is not None
            else ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix=self.name)
        )
        try:
            while pending or running:
                self._check_stop()
                if not self._paused:
                    # With shared slots and nothing of its own in flight, this transfer waits
                    # (a progress interval at most, then looks at stop and pause again).
                    while pending and len(running) < self.workers and self._take_slot(not running):
                        context = contextvars.copy_context()
                        part = pending.popleft()
                        running.add(pool.submit(context.run, self._in_slot, work, part))
                if not running:
                    self._wait_while_paused()
                    continue
                done, _ = wait(running, timeout=PROGRESS_INTERVAL, return_when=FIRST_COMPLETED)
                for future in done:
                    running.discard(future)
                    future.result()
                    self._part_finished()
                now = time.monotonic()
                if done or now - last_report >= PROGRESS_INTERVAL:
                    last_report = now
                    self._notify_progress()
        except BaseException:
            self._cancel.set()
            for future in running:
                if future.cancel() and shared is not None:
                    shared.give_back()  # the part never ran, so never gave its slot back
            raise
        finally:
            if shared is None:
                pool.shutdown(wait=True)
            else:  # the pool outlives this transfer: wait for this transfer's own parts only
                wait(running)

    def _take_slot(self, block: bool) -> bool:
        """Whether a part may start now: always without a shared pool, else if a slot was
        taken (``block``: waiting a progress interval at most for one)."""
        if self._shared is None:
            return True
        return self._shared.take(PROGRESS_INTERVAL if block else None)

    def _in_slot(self, work: Callable[[Part], None], part: Part) -> None:
        """``work(part)``, giving its shared slot back when it ends."""
        try:
            work(part)
        finally:
            if self._shared is not None:
                self._shared.give_back()

    def _with_retries(
        self,
        what: str,
        attempt_once: Callable[[], None],
        refresh: Callable[[], None] | None = None,
    ) -> None:
        """Run one part attempt after another until one succeeds or the retries are spent.

        The retries count failures only: an attempt that kept bytes the next one carries on from
        (a download broken off part-way) and the renewal of an expired URL with ``refresh`` are
        not counted, so a long part on a flaky link or with short-lived URLs still completes. A
        URL that expires again before any byte moved counts as a failure, so a storage that
        refuses every URL still ends in an error.
        """
        attempt = 0  # failures so far
        renewed = False  # whether the last attempt ended in a renewal of the URL
        while True:
            if self._cancel.is_set():
                raise Cancelled
            try:
                try:
                    attempt_once()
                    return
                except SbgError as exc:
                    # The API's own hiccups (a 5xx, a 429 or no answer on a part URL or report)
                    # are retried like the storage's; other API errors (403, 404, ...) are final.
                    hiccup = isinstance(exc, NetworkError) or exc.status in retry.RETRYABLE_STATUSES
                    if not hiccup:
                        raise
                    raise RetryablePartError(str(exc)) from exc
            except RetryablePartError as exc:
                renewal = exc.url_expired and refresh is not None
                if exc.made_progress or (renewal and not renewed):
                    renewed = renewal
                    log.info("%s: %s; carrying on (not counted as a failure)", what, exc)
                else:
                    renewed = renewal
                    attempt += 1
                    if attempt > self.retry_count:
                        raise TransferError(
                            f"{what} failed after {attempt} failed attempts; last error: {exc}"
                        ) from exc
                    log.warning(
                        "%s: %s; failure %d of %d allowed",
                        what,
                        exc,
                        attempt,
                        self.retry_count,
                    )
                if renewal:
                    assert refresh is not None
                    refresh()
                elif not exc.made_progress:
                    pause_before_retry(attempt, self._cancel)

    def _storage(self, api: Any) -> StorageClient:
        """The storage client of this transfer: the shared pool's, else one of its own."""
        if self._shared is not None:
            return self._shared.storage
        return StorageClient.for_api(api, self.timeout)

    def _close_storage(self, storage: StorageClient) -> None:
        """Close the storage client of this transfer, unless the shared pool owns it."""
        if self._shared is None or storage is not self._shared.storage:
            storage.close()
