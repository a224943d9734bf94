"""Paged lists: a :class:`Collection` is the current page, and knows how to fetch the others.

Every page is fetched through the same generated endpoint function with a new ``offset``/``limit``
(taken from the server's ``links``), so no URL is ever built by hand and every page request goes
through the dispatch point (error handlers, retries). Lists paged by continuation token (files
with ``cont_token``) follow the ``cont_token`` of the ``next`` link the same way; a volume listing
(:class:`VolumeCollection`) follows the ``continuation_token`` of its ``{"next": url}`` link.

``all()`` keeps a bounded number of page requests in flight (``api.concurrency.pages``): when the
server counted the matching items, the offsets of the remaining pages are known and up to that
many are fetched at once; otherwise (continuation tokens, no total) the next page is fetched while
the current one is read. Items come out in list order, and memory holds the pages in flight plus
the one being read.
"""

from __future__ import annotations

import contextvars
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import parse_qs, urlsplit

from sevenbridges_api.types import Response, Unset

from ..concurrency import concurrency_of
from ..errors import PaginationError, SbgError, ValidationError
from ..http.client import json_body
from .tracked import plain

if TYPE_CHECKING:
    from ..api import Api
    from .resource import Resource

R = TypeVar("R")
MAX_LIMIT = 100

PageFetcher = Callable[[int | None, int | None], "Collection[Any]"]
# Fetches the page a continuation token points at, with the link's ``limit``.
TokenFetcher = Callable[[str, int | None], "Collection[Any]"]


def check_offset_limit(offset: Any, limit: Any) -> tuple[int | None, int | None]:
    """Validate paging arguments before any request.

    Args:
        offset: the index of the first item, 0 or more (None for the server's default).
        limit: items per page, 1 to 100 (None for the server's default).

    Returns:
        ``(offset, limit)`` as given.

    Raises:
        ValidationError: naming the bad value. A limit of 0 or less is refused (the compatible
            client silently turns it into 100, which hides a bug in the caller).
    """
    if offset is not None:
        if isinstance(offset, bool) or not isinstance(offset, int):
            raise ValidationError(f"offset must be an integer, got {offset!r}")
        if offset < 0:
            raise ValidationError(f"offset must be 0 or more, got {offset!r}")
    if limit is not None:
        if isinstance(limit, bool) or not isinstance(limit, int):
            raise ValidationError(f"limit must be an integer, got {limit!r}")
        if not 1 <= limit <= MAX_LIMIT:
            raise ValidationError(f"limit must be from 1 to {MAX_LIMIT}, got {limit!r}")
    return offset, limit


