"""The exception hierarchy: every error this package raises is an :class:`SbgError`.

Server errors carry the HTTP ``status``, the Platform's error ``code``, its ``message`` and
``more_info``, and the ``request_id`` the server gave the request. Errors found on the client side,
before anything is sent, use ``status=-1``.
"""

from __future__ import annotations

from typing import Any


class SbgError(Exception):
    """Base class of every error raised by the sevenbridges package."""

    def __init__(
        self,
        message: str | None = None,
        code: int | None = None,
        status: int | None = None,
        more_info: str | None = None,
    ) -> None:
        self.message = message
        self.code = code
        self.status = status
        self.more_info = more_info
        self.request_id: str | None = None
        super().__init__(message)

    def __str__(self) -> str:
        parts = [self.message or self.__class__.__name__]
        if self.status is not None and self.status != -1:
            parts.append(f"status={self.status}")
        if self.code is not None:
            parts.append(f"code={self.code}")
        if self.request_id:
            parts.append(f"request_id={self.request_id}")
        if self.more_info:
            parts.append(f"more_info={self.more_info}")
        return parts[0] if len(parts) == 1 else f"{parts[0]} ({', '.join(parts[1:])})"

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__name__}(message={self.message!r}, code={self.code!r}, "
            f"status={self.status!r}, request_id={self.request_id!r})"
        )


class _HttpError(SbgError):
    """An error answered by the server with a given HTTP status."""

    http_status: int = 0

    def __init__(
        self, code: int | None = None, message: str | None = None, more_info: str | None = None
    ) -> None:
        super().__init__(message=message, code=code, status=self.http_status, more_info=more_info)


class BadRequest(_HttpError):
    """400: the server could not accept the request as sent."""

    http_status = 400


class Unauthorized(_HttpError):
    """401: the token is missing, wrong or expired."""

    http_status = 401


class Forbidden(_HttpError):
    """403: you may not do this."""

    http_status = 403


class NotFound(_HttpError):
    """404: no such resource (or you cannot see it)."""

    http_status = 404


class MethodNotAllowed(_HttpError):
    """405: the resource does not take this method."""

    http_status = 405


class RequestTimeout(_HttpError):
    """408: the server gave up waiting for the request."""

    http_status = 408


class Conflict(_HttpError):
    """409: the resource already exists or is in the wrong state."""

    http_status = 409


class TooManyRequests(_HttpError):
    """429: the rate limit is exhausted; see ``Api.reset_time``."""

    http_status = 429


class ServerError(_HttpError):
    """500 (and other 5xx without a class of their own): the server failed."""

    http_status = 500


class ServiceUnavailable(_HttpError):
    """503: maintenance (code 0) or a service is down."""

    http_status = 503


class URITooLong(_HttpError):
    """The request URL is longer than the API accepts; raised before sending."""

    http_status = -1


class NetworkError(SbgError):
    """The request got no answer: the connection failed, broke off or timed out.

    ``request`` is the :class:`httpx.Request` that failed (method and URL; its headers hold the
    credentials, so they are never part of the message). Reads are retried before this is raised;
    a request that may have changed something on the server is not.
    """

    def __init__(self, *, message: str | None = None, request: Any = None) -> None:
        super().__init__(message=message)
        self.request = request


class NonJSONResponseError(SbgError):
    """The server (or a proxy in front of it) answered with a body that is not JSON."""

    def __init__(
        self,
        status: int,
        code: int | None = None,
        message: str | None = None,
        more_info: str | None = None,
    ) -> None:
        super().__init__(message=message, code=code, status=status, more_info=more_info)


class _ClientError(SbgError):
    """An error found before anything was sent."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message=message, status=-1)


class ValidationError(_ClientError):
    """A value given to this package is not valid; the message names it."""


class ReadOnlyPropertyError(_ClientError):
    """An attempt to assign a read-only field."""


class PaginationError(_ClientError):
    """There is no next or previous page."""


class AdvanceAccessError(_ClientError):
    """The feature needs advance access (``Api(advance_access=True)``)."""


class ResourceNotModified(_ClientError):
    """``save()`` was called but nothing changed since the resource was loaded."""

    def __init__(self) -> None:
        super().__init__("No relevant fields have been modified; nothing to save.")


class LocalFileAlreadyExists(SbgError):
    """The local target exists and ``overwrite`` was not given."""

    def __init__(
        self, code: int | None = None, message: str | None = None, more_info: str | None = None
    ) -> None:
        super().__init__(message=message, code=code, status=-1, more_info=more_info)


class TransferError(SbgError):
    """An upload or download failed: the storage refused a part, the bytes did not match, or the
    local file changed. The message names the file and the part."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message=message, status=status if status is not None else -1)


