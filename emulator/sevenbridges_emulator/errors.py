"""Platform error codes and the exception handlers raise to answer with one."""

from __future__ import annotations

# code -> (HTTP status, message), from the public API status-code table (see shared/api/wire.md §2.2).
CODES: dict[int, tuple[int, str]] = {
    0: (503, "The Platform is currently under maintenance."),
    1000: (429, "Rate limit exceeded! Check response headers."),
    2001: (403, "Not enough privileges to access requested user info."),
    2002: (404, "Requested user does not exist."),
    2105: (400, "Please specify the division you are listing the users or teams for."),
    3001: (403, "Not enough privileges to access the requested project/member."),
    3002: (404, "Requested project or member does not exist."),
    3003: (409, "Requested project/member already exists"),
    3005: (400, "Member username must not be null or empty string."),
    3007: (400, "Project name must not be null or empty string."),
    3008: (400, "Billing group id must not be null or empty string"),
    4001: (403, "Insufficient privileges to access the requested billing group/invoice."),
    4002: (404, "Requested billing group/invoice does not exist."),
    4005: (400, "Billing group id must be a valid UUID."),
    4006: (403, "You are not a member of this billing group."),
    9021: (400, "Invalid time format. Check the documentation."),
    90000: (400, "Bad request."),
    90001: (401, "Unauthorized."),
    90002: (403, "Forbidden."),
    90003: (404, "Not found."),
    90004: (500, "Unexpected error happened."),
    90005: (503, "Service unavailable."),
    90006: (405, "Method not allowed."),
    90007: (409, "Conflict."),
    90008: (415, "Unsupported Media Type."),
    90009: (400, "An error occurred during the decoding of the request content."),
}

# The generic code for an HTTP status, for errors raised below the router (malformed request lines).
GENERIC_CODE_BY_STATUS: dict[int, int] = {
    400: 90000,
    401: 90001,
    403: 90002,
    404: 90003,
    405: 90006,
    409: 90007,
    415: 90008,
    500: 90004,
    503: 90005,
}

ADVANCE_ACCESS_MESSAGE = "Advance access feature needs X-SBG-Advance-Access: advance header."


class ApiError(Exception):
    """Raised anywhere in request handling; the server turns it into the JSON error body."""

    def __init__(self, code: int, message: str | None = None, *, status: int | None = None) -> None:
        default_status, default_message = CODES.get(code, (400, "Bad request."))
        self.code = code
        self.status = status if status is not None else default_status
        self.message = message if message is not None else default_message
        super().__init__(f"{self.status} {self.code}: {self.message}")


def bad_request(message: str) -> ApiError:
    """A 400 with the generic code and a message that says what was wrong."""
    return ApiError(90000, message)
