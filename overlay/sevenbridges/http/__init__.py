"""HTTP plumbing: the client that owns the connection pool, auth, and error handlers."""

from .client import HttpClient

__all__ = ["HttpClient"]
