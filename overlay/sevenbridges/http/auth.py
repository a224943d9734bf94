"""Authentication for API requests, scoped to the API's own origin."""

from __future__ import annotations

from collections.abc import Generator

import httpx

AUTH_TOKEN_HEADER = "X-SBG-Auth-Token"
ADVANCE_ACCESS_HEADER = "X-SBG-Advance-Access"


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

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if (request.url.scheme, request.url.host, request.url.port) == self._origin:
            if self._oauth_token:
                request.headers["Authorization"] = f"Bearer {self._oauth_token}"
            elif self._token:
                request.headers[AUTH_TOKEN_HEADER] = self._token
            if self.advance_access:
                request.headers[ADVANCE_ACCESS_HEADER] = "advance"
        yield request

    def __repr__(self) -> str:
        return f"ApiAuth(origin={self._origin!r}, advance_access={self.advance_access})"
