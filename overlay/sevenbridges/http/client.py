"""The one request path: every API call, retry, handler and error goes through here.

``HttpClient`` owns one ``httpx.Client`` (``ApiSession``) with the connection pool, timeout, proxies
and auth, and hands a generated ``sevenbridges_api.Client`` wrapping it to every generated endpoint
function. ``ApiSession.request`` is what generated code calls; it checks the URL length, sends,
records the rate-limit headers and request id, runs the error-handler chain until it settles and
turns any status >= 400 into the typed exception. ``ApiSession.send`` is the retrying send: a
connection that fails is retried (reads always, writes only when they never reached the server) and
a failure that remains becomes a :class:`NetworkError`. Error handlers written for sevenbridges-python
(``api.session.send(response.request)``) re-send through it, without recursing into the chain.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import ipaddress
import json
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

import httpx
from sevenbridges_api.client import Client as GeneratedClient
from sevenbridges_api.types import Response

from .. import __version__
from ..config import Config
from ..errors import NetworkError, NonJSONResponseError, SbgError, URITooLong, error_for_status
from . import retry
from .auth import ApiAuth, MaskedHeaders

if TYPE_CHECKING:
    from .error_handlers import ErrorHandler

log = logging.getLogger("sevenbridges")

T = TypeVar("T")

DEFAULT_TIMEOUT = 300.0
MAX_URL_LENGTH = 6000
# How long a connection-retry backoff may grow to, in seconds.
MAX_CONNECTION_BACKOFF = 30.0
# How many times the error-handler chain runs for one request at most: it runs again while a handler
# changes the status of an error (a maintenance wait that ends in a 429, say), and stops at the
# first round that changes nothing or ends in success.
MAX_HANDLER_ROUNDS = 8
# Query parameters the spec cannot name (``metadata.<key>`` filters), added to the request that
# ``HttpClient._call(..., extra_params=...)`` makes in this context (thread or task).
_EXTRA_PARAMS: contextvars.ContextVar[tuple[tuple[str, str], ...]] = contextvars.ContextVar(
    "sevenbridges_extra_params", default=()
)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _normalise_url(url: str, debug: bool) -> httpx.URL:
    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError) as exc:
        raise SbgError(f"Invalid API URL {url!r}: {exc}") from exc
    if parsed.scheme not in {"http", "https"} or not parsed.host:
        raise SbgError(f"Invalid API URL {url!r}: expected https://host/v2")
    # Plain http would send the token in clear text; allow it only for debugging or on loopback.
    if parsed.scheme == "http" and not debug and not _is_loopback(parsed.host):
        raise SbgError(f"Refusing the insecure URL {url!r}: use https, or pass debug=True")
    path = parsed.path.rstrip("/")
    return parsed.copy_with(path=path + "/", query=None, fragment=None)


def proxies_by_scheme(proxies: Mapping[str, str] | None) -> dict[str, str]:
    """The proxy URL for ``http`` and for ``https`` requests from a ``proxies`` setting.

    Args:
        proxies: Keys name the scheme of the requests the proxy serves, written as documented for
            sevenbridges-python (``https_proxy``, ``http_proxy``, in any case) or as ``https``,
            ``https://`` or ``all``; values are ``host:port`` or a URL (``http://host:port``).

    Returns:
        ``{"http": url, "https": url}`` for the schemes given; a value without a scheme gets
        ``http://`` (the proxy itself is spoken to in plain HTTP, HTTPS is tunnelled through it).

    Raises:
        SbgError: A key names another scheme, or a value is empty. The value itself is never
            shown, as it may hold the proxy's password.
    """
    found: dict[str, str] = {}
    for key, proxy in (proxies or {}).items():
        scheme = str(key).strip().lower().rstrip(":/").removesuffix("_proxy")
        if scheme not in {"http", "https", "all"}:
            raise SbgError(
                f"Unknown proxy scheme {key!r}: use 'https_proxy' and 'http_proxy' "
                "(or 'https' and 'http')"
            )
        if not isinstance(proxy, str) or not proxy.strip():
            raise SbgError(f"The proxy for {key!r} is empty: give host:port or http://host:port")
        url = proxy.strip()
        if "://" not in url:
            url = f"http://{url}"
        for name in ("http", "https") if scheme == "all" else (scheme,):
            found[name] = url
    return found


def _proxy_mounts(
    proxies: dict[str, str] | None, limits: httpx.Limits
) -> dict[str, httpx.BaseTransport] | None:
    mounts: dict[str, httpx.BaseTransport] = {
        f"{scheme}://": httpx.HTTPTransport(proxy=proxy, limits=limits)
        for scheme, proxy in proxies_by_scheme(proxies).items()
    }
    return mounts or None


def non_json_error(response: httpx.Response) -> NonJSONResponseError:
    """The error for an answer whose body is not the JSON expected: the start of its text and its
    request id."""
    error = NonJSONResponseError(
        status=response.status_code,
        message=f"HTTP {response.status_code} from {response.request.method} "
        f"{response.request.url} with a non-JSON body: {response.text.strip()[:300]!r}",
    )
    error.request_id = response.headers.get("X-Request-Id")
    return error


def json_body(response: httpx.Response) -> Any:
    """The decoded JSON body of a successful answer; a body that is not JSON raises
    :class:`NonJSONResponseError`."""
    try:
        return response.json()
    except ValueError:
        raise non_json_error(response) from None


@contextlib.contextmanager
def _extra_query(extra_params: Sequence[tuple[str, str]]) -> Iterator[None]:
    """Within the block, requests carry ``extra_params`` beyond the generated function's own."""
    if not extra_params:
        yield
        return
    token = _EXTRA_PARAMS.set(tuple(extra_params))
    try:
        yield
    finally:
        _EXTRA_PARAMS.reset(token)


