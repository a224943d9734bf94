"""Collection.all() with page requests in flight: order kept, nothing lost or repeated, the bound
of sevenbridges.Concurrency respected (counted on the wire, no timing), and an early break stops
fetching. Lists paged by continuation token prefetch the next page."""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable, Iterator

import httpx
import pytest
import sevenbridges as sbg
from sevenbridges_emulator import Emulator

from .file_fixtures import Recorder, seed_file

FILES = 95
LIMIT = 10  # 10 pages


@pytest.fixture
def project(api: sbg.Api) -> str:
    group = api.billing_groups.query()[0]
    return str(api.projects.create(name="pages", billing_group=group).id)


@pytest.fixture
def names(emulator: Emulator, project: str) -> list[str]:
    made = [f"f{i:03d}.txt" for i in range(FILES)]
    for name in made:
        seed_file(emulator, project, name)
    return made


def later_page(request: httpx.Request) -> bool:
    return request.method == "GET" and int(request.url.params.get("offset", "0")) > 0


class InFlight:
    """Counts the requests to ``path`` in flight on the wire (httpx request and response hooks).

    With ``gate`` set, the responses of the first ``gate`` requests that ``gated`` picks wait
    until that many are in flight together (or the generous deadline passes, which fails the
    test): a client that sent them one at a time could never get past it.
    """

    def __init__(
        self,
        api: sbg.Api,
        path: str,
        gate: int = 0,
        gated: Callable[[httpx.Request], bool] = later_page,
        method: str = "GET",
    ) -> None:
        self.path = path
        self.method = method
        self.gated = gated
        self.now = 0
        self.peak = 0
        self.started = 0
        self._lock = threading.Condition()
        self._barrier = threading.Barrier(gate, timeout=30) if gate > 1 else None
        self._gated = 0
        hooks = api.session.event_hooks
        hooks["request"] = [*hooks.get("request", []), self._on_request]
        hooks["response"] = [*hooks.get("response", []), self._on_response]
        api.session.event_hooks = hooks

    def _ours(self, request: httpx.Request) -> bool:
        return request.method == self.method and request.url.path.endswith(self.path)

    def _on_request(self, request: httpx.Request) -> None:
        if self._ours(request):
            with self._lock:
                self.started += 1
                self.now += 1
                self.peak = max(self.peak, self.now)
                self._lock.notify_all()

    def wait_started(self, count: int) -> bool:
        """Whether ``count`` requests have started, waiting for them up to a generous deadline."""
        with self._lock:
            return self._lock.wait_for(lambda: self.started >= count, timeout=30)

    def _on_response(self, response: httpx.Response) -> None:
        if not self._ours(response.request):
            return
        wait = False
        if self._barrier is not None and self.gated(response.request):
            with self._lock:
                if self._gated < self._barrier.parties:
                    self._gated += 1
                    wait = True
        if wait:
            assert self._barrier is not None
            self._barrier.wait()  # BrokenBarrierError after 30 s if requests came one by one
        with self._lock:
            self.now -= 1


def ids_in_order(api: sbg.Api, project: str) -> list[str]:
    """The list as the server orders it, read one page at a time."""
    serial = sbg.Api(
        url=api.url, token=api.token, error_handlers=[], concurrency=sbg.Concurrency(pages=1)
    )
    return [f.id for f in serial.files.query(project=project, limit=LIMIT).all()]


@pytest.mark.parametrize("bound", [2, 4])
def test_all_keeps_order_loses_nothing_and_respects_the_bound(
    api: sbg.Api, project: str, names: list[str], bound: int
) -> None:
    expected = ids_in_order(api, project)
    assert len(expected) == FILES
    api.concurrency = sbg.Concurrency(pages=bound)
    wire = InFlight(api, "/files", gate=bound)
    got = [f.id for f in api.files.query(project=project, limit=LIMIT).all()]
    assert got == expected  # same order, nothing lost, nothing twice
    assert wire.peak == bound  # the gate proves `bound` at once; the count proves no more
    assert wire.started == FILES // LIMIT + 1  # one request per page, none repeated


def test_pages_one_fetches_one_page_at_a_time(api: sbg.Api, project: str, names: list[str]) -> None:
    api.concurrency = sbg.Concurrency(pages=1)
    wire = InFlight(api, "/files")
    iterator = api.files.query(project=project, limit=LIMIT).all()
    assert wire.started == 1  # the first page; all() itself asks for nothing
    taken = [next(iterator) for _ in range(LIMIT + 1)]
    assert len(taken) == LIMIT + 1 and wire.started == 2
    assert wire.peak == 1


def test_an_early_break_stops_fetching(api: sbg.Api, project: str, names: list[str]) -> None:
    api.concurrency = sbg.Concurrency(pages=3)
    wire = InFlight(api, "/files")
    seen = []
    for file in api.files.query(project=project, limit=LIMIT).all():
        seen.append(file.id)
        if len(seen) == 2 * LIMIT + 1:  # into the third page
            break
    # The first page, then at most the bound beyond each page read: 1 + 3 + 2, not all 10.
    assert wire.started <= 1 + 3 + 2
    assert wire.now == 0  # nothing is left running behind the caller's back
    before = wire.started
    assert [f.id for f in api.files.query(project=project, limit=LIMIT)] == seen[:LIMIT]
    assert wire.started == before + 1


