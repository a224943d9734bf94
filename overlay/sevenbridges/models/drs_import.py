"""Bulk DRS imports: one job importing up to 100 objects by ``drs://`` URI into projects or
folders, with one result (the file or the error) per item."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from sevenbridges_api.api.drs_imports import bulk_create_drs_imports, get_drs_import
from sevenbridges_api.models.drs_conflict_resolution import DrsConflictResolution
from sevenbridges_api.models.drs_import import DrsImport as DrsImportModel
from sevenbridges_api.models.drs_import_bulk_create import DrsImportBulkCreate
from sevenbridges_api.models.drs_import_state import DrsImportState
from sevenbridges_api.types import Unset

from ..errors import JobFailed, ValidationError
from ..meta.bulk import BULK_LIMIT, BulkRecord, check_items, records_of
from ..meta.checks import (
    optional_dict,
    optional_enum,
    optional_str,
    optional_str_list,
    required_str,
)
from ..meta.polling import DEFAULT_PERIOD, wait_until
from ..meta.resource import Resource
from .file import File, destination
from .storage_job import job_id

if TYPE_CHECKING:
    from ..api import Api

_ITEM_KEYS = ("drs_uri", "project", "parent", "name", "metadata", "tags")


def _drs_item(item: Any) -> dict[str, Any]:
    """One item of a DRS import, checked: a ``drs://host/id`` URI and a project or a folder."""
    if not isinstance(item, Mapping):
        raise ValidationError(
            f"Each DRS import is a dict with 'drs_uri' and 'project' or 'parent', got {item!r}"
        )
    unknown = sorted(set(item) - set(_ITEM_KEYS))
    if unknown:
        raise ValidationError(f"Unknown keys {unknown} in DRS import {item!r}")
    uri = required_str(item.get("drs_uri"), "drs_uri")
    host, _, object_id = uri.removeprefix("drs://").partition("/")
    if not uri.startswith("drs://") or not host or not object_id:
        raise ValidationError(f"drs_uri must look like 'drs://host/object-id', got {uri!r}")
    project, parent = destination(item.get("project"), item.get("parent"), f"DRS import {uri}")
    body: dict[str, Any] = {"drs_uri": uri}
    body.update({k: v for k, v in (("project", project), ("parent", parent)) if v is not None})
    if item.get("name") is not None:
        body["name"] = optional_str(item["name"], "name")
    if item.get("metadata") is not None:
        body["metadata"] = optional_dict(item["metadata"], "metadata")
    if item.get("tags") is not None:
        body["tags"] = optional_str_list(item["tags"], "tags")
    return body


class DRSImportRecord(BulkRecord[File]):
    """The outcome of one item of a DRS import: the imported ``File`` (``resource``) or
    ``error``."""


