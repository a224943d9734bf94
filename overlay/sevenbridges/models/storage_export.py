"""Export jobs: write a project's file to a read-write volume."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sevenbridges_api.api.exports import (
    bulk_create_exports,
    bulk_get_exports,
    create_export,
    get_export,
    list_exports,
)
from sevenbridges_api.models.export import Export as ExportModel
from sevenbridges_api.models.export_bulk_create import ExportBulkCreate
from sevenbridges_api.models.export_bulk_get import ExportBulkGet
from sevenbridges_api.models.export_bulk_response import ExportBulkResponse
from sevenbridges_api.models.export_create import ExportCreate
from sevenbridges_api.models.export_list import ExportList

from ..errors import ValidationError
from ..meta.bulk import BulkRecord, run_bulk
from ..meta.checks import optional_dict
from ..meta.collection import Collection, query_collection
from .file import File, file_id
from .storage_job import StorageJob, flag, lazy_file, state_filter
from .volume import volume_id, volume_location

if TYPE_CHECKING:
    from ..api import Api
    from .volume import Volume

_ITEM_KEYS = ("file", "volume", "location", "properties", "overwrite")


def export_body(
    file: Any, volume: Any, location: Any, properties: Any = None, overwrite: Any = False
) -> dict[str, Any]:
    """The wire form of one export, every argument checked; a ``File`` known to be a folder is
    refused here (only files can be exported)."""
    if isinstance(file, File) and file.field("type") is not None and file.is_folder():
        raise ValidationError(f"Only files can be exported; {file.name or file.id!r} is a folder")
    location_value = volume_location(location)
    if location_value.endswith("/"):
        raise ValidationError(f"An export location names an object, not a prefix: {location!r}")
    body: dict[str, Any] = {
        "source": {"file": file_id(file)},
        "destination": {"volume": volume_id(volume), "location": location_value},
        "overwrite": flag(overwrite, "overwrite"),
    }
    if properties is not None:
        body["properties"] = optional_dict(properties, "properties")
    return body


def _bulk_item(item: Any) -> dict[str, Any]:
    if not isinstance(item, Mapping):
        raise ValidationError(
            f"Each export is a dict with 'file', 'volume' and 'location', got {item!r}"
        )
    unknown = sorted(set(item) - set(_ITEM_KEYS))
    if unknown:
        raise ValidationError(f"Unknown keys {unknown} in export {item!r}")
    for key in ("file", "volume", "location"):
        if key not in item:
            raise ValidationError(f"Export {item!r} has no {key!r}")
    return export_body(**item)


class ExportBulkRecord(BulkRecord["Export"]):
    """One export of a bulk call: the job (``resource``) or why it was refused (``error``)."""


class Export(StorageJob):
    """A job exporting a file to a volume: ``api.exports.submit_export(file, volume, location)``.

    Unless ``copy_only``, the file then lives on the volume (the project keeps an alias).
    ``wait()`` polls the job to the end; ``result`` is then the exported ``File``.
    """

    _model_cls = ExportModel
    _kind = "export"
    _what = "Export"

    def _describe(self) -> str:
        source, target = self._model.source, self._model.destination
        return (
            f"of file {getattr(source, 'file', '?')} to "
            f"{getattr(target, 'volume', '?')}:{getattr(target, 'location', '?')}"
        )

    @property
    def source(self) -> File | None:
        """The exported file, as a lazy ``File``."""
        view = self._read(self._fields()["source"])
        if view is None or view.file is None:
            return None
        return lazy_file(self.api, {"id": view.file})

    @classmethod
    def _get_model(cls, api: Api, identifier: str) -> Any:
        return api._call_parsed(ExportModel, get_export.sync_detailed, cls._job_id(identifier))

    @classmethod
    def submit_export(
        cls,
        file: File | str,
        volume: Volume | str,
        location: str,
        properties: dict[str, Any] | None = None,
        overwrite: bool = False,
        copy_only: bool = False,
        api: Api | None = None,
    ) -> Export:
        """Start exporting ``file`` to ``location`` on ``volume`` (a read-write volume).

        Args:
            file: The file (a ``File`` or its id); folders cannot be exported.
            volume: The volume (a ``Volume`` or ``owner/volume``).
            location: The key to write, below the volume's prefix.
            properties: S3 settings of the new object (``sse_algorithm``, ``aws_storage_class``,
                ``aws_canned_acl``, ...).
            overwrite: Replace an object already at ``location``.
            copy_only: Keep the file on the Platform and write a copy (the file otherwise moves
                to the volume).
            api: The ``Api`` to use instead of the bound one.

        Returns:
            The new ``Export`` job (PENDING).

        Raises:
            ValidationError: An argument is missing or malformed (nothing is sent).
            BadRequest: The volume is read-only, or the file cannot be exported (a folder, a file
                already on a volume).
            NotFound: The file or the volume does not exist.
        """
        resolved = cls._resolve_api(api)
        body = export_body(file, volume, location, properties, overwrite)
        model = resolved._call_parsed(
            ExportModel,
            create_export.sync_detailed,
            body=ExportCreate.from_dict(body),
            copy_only=flag(copy_only, "copy_only"),
        )
        return cls._from_model(model, resolved, complete=True)

    @classmethod
    def query(
        cls,
        volume: Volume | str | None = None,
        state: str | list[str] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        api: Api | None = None,
    ) -> Collection[Export]:
        """Your export jobs, optionally to one ``volume`` or in ``state``.

        Args:
            volume: Only exports to this volume.
            state: Only jobs in this state (or any of a list of states).
            offset: How many jobs to skip.
            limit: Page size, at most 100.
            api: The ``Api`` to use instead of the bound one.

        Returns:
            A ``Collection`` of ``Export`` jobs.

        Raises:
            ValidationError: An argument is malformed (nothing is sent).
        """
        resolved = cls._resolve_api(api)
        return query_collection(
            resolved,
            cls,
            ExportList,
            list_exports.sync_detailed,
            offset=offset,
            limit=limit,
            volume=volume_id(volume) if volume is not None else None,
            state=state_filter(state),
        )

    @classmethod
    def bulk_get(
        cls, exports: list[Export | str], api: Api | None = None
    ) -> list[ExportBulkRecord]:
        """Many export jobs by id, in chunks of 100, one record per item in input order.

        Args:
            exports: ``Export`` jobs or their ids.
            api: The ``Api`` to use instead of the bound one.

        Returns:
            One ``ExportBulkRecord`` per item: ``resource`` the job, or ``error``.

        Raises:
            ValidationError: The list is empty or holds something else (nothing is sent).
            BulkError: A chunk failed after others were answered; it holds every record known.
        """
        resolved = cls._resolve_api(api)

        def send(ids: list[str]) -> Any:
            body = ExportBulkGet(export_ids=ids)
            return resolved._call_json(bulk_get_exports.sync_detailed, body=body)

        return run_bulk(resolved, cls, exports, "exports", cls._job_id, send, ExportBulkRecord)

    @classmethod
    def bulk_submit(
        cls, exports: list[dict[str, Any]], copy_only: bool = False, api: Api | None = None
    ) -> list[ExportBulkRecord]:
        """Start many exports, in chunks of 100, one record per item in input order.

        Args:
            exports: Dicts with ``file``, ``volume``, ``location`` and optionally
                ``properties`` and ``overwrite``.
            copy_only: Keep every file on the Platform and write copies.
            api: The ``Api`` to use instead of the bound one.

        Returns:
            One ``ExportBulkRecord`` per item: ``resource`` the new job, or ``error``.

        Raises:
            ValidationError: An item is malformed or the list is empty (nothing is sent).
            BulkError: A chunk failed after others were answered; it holds every record known
                and names the items whose outcome is unknown.
        """
        resolved = cls._resolve_api(api)
        copy = flag(copy_only, "copy_only")

        def send(items: list[dict[str, Any]]) -> Any:
            body = ExportBulkCreate.from_dict({"items": items})
            return resolved._call_parsed(
                ExportBulkResponse, bulk_create_exports.sync_detailed, body=body, copy_only=copy
            ).items

        return run_bulk(resolved, cls, exports, "exports", _bulk_item, send, ExportBulkRecord)


__all__ = ["Export", "ExportBulkRecord", "export_body"]