class Collection(list[R], Generic[R]):
    """One page of a list: index it, slice it, iterate it, ``len()`` it.

    ``total`` is the number of matching items over all pages (``X-Total-Matching-Query``);
    ``next_page()`` and ``previous_page()`` fetch the neighbouring pages (``PaginationError`` at the
    ends); ``all()`` iterates every item from this page on, one page in memory at a time.
    """

    def __init__(
        self,
        resource: Any,
        href: str | None,
        total: int | None,
        items: list[R],
        links: list[Any],
        api: Api | None,
        fetch_page: PageFetcher | None = None,
        fetch_token: TokenFetcher | None = None,
    ) -> None:
        super().__init__(items)
        self.resource = resource
        self.href = href
        self._total = total
        self.links = links
        self.api = api
        self._fetch_page = fetch_page
        self._fetch_token = fetch_token

    @property
    def total(self) -> int | None:
        """Matching items over all pages, as the server counted them."""
        return self._total

    def _link(self, rel: str) -> Any | None:
        for link in self.links:
            if (getattr(link, "rel", None) or "").lower() == rel:
                return link
        return None

    def _follow(self, rel: str) -> Collection[R]:
        link = self._link(rel)
        paged = self._fetch_page is not None or self._fetch_token is not None
        if link is None or not paged:
            raise PaginationError(f"There is no {'next' if rel == 'next' else 'previous'} page")
        query = parse_qs(urlsplit(str(link.href)).query)
        try:
            offset = int(query["offset"][0]) if "offset" in query else None
            limit = int(query["limit"][0]) if "limit" in query else None
        except ValueError as exc:
            raise PaginationError(f"The server's {rel} link is malformed: {link.href!r}") from exc
        page: Collection[R]
        if self._fetch_token is not None:
            if "cont_token" not in query:
                raise PaginationError(f"The server's {rel} link has no cont_token: {link.href!r}")
            page = self._fetch_token(query["cont_token"][0], limit)
            return page
        assert self._fetch_page is not None
        page = self._fetch_page(offset, limit)
        return page

    def has_next_page(self) -> bool:
        """Whether there is a page after this one.

        Returns:
            True when the server's answer links a next page.
        """
        return self._link("next") is not None

    def next_page(self) -> Collection[R]:
        """The next page (one request).

        Returns:
            The page after this one.

        Raises:
            PaginationError: this is the last page.
        """
        return self._follow("next")

    def previous_page(self) -> Collection[R]:
        """The previous page (one request).

        Returns:
            The page before this one.

        Raises:
            PaginationError: this is the first page.
        """
        return self._follow("prev")

    def all(self) -> Iterator[R]:
        """Every item from this page to the end of the list, in order, fetching pages as it goes.

        Up to ``api.concurrency.pages`` page requests are in flight at once when the list's total
        is known; otherwise the next page is fetched while this one is read (``pages=1``: one
        page at a time). Leaving the loop early stops fetching: pages not yet requested are
        never asked for.

        Returns:
            An iterator over the items, this page's first.
        """
        bound = concurrency_of(self.api).pages
        if bound <= 1 or not self.has_next_page():
            return self._sequential()
        plan = self._offset_plan()
        if plan is not None:
            return self._by_offsets(*plan, bound)
        return self._prefetching()

    def _sequential(self) -> Iterator[R]:
        page: Collection[R] = self
        while True:
            yield from list.__iter__(page)
            if not page.has_next_page():
                return
            page = page.next_page()

    def _offset_plan(self) -> tuple[int, int, int] | None:
        """``(next offset, limit, total)`` when the remaining pages can be fetched by offset."""
        link = self._link("next")
        if self._fetch_page is None or self._fetch_token is not None or link is None:
            return None
        query = parse_qs(urlsplit(str(link.href)).query)
        try:
            offset = int(query["offset"][0])
            limit = int(query["limit"][0]) if "limit" in query else len(self)
        except (KeyError, ValueError):
            return None
        total = self._total
        if total is None or limit < 1 or offset < 0:
            return None
        return offset, limit, total

    def _by_offsets(self, first: int, limit: int, total: int, bound: int) -> Iterator[R]:
        fetch = self._fetch_page
        assert fetch is not None
        offsets = iter(range(first, total, limit))
        pool = ThreadPoolExecutor(max_workers=bound, thread_name_prefix="sbg-pages")
        in_flight: deque[Future[Collection[R]]] = deque()

        def request_next() -> None:
            offset = next(offsets, None)
            if offset is not None:
                # In the caller's context, so a page sees what its request would (``api.aa()``).
                context = contextvars.copy_context()
                in_flight.append(pool.submit(context.run, fetch, offset, limit))

        last: Collection[R] = self
        try:
            for _ in range(bound):
                request_next()
            yield from list.__iter__(self)
            while in_flight:
                last = in_flight.popleft().result()
                request_next()  # keeps ``bound`` requests in flight while this page is read
                yield from list.__iter__(last)
        finally:
            for future in in_flight:
                future.cancel()
            pool.shutdown(wait=True)
        if last is not self and last.has_next_page():
            # The list grew while it was read: carry on from the last page's own link.
            yield from last.next_page()._sequential()

    def _prefetching(self) -> Iterator[R]:
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sbg-pages")
        upcoming: Future[Collection[R]] | None = None
        try:
            page: Collection[R] = self
            while True:
                upcoming = (
                    pool.submit(contextvars.copy_context().run, page.next_page)
                    if page.has_next_page()
                    else None
                )
                yield from list.__iter__(page)
                if upcoming is None:
                    return
                page = upcoming.result()
        finally:
            if upcoming is not None:
                upcoming.cancel()
            pool.shutdown(wait=True)

    def __repr__(self) -> str:
        return f"<Collection: total={self._total}, available={len(self)}>"