def test_a_list_that_grows_while_read_is_read_to_its_end(
    api: sbg.Api, emulator: Emulator, project: str, names: list[str]
) -> None:
    api.concurrency = sbg.Concurrency(pages=4)
    first = api.files.query(project=project, limit=LIMIT)
    assert first.total == FILES
    for extra in range(12):  # after the total was counted: two more pages than planned
        seed_file(emulator, project, f"z{extra:02d}.txt")
    got = [f.name for f in first.all()]
    assert len(got) == len(set(got)) == FILES + 12
    assert set(got) == {*names, *(f"z{extra:02d}.txt" for extra in range(12))}


def test_handlers_run_for_every_page_request(api: sbg.Api, project: str, names: list[str]) -> None:
    seen: list[str] = []
    lock = threading.Lock()

    def handler(api: sbg.Api, response: httpx.Response) -> httpx.Response:
        with lock:
            seen.append(response.request.url.params.get("offset", "0"))
        return response

    api.add_error_handler(handler)
    recorder = Recorder(api)
    assert len(list(api.files.query(project=project, limit=LIMIT).all())) == FILES
    pages = recorder.calls("GET", "/files")
    assert sorted(seen, key=int) == [str(o) for o in range(0, FILES, LIMIT)]
    assert len(pages) == len(seen)


def test_a_failing_page_raises_and_stops(
    api: sbg.Api, emulator: Emulator, project: str, names: list[str]
) -> None:
    api.concurrency = sbg.Concurrency(pages=2)
    emulator.fail_request("GET", "/files", nth=4, status=404)
    wire = InFlight(api, "/files")
    got: list[str] = []
    with pytest.raises(sbg.NotFound):
        for file in api.files.query(project=project, limit=LIMIT).all():
            got.append(file.id)
    assert got == ids_in_order(api, project)[: len(got)]  # what came out came out in order
    assert wire.now == 0


def _token_pages(api: sbg.Api, project: str) -> Iterator[str]:
    for file in api.files.query(project=project, limit=LIMIT, cont_token="init").all():
        yield file.id


def test_token_paging_prefetches_the_next_page_in_order(
    api: sbg.Api, project: str, names: list[str]
) -> None:
    with api.aa():
        expected = ids_in_order(api, project)
        api.concurrency = sbg.Concurrency(pages=2)
        wire = InFlight(api, "/files/scroll")
        iterator = _token_pages(api, project)
        first = next(iterator)
        # The caller holds an item of the first page and the second page is already asked for.
        assert wire.wait_started(2)
        rest = list(iterator)
        assert wire.started == FILES // LIMIT + 1
    assert [first, *rest] == expected
    assert wire.peak <= 2 and wire.now == 0


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "4", None])
def test_a_bad_bound_is_refused_naming_it(bad: object) -> None:
    with pytest.raises(sbg.ValidationError, match=rf"pages .*got {bad!r}"):
        sbg.Concurrency(pages=bad)  # type: ignore[arg-type]


def test_the_api_refuses_a_concurrency_that_is_not_one(api: sbg.Api) -> None:
    with pytest.raises(sbg.ValidationError, match="concurrency"):
        api.concurrency = 4  # type: ignore[assignment]
    assert api.concurrency == sbg.Concurrency()


def test_bulk_reads_its_bound_from_the_same_settings(
    api: sbg.Api, project: str, names: list[str]
) -> None:
    ids = ids_in_order(api, project) * 4  # 380 ids: 4 chunks
    api.concurrency = sbg.Concurrency(bulk=2)
    wire = InFlight(api, "/bulk/files/get", gate=2, gated=lambda _: True, method="POST")
    records = api.files.bulk_get(ids)
    assert [r.resource.id for r in records if r.resource is not None] == ids
    assert wire.started == 4 and wire.peak == 2


MARK: contextvars.ContextVar[str] = contextvars.ContextVar("mark", default="unset")


def test_pages_and_bulk_chunks_run_in_the_callers_context(
    api: sbg.Api, project: str, names: list[str]
) -> None:
    """Settings scoped to a context (such as an ``api.aa()`` block) reach every request sent
    from the worker threads, as they would reach a request sent by the caller."""
    seen: list[str] = []

    def look(request: httpx.Request) -> None:
        seen.append(MARK.get())

    hooks = api.session.event_hooks
    hooks["request"] = [*hooks.get("request", []), look]
    api.session.event_hooks = hooks
    token = MARK.set("caller")
    try:
        ids = [f.id for f in api.files.query(project=project, limit=LIMIT).all()]
        api.files.bulk_get(ids * 3)
        with api.aa():
            list(_token_pages(api, project))
    finally:
        MARK.reset(token)
    assert len(seen) == 2 * (FILES // LIMIT + 1) + 3
    assert set(seen) == {"caller"}
