"""Files and folders: query, get, edit, copy, move, folders, search, bulk calls and transfers.

``file.save()`` sends only what changed, each through its own call: metadata edited in place
(``file.metadata['k'] = v``) is merged on the server with the changed keys (a deleted key is sent
as null, which removes it); metadata assigned whole (``file.metadata = {...}``) replaces it; tags
replace the tags; the name is patched. Uploads, downloads and streams are run by
:mod:`sevenbridges.transfer`.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, overload

from sevenbridges_api.api.files import (
    bulk_delete_files,
    bulk_edit_files,
    bulk_get_files,
    bulk_update_files,
    copy_file,
    create_folder,
    delete_file,
    get_file,
    get_file_download_info,
    list_files,
    list_folder,
    move_file,
    replace_file_metadata,
    replace_file_tags,
    scroll_files,
    scroll_folder,
    search_files,
    update_file,
    update_file_metadata,
)
from sevenbridges_api.api.files import (
    copy_files as copy_files_api,
)
from sevenbridges_api.models.bulk_file_ids import BulkFileIds
from sevenbridges_api.models.bulk_file_update import BulkFileUpdate
from sevenbridges_api.models.download_info import DownloadInfo as DownloadInfoModel
from sevenbridges_api.models.file_copy_action import FileCopyAction
from sevenbridges_api.models.file_copy_action_result import FileCopyActionResult
from sevenbridges_api.models.file_copy_request import FileCopyRequest
from sevenbridges_api.models.file_create import FileCreate
from sevenbridges_api.models.file_list import FileList
from sevenbridges_api.models.file_move_request import FileMoveRequest
from sevenbridges_api.models.file_object import FileObject
from sevenbridges_api.models.file_search_request import FileSearchRequest
from sevenbridges_api.models.file_search_result import FileSearchResult
from sevenbridges_api.models.file_update import FileUpdate
from sevenbridges_api.models.metadata import Metadata
from sevenbridges_api.types import Unset

from ..errors import SbgError, ValidationError
from ..meta.bulk import BULK_LIMIT, BulkRecord, chunks, run_bulk
from ..meta.checks import optional_dict, optional_str, optional_str_list, required_str
from ..meta.collection import Collection, check_offset_limit, query_collection
from ..meta.ids import id_of, project_segments, single_segment, split_id
from ..meta.resource import Field, Resource
from ..meta.tracked import TrackedDict, wire_value

if TYPE_CHECKING:
    from ..api import Api
    from ..transfer.download import Download
    from ..transfer.many import ManyProgressCallback, TransferRecord
    from ..transfer.upload import Upload
    from .project import Project

FOLDER_TYPE = "folder"


# ----------------------------------------------------------------- argument conversion


def file_id(value: Any, what: str = "file") -> str:
    """The id of a file or folder (a ``File`` or its id string)."""
    return single_segment(value, what)


def project_id(value: Any) -> str:
    """``owner/project`` of a ``Project`` or a project id, checked segment by segment."""
    return "/".join(project_segments(value))


def destination(project: Any, parent: Any, what: str) -> tuple[str | None, str | None]:
    """Exactly one of ``project`` (the root of a project) and ``parent`` (a folder)."""
    if project is not None and parent is not None:
        raise ValidationError(f"{what}: give project or parent, not both")
    if project is None and parent is None:
        raise ValidationError(f"{what}: give a project or a parent folder")
    if project is not None:
        return project_id(project), None
    return None, file_id(parent, "parent folder")


def _query_text(value: Any, what: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value)
    raise ValidationError(f"{what} values must be strings, numbers or booleans, got {value!r}")


def filter_params(metadata: Any, origin: Any) -> tuple[str | None, list[tuple[str, str]]]:
    """``metadata={'k': v or [v1, v2]}`` and ``origin={'task': t}`` as query parameters.

    Returns the ``origin.task`` value (a named parameter of the spec) and the open-ended
    ``metadata.<key>`` / ``origin.<key>`` parameters the generated functions cannot name.
    """
    extra: list[tuple[str, str]] = []
    for name, filters in (("metadata", metadata), ("origin", origin)):
        for key, value in (optional_dict(filters, name) or {}).items():
            if not isinstance(key, str) or not key.strip():
                raise ValidationError(f"{name} keys must be non-empty strings, got {key!r}")
            values = value if isinstance(value, list | tuple | set) else [value]
            if not values:
                raise ValidationError(f"{name}[{key!r}] must not be an empty list")
            for item in values:
                if name == "origin" and key == "task":
                    item = id_of(item, "task")
                extra.append((f"{name}.{key}", _query_text(item, f"{name}[{key!r}]")))
    tasks = [value for name, value in extra if name == "origin.task"]
    if len(tasks) > 1:
        raise ValidationError(f"origin['task'] takes one task, got {tasks!r}")
    task = tasks[0] if tasks else None
    return task, [(name, value) for name, value in extra if name != "origin.task"]


def check_cont_token(api: Api, cont_token: Any, offset: Any, metadata: Any = None) -> str | None:
    """The continuation token, refused without advance access, with offset or with metadata."""
    token = optional_str(cont_token, "cont_token")
    if token is None:
        return None
    if not token.strip():
        raise ValidationError("cont_token must not be empty: start with cont_token='init'")
    if not api.advance_access:
        raise ValidationError(
            "cont_token paging is an advance access feature: use Api(advance_access=True) or "
            "call it inside `with api.aa():`"
        )
    if offset is not None:
        raise ValidationError("cont_token cannot be combined with offset")
    if metadata:
        raise ValidationError("cont_token cannot be combined with metadata filters")
    return token


# ----------------------------------------------------------------- small read-only resources


class FileBulkRecord(BulkRecord["File"]):
    """One file of a bulk call on files (``api.files.bulk_get`` and the like)."""


class DownloadInfo(Resource):
    """Where a file's content can be downloaded: ``url``, a signed storage URL."""

    _model_cls = DownloadInfoModel
    _kind = "download_info"


