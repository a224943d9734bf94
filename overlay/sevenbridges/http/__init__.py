"""HTTP plumbing: the client that owns the connection pool, auth, and error handlers."""

from .httpx_cli import defer_httpx_cli

defer_httpx_cli()  # before anything here imports httpx

from .client import HttpClient  # noqa: E402

__all__ = ["HttpClient"]
