"""Import jobs: bring an object (or everything under a prefix) from a volume into a project."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sevenbridges_api.api.imports import (
    bulk_create_imports,
    bulk_get_imports,
    create_import,
    get_import,
    list_imports,
)
from sevenbridges_api.models.import_ import Import as ImportModel
from sevenbridges_api.models.import_bulk_create import ImportBulkCreate
from sevenbridges_api.models.import_bulk_get import ImportBulkGet
from sevenbridges_api.models.import_create import ImportCreate
from sevenbridges_api.models.import_list import ImportList

from ..errors import ValidationError
from ..meta.bulk import BulkRecord, run_bulk
from ..meta.checks import optional_bool, optional_str
from ..meta.collection import Collection, query_collection
from .file import destination, project_id
from .storage_job import StorageJob, flag, state_filter
from .volume import volume_id, volume_location

if TYPE_CHECKING:
    from ..api import Api
    from .file import File
    from .project import Project
    from .volume import Volume

_ITEM_KEYS = (
    "volume", "location", "project", "parent", "name", "overwrite", "autorename",
    "preserve_folder_structure",
)  # fmt: skip


def import_body(
    volume: Any,
    location: Any,
    project: Any = None,
    parent: Any = None,
    name: Any = None,
    overwrite: Any = False,
    autorename: Any = False,
    preserve_folder_structure: Any = None,
) -> dict[str, Any]:
    """The wire form of one import, every argument checked."""
    project_value, parent_value = destination(project, parent, "Import")
    target: dict[str, Any] = (
        {"project": project_value} if project_value is not None else {"parent": parent_value}
    )
    if name is not None:
        target["name"] = optional_str(name, "name")
    body: dict[str, Any] = {
        "source": {"volume": volume_id(volume), "location": volume_location(location)},
        "destination": target,
        "overwrite": flag(overwrite, "overwrite"),
        "autorename": flag(autorename, "autorename"),
    }
    preserve = optional_bool(preserve_folder_structure, "preserve_folder_structure")
    if preserve is not None:
        body["preserve_folder_structure"] = preserve
    return body


def _bulk_item(item: Any) -> dict[str, Any]:
    if not isinstance(item, Mapping):
        raise ValidationError(
            f"Each import is a dict with 'volume', 'location' and 'project' or 'parent', "
            f"got {item!r}"
        )
    unknown = sorted(set(item) - set(_ITEM_KEYS))
    if unknown:
        raise ValidationError(f"Unknown keys {unknown} in import {item!r}")
    for key in ("volume", "location"):
        if key not in item:
            raise ValidationError(f"Import {item!r} has no {key!r}")
    return import_body(**item)


class ImportBulkRecord(BulkRecord["Import"]):
    """One import of a bulk call: the job (``resource``) or why it was refused (``error``)."""


class Import(StorageJob):
    """A job importing from a volume: ``api.imports.submit_import(volume, location, project=p)``.

    ``source`` names the volume and location, ``destination`` the project or folder and name;
    ``wait()`` polls it to the end and ``result`` is then the new ``File`` (a folder for a
    prefix import).
    """

    _model_cls = ImportModel
    _kind = "import"
    _what = "Import"

    def _describe(self) -> str:
        source, target = self._model.source, self._model.destination
        where = getattr(target, "project", None) or getattr(target, "parent", None)
        return (
            f"of {getattr(source, 'volume', '?')}:{getattr(source, 'location', '?')} into {where}"
        )

    @classmethod
    def _get_model(cls, api: Api, identifier: str) -> Any:
        return api._call_parsed(ImportModel, get_import.sync_detailed, cls._job_id(identifier))

    @classmethod
    def submit_import(
        cls,
        volume: Volume | str,
        location: str,
        project: Project | str | None = None,
        name: str | None = None,
        overwrite: bool = False,
        properties: dict[str, Any] | None = None,
        parent: File | str | None = None,
        preserve_folder_structure: bool | None = None,
        autorename: bool = False,
        api: Api | None = None,
    ) -> Import:
        """Start importing ``location`` of ``volume`` into ``project`` (its root) or ``parent``.

        Args:
            volume: The volume (a ``Volume`` or ``owner/volume``).
            location: The object's key; a key ending in ``/`` imports everything under it as a
                folder.
            project: The destination project; not with ``parent``.
            name: The new file's (or folder's) name; the server's default is the key's last part.
            overwrite: Replace a file of the same name.
            properties: Not used by imports; must be left out.
            parent: The destination folder (a ``File`` or its id); not with ``project``.
            preserve_folder_structure: For a folder import, keep the sub-folders (the server's
                default is true).
            autorename: On a name clash, prefix the new name with an underscore and a number.
            api: The ``Api`` to use instead of the bound one.

        Returns:
            The new ``Import`` job (PENDING).

        Raises:
            ValidationError: An argument is missing, malformed or contradictory (nothing is sent).
            NotFound: The volume, the location or the destination does not exist.
            Forbidden: You may not read the volume or write to the destination.
        """
        if properties is not None:
            raise ValidationError(f"Imports take no properties, got {properties!r}")
        resolved = cls._resolve_api(api)
        body = import_body(
            volume, location, project, parent, name, overwrite, autorename,
            preserve_folder_structure,
        )  # fmt: skip
        model = resolved._call_parsed(
            ImportModel, create_import.sync_detailed, body=ImportCreate.from_dict(body)
        )
        return cls._from_model(model, resolved, complete=True)

    @classmethod
    def query(
        cls,
        project: Project | str | None = None,
        volume: Volume | str | None = None,
        state: str | list[str] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        api: Api | None = None,
    ) -> Collection[Import]:
        """Your import jobs, optionally into one ``project``, from one ``volume`` or in ``state``.

        Args:
            project: Only imports into this project.
            volume: Only imports from this volume.
            state: Only jobs in this state (or any of a list of states).
            offset: How many jobs to skip.
            limit: Page size, at most 100.
            api: The ``Api`` to use instead of the bound one.

        Returns:
            A ``Collection`` of ``Import`` jobs.

        Raises:
            ValidationError: An argument is malformed (nothing is sent).
        """
        resolved = cls._resolve_api(api)
        return query_collection(
            resolved,
            cls,
            ImportList,
            list_imports.sync_detailed,
            offset=offset,
            limit=limit,
            project=project_id(project) if project is not None else None,
            volume=volume_id(volume) if volume is not None else None,
            state=state_filter(state),
        )

    @classmethod
    def bulk_get(
        cls, imports: list[Import | str], api: Api | None = None
    ) -> list[ImportBulkRecord]:
        """Many import jobs by id, in chunks of 100, one record per item in input order.

        Args:
            imports: ``Import`` jobs or their ids.
            api: The ``Api`` to use instead of the bound one.

        Returns:
            One ``ImportBulkRecord`` per item: ``resource`` the job, or ``error``.

        Raises:
            ValidationError: The list is empty or holds something else (nothing is sent).
            BulkError: A chunk failed after others were answered; it holds every record known.
        """
        resolved = cls._resolve_api(api)

        def send(ids: list[str]) -> Any:
            body = ImportBulkGet(import_ids=ids)
            return resolved._call_json(bulk_get_imports.sync_detailed, body=body)

        return run_bulk(resolved, cls, imports, "imports", cls._job_id, send, ImportBulkRecord)

    @classmethod
    def bulk_submit(
        cls, imports: list[dict[str, Any]], api: Api | None = None
    ) -> list[ImportBulkRecord]:
        """Start many imports, in chunks of 100, one record per item in input order.

        Args:
            imports: Dicts with the arguments of ``submit_import``: ``volume``, ``location``,
                ``project`` or ``parent``, and optionally ``name``, ``overwrite``,
                ``autorename``, ``preserve_folder_structure``.
            api: The ``Api`` to use instead of the bound one.

        Returns:
            One ``ImportBulkRecord`` per item: ``resource`` the new job, or ``error``.

        Raises:
            ValidationError: An item is malformed or the list is empty (nothing is sent).
            BulkError: A chunk failed after others were answered; it holds every record known
                and names the items whose outcome is unknown.
        """
        resolved = cls._resolve_api(api)

        def send(items: list[dict[str, Any]]) -> Any:
            body = ImportBulkCreate.from_dict({"items": items})
            return resolved._call_json(bulk_create_imports.sync_detailed, body=body)

        return run_bulk(resolved, cls, imports, "imports", _bulk_item, send, ImportBulkRecord)


__all__ = ["Import", "ImportBulkRecord", "import_body"]
