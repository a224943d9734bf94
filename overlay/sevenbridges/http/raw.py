"""The raw escape hatch: ``api.get/post/put/patch/delete(url, ...)`` for what the overlay does not
wrap, as the compatible client has them.

A raw request takes the same path as every other call (``api.session.request``, the dispatch
point): auth headers for the API's own origin only, the error-handler chain, connection retries,
rate-limit bookkeeping and a typed :class:`SbgError` for any status of 400 or more.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ..errors import ValidationError

if TYPE_CHECKING:
    from .client import ApiSession


def _target(url: Any, append_base: bool) -> str:
    if not isinstance(url, str) or not url.strip():
        raise ValidationError(f"url must be a non-empty string, got {url!r}")
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as error:
        raise ValidationError(f"Invalid url {url!r}: {error}") from None
    if append_base and parsed.is_absolute_url:
        raise ValidationError(
            f"{url!r} is an absolute URL: pass append_base=False to send it as it is"
        )
    if not append_base and not parsed.is_absolute_url:
        raise ValidationError(f"{url!r} is not an absolute URL, as append_base=False needs")
    return url


class RawRequests:
    """``get``, ``post``, ``put``, ``patch`` and ``delete`` of a path (or, with
    ``append_base=False``, a full URL), returning the ``httpx.Response``."""

    if TYPE_CHECKING:

        @property
        def session(self) -> ApiSession: ...

    def _raw(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str] | None,
        params: Any,
        data: Any,
        append_base: bool,
    ) -> httpx.Response:
        target = _target(url, append_base)
        if headers is not None and not isinstance(headers, Mapping):
            raise ValidationError(f"headers must be a dict, got {headers!r}")
        kwargs: dict[str, Any] = {}
        if headers:
            kwargs["headers"] = dict(headers)
        if params:
            kwargs["params"] = params
        if isinstance(data, str | bytes):
            kwargs["content"] = data
        elif data is not None:
            kwargs["json"] = data
        return self.session.request(method, target, **kwargs)

    def get(
        self,
        url: str,
        headers: Mapping[str, str] | None = None,
        params: Any = None,
        data: Any = None,
        append_base: bool = True,
        stream: bool = False,
    ) -> httpx.Response:
        """GET ``url`` (a path under the API's base URL, such as ``'projects'``).

        Args:
            url: the path, or a full URL of the API with ``append_base=False``.
            headers: extra request headers.
            params: query parameters (a dict, or a list of pairs for repeated names).
            data: a JSON-serialisable body (a ``str`` or ``bytes`` is sent as it is).
            append_base: whether ``url`` is relative to the API's base URL.
            stream: accepted for compatibility; the body is always read.

        Returns:
            The ``httpx.Response`` (``status_code``, ``headers``, ``json()``).

        Raises:
            ValidationError: a malformed url (before any request).
            SbgError: the typed error of a status of 400 or more.
        """
        return self._raw("GET", url, headers, params, data, append_base)

    def post(
        self,
        url: str,
        headers: Mapping[str, str] | None = None,
        params: Any = None,
        data: Any = None,
        append_base: bool = True,
    ) -> httpx.Response:
        """POST to ``url``; the arguments, return value and errors are those of :meth:`get`."""
        return self._raw("POST", url, headers, params, data, append_base)

    def put(
        self,
        url: str,
        headers: Mapping[str, str] | None = None,
        params: Any = None,
        data: Any = None,
        append_base: bool = True,
    ) -> httpx.Response:
        """PUT to ``url``; the arguments, return value and errors are those of :meth:`get`."""
        return self._raw("PUT", url, headers, params, data, append_base)

    def patch(
        self,
        url: str,
        headers: Mapping[str, str] | None = None,
        params: Any = None,
        data: Any = None,
        append_base: bool = True,
    ) -> httpx.Response:
        """PATCH ``url``; the arguments, return value and errors are those of :meth:`get`."""
        return self._raw("PATCH", url, headers, params, data, append_base)

    def delete(
        self,
        url: str,
        headers: Mapping[str, str] | None = None,
        params: Any = None,
        append_base: bool = True,
    ) -> httpx.Response:
        """DELETE ``url``; the arguments, return value and errors are those of :meth:`get`."""
        return self._raw("DELETE", url, headers, params, None, append_base)


__all__ = ["RawRequests"]