class DRSImportBulk(Resource):
    """A bulk DRS import job: ``api.drs_imports.bulk_submit(imports)``.

    ``state`` goes SUBMITTED → RESOLVING → RUNNING → FINISHED; ``result`` then holds one record
    per item, in the order submitted, and ``result_files`` the files imported.
    """

    _model_cls = DrsImportModel
    _kind = "drs_import"

    # The URIs this client submitted, in order, to name failed items (a job read by id has none).
    _uris: list[str] | None = None

    @classmethod
    def _get_model(cls, api: Api, identifier: str) -> Any:
        return api._call_parsed(
            DrsImportModel, get_drs_import.sync_detailed, job_id(identifier, "DRS import job")
        )

    @classmethod
    def bulk_get(cls, import_job_id: DRSImportBulk | str, api: Api | None = None) -> DRSImportBulk:
        """A DRS import job by id.

        Args:
            import_job_id: The job's id (or the job).
            api: The ``Api`` to use instead of the bound one.

        Returns:
            The job, with the results known so far.

        Raises:
            ValidationError: The id is empty or malformed (nothing is sent).
            NotFound: There is no such job of yours.
        """
        return cls.get(job_id(import_job_id, "DRS import job"), api)

    @classmethod
    def bulk_submit(
        cls,
        imports: list[dict[str, Any]],
        tags: list[str] | None = None,
        conflict_resolution: str = "SKIP",
        api: Api | None = None,
    ) -> DRSImportBulk:
        """Start one job importing up to 100 DRS objects.

        Args:
            imports: Dicts with ``drs_uri`` and ``project`` (a ``Project`` or its id) or
                ``parent`` (a folder), and optionally ``name``, ``metadata`` and ``tags``.
            tags: Tags given to every imported file.
            conflict_resolution: What to do when a file of the same name exists: ``'SKIP'``
                (the item fails), ``'OVERWRITE'`` or ``'AUTORENAME'``.
            api: The ``Api`` to use instead of the bound one.

        Returns:
            The new job (SUBMITTED); ``wait()`` for its results.

        Raises:
            ValidationError: An item or argument is malformed, or there are more than 100
                items (nothing is sent).
        """
        resolved = cls._resolve_api(api)
        items = check_items(imports, "imports", _drs_item)
        if len(items) > BULK_LIMIT:
            raise ValidationError(
                f"A DRS import job takes at most {BULK_LIMIT} items, got {len(items)}: "
                "submit them as several jobs"
            )
        resolution = optional_enum(
            conflict_resolution, DrsConflictResolution, "conflict_resolution"
        )
        body: dict[str, Any] = {"items": items}
        if tags is not None:
            body["tags"] = optional_str_list(tags, "tags")
        if resolution is not None:
            body["conflict_resolution"] = resolution.value
        model = resolved._call_parsed(
            DrsImportModel,
            bulk_create_drs_imports.sync_detailed,
            body=DrsImportBulkCreate.from_dict(body),
        )
        job = cls._from_model(model, resolved, complete=True)
        job._uris = [item["drs_uri"] for item in items]
        return job

    @property
    def result(self) -> list[DRSImportRecord]:
        """One record per item (empty until the job has finished), in the order submitted."""
        raw = self._model.result
        if isinstance(raw, Unset) and not self._complete and self._identity():
            self._fetch_once()
            raw = self._model.result
        items = [] if raw is None or isinstance(raw, Unset) else list(raw)
        api = self.api
        return records_of(api, api._bind(File), items, items, DRSImportRecord)

    @property
    def result_files(self) -> list[File]:
        """The files imported so far (the items that succeeded)."""
        return [record.resource for record in self.result if record.resource is not None]

    def _item_name(self, index: int) -> str:
        uris = self._uris
        return uris[index] if uris is not None and index < len(uris) else f"item {index}"

    def wait(
        self,
        period: float = DEFAULT_PERIOD,
        timeout: float | None = None,
        callback: Callable[[Self], None] | None = None,
    ) -> Self:
        """Poll the job until it has FINISHED.

        Args:
            period: Seconds between two reads of the job.
            timeout: Give up after this many seconds (``None``: wait as long as it takes).
            callback: Called with the job after every read.

        Returns:
            The job, FINISHED, every item imported.

        Raises:
            JobFailed: Some items failed; the message names each with its error, and
                ``error.job.result`` holds every item's record.
            WaitTimeout: ``timeout`` passed first; the job goes on running on the server.
            ValidationError: ``period`` or ``timeout`` is not a valid number of seconds.
        """
        wait_until(
            self.reload,
            lambda job: job._model.state == DrsImportState.FINISHED,
            what=f"DRS import {self._identity()}",
            period=period,
            timeout=timeout,
            callback=callback,
        )
        failed = [(i, r.error) for i, r in enumerate(self.result) if r.error is not None]
        if failed:
            named = "; ".join(
                f"{self._item_name(i)}: {error.message or error}" for i, error in failed[:10]
            )
            more = f" and {len(failed) - 10} more" if len(failed) > 10 else ""
            raise JobFailed(
                message=f"DRS import {self._identity()}: {len(failed)} of {len(self.result)} "
                f"items failed ({named}{more})",
                job=self,
                error=failed[0][1],
            )
        return self


__all__ = ["DRSImportBulk", "DRSImportRecord"]