class TransferStateError(_ClientError):
    """``pause()``, ``resume()``, ``stop()`` or ``start()`` of a transfer whose state does not
    allow it (``stop()`` of a transfer that is neither running nor paused, for example)."""


class LocalFileChanged(TransferError):
    """The local file changed while it was being uploaded; the upload was dropped."""


class ExecutionDetailsInvalidTaskType(SbgError):
    """Execution details are not available for this kind of task (batch parents)."""

    def __init__(
        self, code: int | None = None, message: str | None = None, more_info: str | None = None
    ) -> None:
        super().__init__(message=message, code=code, status=-1, more_info=more_info)


class TaskValidationError(SbgError):
    """A task cannot run because its inputs or settings are invalid."""

    def __init__(self, message: str | None, task: Any = None) -> None:
        super().__init__(message=message, status=-1)
        self.task = task


class WaitTimeout(SbgError):
    """Waiting for something to finish (``task.wait(timeout=...)``) took longer than allowed.

    ``last`` is the last state seen (the resource, or the items still pending). What was waited
    for keeps running on the server.
    """

    def __init__(self, *, message: str, last: Any = None) -> None:
        super().__init__(message=message, status=-1)
        self.last = last


class BulkError(SbgError):
    """A bulk call failed part way: some chunks were answered, one failed, others were not sent.

    ``records`` holds one record per input item in input order, ``None`` where the outcome is not
    known; ``unknown`` lists the items whose chunk failed (the server may or may not have acted on
    them) and ``not_sent`` the items never sent. ``cause`` is the error of the failed chunk. Nothing
    that already happened is lost: every answered item has its record.
    """

    def __init__(
        self,
        *,
        message: str,
        records: list[Any],
        unknown: list[Any],
        not_sent: list[Any],
        cause: SbgError,
    ) -> None:
        super().__init__(message=message, status=cause.status, code=cause.code)
        self.request_id = cause.request_id
        self.records = records
        self.unknown = unknown
        self.not_sent = not_sent
        self.cause = cause


class JobFailed(SbgError):
    """A job waited for (an import, an export, a DRS import) ended in failure.

    The message names the job and the item that failed; ``job`` is the job as last read (its
    results included) and ``error`` the server's error for the item, when it gave one.
    """

    def __init__(self, *, message: str, job: Any, error: SbgError | None = None) -> None:
        super().__init__(
            message=message,
            status=error.status if error is not None else -1,
            code=error.code if error is not None else None,
        )
        self.job = job
        self.error = error


# One table from HTTP status to exception class; anything else >= 500 is a ServerError and
# anything else >= 400 a plain SbgError with the status set.
STATUS_TO_ERROR: dict[int, type[_HttpError]] = {
    cls.http_status: cls
    for cls in (
        BadRequest,
        Unauthorized,
        Forbidden,
        NotFound,
        MethodNotAllowed,
        RequestTimeout,
        Conflict,
        TooManyRequests,
        ServerError,
        ServiceUnavailable,
    )
}


def error_for_status(
    status: int,
    code: int | None,
    message: str | None,
    more_info: str | None,
    request_id: str | None = None,
) -> SbgError:
    """Build the exception that an error response with this status and body stands for."""
    cls = STATUS_TO_ERROR.get(status)
    error: SbgError
    if cls is not None:
        error = cls(code=code, message=message, more_info=more_info)
    elif status >= 500:
        error = ServerError(code=code, message=message, more_info=more_info)
        error.status = status
    else:
        error = SbgError(message=message, code=code, status=status, more_info=more_info)
    error.request_id = request_id
    return error


__all__ = [
    "AdvanceAccessError",
    "BadRequest",
    "BulkError",
    "Conflict",
    "ExecutionDetailsInvalidTaskType",
    "Forbidden",
    "JobFailed",
    "LocalFileAlreadyExists",
    "LocalFileChanged",
    "MethodNotAllowed",
    "NetworkError",
    "NonJSONResponseError",
    "NotFound",
    "PaginationError",
    "ReadOnlyPropertyError",
    "RequestTimeout",
    "ResourceNotModified",
    "SbgError",
    "ServerError",
    "ServiceUnavailable",
    "TaskValidationError",
    "TooManyRequests",
    "TransferError",
    "TransferStateError",
    "URITooLong",
    "Unauthorized",
    "ValidationError",
    "WaitTimeout",
    "error_for_status",
]
