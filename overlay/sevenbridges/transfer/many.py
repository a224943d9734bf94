"""Many files at once: upload local files and directory trees, download files and folder trees.

Everything is checked before a byte moves (local paths exist, names are valid, no two inputs land
on the same target, local targets stay inside the chosen directory). Then the files move through
a bounded window of transfers (``files_in_flight`` files at once) whose parts share one pool of
``workers`` parts in flight (:class:`~.part_pool.PartPool`, with its workers and storage
connections): small files move side by side, a large one takes the slots they leave free. Every
file gets its own :class:`TransferRecord` in input order, and one failure never stops the others.
Re-running the same call resumes: a file already complete at the target is skipped (same name and
size), a partial one carries on from the parts already moved (see
:mod:`sevenbridges.transfer.resume`). Ctrl-C (or any exception in the calling thread) stops what is
in flight, keeps the resume state and re-raises.

:func:`walk` lists a project or folder tree like ``os.walk``, listing the folders of each level
concurrently within a bound.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextvars import copy_context
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import LocalFileAlreadyExists, SbgError, ValidationError
from ..models.enums import RequestParameters
from .handle import Transfer
from .names import safe_name
from .part_pool import PartPool
from .progress import Progress
from .storage import StorageClient
from .upload import check_local_file, check_upload_name

if TYPE_CHECKING:
    from ..api import Api
    from ..models.file import File
    from ..models.project import Project

_WAIT_SLICE = 0.25  # seconds: the calling thread wakes this often, so Ctrl-C is seen promptly

DONE = "done"
SKIPPED = "skipped"
FAILED = "failed"


@dataclass
class TransferRecord:
    """The outcome of one file of a many-file transfer.

    ``source`` is the local path (uploads) or the file id (downloads); ``target`` the remote path
    under the destination (uploads, ``folder/name``) or the local path (downloads). ``status`` is
    ``"done"``, ``"skipped"`` (already complete at the target) or ``"failed"`` (``error`` says why).
    ``file`` is the uploaded, existing or downloaded ``File`` when known.
    """

    source: str
    target: str
    status: str = FAILED
    size: int | None = None
    file: File | None = None
    error: BaseException | None = None

    @property
    def valid(self) -> bool:
        """Whether the file is at its target (moved now or already there)."""
        return self.status in (DONE, SKIPPED)


@dataclass(frozen=True)
class ManyProgress:
    """How far a many-file transfer is: files finished (done, skipped or failed) and bytes moved."""

    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int


ManyProgressCallback = Callable[[ManyProgress], None]


# ----------------------------------------------------------------- local names


def local_target(directory: Path, parts: Sequence[str]) -> Path:
    """``directory / parts`` with every part made safe (:func:`~.names.safe_name`), refused if it
    would still leave ``directory`` (through a symbolic link already there)."""
    target = directory.joinpath(*(safe_name(part) for part in parts))
    root = directory.resolve()
    resolved = target.resolve()
    if resolved != root and root not in resolved.parents:
        raise ValidationError(f"{str(target)!r} would be written outside {str(directory)!r}")
    return target


# ----------------------------------------------------------------- the remote tree


def _children(api: Api, project: str | None, parent: str | None) -> list[File]:
    """Every item of a project's root or a folder, whole (size, tags, metadata: no request per
    file later)."""
    if project is not None:
        return list(api.files.query(project=project, fields="_all").all())
    return list(api.files.query(parent=parent, fields="_all").all())


def walk(
    api: Api,
    *,
    project: Project | str | None = None,
    parent: File | str | None = None,
    workers: int | None = None,
) -> Iterator[tuple[str, list[File], list[File]]]:
    """The tree under a project's root or a folder, like ``os.walk`` (top down).

    Args:
        api: the client.
        project: the project whose root to start at (or give ``parent``).
        parent: the folder to start at (or give ``project``).
        workers: folders of one level listed at once (default: ``api.concurrency.pages``).

    Returns:
        An iterator of ``(path, folders, files)``: the folder's path relative to the start
        (``""`` for the start, then ``"a"``, ``"a/b"``), its subfolders and its files.

    Raises:
        ValidationError: a bad project or folder id, or a bad ``workers``.
        SbgError: the API's errors (NotFound, ...).
    """
    for names, folders, files in walk_names(api, project=project, parent=parent, workers=workers):
        yield "/".join(names), folders, files


def walk_names(
    api: Api,
    *,
    project: Project | str | None = None,
    parent: File | str | None = None,
    workers: int | None = None,
) -> Iterator[tuple[tuple[str, ...], list[File], list[File]]]:
    """:func:`walk` with each folder's path as the tuple of its folder names (which may hold
    any character, ``/`` included)."""
    from ..models.file import destination

    if workers is None:
        workers = api.concurrency.pages
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ValidationError(f"workers must be at least 1, got {workers!r}")
    project_value, parent_value = destination(project, parent, "walk")
    Level = list[tuple[tuple[str, ...], str | None, str | None]]
    level: Level = [((), project_value, parent_value)]
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="sbg-walk") as pool:
        while level:
            # Each listing runs in the caller's context (api.aa() and the like reach it).
            listings = [
                pool.submit(copy_context().run, _children, api, item[1], item[2]) for item in level
            ]
            next_level: Level = []
            for (names, _, _), listing in zip(level, listings, strict=True):
                children = listing.result()
                folders = [child for child in children if child.is_folder()]
                files = [child for child in children if not child.is_folder()]
                yield names, folders, files
                for folder in folders:
                    next_level.append(((*names, str(folder.name)), None, str(folder.id)))
            level = next_level


# ----------------------------------------------------------------- running many transfers


@dataclass
class _Job:
    index: int
    make: Callable[[], Transfer[Any]]
    size: int


@dataclass
class _Window:
    """Runs transfers ``limit`` at a time, their parts sharing ``parts``, adding their bytes into
    one progress count."""

    records: list[TransferRecord]
    limit: int
    parts: PartPool
    progress: ManyProgressCallback | None
    bytes_total: int
    files_done: int = 0
    _bytes: dict[int, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _transfers: dict[int, Transfer[Any]] = field(default_factory=dict)
    _stopping: bool = False

    def report(self) -> None:
        if self.progress is None:
            return
        with self._lock:
            snapshot = ManyProgress(
                self.files_done, len(self.records), sum(self._bytes.values()), self.bytes_total
            )
        self.progress(snapshot)

    def finished(self, index: int, size: int | None) -> None:
        with self._lock:
            self.files_done += 1
            if size is not None:
                self._bytes[index] = size

    def run(self, jobs: list[_Job], on_result: Callable[[int, Any], None]) -> None:
        """Run ``jobs``, ``limit`` at a time, each from the making of its transfer (which may call
        the API) to its end on a worker thread; only ``limit`` jobs are ever submitted at once.
        The calling thread waits in short slices, so Ctrl-C stops the transfers in flight."""
        pending = list(reversed(jobs))
        running: dict[Future[Any], int] = {}
        pool = ThreadPoolExecutor(max_workers=self.limit, thread_name_prefix="sbg-many")
        try:
            while pending or running:
                while pending and len(running) < self.limit:
                    job = pending.pop()
                    # In the caller's context, which the transfer then carries to its parts.
                    running[pool.submit(copy_context().run, self._work, job)] = job.index
                done, _ = wait(running, timeout=_WAIT_SLICE, return_when=FIRST_COMPLETED)
                for future in done:
                    index = running.pop(future)
                    error = future.exception()
                    if error is None:
                        on_result(index, future.result())
                        self.records[index].status = DONE
                        self.finished(index, self.records[index].size)
                        self.report()
                    else:
                        self._fail(index, error)
        except BaseException:
            with self._lock:
                self._stopping = True
                in_flight = list(self._transfers.values())
            for transfer in in_flight:
                transfer.stop()  # resumable transfers keep their state for the next run
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
            self.parts.close()

    def _work(self, job: _Job) -> Any:
        transfer = job.make()
        transfer.share_part_pool(self.parts)
        with self._lock:
            if self._stopping:
                return None
            self._transfers[job.index] = transfer

        def on_progress(snapshot: Progress) -> None:
            with self._lock:
                self._bytes[job.index] = snapshot.bytes_done
            self.report()

        transfer.add_progress_callback(on_progress)
        try:
            transfer.start()
            return transfer.result()
        finally:
            with self._lock:
                self._transfers.pop(job.index, None)

    def _fail(self, index: int, error: BaseException) -> None:
        self.records[index].status = FAILED
        self.records[index].error = error
        self.finished(index, None)
        self.report()


def _check_window(files_in_flight: Any, workers: Any) -> None:
    for value, name in ((files_in_flight, "files_in_flight"), (workers, "workers")):
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or value < 1
        ):
            raise ValidationError(f"{name} must be a whole number, at least 1, got {value!r}")


def _window_size(
    api: Api, files_in_flight: int | None, workers: int | None, total_workers: int, files: int
) -> tuple[int, int]:
    """Files in flight, and parts in flight in all (shared by those files): by default up to
    ``api.concurrency.files`` files sharing the Api's ``upload_max_workers`` /
    ``download_max_workers`` parts (one big file may take them all, many small ones get one
    each)."""
    limit = files_in_flight or min(api.concurrency.files, max(1, files))
    return limit, workers or total_workers


# ----------------------------------------------------------------- uploads


def _expand_local(paths: Iterable[str | os.PathLike[str]]) -> list[tuple[Path, tuple[str, ...]]]:
    """Every local file to upload with the remote folders it goes in (a directory's own name and
    the folders below it), checked, in the order given (directories sorted)."""
    if isinstance(paths, str | bytes | os.PathLike):
        raise ValidationError(f"paths must be a list of paths, got {paths!r}")
    found: list[tuple[Path, tuple[str, ...]]] = []
    for given in paths:
        if not isinstance(given, str | os.PathLike):
            raise ValidationError(f"Each path must be a file or directory path, got {given!r}")
        local = Path(given)
        if local.is_dir():
            base = local.resolve().name
            for root, dirs, names in os.walk(local):
                dirs.sort()
                relative = Path(root).relative_to(local).parts
                for name in sorted(names):
                    found.append((check_local_file(Path(root) / name), (base, *relative)))
        else:
            found.append((check_local_file(local), ()))
    return found


def upload_many(
    api: Api,
    paths: Iterable[str | os.PathLike[str]],
    *,
    project: Project | str | None = None,
    parent: File | str | None = None,
    overwrite: bool = False,
    files_in_flight: int | None = None,
    workers: int | None = None,
    part_size: int | None = None,
    progress: ManyProgressCallback | None = None,
) -> list[TransferRecord]:
    """Upload files and directories (recursively, recreating their folders) to the root of
    ``project`` or into the folder ``parent``.

    Args:
        api: the client.
        paths: local files and directories; a directory ``d`` becomes the folder ``d`` there.
        project: the project to upload into (or give ``parent``).
        parent: the folder to upload into (or give ``project``).
        overwrite: replace remote files of the same name; without it a remote file of the same
            name and size is skipped as already uploaded, one of another size fails.
        files_in_flight: files moving at once (default: up to ``api.concurrency.files``).
        workers: parts in flight in all, shared by the files in flight (default: the Api's
            ``upload_max_workers``).
        part_size: the part size to ask for.
        progress: called with a :class:`ManyProgress` as files and bytes move.

    Returns:
        One :class:`TransferRecord` per local file, in input order.

    Raises:
        ValidationError: a missing or unreadable path, a bad name, two files with one target, a bad
            destination; raised before anything is sent.
        SbgError: the destination cannot be listed or a folder cannot be created.
    """
    from ..models.file import destination
    from .upload import Upload

    _check_window(files_in_flight, workers)
    project_value, parent_value = destination(project, parent, "upload_many")
    local_files = _expand_local(paths)
    records: list[TransferRecord] = []
    seen: dict[str, str] = {}
    for local, folders in local_files:
        target = "/".join([*(check_upload_name(f) for f in folders), check_upload_name(local.name)])
        if target in seen:
            raise ValidationError(
                f"{str(local)!r} and {seen[target]!r} would both be uploaded as {target!r}"
            )
        seen[target] = str(local)
        records.append(TransferRecord(str(local), target, size=local.stat().st_size))

    tree = _RemoteTree(api, project_value, parent_value)
    jobs: list[_Job] = []
    for index, ((local, folders), record) in enumerate(zip(local_files, records, strict=True)):
        try:
            folder_id = tree.folder(folders)
            existing = tree.existing(folders, local.name)
        except SbgError as exc:
            record.error = exc
            continue
        if existing is not None and not overwrite:
            if existing.size == record.size:
                record.status, record.file = SKIPPED, existing
            else:
                record.error = SbgError(
                    f"{record.target!r} already exists with {existing.size} bytes, the local "
                    f"file has {record.size}; pass overwrite to replace it"
                )
            continue

        def make(local: Path = local, folder_id: str | None = folder_id) -> Transfer[Any]:
            return Upload(
                local,
                project=project_value if folder_id is None else None,
                parent=folder_id,
                overwrite=overwrite,
                part_size=part_size,
                api=api,
                workers=parts_in_flight,  # set below, once the number of files is known
            )

        jobs.append(_Job(index, make, record.size or 0))

    limit, parts_in_flight = _window_size(
        api, files_in_flight, workers, api.upload_max_workers, len(jobs)
    )
    window = _start_window(
        api, records, limit, parts_in_flight, progress, sum(j.size for j in jobs)
    )

    def on_result(index: int, result: Any) -> None:
        records[index].file = result

    window.run(jobs, on_result)
    return records


def _start_window(
    api: Api,
    records: list[TransferRecord],
    limit: int,
    parts_in_flight: int,
    progress: ManyProgressCallback | None,
    bytes_total: int,
) -> _Window:
    storage = StorageClient.for_api(api, RequestParameters.DEFAULT_TIMEOUT)
    window = _Window(records, limit, PartPool(parts_in_flight, storage), progress, bytes_total)
    for index, record in enumerate(records):
        if record.status == SKIPPED or record.error is not None:
            window.finished(index, None)
    window.report()
    return window


class _RemoteTree:
    """The destination's folders, listed once each and created when missing."""

    def __init__(self, api: Api, project: str | None, parent: str | None) -> None:
        self._api = api
        self._project = project
        self._ids: dict[tuple[str, ...], str | None] = {(): parent}
        self._listings: dict[tuple[str, ...], dict[str, File]] = {}

    def _listing(self, folders: tuple[str, ...]) -> dict[str, File]:
        if folders not in self._listings:
            folder_id = self.folder(folders)
            if folder_id is None and self._project is not None:
                children = _children(self._api, self._project, None)
            elif folder_id is None:
                children = []
            else:
                children = _children(self._api, None, folder_id)
            self._listings[folders] = {str(child.name): child for child in children}
        return self._listings[folders]

    def folder(self, folders: tuple[str, ...]) -> str | None:
        """The id of the folder at ``folders`` (created if missing); None for a project root."""
        if folders in self._ids:
            return self._ids[folders]
        above, name = folders[:-1], folders[-1]
        siblings = self._listing(above)
        found = siblings.get(name)
        if found is not None and not found.is_folder():
            raise SbgError(f"{'/'.join(folders)!r} exists and is a file, not a folder")
        if found is None:
            above_id = self.folder(above)
            found = self._api.files.create_folder(
                name,
                parent=above_id,
                project=self._project if above_id is None else None,
            )
            siblings[name] = found
            self._listings[folders] = {}
        self._ids[folders] = str(found.id)
        return self._ids[folders]

    def existing(self, folders: tuple[str, ...], name: str) -> File | None:
        found = self._listing(folders).get(name)
        return None if found is None or found.is_folder() else found


