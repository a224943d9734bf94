"""The transfer engine joined to the API: the multipart calls over the generated client (files, and
automation code packages through the same engine), and the functions behind ``api.files.upload``,
``file.download`` and ``file.stream``."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from sevenbridges_api.api.automation_uploads import (
    abort_automation_upload,
    complete_automation_upload,
    get_automation_upload_part_url,
    init_automation_upload,
    report_automation_upload_part,
)
from sevenbridges_api.api.files import get_file_download_info
from sevenbridges_api.api.uploads import (
    abort_upload,
    complete_upload,
    create_upload,
    get_upload,
    get_upload_part_url,
    report_upload_part,
)
from sevenbridges_api.models.automation_code_package_file import AutomationCodePackageFile
from sevenbridges_api.models.automation_upload import AutomationUpload
from sevenbridges_api.models.automation_upload_create import AutomationUploadCreate
from sevenbridges_api.models.automation_upload_part_report import AutomationUploadPartReport
from sevenbridges_api.models.automation_upload_part_url import AutomationUploadPartUrl
from sevenbridges_api.models.download_info import DownloadInfo
from sevenbridges_api.models.file_object import FileObject
from sevenbridges_api.models.upload import Upload as UploadModel
from sevenbridges_api.models.upload_create import UploadCreate
from sevenbridges_api.models.upload_part import UploadPart
from sevenbridges_api.models.upload_part_url import UploadPartUrl
from sevenbridges_api.types import Unset

from ..errors import NotFound, TransferError, ValidationError
from ..meta.ids import id_of
from ..models.enums import RequestParameters
from .download import Download, check_target
from .progress_bar import attach_progress_bar
from .storage import PartTarget, StorageClient
from .upload import Upload

if TYPE_CHECKING:
    from ..api import Api
    from ..models.file import File
    from ..models.project import Project


def _given(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def _started(model: Any, part_size: int) -> tuple[str, int]:
    """The upload id of a started upload and the part size the server chose (or ours)."""
    upload_id, chosen = _given(model.upload_id), _given(model.part_size)
    if not upload_id:
        raise TransferError("The server started an upload but sent no upload_id")
    return str(upload_id), int(chosen) if chosen is not None else part_size


class GeneratedMultipart:
    """:class:`~sevenbridges.transfer.upload.MultipartApi` of file uploads through the generated
    endpoints. The per-part calls are named in class attributes, so the multipart API of code
    packages (:class:`CodePackageMultipart`) shares this code and differs only where it must."""

    _part_url: tuple[type[Any], Any] = (UploadPartUrl, get_upload_part_url.sync_detailed)
    _report: tuple[type[Any], Any] = (UploadPart, report_upload_part.sync_detailed)
    _abort: Any = abort_upload.sync_detailed

    def __init__(self, api: Api) -> None:
        self._api = api

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
        body: dict[str, Any] = {"name": name, "size": size, "part_size": part_size}
        if project is not None:
            body["project"] = project
        if parent is not None:
            body["parent"] = parent
        model = self._api._call_parsed(
            UploadModel,
            create_upload.sync_detailed,
            body=UploadCreate.from_dict(body),
            overwrite=overwrite,
        )
        return _started(model, part_size)

    def reported_parts(self, upload_id: str) -> tuple[int, dict[int, str]] | None:
        try:
            model = self._api._call_parsed(
                UploadModel, get_upload.sync_detailed, upload_id, list_parts=True
            )
        except NotFound:
            return None
        part_size = _given(model.part_size)
        if part_size is None:
            return None
        etags: dict[int, str] = {}
        for part in _given(model.parts) or []:
            number = _given(part.part_number)
            response = _given(part.response)
            headers = _given(response.headers) if response is not None else None
            values = headers.to_dict() if headers is not None else {}
            etag = next((v for k, v in values.items() if k.lower() == "etag"), None)
            if number is not None and isinstance(etag, str):
                etags[int(number)] = etag
        return int(part_size), etags

    def part_target(self, upload_id: str, part_number: int) -> PartTarget:
        model_cls, endpoint = self._part_url
        model = self._api._call_parsed(model_cls, endpoint, upload_id, part_number)
        url, method = _given(model.url), _given(model.method) or "PUT"
        if not url:
            raise TransferError(f"The server sent no URL for part {part_number}")
        headers = _given(model.headers)
        report = _given(model.report)
        codes = _given(model.success_codes) or (
            _given(report.success_codes) if report is not None else None
        )
        names = _given(report.headers) if report is not None else None
        return PartTarget(
            method=str(method),
            url=str(url),
            headers={str(k): str(v) for k, v in (headers.to_dict() if headers else {}).items()},
            success_codes=tuple(codes or (200,)),
            report_headers=tuple(names or ("ETag",)),
        )

    def report(self, upload_id: str, part_number: int, headers: dict[str, str]) -> None:
        model_cls, endpoint = self._report
        body = model_cls.from_dict({"part_number": part_number, "response": {"headers": headers}})
        self._api._call(endpoint, upload_id, body=body)

    def complete(self, upload_id: str) -> File:
        model = self._api._call_parsed(FileObject, complete_upload.sync_detailed, upload_id)
        return self._api.files._from_model(model, self._api, complete=True)

    def abort(self, upload_id: str) -> None:
        self._api._call(type(self)._abort, upload_id)


class CodePackageMultipart(GeneratedMultipart):
    """The multipart API of automation code packages (``/automation/upload``): the same protocol
    and engine as file uploads; the upload belongs to an automation instead of a project, and
    completing it gives the code package file (its ``id`` is a package's ``location``)."""

    _part_url = (AutomationUploadPartUrl, get_automation_upload_part_url.sync_detailed)
    _report = (AutomationUploadPartReport, report_automation_upload_part.sync_detailed)
    _abort = abort_automation_upload.sync_detailed

    def __init__(self, api: Api, automation_id: str) -> None:
        super().__init__(api)
        self._automation_id = automation_id

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
        body = {
            "name": name,
            "size": size,
            "part_size": part_size,
            "automation_id": self._automation_id,
        }
        model = self._api._call_parsed(
            AutomationUpload,
            init_automation_upload.sync_detailed,
            body=AutomationUploadCreate.from_dict(body),
        )
        return _started(model, part_size)

    def reported_parts(self, upload_id: str) -> tuple[int, dict[int, str]] | None:
        return None  # the API cannot list a code package upload's parts: start it again

    def complete(self, upload_id: str) -> Any:
        return self._api._call_parsed(
            AutomationCodePackageFile, complete_automation_upload.sync_detailed, upload_id
        )


def upload_file(
    api: Api,
    path: str | os.PathLike[str],
    *,
    project: Project | str | None,
    parent: File | str | None,
    file_name: str | None,
    overwrite: bool,
    retry: int,
    timeout: float,
    part_size: int | None,
    wait: bool,
    progress: bool,
    workers: int | None,
    resumable: bool,
) -> File | Upload:
    """Upload ``path``; the new ``File`` when ``wait``, else the ``Upload`` handle to ``start()``."""
    upload = Upload(
        path,
        project=id_of(project, "project") if project is not None else None,
        parent=id_of(parent, "parent folder") if parent is not None else None,
        file_name=file_name,
        overwrite=overwrite,
        part_size=part_size,
        retry_count=retry,
        timeout=timeout,
        api=api,
        multipart=GeneratedMultipart(api),
        workers=workers,
        resumable=resumable,
    )
    if progress:
        attach_progress_bar(upload, "upload", upload.file_name)
    if not wait:
        return upload
    upload.start()
    result: File = upload.result()
    return result


def download_url(file: File) -> str:
    """A fresh signed URL of the file's content."""
    identifier = id_of(file, "file")
    info = file.api._call_parsed(DownloadInfo, get_file_download_info.sync_detailed, identifier)
    url = _given(info.url)
    if not url:
        raise TransferError(f"The server sent no download URL for file {identifier}")
    return str(url)


def _check_downloadable(file: File) -> None:
    if file.is_folder():
        raise ValidationError(f"{file.name!r} ({file.id}) is a folder; download its files instead")


def download_file(
    file: File,
    path: str | os.PathLike[str],
    *,
    retry: int,
    timeout: float,
    chunk_size: int | None,
    wait: bool,
    overwrite: bool,
    progress: bool,
    workers: int | None,
    resumable: bool,
) -> Download | None:
    """Download ``file`` to ``path``; the ``Download`` handle when not ``wait``."""
    _check_downloadable(file)
    check_target(path, overwrite)  # before the API is asked for a URL
    size = file.size
    download = Download(
        download_url(file),
        path,
        part_size=chunk_size,
        retry_count=retry,
        timeout=timeout,
        api=file.api,
        overwrite=overwrite,
        file_size=size if isinstance(size, int) else None,
        refresh_url=lambda: download_url(file),
        identity=f"{file.api.url} {file.id}",
        workers=workers,
        resumable=resumable,
    )
    if progress:
        attach_progress_bar(download, "download", file.name)
    if not wait:
        return download
    download.start()
    download.result()
    return None


def stream_file(file: File, part_size: int) -> Iterator[bytes]:
    """The file's content in chunks of ``part_size`` bytes, without a temporary file.

    Bad arguments fail here, at the call; the bytes are fetched as the iterator is consumed.
    """
    if isinstance(part_size, bool) or not isinstance(part_size, int) or part_size < 1:
        raise ValidationError(f"part_size must be a positive number of bytes, got {part_size!r}")
    _check_downloadable(file)
    return _stream(file, part_size)


def _stream(file: File, part_size: int) -> Iterator[bytes]:
    timeout = file.api.timeout
    storage = StorageClient.for_api(
        file.api,
        float(timeout) if isinstance(timeout, int | float) else RequestParameters.DEFAULT_TIMEOUT,
    )
    try:
        yield from storage.stream(download_url(file), part_size)
    finally:
        storage.close()
