"""``Download``: a file's bytes to a local path, in parallel ranged GETs written at their offsets.

The bytes go to ``<target>.sbgdownload`` and only a complete file of the expected size is renamed
to the target, so the target path never holds a partial file. A sidecar records the parts written;
a failed or killed download is carried on from them by the next download of the same object to the
same target. A part that breaks off mid-body carries on from the byte it reached; an expired URL
is fetched again.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import LocalFileAlreadyExists, TransferError, ValidationError
from ..models.enums import PartSize, RequestParameters
from . import fileio
from .handle import Transfer
from .parts import Part, split
from .resume import partial_paths, read_json, remove, write_json
from .storage import StorageClient, _Partial

if TYPE_CHECKING:
    from ..api import Api

DEFAULT_DOWNLOAD_PART_SIZE = PartSize.UPLOAD_RECOMMENDED_SIZE


def check_target(path: str | os.PathLike[str], overwrite: bool) -> Path:
    """The local target path, refused before any byte moves if it cannot be written.

    Raises:
        ValidationError: the path is not a path, is a directory or its folder is missing.
        LocalFileAlreadyExists: the target exists (without ``overwrite``), or a file named like
            its partial download exists that this client did not make.
    """
    if not isinstance(path, str | os.PathLike) or not str(path):
        raise ValidationError(f"path must be a file path, got {path!r}")
    target = Path(path)
    if target.is_dir():
        raise ValidationError(f"{str(target)!r} is a directory; give the path of the file to write")
    if target.exists() and not overwrite:
        raise LocalFileAlreadyExists(
            message=f"{str(target)!r} already exists; pass overwrite=True to replace it"
        )
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(f"The folder {str(folder)!r} of {str(target)!r} does not exist")
    if not os.access(folder, os.W_OK):
        raise ValidationError(f"The folder {str(folder)!r} is not writable")
    check_partial_is_ours(target)
    return target


def check_partial_is_ours(target: Path) -> None:
    """Refuse a ``<target>.sbgdownload`` that no sidecar of ours vouches for.

    A download writes its sidecar (``<target>.sbgdownload.json``, naming the object) before it
    makes the partial file, so a partial file without a readable sidecar is someone else's file
    that happens to have the name: it is never truncated, renamed into the target or removed.

    Raises:
        LocalFileAlreadyExists: naming the file, which is left as it was.
    """
    partial, sidecar = partial_paths(target)
    if not (partial.exists() or partial.is_symlink()):
        return
    saved = read_json(sidecar)
    if partial.is_file() and not partial.is_symlink() and saved and "identity" in saved:
        return
    raise LocalFileAlreadyExists(
        message=f"{str(partial)!r} exists and was not made by a download of this client, so "
        f"it is not used as the partial download of {str(target)!r}; move it away (or delete "
        "it) and download again"
    )


def check_download_part_size(part_size: Any) -> int:
    if part_size is None:
        return DEFAULT_DOWNLOAD_PART_SIZE
    if isinstance(part_size, bool) or not isinstance(part_size, int):
        raise ValidationError(f"chunk_size must be a whole number of bytes, got {part_size!r}")
    if part_size < PartSize.DOWNLOAD_MINIMUM_PART_SIZE:
        raise ValidationError(
            f"chunk_size must be at least {PartSize.DOWNLOAD_MINIMUM_PART_SIZE} bytes (5 MiB), "
            f"got {part_size!r}"
        )
    return part_size


class Download(Transfer[None]):
    """Downloads one object; ``start()`` it, then ``wait()``."""

    def __init__(
        self,
        url: str,
        file_path: str | os.PathLike[str],
        part_size: int | None = None,
        retry_count: int | None = None,
        timeout: float | None = None,
        api: Api | None = None,
        *,
        overwrite: bool = False,
        file_size: int | None = None,
        refresh_url: Callable[[], str] | None = None,
        identity: str | None = None,
        workers: int | None = None,
        resumable: bool = True,
    ) -> None:
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise ValidationError(f"Invalid download URL {url!r}")
        target = check_target(file_path, overwrite)
        chosen_part_size = check_download_part_size(part_size)
        if file_size is not None and (isinstance(file_size, bool) or file_size < 0):
            raise ValidationError(f"file_size must be 0 or more, got {file_size!r}")
        default_workers = api.download_max_workers if api is not None else 16
        super().__init__(
            name=f"download-{target.name}",
            retry_count=RequestParameters.DEFAULT_RETRY_COUNT
            if retry_count is None
            else retry_count,
            timeout=RequestParameters.DEFAULT_TIMEOUT if timeout is None else timeout,
            workers=workers if workers is not None else default_workers,
        )
        self._api = api
        self._url = url
        self._url_lock = threading.Lock()
        self._refresh_url = refresh_url
        self._target = target
        self._overwrite = bool(overwrite)
        self._part_size = chosen_part_size
        self._expected_size = file_size
        self._identity = identity or url.split("?", 1)[0]
        self._resumable = resumable

    @property
    def path(self) -> str:
        return str(self._target)

    @property
    def file_name(self) -> str:
        return self._target.name

    # ----------------------------------------------------------------- the transfer

    def _transfer(self) -> None:
        storage = self._storage(self._api)
        partial, sidecar = partial_paths(self._target)
        owned = False  # whether the partial file is ours to write, rename or remove
        try:
            check_partial_is_ours(self._target)
            # The API's size saves a round trip to the storage per file; every part's answer is
            # checked against it (Content-Range, or the length of a whole-object answer).
            expected = self._expected_size
            size = expected if expected else self._object_size(storage)
            self._size = size
            parts = split(size, self._part_size)
            self._num_parts = len(parts)
            done = self._prepare(partial, sidecar, size)
            owned = True
            todo = [part for part in parts if part.number not in done]
            with self._counter_lock:
                self._parts_done = len(parts) - len(todo)
                self._bytes_done = sum(part.size for part in parts if part.number in done)
            fd = fileio.open_for_writing(partial)
            record_lock = threading.Lock()

            def fetch(part: Part) -> None:
                self._fetch(storage, fd, part, size)
                with record_lock:
                    done.add(part.number)
                    if self._resumable:
                        write_json(sidecar, self._record(size, done))

            try:
                self._run_parts(todo, fetch)
            finally:
                os.close(fd)
            self._check_stop()
            written = partial.stat().st_size
            if written != size:
                raise TransferError(
                    f"The download of {self._target} has {written} bytes, expected {size}"
                )
            if self._target.exists() and not self._overwrite:
                raise LocalFileAlreadyExists(
                    message=f"{str(self._target)!r} appeared during the download; kept it as it was"
                )
            os.replace(partial, self._target)
            remove(sidecar)
        except BaseException:
            if owned and not self._resumable:  # else the next download() carries on from them
                remove(partial)
                remove(sidecar)
            raise
        finally:
            self._close_storage(storage)

    def _record(self, size: int, done: set[int]) -> dict[str, Any]:
        return {
            "identity": self._identity,
            "size": size,
            "part_size": self._part_size,
            "done": sorted(done),
        }

    def _prepare(self, partial: Path, sidecar: Path, size: int) -> set[int]:
        """The parts already in the partial file (from an earlier run), after making it ready.

        The sidecar is written before the partial file is made, so a partial file without a
        sidecar of ours is never one of ours (``check_partial_is_ours`` refuses it).
        """
        saved = read_json(sidecar) if self._resumable else None
        if (
            saved is not None
            and saved.get("identity") == self._identity
            and saved.get("size") == size
            and saved.get("part_size") == self._part_size
            and partial.exists()
            and partial.stat().st_size == size
        ):
            return {int(number) for number in saved.get("done", [])}
        check_partial_is_ours(self._target)  # again, just before writing: it may have appeared
        write_json(sidecar, self._record(size, set()))
        with open(partial, "wb") as handle:
            handle.truncate(size)
        return set()

    def _current_url(self) -> str:
        with self._url_lock:
            return self._url

    def _renew_url(self, stale: str) -> None:
        """Fetch a fresh URL once for all the workers that found ``stale`` expired."""
        if self._refresh_url is None:
            raise TransferError("The download URL expired and there is no way to renew it")
        with self._url_lock:
            if self._url == stale:
                self._url = self._refresh_url()

    def _object_size(self, storage: StorageClient) -> int:
        size = [0]

        def probe() -> None:
            size[0] = storage.probe_size(self._current_url())

        url_before = self._current_url()
        self._with_retries(
            f"Reading the size of {self._target.name}", probe, lambda: self._renew_url(url_before)
        )
        if self._expected_size is not None and size[0] != self._expected_size:
            raise TransferError(
                f"The storage holds {size[0]} bytes for {self._target.name}; the API says "
                f"{self._expected_size}"
            )
        return size[0]

    def _fetch(self, storage: StorageClient, fd: int, part: Part, size: int) -> None:
        if part.size == 0:
            return
        position = [part.start]  # where the next attempt carries on: bytes before it are written
        url = [self._current_url()]

        def attempt() -> None:
            url[0] = self._current_url()
            try:
                position[0] = storage.fetch_range(
                    url[0], fd, position[0], part.end, size, self._add_bytes, self._cancel
                )
            except _Partial as exc:
                position[0] = exc.position
                raise

        def renew() -> None:
            self._renew_url(url[0])

        what = f"Part {part.number} of {self._target.name} (bytes {part.start}-{part.end - 1})"
        self._with_retries(what, attempt, renew)
