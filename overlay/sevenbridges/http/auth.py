"""Authentication for API requests, scoped to the API's own origin."""

from __future__ import annotations

from collections.abc import Generator

import httpx

AUTH_TOKEN_HEADER = "X-SBG-Auth-Token"
ADVANCE_ACCESS_HEADER = "X-SBG-Advance-Access"


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
        if self.advance_access:
            found[ADVANCE_ACCESS_HEADER] = "advance"
        return found

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if (request.url.scheme, request.url.host, request.url.port) == self._origin:
            request.headers.update(self.headers())
        yield request

    def __repr__(self) -> str:
        return f"ApiAuth(origin={self._origin!r}, advance_access={self.advance_access})"
