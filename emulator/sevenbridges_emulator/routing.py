"""Method + path-pattern routing. Each handler module owns a `RouteTable`; the server merges them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import unquote

from .errors import ApiError

if TYPE_CHECKING:
    from .context import Context
    from .request import Request
    from .wire import Response

Handler = Callable[["Request", "Context"], "Response"]


@dataclass(frozen=True)
class Route:
    method: str
    pattern: str  # e.g. "/projects/{owner}/{project}"; each {name} is exactly one path segment
    handler: Handler
    advance_access_required: bool = False
    counts_against_rate_limit: bool = True

    @property
    def segments(self) -> tuple[str, ...]:
        return split_path(self.pattern)

    def match(self, segments: tuple[str, ...]) -> dict[str, str] | None:
        pattern = self.segments
        if len(pattern) != len(segments):
            return None
        params: dict[str, str] = {}
        for expected, actual in zip(pattern, segments, strict=True):
            if expected.startswith("{") and expected.endswith("}"):
                if not actual:
                    return None
                params[expected[1:-1]] = unquote(actual)
            elif unquote(actual) != expected:
                return None
        return params

    @property
    def specificity(self) -> tuple[int, ...]:
        # Literal segments beat parameters at the same position (e.g. a later `/files/scroll`
        # must win over `/files/{file_id}`).
        return tuple(1 if s.startswith("{") else 0 for s in self.segments)


def split_path(path: str) -> tuple[str, ...]:
    """`/a/b` -> ("a", "b"); empty segments are kept, so `/a//b` does not match `/a/b`."""
    relative = path[1:] if path.startswith("/") else path
    return tuple(relative.split("/")) if relative else ()


class RouteTable:
    """The routes of one handler module, declared with decorators."""

    def __init__(self) -> None:
        self.routes: list[Route] = []

    def route(
        self,
        method: str,
        pattern: str,
        *,
        advance_access_required: bool = False,
        counts_against_rate_limit: bool = True,
    ) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.routes.append(
                Route(
                    method.upper(),
                    pattern,
                    handler,
                    advance_access_required=advance_access_required,
                    counts_against_rate_limit=counts_against_rate_limit,
                )
            )
            return handler

        return register

    def get(self, pattern: str, **options: bool) -> Callable[[Handler], Handler]:
        return self.route("GET", pattern, **options)

    def post(self, pattern: str, **options: bool) -> Callable[[Handler], Handler]:
        return self.route("POST", pattern, **options)

    def patch(self, pattern: str, **options: bool) -> Callable[[Handler], Handler]:
        return self.route("PATCH", pattern, **options)

    def put(self, pattern: str, **options: bool) -> Callable[[Handler], Handler]:
        return self.route("PUT", pattern, **options)

    def delete(self, pattern: str, **options: bool) -> Callable[[Handler], Handler]:
        return self.route("DELETE", pattern, **options)


@dataclass(frozen=True)
class Match:
    route: Route
    params: dict[str, str]


class Router:
    """Finds the route for a method and path, or says 404 / 405 the way the API does."""

    def __init__(self, tables: Iterable[RouteTable]) -> None:
        routes = [route for table in tables for route in table.routes]
        seen: set[tuple[str, str]] = set()
        for route in routes:
            key = (route.method, route.pattern)
            if key in seen:
                raise ValueError(f"route registered twice: {route.method} {route.pattern}")
            seen.add(key)
        self.routes = sorted(routes, key=lambda r: r.specificity)

    def resolve(self, method: str, path: str) -> Match:
        segments = split_path(path)
        path_exists = False
        for route in self.routes:
            params = route.match(segments)
            if params is None:
                continue
            if route.method == method:
                return Match(route, params)
            path_exists = True
        if path_exists:
            raise ApiError(90006, f"Method {method} is not allowed on {path or '/'}.")
        raise ApiError(90003)

    def peek(self, method: str, path: str) -> Route | None:
        """The route a request would reach, without raising (for rate-limit accounting)."""
        try:
            return self.resolve(method, path).route
        except ApiError:
            return None