class SearchResponse(Resource):
    """One page of a file search: ``count`` matches in all, the files of this page in
    ``result_set``, and the ``cont_token`` of the next page (``None`` on the last)."""

    _model_cls = FileSearchResult
    _kind = "search_response"
    _files: type[File]

    @property
    def result_set(self) -> list[File]:
        """The files of this page."""
        raw = self._model.result_set
        items = [] if isinstance(raw, Unset) else raw
        return [self._files._from_model(item, self._bound_api, complete=False) for item in items]


# ----------------------------------------------------------------- the file


class File(Resource):
    """A file or a folder: ``api.files.get(id)``; ``file.is_folder()`` tells which."""

    _model_cls = FileObject
    _kind = "file"
    FOLDER_TYPE: ClassVar[str] = FOLDER_TYPE

    # Set when ``metadata`` is assigned whole, so that ``save()`` replaces it instead of merging.
    _metadata_replaced: bool = False

    name: Field[str | None] = Field(read_only=False)
    metadata: Field[dict[str, Any]] = Field(read_only=False, dict_like=True)
    tags: Field[list[str] | None] = Field(read_only=False)
    _secondary_files: Field[list[Any] | None] = Field(wire="secondary_files")

    # ----------------------------------------------------------------- class-level calls

    @classmethod
    def _get_model(cls, api: Api, identifier: str) -> Any:
        return api._call_parsed(FileObject, get_file.sync_detailed, file_id(identifier))

    @classmethod
    def query(
        cls,
        project: Any = None,
        names: list[str] | None = None,
        metadata: dict[str, Any] | None = None,
        origin: dict[str, Any] | None = None,
        tags: list[str] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        dataset: Any = None,
        api: Api | None = None,
        parent: Any = None,
        cont_token: str | None = None,
        *,
        fields: str | None = None,
    ) -> Collection[File]:
        """The files and folders at the root of a project or inside a folder, filtered.

        Give ``project`` or ``parent`` (or, with advance access, ``dataset``).

        Args:
            project: the project (or its ``owner/project`` id) whose root to list.
            names: only files with one of these names.
            metadata: only files whose metadata match, ``{"key": value or [values]}`` (a list
                matches any of its values).
            origin: only files made by a task, ``{"task": task or task id}``.
            tags: only files with any of these tags.
            offset: the index of the first item of the page.
            limit: items per page, 1 to 100.
            dataset: the dataset (``owner/dataset``) whose files to list (advance access).
            api: the ``Api`` to use instead of the bound one.
            parent: the folder (or its id) whose content to list.
            cont_token: ``"init"`` to page by continuation token instead of offset (advance access;
                not with ``offset`` or ``metadata``).
            fields: which fields each item holds (``'_all'``: everything, so reading ``size`` or
                ``metadata`` needs no request per file).

        Returns:
            The first page; ``.all()`` iterates every page.

        Raises:
            ValidationError: both or neither of ``project`` and ``parent``, or a malformed value,
                before any request.
        """
        resolved = cls._resolve_api(api)
        if project is not None and parent is not None:
            raise ValidationError("File query: give project or parent, not both")
        if project is None and parent is None and dataset is None:
            raise ValidationError("File query: give a project or a parent folder")
        token = check_cont_token(resolved, cont_token, offset, metadata)
        task, extra = filter_params(metadata, origin)
        filters: dict[str, Any] = {
            "fields": optional_str(fields, "fields"),
            "project": project_id(project) if project is not None else None,
            "parent": file_id(parent, "parent folder") if parent is not None else None,
            "name": optional_str_list(names, "names"),
            "tag": optional_str_list(tags, "tags"),
            "origin_task": task,
            "dataset": (
                "/".join(split_id(dataset, "dataset", 2, "owner/dataset"))
                if dataset is not None
                else None
            ),
        }
        if token is not None:
            return query_collection(
                resolved, cls, FileList, scroll_files.sync_detailed,
                limit=limit, cont_token=token, extra_params=extra, **filters,
            )  # fmt: skip
        return query_collection(
            resolved, cls, FileList, list_files.sync_detailed,
            offset=offset, limit=limit, extra_params=extra, **filters,
        )  # fmt: skip

    @classmethod
    def create_folder(
        cls, name: str, parent: Any = None, project: Any = None, api: Api | None = None
    ) -> File:
        """Create a folder at the root of a project or inside a folder.

        Args:
            name: the folder's name.
            parent: the folder (or its id) to create it in.
            project: the project (or its id) to create it at the root of; give this or ``parent``.
            api: the ``Api`` to use instead of the bound one.

        Returns:
            The new folder.

        Raises:
            ValidationError: both or neither of ``project`` and ``parent``, before any request.
            Conflict: a file or folder of that name exists there.
        """
        resolved = cls._resolve_api(api)
        body: dict[str, Any] = {"name": required_str(name, "name"), "type": "FOLDER"}
        project_value, parent_value = destination(project, parent, "create_folder")
        if project_value is not None:
            body["project"] = project_value
        if parent_value is not None:
            body["parent"] = parent_value
        model = resolved._call_parsed(
            FileObject, create_folder.sync_detailed, body=FileCreate.from_dict(body)
        )
        return cls._from_model(model, resolved, complete=True)

    @classmethod
    def search(
        cls,
        query: str,
        cont_token: str | None = None,
        limit: int | None = None,
        api: Api | None = None,
    ) -> SearchResponse:
        """One page of the files matching a search query.

        Args:
            query: the query, e.g. ``IN "owner/project" WHERE type = "FILE"``.
            cont_token: the ``cont_token`` of the previous answer, for the next page.
            limit: files per page, 1 to 100.
            api: the ``Api`` to use instead of the bound one.

        Returns:
            The page: ``result_set`` (the files) and ``cont_token`` (of the next page).

        Raises:
            ValidationError: an empty query or a bad limit, before any request.
        """
        resolved = cls._resolve_api(api)
        text = required_str(query, "query")
        token = optional_str(cont_token, "cont_token")
        _, page_limit = check_offset_limit(None, limit)
        params: dict[str, Any] = {}
        if token is not None:
            params["cont_token"] = token
        if page_limit is not None:
            params["limit"] = page_limit
        model = resolved._call_parsed(
            FileSearchResult,
            search_files.sync_detailed,
            body=FileSearchRequest(query=text),
            **params,
        )
        response = resolved._bind(SearchResponse)._from_model(model, resolved, complete=True)
        response._files = cls
        return response

    @overload
    @classmethod
    def upload(
        cls,
        path: str | os.PathLike[str],
        project: Project | str | None = None,
        parent: File | str | None = None,
        file_name: str | None = None,
        overwrite: bool = False,
        retry: int = 6,
        timeout: float = 300,
        part_size: int | None = None,
        wait: Literal[True] = True,
        api: Api | None = None,
        *,
        progress: bool = False,
        workers: int | None = None,
        resumable: bool = True,
    ) -> File: ...

    @overload
    @classmethod
    def upload(
        cls,
        path: str | os.PathLike[str],
        project: Project | str | None = None,
        parent: File | str | None = None,
        file_name: str | None = None,
        overwrite: bool = False,
        retry: int = 6,
        timeout: float = 300,
        part_size: int | None = None,
        *,
        wait: Literal[False],
        api: Api | None = None,
        progress: bool = False,
        workers: int | None = None,
        resumable: bool = True,
    ) -> Upload: ...

    @classmethod
    def upload(
        cls,
        path: str | os.PathLike[str],
        project: Project | str | None = None,
        parent: File | str | None = None,
        file_name: str | None = None,
        overwrite: bool = False,
        retry: int = 6,
        timeout: float = 300,
        part_size: int | None = None,
        wait: bool = True,
        api: Api | None = None,
        *,
        progress: bool = False,
        workers: int | None = None,
        resumable: bool = True,
    ) -> File | Upload:
        """Upload a local file to the root of ``project`` or into the folder ``parent``.

        Args:
            path: the local file.
            project: the project (or its ``owner/project`` id) to upload to the root of.
            parent: the folder (or its id) to upload into; give ``project`` or ``parent``.
            file_name: the name on the Platform (default: the local file's name).
            overwrite: replace a file of that name instead of failing.
            retry: attempts per part after the first.
            timeout: seconds per storage request.
            part_size: bytes per part (default: chosen from the size; the server may change it).
            wait: upload now and return the File, or return the ``Upload`` to ``start()``.
            api: the ``Api`` to use instead of the bound one.
            progress: show a progress bar (one summary line when stderr is not a terminal).
            workers: parts in flight (default ``Api.upload_max_workers``).
            resumable: keep a stopped or failed upload for the next ``upload()`` to carry on.

        Returns:
            The new File with ``wait=True`` (``.result()`` on it returns it again, as scripts
            written for sevenbridges-python expect); else the ``Upload`` handle.

        Raises:
            ValidationError: a bad argument, before any request.
            TransferError: a part failed after its retries, or the local file changed.
        """
        from ..transfer import api_glue

        return api_glue.upload_file(
            cls._resolve_api(api),
            path,
            project=project,
            parent=parent,
            file_name=file_name,
            overwrite=overwrite,
            retry=retry,
            timeout=timeout,
            part_size=part_size,
            wait=wait,
            progress=progress,
            workers=workers,
            resumable=resumable,
        )

    # ----------------------------------------------------------------- many files

    @classmethod
    def upload_many(
        cls,
        paths: Iterable[str | os.PathLike[str]],
        *,
        project: Project | str | None = None,
        parent: File | str | None = None,
        overwrite: bool = False,
        files_in_flight: int | None = None,
        workers: int | None = None,
        part_size: int | None = None,
        progress: ManyProgressCallback | None = None,
        api: Api | None = None,
    ) -> list[TransferRecord]:
        """Upload files and directories (recursively, recreating their folders).

        One record per local file in input order; files already there are skipped and partial ones
        resumed, so the same call carries on after an interruption.

        Args:
            paths: local files and directories; a directory ``d`` becomes the folder ``d`` there.
            project: the project to upload to the root of (or give ``parent``).
            parent: the folder to upload into (or give ``project``).
            overwrite: replace remote files of the same name; without it a remote file of the same
                name and size is skipped as already uploaded, one of another size fails.
            files_in_flight: files moving at once (default: ``api.concurrency.files``).
            workers: parts in flight in all, shared by the files in flight (default: the
                Api's ``upload_max_workers``): small files move side by side, a large one
                takes the parts they leave free.
            part_size: the part size to ask for.
            progress: called with a ``ManyProgress`` (files finished, bytes moved) as files move.
            api: the ``Api`` to use instead of the bound one.

        Returns:
            One ``TransferRecord`` per local file, in input order: ``status`` ``"done"``,
            ``"skipped"`` or ``"failed"`` (with ``error``).

        Raises:
            ValidationError: a missing or unreadable path, a bad name, two files with one target, a
                bad destination; raised before anything is sent.
            SbgError: the destination cannot be listed or a folder cannot be created.
        """
        from ..transfer.many import upload_many

        return upload_many(
            cls._resolve_api(api), paths, project=project, parent=parent, overwrite=overwrite,
            files_in_flight=files_in_flight, workers=workers, part_size=part_size,
            progress=progress,
        )  # fmt: skip

    @classmethod
    def download_many(
        cls,
        files: Iterable[File | str],
        directory: str | os.PathLike[str],
        *,
        overwrite: bool = False,
        files_in_flight: int | None = None,
        workers: int | None = None,
        progress: ManyProgressCallback | None = None,
        api: Api | None = None,
    ) -> list[TransferRecord]:
        """Download files and folders (recursively) into a directory, under safe local names.

        One record per file in input order; files already there are skipped and partial ones resumed.
        Local names come from the server's names made safe; nothing is written outside ``directory``.

        Args:
            files: ``File`` objects or file ids; a folder brings its whole tree.
            directory: an existing local directory.
            overwrite: replace local files; without it a local file of the same size is skipped as
                already downloaded, one of another size fails.
            files_in_flight: files moving at once (default: ``api.concurrency.files``).
            workers: parts in flight in all, shared by the files in flight (default: the
                Api's ``download_max_workers``): small files move side by side, a large one
                takes the parts they leave free.
            progress: called with a ``ManyProgress`` (files finished, bytes moved) as files move.
            api: the ``Api`` to use instead of the bound one.

        Returns:
            One ``TransferRecord`` per remote file, in input order (a folder's files in tree order).

        Raises:
            ValidationError: ``directory`` is not a directory, a bad id, or two files with one local
                target; raised before any byte moves.
            SbgError: a folder cannot be listed.
        """
        from ..transfer.many import download_many

        return download_many(
            cls._resolve_api(api), files, directory, overwrite=overwrite,
            files_in_flight=files_in_flight, workers=workers, progress=progress,
        )  # fmt: skip

    @classmethod
    def walk(
        cls,
        *,
        project: Project | str | None = None,
        parent: File | str | None = None,
        api: Api | None = None,
    ) -> Iterator[tuple[str, list[File], list[File]]]:
        """The folder tree of a project or folder, like ``os.walk``, top down.

        Args:
            project: the project whose root to start at (or give ``parent``).
            parent: the folder to start at (or give ``project``).
            api: the ``Api`` to use instead of the bound one.

        Returns:
            An iterator of ``(path, folders, files)``: the folder's path relative to the start
            (``""`` for the start, then ``"a"``, ``"a/b"``), its subfolders and its files.

        Raises:
            ValidationError: a bad project or folder id, before any request.
        """
        from ..transfer.many import walk

        return walk(cls._resolve_api(api), project=project, parent=parent)

    # ----------------------------------------------------------------- bulk calls

    @classmethod
    def bulk_get(cls, files: Any, api: Api | None = None) -> list[FileBulkRecord]:
        """Fetch many files by id, in as few requests as the API allows (100 per request).

        Args:
            files: ``File`` objects or file ids, any number.
            api: the ``Api`` to use instead of the bound one.

        Returns:
            One record per item, in input order: ``resource`` when it succeeded, else ``error``.

        Raises:
            ValidationError: an item is neither a File nor an id, before any request.
            BulkError: a whole request failed; it carries every record already answered.
        """
        resolved = cls._resolve_api(api)

        def send(ids: list[str]) -> Any:
            body = BulkFileIds(file_ids=ids)
            return resolved._call_json(bulk_get_files.sync_detailed, body=body)

        return run_bulk(resolved, cls, files, "files", file_id, send, FileBulkRecord)

    @classmethod
    def bulk_delete(cls, files: Any, api: Api | None = None) -> list[FileBulkRecord]:
        """Delete many files, in as few requests as the API allows (100 per request).

        Args:
            files: ``File`` objects or file ids, any number.
            api: the ``Api`` to use instead of the bound one.

        Returns:
            One record per item, in input order: ``resource`` when it succeeded, else ``error``.

        Raises:
            ValidationError: an item is neither a File nor an id, before any request.
            BulkError: a whole request failed; it carries every record already answered.
        """
        resolved = cls._resolve_api(api)

        def send(ids: list[str]) -> Any:
            body = BulkFileIds(file_ids=ids)
            return resolved._call_json(bulk_delete_files.sync_detailed, body=body)

        return run_bulk(resolved, cls, files, "files", file_id, send, FileBulkRecord)

    @classmethod
    def bulk_update(cls, files: Any, api: Api | None = None) -> list[FileBulkRecord]:
        """Set the name, tags and metadata of many files, erasing what the items leave out.

        Args:
            files: ``File`` objects holding the new values (unsaved edits included), or dicts with
                ``id`` and any of ``name``, ``tags``, ``metadata``.
            api: the ``Api`` to use instead of the bound one.

        Returns:
            One record per item, in input order: the updated file, or the item's error.

        Raises:
            ValidationError: a malformed item, before any request.
            BulkError: a whole request failed; it carries every record already answered.
        """
        return cls._bulk_change(files, api, bulk_update_files.sync_detailed)

    @classmethod
    def bulk_edit(cls, files: Any, api: Api | None = None) -> list[FileBulkRecord]:
        """Change the name, tags and metadata of many files, keeping what the items leave out.

        Args:
            files: ``File`` objects holding the new values (unsaved edits included), or dicts with
                ``id`` and any of ``name``, ``tags``, ``metadata``.
            api: the ``Api`` to use instead of the bound one.

        Returns:
            One record per item, in input order: the edited file, or the item's error.

        Raises:
            ValidationError: a malformed item, before any request.
            BulkError: a whole request failed; it carries every record already answered.
        """
        return cls._bulk_change(files, api, bulk_edit_files.sync_detailed)

    @classmethod
    def _bulk_change(cls, files: Any, api: Api | None, endpoint: Any) -> list[FileBulkRecord]:
        resolved = cls._resolve_api(api)

        def send(items: list[dict[str, Any]]) -> Any:
            body = BulkFileUpdate.from_dict({"items": items})
            return resolved._call_json(endpoint, body=body)

        return run_bulk(resolved, cls, files, "files", _update_item, send, FileBulkRecord)

    # ----------------------------------------------------------------- instance state

    def _write(self, field: Field[Any], value: Any) -> None:
        super()._write(field, value)
        if field.name == "metadata":
            self._metadata_replaced = True

    def _replace_model(self, model: Any, complete: bool = True) -> None:
        super()._replace_model(model, complete)
        self._metadata_replaced = False

    def _file_id(self) -> str:
        return file_id(self._identity())

    def _current(self, name: str) -> Any:
        """Field ``name`` as it would be sent now (unsaved edits included), without fetching."""
        if name in self._dirty:
            return wire_value(self._dirty[name])
        if name in self._lists:
            return wire_value(self._lists[name][0])
        if name in self._dicts:
            return wire_value(self._dicts[name])
        return wire_value(self.field(name))

    def is_folder(self) -> bool:
        """Whether this is a folder.

        Returns:
            True for a folder, False for a file.
        """
        return str(self.type or "").lower() == FOLDER_TYPE

    @property
    def secondary_files(self) -> list[File] | None:
        """The secondary (index) files that go with this file, as lazy ``File`` objects."""
        views = self._secondary_files
        if views is None:
            return None
        return [
            type(self)._from_model(FileObject.from_dict(view.to_dict()), self._bound_api, False)
            for view in views
        ]

    # ----------------------------------------------------------------- instance calls

    def _update_model(self, changes: dict[str, Any]) -> Any:
        api = self.api
        identifier = self._file_id()
        remaining = dict(changes)
        if "metadata" in remaining:
            whole = remaining.pop("metadata")
            if self._metadata_replaced:
                api._call(
                    replace_file_metadata.sync_detailed,
                    identifier,
                    body=Metadata.from_dict(whole),
                )
            else:
                api._call(
                    update_file_metadata.sync_detailed,
                    identifier,
                    body=Metadata.from_dict(self._metadata_edits(whole)),
                )
        if "tags" in remaining:
            tags = remaining.pop("tags")
            api._call(replace_file_tags.sync_detailed, identifier, body=list(tags or []))
        if remaining:
            return api._call_parsed(
                FileObject,
                update_file.sync_detailed,
                identifier,
                body=FileUpdate.from_dict(remaining),
            )
        return type(self)._get_model(api, identifier)

    def _metadata_edits(self, whole: dict[str, Any]) -> dict[str, Any]:
        """The keys of ``metadata`` changed in place: their new values, or null for removed ones."""
        tracked = self._dicts.get("metadata")
        if not isinstance(tracked, TrackedDict):
            return whole
        return {key: whole.get(key) for key in sorted(tracked.changed_keys)}

    def _delete_remote(self) -> None:
        self.api._call(delete_file.sync_detailed, self._file_id())

    def copy(self, project: Any, name: str | None = None, api: Api | None = None) -> File:
        """Copy this file to the root of a project.

        Args:
            project: the project (or its ``owner/project`` id) to copy to.
            name: the copy's name (default: this file's).
            api: the ``Api`` to use instead of the bound one.

        Returns:
            The copy.
        """
        return self._copy({"project": project_id(project)}, name, api)

    def copy_to_folder(self, parent: Any, name: str | None = None, api: Api | None = None) -> File:
        """Copy this file into a folder.

        Args:
            parent: the folder (or its id) to copy into.
            name: the copy's name (default: this file's).
            api: the ``Api`` to use instead of the bound one.

        Returns:
            The copy.
        """
        return self._copy({"parent": file_id(parent, "parent folder")}, name, api)

    def _copy(self, body: dict[str, Any], name: str | None, api: Api | None) -> File:
        resolved = api if api is not None else self.api
        if name is not None:
            body["name"] = required_str(name, "name")
        model = resolved._call_parsed(
            FileObject,
            copy_file.sync_detailed,
            self._file_id(),
            body=FileCopyRequest.from_dict(body),
        )
        return type(self)._from_model(model, resolved, complete=True)

    def move_to_folder(self, parent: Any, name: str | None = None, api: Api | None = None) -> File:
        """Move this file or folder into a folder of the same project.

        Args:
            parent: the folder (or its id) to move into.
            name: a new name (default: keep the name).
            api: the ``Api`` to use instead of the bound one.

        Returns:
            The moved file.
        """
        resolved = api if api is not None else self.api
        body: dict[str, Any] = {"parent": file_id(parent, "parent folder")}
        if name is not None:
            body["name"] = required_str(name, "name")
        model = resolved._call_parsed(
            FileObject,
            move_file.sync_detailed,
            self._file_id(),
            body=FileMoveRequest.from_dict(body),
        )
        return type(self)._from_model(model, resolved, complete=True)

    def list_files(
        self,
        offset: int | None = None,
        limit: int | None = None,
        api: Api | None = None,
        cont_token: str | None = None,
    ) -> Collection[File]:
        """The files and folders in this folder, one page at a time.

        Args:
            offset: the index of the first item of the page.
            limit: items per page, 1 to 100.
            api: the ``Api`` to use instead of the bound one.
            cont_token: ``"init"`` to page by continuation token (advance access).

        Returns:
            The first page; ``.all()`` iterates every page.

        Raises:
            ValidationError: this is a file, not a folder, before any request.
        """
        resolved = api if api is not None else self.api
        if not self.is_folder():
            raise ValidationError(f"{self.name or self._identity()!r} is a file, not a folder")
        identifier = self._file_id()
        token = check_cont_token(resolved, cont_token, offset)
        cls = type(self)
        if token is not None:
            return query_collection(
                resolved, cls, FileList, scroll_folder.sync_detailed, identifier,
                limit=limit, cont_token=token,
            )  # fmt: skip
        return query_collection(
            resolved, cls, FileList, list_folder.sync_detailed, identifier,
            offset=offset, limit=limit,
        )  # fmt: skip

    def download_info(self) -> DownloadInfo:
        """A signed storage URL of this file's content.

        Returns:
            The download information; ``.url`` is the URL (it expires).
        """
        api = self.api
        model = api._call_parsed(
            DownloadInfoModel, get_file_download_info.sync_detailed, self._file_id()
        )
        return api._bind(DownloadInfo)._from_model(model, api, complete=True)

    @overload
    def download(
        self,
        path: str | os.PathLike[str],
        retry: int = 6,
        timeout: float = 300,
        chunk_size: int | None = None,
        wait: Literal[True] = True,
        overwrite: bool = False,
        *,
        progress: bool = False,
        workers: int | None = None,
        resumable: bool = True,
    ) -> None: ...

    @overload
    def download(
        self,
        path: str | os.PathLike[str],
        retry: int = 6,
        timeout: float = 300,
        chunk_size: int | None = None,
        *,
        wait: Literal[False],
        overwrite: bool = False,
        progress: bool = False,
        workers: int | None = None,
        resumable: bool = True,
    ) -> Download: ...

    def download(
        self,
        path: str | os.PathLike[str],
        retry: int = 6,
        timeout: float = 300,
        chunk_size: int | None = None,
        wait: bool = True,
        overwrite: bool = False,
        *,
        progress: bool = False,
        workers: int | None = None,
        resumable: bool = True,
    ) -> Download | None:
        """Download the content to ``path`` (through ``<path>.sbgdownload``, renamed when whole).

        Args:
            path: the local file to write.
            retry: attempts per part after the first.
            timeout: seconds per storage request.
            chunk_size: bytes per part (at least 5 MiB).
            wait: download now, or return the ``Download`` to ``start()``.
            overwrite: replace an existing ``path``.
            progress: show a progress bar (one summary line when stderr is not a terminal).
            workers: parts in flight (default ``Api.download_max_workers``).
            resumable: keep the parts of a stopped or failed download for the next one.

        Returns:
            None with ``wait=True``; else the ``Download`` handle.

        Raises:
            ValidationError: a bad argument or a folder, before any request.
            LocalFileAlreadyExists: ``path`` exists without ``overwrite``, or a file named
                ``<path>.sbgdownload`` exists that this client did not make (left untouched).
            TransferError: a part failed after its retries.
        """
        from ..transfer import api_glue

        return api_glue.download_file(
            self,
            path,
            retry=retry,
            timeout=timeout,
            chunk_size=chunk_size,
            wait=wait,
            overwrite=overwrite,
            progress=progress,
            workers=workers,
            resumable=resumable,
        )

    def result(self) -> Self:
        """This file, for scripts written for sevenbridges-python.

        There ``api.files.upload(..., wait=True)`` returns the finished ``Upload`` and scripts
        call ``.result()`` on it to get the File; here ``upload()`` returns the File itself, and
        ``.result()`` on it keeps those scripts working (``upload(...).result()`` is the File
        either way). ``Upload.result()`` of a ``wait=False`` upload returns the File too.

        Returns:
            ``self``.
        """
        return self

    def stream(self, part_size: int = 32768) -> Iterator[bytes]:
        """The content, part by part, without writing it to disk.

        Args:
            part_size: bytes per part.

        Returns:
            An iterator over the content's bytes, ``part_size`` at a time.
        """
        from ..transfer import api_glue

        return api_glue.stream_file(self, part_size)

    def content(self, path: Any = None, overwrite: bool = True, encoding: str = "utf-8") -> str:
        """The content as text: streamed, or downloaded to ``path`` first when given.

        Args:
            path: a local file to download to first (default: stream it, keep nothing).
            overwrite: replace ``path`` when it exists.
            encoding: the text's encoding.

        Returns:
            The whole content, decoded.
        """
        if path is not None:
            self.download(path, wait=True, overwrite=overwrite)
            return Path(path).read_text(encoding=encoding)
        decoder = codecs.getincrementaldecoder(encoding)()
        text = [decoder.decode(chunk) for chunk in self.stream()]
        text.append(decoder.decode(b"", final=True))
        return "".join(text)