class VolumeCollection(Collection[R]):
    """One page of a volume listing (``volume.list()``): the objects (``self``) and the
    ``prefixes`` of this page.

    ``all()`` iterates the objects of every page from this one on, fetching the next page (by
    continuation token) while this one is read, as for every list without a total;
    ``all_prefixes()`` iterates the prefixes, fetching each page when it is reached. A listing has
    no total and cannot page backwards.
    """

    def __init__(
        self,
        href: str | None,
        items: list[R],
        links: list[Any],
        prefixes: list[Any],
        api: Api | None,
        fetch_next: Callable[[str, int | None], VolumeCollection[R]] | None = None,
        resource: Any = None,
    ) -> None:
        super().__init__(resource, href, None, items, links, api)
        self.prefixes = prefixes
        self._fetch_next = fetch_next

    @property
    def total(self) -> int | None:
        """Always ``None``: the server does not count a volume's objects."""
        return None

    def _next_token(self) -> tuple[str, int | None] | None:
        for link in self.links:
            url = getattr(link, "next_", None) or getattr(link, "next", None)
            if isinstance(url, str) and url:
                query = parse_qs(urlsplit(url).query)
                if "continuation_token" not in query:
                    raise PaginationError(f"The server's next link has no token: {url!r}")
                limit = query.get("limit", [None])[0]
                try:
                    return query["continuation_token"][0], int(limit) if limit else None
                except ValueError as exc:
                    raise PaginationError(f"The server's next link is malformed: {url!r}") from exc
        return None

    def has_next_page(self) -> bool:
        """Whether the server linked a next page.

        Returns:
            True when there is a next page.
        """
        return self._next_token() is not None

    def next_page(self) -> VolumeCollection[R]:
        """The next page, through the continuation token (one request).

        Returns:
            The page after this one.

        Raises:
            PaginationError: this is the last page.
        """
        token = self._next_token()
        if token is None or self._fetch_next is None:
            raise PaginationError("There is no next page")
        return self._fetch_next(*token)

    def previous_page(self) -> VolumeCollection[R]:
        """Always raises: a volume listing cannot page backwards.

        Returns:
            Never returns.

        Raises:
            PaginationError: always.
        """
        raise PaginationError("Cannot paginate backwards: volume listings only go forward")

    def _pages(self) -> Iterator[VolumeCollection[R]]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def all_prefixes(self) -> Iterator[Any]:
        """Every prefix from this page to the end of the listing.

        Yields:
            The prefixes (``prefix``), fetching the next page when this one is used up.
        """
        for page in self._pages():
            yield from page.prefixes

    def __repr__(self) -> str:
        return f"<VolumeCollection: objects={len(self)}, prefixes={len(self.prefixes)}>"


def _total_of(response: Response[Any]) -> int | None:
    value = response.headers.get("X-Total-Matching-Query")
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def query_collection(
    api: Api,
    resource_cls: type[Resource] | None,
    list_model: type[Any],
    endpoint: Callable[..., Response[Any]],
    *args: Any,
    offset: Any = None,
    limit: Any = None,
    wrap: Callable[[Any], Any] | None = None,
    cont_token: str | None = None,
    extra_params: Sequence[tuple[str, str]] = (),
    **kwargs: Any,
) -> Collection[Any]:
    """Call a generated list endpoint and wrap the page in a :class:`Collection`.

    ``resource_cls`` wraps each item as a (lazy) resource; ``wrap`` may be given instead for items
    without identity (cost breakdowns), otherwise items become read-only views. With ``cont_token``
    the list is paged by continuation token (``endpoint`` must take ``cont_token``, and no
    ``offset``); ``extra_params`` are query parameters the endpoint does not name.
    """
    offset, limit = check_offset_limit(offset, limit)
    if cont_token is not None and offset is not None:
        raise ValidationError("cont_token cannot be combined with offset")
    params = {k: v for k, v in kwargs.items() if v is not None}

    def fetch(
        page_offset: int | None, page_limit: int | None, token: str | None = None
    ) -> Collection[Any]:
        extra: dict[str, Any] = {}
        if page_offset is not None:
            extra["offset"] = page_offset
        if page_limit is not None:
            extra["limit"] = page_limit
        if token is not None:
            extra["cont_token"] = token
        items: list[Any]
        if resource_cls is not None:
            # Resources build their models when first read: only the page itself is parsed here.
            response: Any = api._call_unparsed(
                endpoint, *args, extra_params=extra_params, **params, **extra
            )
            decoded = json_body(response)
            wire_items = decoded.get("items", []) if isinstance(decoded, dict) else None
            if not isinstance(wire_items, list) or not all(isinstance(i, dict) for i in wire_items):
                raise SbgError(f"Unexpected list response: {response.content[:200]!r}")
            body = list_model.from_dict({**decoded, "items": []})
            items = [resource_cls._from_wire(item, api, complete=False) for item in wire_items]
            return page_of(response, body, items, token)
        response = api._call(endpoint, *args, extra_params=extra_params, **params, **extra)
        body = response.parsed
        if not isinstance(body, list_model):
            raise SbgError(f"Unexpected list response: {response.content[:200]!r}")
        raw_items = [] if isinstance(body.items, Unset) else body.items
        if wrap is not None:
            items = [wrap(item) for item in raw_items]
        else:
            items = [plain(item) for item in raw_items]
        return page_of(response, body, items, token)

    def page_of(response: Any, body: Any, items: list[Any], token: str | None) -> Collection[Any]:
        """The page as a Collection: items, the server's links and count, how to fetch more."""
        links = [] if isinstance(body.links, Unset) else list(body.links)
        href = None if isinstance(body.href, Unset) else body.href
        if token is not None:
            return Collection(
                resource_cls, href, _total_of(response), items, links, api,
                fetch_token=lambda next_token, next_limit: fetch(None, next_limit, next_token),
            )  # fmt: skip
        return Collection(resource_cls, href, _total_of(response), items, links, api, fetch)

    return fetch(offset, limit, cont_token)
