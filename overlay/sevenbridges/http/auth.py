"""Authentication for API requests, scoped to the API's own origin."""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Generator, Iterator

import httpx

AUTH_TOKEN_HEADER = "X-SBG-Auth-Token"
ADVANCE_ACCESS_HEADER = "X-SBG-Advance-Access"
# The clients inside an ``aa()`` block in this context (thread or asyncio task): a per-context
# setting, so blocks of several threads can overlap without leaving the header switched on.
_ADVANCE_ACCESS_BLOCKS: contextvars.ContextVar[tuple[ApiAuth, ...]] = contextvars.ContextVar(
    "sevenbridges_advance_access_blocks", default=()
)


SECRET_HEADERS = frozenset({AUTH_TOKEN_HEADER.lower(), "authorization"})


class MaskedHeaders(httpx.Headers):
    """Headers whose ``repr`` hides the auth token, so printing or logging them leaks nothing."""

    def __repr__(self) -> str:
        shown = {k: "*****" if k in SECRET_HEADERS else v for k, v in self.items()}
        return f"Headers({shown!r})"


class ApiAuth(httpx.Auth):
    """Adds the auth token (or OAuth bearer token) and the advance-access header.

    The headers are added only to requests for the API's own scheme, host and port, so a token can
    never reach a storage URL or any other host even if a request for one goes through this client.
    """

    def __init__(
        self, base_url: httpx.URL, token: str | None, oauth_token: str | None, advance: bool
    ) -> None:
        self._origin = (base_url.scheme, base_url.host, base_url.port)
        self._token = token
        self._oauth_token = oauth_token
        self.advance_access = advance

    @property
    def token(self) -> str | None:
        return self._token

    @property
    def oauth_token(self) -> str | None:
        return self._oauth_token

    def headers(self) -> dict[str, str]:
        """The headers added to every request for the API's origin."""
        found: dict[str, str] = {}
        if self._oauth_token:
            found["Authorization"] = f"Bearer {self._oauth_token}"
        elif self._token:
            found[AUTH_TOKEN_HEADER] = self._token
        if self.advance_access_here():
            found[ADVANCE_ACCESS_HEADER] = "advance"
        return found

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if (request.url.scheme, request.url.host, request.url.port) == self._origin:
            request.headers.update(self.headers())
        yield request

    def advance_access_here(self) -> bool:
        """Whether requests made in the current context send the advance-access header."""
        return self.advance_access or any(auth is self for auth in _ADVANCE_ACCESS_BLOCKS.get())

    @contextlib.contextmanager
    def advance_access_block(self) -> Iterator[None]:
        """Send the advance-access header on this context's requests while the block runs."""
        token = _ADVANCE_ACCESS_BLOCKS.set((*_ADVANCE_ACCESS_BLOCKS.get(), self))
        try:
            yield
        finally:
            _ADVANCE_ACCESS_BLOCKS.reset(token)

    def __repr__(self) -> str:
        return f"ApiAuth(origin={self._origin!r}, advance_access={self.advance_access})"