SearchResponse._files = File


def _update_item(item: Any) -> dict[str, Any]:
    """One item of a bulk update or edit: from a ``File`` (its current values, unsaved edits
    included, fields it does not hold left out) or from a dict with ``id`` or ``file_id``."""
    if isinstance(item, File):
        body: dict[str, Any] = {"file_id": file_id(item)}
        for name in ("name", "tags", "metadata"):
            value = item._current(name)
            if value is not None:
                body[name] = value
        return body
    if isinstance(item, Mapping):
        unknown = sorted(set(item) - {"id", "file_id", "name", "tags", "metadata"})
        if unknown:
            raise ValidationError(f"Unknown keys {unknown} in bulk item {item!r}")
        identifier = item.get("file_id", item.get("id"))
        body = {key: wire_value(value) for key, value in item.items() if key != "id"}
        body["file_id"] = file_id(identifier)
        return body
    raise ValidationError(f"Expected a File (or a dict with its id), got {item!r}")


def bulk_copy_files(files: Any, destination_project: Any, api: Api) -> dict[str, Any]:
    """Copy many files to the root of ``destination_project`` (chunked at the bulk limit): a dict
    keyed by source id of ``{'new_file_id', 'new_file_name'}`` or of the error for that file."""
    if isinstance(files, str | bytes) or not isinstance(files, list | tuple):
        raise ValidationError(f"files must be a list, got {files!r}")
    ids = [file_id(item) for item in files]
    if not ids:
        raise ValidationError("files must not be empty")
    project = project_id(destination_project)
    outcome: dict[str, Any] = {}
    for chunk in chunks(ids, BULK_LIMIT):
        body = FileCopyAction(project=project, file_ids=list(chunk))
        result = api._call_parsed(FileCopyActionResult, copy_files_api.sync_detailed, body=body)
        answered = result.to_dict()
        for source in chunk:
            if source not in answered:
                raise SbgError(f"The server returned nothing for file {source!r} of the copy")
            outcome[source] = answered[source]
    return outcome


__all__ = [
    "FOLDER_TYPE",
    "DownloadInfo",
    "File",
    "FileBulkRecord",
    "SearchResponse",
    "bulk_copy_files",
]
