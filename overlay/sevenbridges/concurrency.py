"""``Concurrency``: how much one :class:`~sevenbridges.Api` does at once, in one place.

The client runs work concurrently inside its synchronous calls, always within a bound: pages of a
listing (``Collection.all()``), chunks of a bulk call, files of a many-file transfer. The bounds
live in this one settings object rather than in more ``Api`` arguments, so every part of the
client reads the same numbers: ``sbg.Api(..., concurrency=sbg.Concurrency(pages=8))``, or later
``api.concurrency = sbg.Concurrency(pages=1)`` to turn page prefetching off. The parts of one
transfer keep their own bound (``upload_max_workers`` / ``download_max_workers``), as in the
compatible client.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import ValidationError

# Eight requests in flight turn the ten pages (or chunks) of a 1,000-item call into two round
# trips after the first, well within the connection pool (10 kept alive) and the rate limit.
DEFAULT_PAGES = 8
DEFAULT_BULK = 8
DEFAULT_FILES = 16  # files of a many-file transfer (transfer/many.py) in flight at once


@dataclass(frozen=True)
class Concurrency:
    """Bounds on the requests one ``Api`` keeps in flight for a single call.

    Args:
        pages: page requests in flight while ``Collection.all()`` iterates a list whose total is
            known (offset paging); lists paged by continuation token prefetch the next page
            whenever this is more than 1. 1 fetches one page at a time.
        bulk: chunks of a bulk call (100 items each) in flight at once.
        files: files moving at once in a many-file transfer.

    Raises:
        ValidationError: a bound that is not a whole number of at least 1, naming it.
    """

    pages: int = DEFAULT_PAGES
    bulk: int = DEFAULT_BULK
    files: int = DEFAULT_FILES

    def __post_init__(self) -> None:
        for name in ("pages", "bulk", "files"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValidationError(
                    f"Concurrency {name} must be a whole number of at least 1, got {value!r}"
                )


DEFAULTS = Concurrency()


def concurrency_of(api: object | None) -> Concurrency:
    """The bounds of ``api`` (the defaults for a missing ``Api`` or one without settings)."""
    found = getattr(api, "concurrency", None)
    return found if isinstance(found, Concurrency) else DEFAULTS


__all__ = ["Concurrency", "concurrency_of"]
