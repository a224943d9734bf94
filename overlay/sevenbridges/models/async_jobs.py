"""The compatible client's module path of async jobs (defined in ``models/async_job.py``)."""

from .async_job import AsyncFileBulkRecord, AsyncJob

__all__ = ["AsyncFileBulkRecord", "AsyncJob"]
