"""``Upload``: a local file to a project or folder through the multipart protocol.

init (the server may change the part size) → for each part, in parallel: get its URL, stream its
bytes from the file, check the storage's MD5 ETag, report it → complete, which returns the File.
Resumable: the upload id is recorded, so a run that was stopped, failed or crashed is carried on by
the next ``upload()`` of the same unchanged file to the same place, from the parts the server
already has. With ``resumable=False`` a stopped or failed upload is aborted on the server instead.
A part the server has is trusted only if its ETag matches the local bytes' MD5 (when it is an MD5).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ..errors import LocalFileChanged, SbgError, TransferError, ValidationError
from ..meta.ids import single_segment
from ..models.enums import RequestParameters
from . import fileio
from .handle import Transfer, log
from .parts import Part, check_part_size, split, upload_part_size
from .resume import read_json, remove, upload_record_path, write_json
from .storage import CHUNK, PartTarget, RetryablePartError, md5_etag

if TYPE_CHECKING:
    from ..api import Api
    from ..models.file import File

MAX_NAME_LENGTH = 255


class MultipartApi(Protocol):
    """The API side of the multipart protocol (implemented over the generated client)."""

    def init(
        self,
        *,
        project: str | None,
        parent: str | None,
        name: str,
        size: int,
        part_size: int,
        overwrite: bool,
    ) -> tuple[str, int]:
        """Start an upload: its id and the part size the server chose."""

    def reported_parts(self, upload_id: str) -> tuple[int, dict[int, str]] | None:
        """The part size and the ETag of each reported part; None if the upload is gone."""

    def part_target(self, upload_id: str, part_number: int) -> PartTarget:
        """Where to send a part."""

    def report(self, upload_id: str, part_number: int, headers: dict[str, str]) -> None:
        """Tell the server a part is stored."""

    def complete(self, upload_id: str) -> File:
        """Finish the upload; the new file."""

    def abort(self, upload_id: str) -> None:
        """Drop the upload and its parts."""


def check_upload_name(name: Any) -> str:
    if not isinstance(name, str) or not name.strip():
        raise ValidationError(f"The file name must be a non-empty string, got {name!r}")
    if "/" in name or name in {".", ".."}:
        raise ValidationError(f"The file name {name!r} must not contain '/' or be '.' or '..'")
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(f"The file name is {len(name)} characters long; at most 255 allowed")
    return name


def check_local_file(path: Any) -> Path:
    """The path of a readable regular file, or a clear error naming it."""
    if not isinstance(path, str | os.PathLike):
        raise ValidationError(f"path must be a file path, got {path!r}")
    local = Path(path)
    if not local.exists():
        raise ValidationError(f"No such file to upload: {str(local)!r}")
    if local.is_dir():
        raise ValidationError(f"{str(local)!r} is a directory; upload its files one by one")
    if not local.is_file():
        raise ValidationError(f"{str(local)!r} is not a regular file")
    if not os.access(local, os.R_OK):
        raise ValidationError(f"{str(local)!r} cannot be read")
    return local


class Upload(Transfer["File"]):
    """Uploads one file; ``start()`` it, then ``wait()`` or ``result()`` (the new ``File``)."""

    def __init__(
        self,
        file_path: str | os.PathLike[str],
        project: str | None = None,
        parent: str | None = None,
        file_name: str | None = None,
        overwrite: bool = False,
        part_size: int | None = None,
        retry_count: int | None = None,
        timeout: float | None = None,
        api: Api | None = None,
        *,
        multipart: MultipartApi | None = None,
        workers: int | None = None,
        resumable: bool = True,
        destination: str | None = None,
    ) -> None:
        local = check_local_file(file_path)
        if destination is not None:
            # Neither a project nor a folder: the multipart API knows where (a code package's
            # automation); ``destination`` names it for the resume record.
            if project is not None or parent is not None or multipart is None:
                raise ValidationError("An upload with a destination takes its own multipart API")
        elif project is not None and parent is not None:
            raise ValidationError("Give project or parent, not both")
        elif project is None and parent is None:
            raise ValidationError("Give the project or the parent folder to upload into")
        name = check_upload_name(file_name if file_name is not None else local.name)
        requested = check_part_size(part_size)
        size = local.stat().st_size
        upload_part_size(size, requested)  # refuses files and part sizes beyond the limits
        if api is None:
            raise SbgError("An upload needs api= (or use api.files.upload)")
        if multipart is None:
            from .api_glue import GeneratedMultipart  # here: api_glue imports this module

            multipart = GeneratedMultipart(api)
        super().__init__(
            name=f"upload-{name}",
            retry_count=RequestParameters.DEFAULT_RETRY_COUNT
            if retry_count is None
            else retry_count,
            timeout=RequestParameters.DEFAULT_TIMEOUT if timeout is None else timeout,
            workers=workers if workers is not None else api.upload_max_workers,
        )
        self._api = api
        self._multipart = multipart
        self._local = local
        self._project = project
        self._parent = parent
        self._destination = destination
        self._file_name = name
        self._overwrite = bool(overwrite)
        self._requested_part_size = requested
        self._resumable = resumable
        self._size = size
        self.upload_id: str | None = None

    @property
    def file_name(self) -> str:
        return self._file_name

    @property
    def path(self) -> str:
        return str(self._local)

    # ----------------------------------------------------------------- the transfer

    def _transfer(self) -> File:
        destination = self._project or self._parent or self._destination or ""
        record = upload_record_path(self._api.url, self._local, destination, self._file_name)
        fd = fileio.open_for_reading(self._local)
        storage = self._storage(self._api)
        try:
            before = self._check_unchanged(fd, None)
            part_size, done = self._begin(record, fd)
            parts = split(self._size, part_size)
            self._num_parts = len(parts)
            todo = [part for part in parts if part.number not in done]
            with self._counter_lock:
                self._parts_done = len(parts) - len(todo)
                self._bytes_done = sum(part.size for part in parts if part.number in done)
            self._run_parts(todo, lambda part: self._send(storage, fd, part))
            self._check_stop()
            self._check_unchanged(fd, before)
            assert self.upload_id is not None
            result = self._multipart.complete(self.upload_id)
            remove(record)
            return result
        except LocalFileChanged:
            self._abort(record)  # parts of two versions of the file are worth nothing
            raise
        except BaseException:
            # Stopped or failed, a resumable upload stays on the server for the next upload()
            # of the same file to carry on; otherwise it is dropped.
            if not self._resumable:
                self._abort(record)
            raise
        finally:
            self._close_storage(storage)
            os.close(fd)

    def _check_unchanged(self, fd: int, before: tuple[int, int] | None) -> tuple[int, int]:
        """The file's (size, mtime); an error if it is not what it was (at the start, or when
        the upload handle was made), since the parts would then not make one version of it."""
        stat = os.fstat(fd)
        now = (stat.st_size, stat.st_mtime_ns)
        if now[0] != self._size or (before is not None and now != before):
            raise LocalFileChanged(
                f"{self._local} changed while it was being uploaded (now {now[0]} bytes, "
                f"{self._size} when the upload started); upload it again once it is complete"
            )
        return now

    def _begin(self, record: Path, fd: int) -> tuple[int, set[int]]:
        """Carry on the recorded upload if the server still has it, else start a new one."""
        saved = read_json(record) if self._resumable else None
        if saved and isinstance(saved.get("upload_id"), str):
            upload_id = saved["upload_id"]
            try:
                known = self._multipart.reported_parts(upload_id)
            except SbgError:
                known = None
            if known is not None:
                part_size, etags = known
                self.upload_id = upload_id
                return part_size, self._verified(fd, part_size, etags)
            remove(record)
        wanted = upload_part_size(self._size, self._requested_part_size)
        upload_id, part_size = self._multipart.init(
            project=self._project,
            parent=self._parent,
            name=self._file_name,
            size=self._size,
            part_size=wanted,
            overwrite=self._overwrite,
        )
        if isinstance(part_size, bool) or not isinstance(part_size, int) or part_size <= 0:
            raise TransferError(f"The server chose an invalid part size {part_size!r}")
        self.upload_id = upload_id
        if self._resumable:
            write_json(record, {"upload_id": upload_id, "part_size": part_size})
        return part_size, set()

    def _verified(self, fd: int, part_size: int, etags: dict[int, str]) -> set[int]:
        """The reported parts whose bytes are still what the file holds."""
        good = set()
        for part in split(self._size, part_size):
            etag = etags.get(part.number)
            if etag is None:
                continue
            expected = md5_etag(etag)
            if expected is None or expected == _md5_of(fd, part):
                good.add(part.number)
        return good

    def _send(self, storage: Any, fd: int, part: Part) -> None:
        assert self.upload_id is not None
        upload_id = self.upload_id
        what = f"Part {part.number} of {self._local} (bytes {part.start}-{part.end - 1})"
        sent = [0]

        def count(n: int) -> None:
            sent[0] += n
            self._add_bytes(n)

        def attempt() -> None:
            self._add_bytes(-sent[0])  # a retried part starts its count again
            sent[0] = 0
            target = self._multipart.part_target(upload_id, part.number)
            report, digest = storage.send_part(
                target, fd, part.start, part.size, count, self._cancel
            )
            stored = md5_etag(report.get("ETag"))
            if stored is not None and stored != digest:
                raise RetryablePartError(
                    f"the storage's ETag {report['ETag']} is not the MD5 {digest} of the bytes sent"
                )
            self._multipart.report(upload_id, part.number, report)

        # Every attempt asks for the part's URL afresh, so an expired one needs no other renewal.
        self._with_retries(what, attempt, refresh=lambda: None)

    def _abort(self, record: Path) -> None:
        remove(record)
        if self.upload_id is None:
            return
        try:
            self._multipart.abort(self.upload_id)
        except SbgError as exc:  # the upload expires on the server anyway
            log.warning("Could not abort upload %s: %s", self.upload_id, exc)


def _md5_of(fd: int, part: Part) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    position = part.start
    while position < part.end:
        data = fileio.read_at(fd, min(CHUNK, part.end - position), position)
        if not data:
            break
        digest.update(data)
        position += len(data)
    return digest.hexdigest()


class CodePackageUpload(Upload):
    """Uploads an automation code package through the same engine as files; ``result()`` is the
    code package file (its ``id`` is the ``location`` of a new automation package)."""

    def __init__(
        self,
        file_path: Any,
        automation_id: str,
        file_name: str | None = None,
        part_size: int | None = None,
        retry_count: int | None = RequestParameters.DEFAULT_RETRY_COUNT,
        timeout: float | None = RequestParameters.DEFAULT_TIMEOUT,
        parent: None = None,
        api: Api | None = None,
        *,
        workers: int | None = None,
        resumable: bool = True,
    ) -> None:
        from .api_glue import CodePackageMultipart  # here: api_glue imports this module

        automation = single_segment(automation_id, "automation")
        if parent is not None:
            raise ValidationError(
                f"A code package belongs to its automation, not to a folder; got parent={parent!r}"
            )
        if api is None:
            raise SbgError("A code package upload needs api= (or use automation.add_package)")
        super().__init__(
            file_path,
            file_name=file_name,
            part_size=part_size,
            retry_count=retry_count,
            timeout=timeout,
            api=api,
            multipart=CodePackageMultipart(api, automation),
            workers=workers,
            resumable=resumable,
            destination=f"automation:{automation}",
        )
        self.automation_id = automation