# ----------------------------------------------------------------- downloads


def _expand_remote(
    api: Api, files: Iterable[File | str]
) -> list[tuple[File | None, str, tuple[str, ...], BaseException | None]]:
    """Every file to download with the folders (server names) it goes in; folders expanded.

    The items are read again in bulk (one request per 100), so every file's size is known without
    a request per file, whatever the caller's objects held.
    """
    from ..models.file import file_id

    if isinstance(files, str | bytes):
        raise ValidationError(f"files must be a list of files or ids, got {files!r}")
    ids = [file_id(item) for item in files]  # refuses bad ids before any request
    records = api.files.bulk_get(ids) if ids else []
    found: list[tuple[File | None, str, tuple[str, ...], BaseException | None]] = []
    for identifier, record in zip(ids, records, strict=True):
        resolved = record.resource if record.valid else None
        if resolved is None:
            found.append((None, identifier, (), record.error or SbgError("not found")))
        elif resolved.is_folder():
            base = (str(resolved.name),)
            for below, _, children in walk_names(api, parent=str(resolved.id)):
                for child in children:
                    found.append((child, str(child.id), (*base, *below), None))
        else:
            found.append((resolved, identifier, (), None))
    return found


def download_many(
    api: Api,
    files: Iterable[File | str],
    directory: str | os.PathLike[str],
    *,
    overwrite: bool = False,
    files_in_flight: int | None = None,
    workers: int | None = None,
    progress: ManyProgressCallback | None = None,
) -> list[TransferRecord]:
    """Download files and folders (recursively, recreating their folders) into ``directory``.

    Local names come from the server's names made safe (:func:`~.names.safe_name`); nothing
    is written outside ``directory``.

    Args:
        api: the client.
        files: ``File`` objects or file ids; a folder brings its whole tree.
        directory: an existing local directory.
        overwrite: replace local files; without it a local file of the same size is skipped as
            already downloaded, one of another size fails.
        files_in_flight: files moving at once (default: up to ``api.concurrency.files``).
        workers: parts in flight in all, shared by the files in flight (default: the Api's
            ``download_max_workers``).
        progress: called with a :class:`ManyProgress` as files and bytes move.

    Returns:
        One :class:`TransferRecord` per remote file, in input order (a folder's files in tree
        order).

    Raises:
        ValidationError: ``directory`` is not a directory, a bad id, or two files with one local
            target; raised before any byte moves.
        SbgError: a folder cannot be listed.
    """
    from .api_glue import download_url
    from .download import Download

    _check_window(files_in_flight, workers)
    if not isinstance(directory, str | os.PathLike) or not Path(directory).is_dir():
        raise ValidationError(f"{directory!r} is not an existing directory")
    root = Path(directory)
    records: list[TransferRecord] = []
    targets: dict[Path, str] = {}
    expanded = _expand_remote(api, files)
    for remote, identifier, folders, error in expanded:
        record = TransferRecord(identifier, "", error=error)
        records.append(record)
        if remote is None:
            continue
        record.file = remote
        size = remote.size
        record.size = size if isinstance(size, int) else None
        try:
            target = local_target(root, [*folders, str(remote.name)])
        except ValidationError as exc:
            record.error = exc
            continue
        record.target = str(target)
        if target in targets:
            raise ValidationError(
                f"Files {targets[target]!r} and {identifier!r} would both be written to "
                f"{str(target)!r}"
            )
        targets[target] = identifier

    jobs: list[_Job] = []
    for index, record in enumerate(records):
        if record.error is not None or record.file is None:
            continue
        target = Path(record.target)
        if target.is_file() and not overwrite:
            if target.stat().st_size == record.size:
                record.status = SKIPPED
            else:
                record.error = LocalFileAlreadyExists(
                    message=f"{record.target!r} exists with another size; pass overwrite to "
                    "replace it"
                )
            continue

        def make(remote: File = record.file, target: Path = target) -> Transfer[Any]:
            target.parent.mkdir(parents=True, exist_ok=True)
            size = remote.size
            return Download(
                download_url(remote),
                target,
                api=api,
                overwrite=overwrite,
                file_size=size if isinstance(size, int) else None,
                refresh_url=lambda: download_url(remote),
                identity=f"{api.url} {remote.id}",
                workers=parts_in_flight,  # set below, once the number of files is known
            )

        jobs.append(_Job(index, make, record.size or 0))

    limit, parts_in_flight = _window_size(
        api, files_in_flight, workers, api.download_max_workers, len(jobs)
    )
    window = _start_window(
        api, records, limit, parts_in_flight, progress, sum(j.size for j in jobs)
    )
    window.run(jobs, lambda index, result: None)
    return records


__all__ = [
    "DONE",
    "FAILED",
    "SKIPPED",
    "ManyProgress",
    "TransferRecord",
    "download_many",
    "local_target",
    "upload_many",
    "walk",
    "walk_names",
]