class ApiSession(httpx.Client):
    """The ``httpx.Client`` of an :class:`HttpClient`; ``request`` is the dispatch point and
    ``send`` the retrying send that error handlers re-send with."""

    def __init__(self, owner: HttpClient, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._owner = owner

    def request(  # generated code passes only keyword arguments
        self, method: str, url: httpx.URL | str, **kwargs: Any
    ) -> httpx.Response:
        return self._owner._dispatch(method, url, kwargs)

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        """Send ``request`` as it is, retrying a failed connection with backoff.

        Args:
            request: The request to send (``response.request`` to re-send one).
            **kwargs: What :meth:`httpx.Client.send` takes (``stream``, ``auth``,
                ``follow_redirects``).

        Returns:
            The response, whatever its status: the error-handler chain and the mapping of
            statuses to errors belong to the dispatch point.

        Raises:
            NetworkError: No answer came after the retries (or, for a request that may have
                changed something, after the first try that reached the server).
        """
        return self._owner._send_with_retries(request, kwargs)

    def _send_once(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        return super().send(request, **kwargs)


class HttpClient:
    """Connection settings and the request path shared by every resource of an ``Api``.

    ``error_handlers`` replaces the handlers run after every response; when it is not given they
    are ``rate_limit_sleeper`` and ``maintenance_sleeper`` (each waits a bounded time, see
    :mod:`sevenbridges.http.error_handlers`), and ``error_handlers=[]`` turns waiting off.
    ``retry_count`` and ``backoff_factor`` govern re-sending a request that got no answer.
    ``proxies`` takes ``{"https_proxy": "host:port", "http_proxy": "host:port"}``.
    """

    def __init__(
        self,
        url: str | None = None,
        token: str | None = None,
        oauth_token: str | None = None,
        config: Config | None = None,
        timeout: float | httpx.Timeout | None = None,
        proxies: dict[str, str] | None = None,
        error_handlers: list[ErrorHandler] | None = None,
        advance_access: bool = False,
        pool_connections: int | None = None,
        pool_maxsize: int | None = None,
        pool_block: bool = True,
        max_parallel_requests: int | None = None,
        retry_count: int | None = None,
        backoff_factor: float | None = None,
        debug: bool = False,
    ) -> None:
        url, token, oauth_token, proxies, advance_access = self._resolve_settings(
            url, token, oauth_token, config, proxies, advance_access
        )
        self.url = str(_normalise_url(url, debug)).rstrip("/")
        base_url = _normalise_url(url, debug)
        self.debug = debug
        self.timeout = timeout if timeout is not None else DEFAULT_TIMEOUT
        self.retry_count = 6 if retry_count is None else int(retry_count)
        if self.retry_count < 0:
            raise SbgError(f"retry_count must be 0 or more, got {retry_count!r}")
        self.backoff_factor = 1.0 if backoff_factor is None else float(backoff_factor)
        self.pool_block = pool_block
        self._auth = ApiAuth(base_url, token, oauth_token, advance_access)
        limits = httpx.Limits(
            max_connections=pool_maxsize or 100,
            max_keepalive_connections=pool_connections or 10,
        )
        self._limits = limits
        self._proxies = proxies
        self._session = ApiSession(
            self,
            base_url=base_url,
            auth=self._auth,
            timeout=self.timeout,
            limits=limits,
            mounts=_proxy_mounts(proxies, limits),
            headers={
                "Accept": "application/json",
                "User-Agent": f"sevenbridges-openapi/{__version__} httpx/{httpx.__version__}",
            },
            follow_redirects=False,
        )
        self._generated = GeneratedClient(base_url=str(base_url)).set_httpx_client(self._session)
        self._parallel = threading.BoundedSemaphore(max_parallel_requests or 100)
        self._error_handlers: list[ErrorHandler] = []
        if error_handlers is None:
            from .error_handlers import DEFAULT_ERROR_HANDLERS

            error_handlers = list(DEFAULT_ERROR_HANDLERS)
        for handler in error_handlers:
            self.add_error_handler(handler)
        self._limit: int | None = None
        self._remaining: int | None = None
        self._reset: int | None = None
        self._request_id: str | None = None

    @staticmethod
    def _resolve_settings(
        url: str | None,
        token: str | None,
        oauth_token: str | None,
        config: Config | None,
        proxies: dict[str, str] | None,
        advance_access: bool,
    ) -> tuple[str, str | None, str | None, dict[str, str] | None, bool]:
        if token and oauth_token:
            raise SbgError("Give token or oauth_token, not both")
        explicit = bool(url and (token or oauth_token))
        if config is None and not explicit:
            config = Config()
        if config is not None:
            url = url or config.api_endpoint
            if not (token or oauth_token):
                token = config.auth_token
            proxies = proxies if proxies is not None else config.proxies
            advance_access = advance_access or bool(config.advance_access)
        missing = [
            name for name, value in (("url", url), ("token", token or oauth_token)) if not value
        ]
        if missing:
            raise SbgError(
                f"No API {' and no '.join(missing)} configured: pass url= and token= to Api(), set "
                "SB_API_ENDPOINT and SB_AUTH_TOKEN, or add a [default] profile with api_endpoint and "
                "auth_token to ~/.sevenbridges/credentials"
            )
        assert url is not None
        return url, token, oauth_token, proxies, advance_access

    # ----------------------------------------------------------------- public surface

    @property
    def session(self) -> ApiSession:
        """The underlying ``httpx.Client``; ``session.send(request)`` re-sends a request as is,
        retrying a dropped connection (see :meth:`ApiSession.send`)."""
        return self._session

    @property
    def limit(self) -> int | None:
        """Requests allowed per rate-limit window, from the last response."""
        return self._limit

    @property
    def remaining(self) -> int | None:
        """Requests left in the current window, from the last response."""
        return self._remaining

    @property
    def reset_time(self) -> datetime | None:
        """When the current rate-limit window ends (UTC), from the last response."""
        if self._reset is None:
            return None
        return datetime.fromtimestamp(self._reset, tz=UTC)

    @property
    def request_id(self) -> str | None:
        """The server's id of the last request (``X-Request-Id``)."""
        return self._request_id

    @property
    def token(self) -> str | None:
        """The auth token sent as ``X-SBG-Auth-Token`` (None when an OAuth token is used)."""
        return self._auth.token

    @property
    def oauth_token(self) -> str | None:
        """The OAuth token sent as ``Authorization: Bearer`` (None when ``token`` is used)."""
        return self._auth.oauth_token

    @property
    def headers(self) -> httpx.Headers:
        """The headers sent with every API request (auth and advance access included), read
        case-insensitively; a copy, so changing it changes nothing. They go to the API's own
        origin only, never to storage."""
        merged = MaskedHeaders(self._session.headers)
        merged.update(self._auth.headers())
        return merged

    @property
    def advance_access(self) -> bool:
        """Whether requests made here (this thread or task) send the advance-access header:
        always when set on the client, or inside an :meth:`aa` block."""
        return self._auth.advance_access_here()

    @advance_access.setter
    def advance_access(self, value: bool) -> None:
        self._auth.advance_access = bool(value)

    @contextlib.contextmanager
    def aa(self) -> Iterator[None]:
        """Send the advance-access header on the requests made inside this block.

        The block counts for the thread (or asyncio task) that entered it, and for the transfers
        it starts; requests other threads make meanwhile are not affected, and nothing is left
        switched on after the block, however blocks of several threads overlap.

        Returns:
            A context manager.
        """
        with self._auth.advance_access_block():
            yield

    def add_error_handler(self, handler: ErrorHandler) -> None:
        """Run ``handler(api, response) -> response`` after every response, after the others.

        A handler of a kind already installed (the same function, or a ``functools.partial`` of
        it such as ``partial(maintenance_sleeper, sleep=60)``) takes the installed one's place,
        so no kind of wait runs twice for one response.

        Args:
            handler: The callable; it returns the response the caller should see (a re-sent
                one, or the one it was given).

        Raises:
            SbgError: ``handler`` is not callable.
        """
        if not callable(handler):
            raise SbgError(f"Error handler {handler!r} is not callable")
        kind = _handler_kind(handler)
        for index, installed in enumerate(self._error_handlers):
            if _handler_kind(installed) == kind:
                self._error_handlers[index] = handler
                return
        self._error_handlers.append(handler)

    def remove_error_handler(self, handler: ErrorHandler) -> None:
        """Stop running ``handler`` (or the installed handler of its kind); a handler that is not
        installed is ignored.

        Args:
            handler: The handler, or another of its kind (see :meth:`add_error_handler`).
        """
        kind = _handler_kind(handler)
        self._error_handlers = [h for h in self._error_handlers if _handler_kind(h) != kind]

    @property
    def error_handlers(self) -> list[ErrorHandler]:
        """The handlers run after every response, in order (a copy: change them with
        ``add_error_handler`` and ``remove_error_handler``)."""
        return list(self._error_handlers)

    def close(self) -> None:
        """Close the connection pool."""
        self._session.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{self.__class__.__name__}(url={self.url!r})"

    # ----------------------------------------------------------------- the request path

    def _call(
        self,
        endpoint: Callable[..., Response[Any]],
        *args: Any,
        extra_params: Sequence[tuple[str, str]] = (),
        **kwargs: Any,
    ) -> Response[Any]:
        """Call a generated ``sync_detailed`` function through this client.

        ``extra_params`` are query parameters added to that request beyond the ones the generated
        function takes (open-ended names such as ``metadata.<key>``), each ``(name, value)``.
        """
        with _extra_query(extra_params):
            return endpoint(*args, client=self._generated, **kwargs)

    def _call_unparsed(
        self,
        endpoint: Callable[..., Response[Any]],
        *args: Any,
        extra_params: Sequence[tuple[str, str]] = (),
        **kwargs: Any,
    ) -> httpx.Response:
        """Call a generated endpoint through this client without parsing the answer into models.

        The request is the one the endpoint's module builds (its ``_get_kwargs``), sent through
        the same dispatch point (handlers, retries, typed errors). It serves answers whose items
        become resources that build their own model when first read (``Resource._from_wire``).
        """
        module = sys.modules[endpoint.__module__]
        request = module._get_kwargs(*args, **kwargs)
        with _extra_query(extra_params):
            response: httpx.Response = self._generated.get_httpx_client().request(**request)
        return response

    def _call_json(self, endpoint: Callable[..., Response[Any]], *args: Any, **kwargs: Any) -> Any:
        """Call a generated endpoint through this client and return its JSON body, unparsed."""
        return json_body(self._call_unparsed(endpoint, *args, **kwargs))

    def _call_parsed(
        self,
        model: type[T],
        endpoint: Callable[..., Response[Any]],
        *args: Any,
        **kwargs: Any,
    ) -> T:
        """Call a generated endpoint and return its parsed body, which must be a ``model``."""
        response = self._call(endpoint, *args, **kwargs)
        if not isinstance(response.parsed, model):
            raise SbgError(
                f"Unexpected response from the API (status {int(response.status_code)}): "
                f"{response.content[:200]!r}"
            )
        return response.parsed

    def _dispatch(
        self, method: str, url: httpx.URL | str, kwargs: dict[str, Any]
    ) -> httpx.Response:
        auth = kwargs.pop("auth", httpx.USE_CLIENT_DEFAULT)
        follow_redirects = kwargs.pop("follow_redirects", httpx.USE_CLIENT_DEFAULT)
        extra = _EXTRA_PARAMS.get()
        if extra:
            sent = httpx.QueryParams(kwargs.get("params") or {}).multi_items()
            kwargs["params"] = [*sent, *extra]
        request = self._session.build_request(method, url, **kwargs)
        if len(str(request.url)) > MAX_URL_LENGTH:
            raise URITooLong(
                message=f"The request URL is {len(str(request.url))} characters long; the API takes "
                f"at most {MAX_URL_LENGTH}. Ask for fewer items or shorter filters."
            )
        with self._parallel:
            response = self._session.send(request, auth=auth, follow_redirects=follow_redirects)
            self._observe(response)
            response = self._run_error_handlers(response)
        if response.status_code >= 400:
            raise self._error_from(response)
        return response

    def _run_error_handlers(self, response: httpx.Response) -> httpx.Response:
        """Run the handler chain again while a handler changes the status and the response is
        still an error, a bounded number of times: a maintenance wait may end in a 429 that a
        handler earlier in the list handles."""
        for _ in range(MAX_HANDLER_ROUNDS):
            changed = False
            for handler in list(self._error_handlers):
                handled = handler(self, response)
                if handled is response:
                    continue
                self._observe(handled)
                changed = changed or handled.status_code != response.status_code
                response = handled
            if not changed or response.status_code < 400:
                break
        return response

    def _send_with_retries(self, request: httpx.Request, options: dict[str, Any]) -> httpx.Response:
        attempt = 0
        while True:
            try:
                return self._session._send_once(request, **options)
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
                error: httpx.TransportError = exc  # never reached the server: always safe to retry
            except (
                httpx.ReadError,
                httpx.WriteError,
                httpx.RemoteProtocolError,
                httpx.ReadTimeout,
                httpx.WriteTimeout,
            ) as exc:  # may have reached the server: retried only when repeating does no harm
                if request.method not in retry.IDEMPOTENT_METHODS:
                    raise NetworkError(
                        message=f"{request.method} {request.url} failed after it was sent "
                        f"({exc!r}); not retried because the request is not idempotent",
                        request=request,
                    ) from exc
                error = exc
            except httpx.TransportError as exc:
                raise NetworkError(
                    message=f"{request.method} {request.url} failed: {exc!r}", request=request
                ) from exc
            except httpx.HTTPError as exc:  # too many redirects, an undecodable body
                raise SbgError(f"{request.method} {request.url} failed: {exc!r}") from exc
            attempt += 1
            if attempt > self.retry_count:
                raise NetworkError(
                    message=f"{request.method} {request.url} failed after {attempt} attempts: "
                    f"{error!r}",
                    request=request,
                ) from error
            delay = retry.backoff(attempt, base=self.backoff_factor, cap=MAX_CONNECTION_BACKOFF)
            log.warning(
                "%s %s: %r; retry %d in %.1fs", request.method, request.url, error, attempt, delay
            )
            time.sleep(delay)

    def _observe(self, response: httpx.Response) -> None:
        headers = response.headers
        for attribute, header in (
            ("_limit", "X-RateLimit-Limit"),
            ("_remaining", "X-RateLimit-Remaining"),
            ("_reset", "X-RateLimit-Reset"),
        ):
            value = headers.get(header)
            if value is not None:
                with contextlib.suppress(ValueError):
                    setattr(self, attribute, int(value))
        request_id = headers.get("X-Request-Id")
        if request_id:
            self._request_id = request_id

    @staticmethod
    def _error_from(response: httpx.Response) -> SbgError:
        request_id = response.headers.get("X-Request-Id")
        try:
            body = json.loads(response.content) if response.content else None
        except ValueError:
            body = None
        if isinstance(body, dict) and ("code" in body or "message" in body):
            code = body.get("code")
            message = body.get("message")
            more_info = body.get("more_info")
            return error_for_status(
                response.status_code,
                code if isinstance(code, int) else None,
                str(message) if message is not None else None,
                str(more_info) if more_info is not None else None,
                request_id,
            )
        return non_json_error(response)


def _handler_kind(handler: ErrorHandler) -> object:
    """What makes two handlers the same kind: the function under any ``functools.partial``."""
    while isinstance(handler, functools.partial):
        handler = handler.func
    return handler


__all__ = ["ApiSession", "HttpClient"]
