"""Asynchronous file jobs: copy, move or delete many files and folders on the server's side."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from sevenbridges_api.api.async_jobs import (
    get_async_file_copy,
    get_async_file_delete,
    get_async_file_move,
    list_async_file_jobs,
    start_async_file_copy,
    start_async_file_delete,
    start_async_file_move,
)
from sevenbridges_api.models.async_file_copy_create import AsyncFileCopyCreate
from sevenbridges_api.models.async_file_delete_create import AsyncFileDeleteCreate
from sevenbridges_api.models.async_job import AsyncJob as AsyncJobModel
from sevenbridges_api.models.async_job_list import AsyncJobList
from sevenbridges_api.types import Response, Unset

from ..errors import SbgError, ValidationError
from ..meta.bulk import records_of
from ..meta.checks import required_str
from ..meta.collection import Collection, query_collection
from ..meta.ids import single_segment
from ..meta.resource import Resource
from .file import File, FileBulkRecord, destination, file_id

if TYPE_CHECKING:
    from ..api import Api

# The getter of each kind of job, by the job's ``type``.
_GETTERS: dict[str, Callable[..., Response[Any]]] = {
    "COPY": get_async_file_copy.sync_detailed,
    "MOVE": get_async_file_move.sync_detailed,
    "DELETE": get_async_file_delete.sync_detailed,
}


class AsyncFileBulkRecord(FileBulkRecord):
    """One item of an asynchronous file job's result."""

    @classmethod
    def parse_records(cls, result: Any, api: Api | None = None) -> list[AsyncFileBulkRecord]:
        """The records of a finished job's ``result``.

        Args:
            result: the job's ``result`` items, as the server sent them.
            api: the ``Api`` of the records' files.

        Returns:
            One record per item, in order.
        """
        items = [] if result is None or isinstance(result, Unset) else list(result)
        resolved = File._resolve_api(api)
        return records_of(resolved, resolved._bind(File), items, items, cls)


def _items(files: Any, what: str) -> list[Any]:
    if isinstance(files, str | bytes | Mapping) or not isinstance(files, Iterable):
        raise ValidationError(f"{what} must be a list, got {files!r}")
    items = list(files)
    if not items:
        raise ValidationError(f"{what} must not be empty")
    return items


def _copy_item(item: Any, *, move: bool) -> dict[str, Any]:
    """``{'file': f, 'project': p | 'parent': d, 'name': n}`` checked, ids as strings."""
    action = "move" if move else "copy"
    if not isinstance(item, Mapping):
        raise ValidationError(
            f"Each item of an async {action} is a dict with 'file' and "
            f"{'parent' if move else 'project or parent'}, got {item!r}"
        )
    unknown = sorted(set(item) - {"file", "project", "parent", "name"})
    if unknown:
        raise ValidationError(f"Unknown keys {unknown} in async {action} item {item!r}")
    if "file" not in item:
        raise ValidationError(f"Async {action} item {item!r} has no 'file'")
    body: dict[str, Any] = {"file": file_id(item["file"])}
    if move:
        if item.get("project") is not None:
            raise ValidationError(f"Async move item {item!r}: a move takes a parent folder only")
        if item.get("parent") is None:
            raise ValidationError(f"Async move item {item!r} has no 'parent'")
        body["parent"] = file_id(item["parent"], "parent folder")
    else:
        project, parent = destination(item.get("project"), item.get("parent"), "Async copy item")
        body.update({k: v for k, v in (("project", project), ("parent", parent)) if v})
    if item.get("name") is not None:
        body["name"] = required_str(item["name"], "name")
    return body


def _delete_item(item: Any) -> dict[str, Any]:
    if isinstance(item, Mapping):
        unknown = sorted(set(item) - {"file"})
        if unknown or "file" not in item:
            raise ValidationError(f"An async delete item is {{'file': id}}, got {item!r}")
        item = item["file"]
    return {"file": file_id(item)}


