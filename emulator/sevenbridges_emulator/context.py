"""What every handler may use besides the request: the store, faults and the server's own URLs."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from .faults import Faults
from .rate_limit import RateLimiter
from .state import State


@dataclass
class Context:
    state: State
    faults: Faults
    rate_limiter: RateLimiter
    origin: str  # scheme://host:port of the API server

    @property
    def base_url(self) -> str:
        return f"{self.origin}/v2"

    def href(self, *segments: str) -> str:
        """An absolute API URL, e.g. href("projects", "john_doe", "demo")."""
        return "/".join([self.base_url, *(quote(s, safe="") for s in segments)])