class AsyncJob(Resource):
    """A server-side job copying, moving or deleting files and folders.

    ``state`` goes SUBMITTED → RESOLVING → RUNNING → FINISHED; ``get_result()`` then gives one
    record per item. ``reload()`` refreshes it.
    """

    _model_cls = AsyncJobModel
    _kind = "async_job"

    @classmethod
    def _get_job(cls, kind: str, id: Any, api: Api | None) -> AsyncJob:
        resolved = cls._resolve_api(api)
        job_id = single_segment(id, "async job")
        model = resolved._call_parsed(AsyncJobModel, _GETTERS[kind], job_id)
        return cls._from_model(model, resolved, complete=True)

    @classmethod
    def list_file_jobs(
        cls, offset: int | None = None, limit: int | None = None, api: Api | None = None
    ) -> Collection[AsyncJob]:
        """Your copy, move and delete jobs (kept a month after they finish), one page at a time.

        Args:
            offset: the index of the first job of the page.
            limit: jobs per page, 1 to 100.
            api: the ``Api`` to use instead of the bound one.

        Returns:
            The first page; ``.all()`` iterates every page.
        """
        resolved = cls._resolve_api(api)
        return query_collection(
            resolved,
            resolved._bind(cls),
            AsyncJobList,
            list_async_file_jobs.sync_detailed,
            offset=offset,
            limit=limit,
        )

    @classmethod
    def get_file_copy_job(cls, id: Any, api: Api | None = None) -> AsyncJob:
        """A copy job by id.

        Args:
            id: the job's id.
            api: the ``Api`` to use instead of the bound one.

        Returns:
            The job, with its state and, once finished, its result.

        Raises:
            ValidationError: a malformed id, before any request.
            NotFound: no such job.
        """
        return cls._get_job("COPY", id, api)

    @classmethod
    def get_file_move_job(cls, id: Any, api: Api | None = None) -> AsyncJob:
        """A move job by id.

        Args:
            id: the job's id.
            api: the ``Api`` to use instead of the bound one.

        Returns:
            The job, with its state and, once finished, its result.

        Raises:
            ValidationError: a malformed id, before any request.
            NotFound: no such job.
        """
        return cls._get_job("MOVE", id, api)

    @classmethod
    def get_file_delete_job(cls, id: Any, api: Api | None = None) -> AsyncJob:
        """A delete job by id.

        Args:
            id: the job's id.
            api: the ``Api`` to use instead of the bound one.

        Returns:
            The job, with its state and, once finished, its result.

        Raises:
            ValidationError: a malformed id, before any request.
            NotFound: no such job.
        """
        return cls._get_job("DELETE", id, api)

    def _fetch_model(self) -> Any:
        kind = str(self._model.type_ or "").upper()
        identifier = self._identity()
        if kind not in _GETTERS or identifier is None:
            raise SbgError(f"Cannot reload {self!r}: its type and id are needed")
        return self.api._call_parsed(
            AsyncJobModel, _GETTERS[kind], single_segment(identifier, "async job")
        )

    def get_result(self, api: Api | None = None) -> list[AsyncFileBulkRecord]:
        """One record per item of the job, in input order (empty until it has finished).

        Args:
            api: the ``Api`` the records' files use instead of the job's.

        Returns:
            The records: ``resource`` (the new, moved or deleted file) or ``error``.
        """
        return AsyncFileBulkRecord.parse_records(self._model.result, api or self.api)

    @classmethod
    def _start(cls, endpoint: Callable[..., Response[Any]], body: Any, api: Api | None) -> AsyncJob:
        resolved = cls._resolve_api(api)
        model = resolved._call_parsed(AsyncJobModel, endpoint, body=body)
        return cls._from_model(model, resolved, complete=True)

    @classmethod
    def file_bulk_copy(cls, files: Any, api: Api | None = None) -> AsyncJob:
        """Start copying files and folders on the server.

        Args:
            files: ``{'file': f, 'project': p}`` or ``{'file': f, 'parent': folder}`` dicts, each
                with an optional ``'name'``; files and folders as objects or ids.
            api: the ``Api`` to use instead of the bound one.

        Returns:
            The job; ``reload()`` it until its ``state`` is FINISHED, then ``get_result()``.

        Raises:
            ValidationError: a malformed item, before any request.
        """
        items = [_copy_item(item, move=False) for item in _items(files, "files")]
        body = AsyncFileCopyCreate.from_dict({"items": items})
        return cls._start(start_async_file_copy.sync_detailed, body, api)

    @classmethod
    def file_bulk_move(cls, files: Any, api: Api | None = None) -> AsyncJob:
        """Start moving files and folders on the server.

        Args:
            files: ``{'file': f, 'parent': folder}`` dicts, each with an optional ``'name'``.
            api: the ``Api`` to use instead of the bound one.

        Returns:
            The job; ``reload()`` it until its ``state`` is FINISHED, then ``get_result()``.

        Raises:
            ValidationError: a malformed item, before any request.
        """
        items = [_copy_item(item, move=True) for item in _items(files, "files")]
        body = AsyncFileCopyCreate.from_dict({"items": items})
        return cls._start(start_async_file_move.sync_detailed, body, api)

    @classmethod
    def file_bulk_delete(cls, files: Any, api: Api | None = None) -> AsyncJob:
        """Start deleting files and folders (non-empty folders too) on the server.

        Args:
            files: ``File`` objects, ids or ``{'file': f}`` dicts.
            api: the ``Api`` to use instead of the bound one.

        Returns:
            The job; ``reload()`` it until its ``state`` is FINISHED, then ``get_result()``.

        Raises:
            ValidationError: a malformed item, before any request.
        """
        items = [_delete_item(item) for item in _items(files, "files")]
        body = AsyncFileDeleteCreate.from_dict({"items": items})
        return cls._start(start_async_file_delete.sync_detailed, body, api)


__all__ = ["AsyncFileBulkRecord", "AsyncJob"]
