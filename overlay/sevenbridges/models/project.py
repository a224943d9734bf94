"""Projects: query, create, edit, delete, and their members."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sevenbridges_api.api.projects import (
    add_project_member,
    create_project,
    delete_project,
    get_project,
    get_project_member,
    list_owner_projects,
    list_project_members,
    list_projects,
    remove_project_member,
    update_project,
    update_project_member_permissions,
)
from sevenbridges_api.models.member_create import MemberCreate
from sevenbridges_api.models.member_list import MemberList
from sevenbridges_api.models.permissions import Permissions as PermissionsModel
from sevenbridges_api.models.project import Project as ProjectModel
from sevenbridges_api.models.project_category import ProjectCategory
from sevenbridges_api.models.project_create import ProjectCreate
from sevenbridges_api.models.project_list import ProjectList
from sevenbridges_api.models.project_update import ProjectUpdate

from ..errors import ValidationError
from ..meta.checks import (
    optional_dict,
    optional_enum,
    optional_str,
    optional_str_list,
    required_str,
)
from ..meta.collection import Collection, check_offset_limit, query_collection
from ..meta.ids import project_segments, single_segment, uuid_id
from ..meta.members import HasMembers, MemberCalls
from ..meta.resource import Field, Resource
from .member import Member

if TYPE_CHECKING:
    from uuid import UUID

    from ..api import Api
    from .app import App
    from .billing_group import BillingGroup
    from .file import File
    from .storage_export import Export
    from .storage_import import Import
    from .task import Task
    from .user import User
    from .volume import Volume


def _billing_group_id(value: Any) -> str:
    return uuid_id(value, "billing_group", "billing group")


class Project(HasMembers, Resource):
    """A project: ``api.projects.get('owner/project')``."""

    _model_cls = ProjectModel
    _kind = "project"
    _member_calls = MemberCalls(
        list=list_project_members.sync_detailed,
        list_model=MemberList,
        get=get_project_member.sync_detailed,
        add=add_project_member.sync_detailed,
        add_model=MemberCreate,
        remove=remove_project_member.sync_detailed,
        update=update_project_member_permissions.sync_detailed,
        update_model=PermissionsModel,
    )
    _member_cls = Member

    name: Field[str | None] = Field(read_only=False)
    billing_group: Field[Any] = Field(read_only=False, to_wire=_billing_group_id)
    description: Field[str | None] = Field(read_only=False)
    tags: Field[list[str] | None] = Field(read_only=False)
    settings: Field[dict[str, Any]] = Field(read_only=False, dict_like=True)
    category: Field[str | None] = Field(read_only=False)

    # ----------------------------------------------------------------- class-level calls

    @classmethod
    def _get_model(cls, api: Api, identifier: str) -> Any:
        owner, name = project_segments(identifier)
        return api._call_parsed(ProjectModel, get_project.sync_detailed, owner, name)

    @classmethod
    def query(
        cls,
        owner: User | str | None = None,
        name: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        api: Api | None = None,
        category: str | None = None,
        tags: list[str] | None = None,
    ) -> Collection[Project]:
        """Projects you can see: those of one ``owner``, or those matching filters.

        Args:
            owner: a username or ``User``: that owner's projects (``GET /projects/{owner}``).
            name: only projects with this name.
            offset: the index of the first project of the page.
            limit: projects per page, 1 to 100.
            api: the ``Api`` to use instead of the bound one.
            category: only projects of this category (``PRIVATE``, ``CONTROLLED``, ``PUBLIC``).
            tags: only projects with any of these tags.

        Returns:
            The first page; ``all()`` iterates every page.

        Raises:
            ValidationError: for a malformed value, or for ``owner`` together with ``name``,
                ``category`` or ``tags``: the per-owner listing takes no filters and the filtered
                listing takes no owner, so the combination is refused rather than one half of
                it silently dropped. Filter without ``owner`` and check ``project.id`` instead.
        """
        resolved = cls._resolve_api(api)
        filters: dict[str, Any] = {
            "name": optional_str(name, "name"),
            "category": optional_enum(category, ProjectCategory, "category"),
            "tags": optional_str_list(tags, "tags"),
        }
        if owner is None:
            return query_collection(
                resolved, cls, ProjectList, list_projects.sync_detailed,
                offset=offset, limit=limit, **filters,
            )  # fmt: skip
        owner_name = single_segment(getattr(owner, "username", owner), "owner")
        given = sorted(key for key, value in filters.items() if value is not None)
        if given:
            raise ValidationError(
                f"owner={owner_name!r} cannot be combined with {', '.join(given)}: the API lists "
                f"an owner's projects without filters. Query with {', '.join(given)} alone and "
                f"keep the projects whose id starts with '{owner_name}/'"
            )
        return query_collection(
            resolved, cls, ProjectList, list_owner_projects.sync_detailed, owner_name,
            offset=offset, limit=limit,
        )  # fmt: skip

    @classmethod
    def create(
        cls,
        name: str,
        billing_group: BillingGroup | UUID | str | None = None,
        description: str | None = None,
        tags: list[str] | None = None,
        settings: dict[str, Any] | None = None,
        api: Api | None = None,
    ) -> Project:
        """Create a project billed to ``billing_group``.

        Args:
            name: the project's name (its id is made from it).
            billing_group: a ``BillingGroup`` or its id (a UUID).
            description: a description, Markdown allowed.
            tags: tags of the project.
            settings: project settings (``locked``, ``use_interruptible_instances``, ...).
            api: the ``Api`` to use instead of the bound one.

        Returns:
            The new project.

        Raises:
            ValidationError: a bad argument (a malformed billing group id included), before any
                request.
        """
        resolved = cls._resolve_api(api)
        body: dict[str, Any] = {"name": required_str(name, "name")}
        if billing_group is not None:
            body["billing_group"] = _billing_group_id(billing_group)
        if description is not None:
            body["description"] = optional_str(description, "description")
        if tags is not None:
            body["tags"] = optional_str_list(tags, "tags")
        if settings is not None:
            body["settings"] = optional_dict(settings, "settings")
        model = resolved._call_parsed(
            ProjectModel, create_project.sync_detailed, body=ProjectCreate.from_dict(body)
        )
        return cls._from_model(model, resolved, complete=True)

    # ----------------------------------------------------------------- instance calls

    def _segments(self) -> tuple[str, str]:
        return project_segments(self._identity())

    def _member_path(self) -> tuple[str, str]:
        return self._segments()

    def _update_model(self, changes: dict[str, Any]) -> Any:
        owner, name = self._segments()
        return self.api._call_parsed(
            ProjectModel,
            update_project.sync_detailed,
            owner,
            name,
            body=ProjectUpdate.from_dict(changes),
        )

    def _delete_remote(self) -> None:
        owner, name = self._segments()
        self.api._call(delete_project.sync_detailed, owner, name)

    # ----------------------------------------------------------------- what the project holds

    def get_files(self, offset: int | None = None, limit: int | None = None) -> Collection[File]:
        """The files and folders at the root of this project.

        Args:
            offset: where the page starts.
            limit: the page size (at most 100).

        Returns:
            The first page; ``all()`` iterates every item.
        """
        return self.api.files.query(project=self, offset=offset, limit=limit)

    def add_files(self, files: Any) -> dict[str, Any]:
        """Copy files into the root of this project (100 per request).

        Args:
            files: one ``File`` (or id), or a list or ``Collection`` of them.

        Returns:
            A dict keyed by source file id: the new file's id and name, or the error for a file
            that could not be copied.

        Raises:
            ValidationError: an empty list or a malformed id (nothing is sent).
        """
        items = [files] if isinstance(files, Resource | str) else files
        return self.api.actions.bulk_copy_files(items, self)

    def get_apps(self, offset: int | None = None, limit: int | None = None) -> Collection[App]:
        """The apps of this project.

        Args:
            offset: where the page starts.
            limit: the page size (at most 100).

        Returns:
            The first page; ``all()`` iterates every app.
        """
        return self.api.apps.query(project=self, offset=offset, limit=limit)

    def get_tasks(
        self, status: str | None = None, offset: int | None = None, limit: int | None = None
    ) -> Collection[Task]:
        """The tasks of this project, optionally only those in ``status``.

        Args:
            status: a ``TaskStatus``.
            offset: where the page starts.
            limit: the page size (at most 100).

        Returns:
            The first page; ``all()`` iterates every task.

        Raises:
            ValidationError: an unknown status.
        """
        return self.api.tasks.query(project=self, status=status, offset=offset, limit=limit)

    def create_task(
        self,
        name: str | None,
        app: Any,
        revision: int | None = None,
        batch_input: str | None = None,
        batch_by: dict[str, Any] | None = None,
        inputs: dict[str, Any] | None = None,
        description: str | None = None,
        run: bool = False,
        disable_batch: bool = False,
        interruptible: bool | None = True,
        execution_settings: dict[str, Any] | None = None,
        *,
        output_location: dict[str, Any] | None = None,
    ) -> Task:
        """Create a task in this project; the arguments are those of ``api.tasks.create``
        (``interruptible`` defaults to True here, as in the compatible client).

        Returns:
            The task (a DRAFT, or QUEUED when ``run=True``).

        Raises:
            ValidationError: a bad argument (before any request).
            TaskValidationError: ``run=True`` but the inputs have errors.
        """
        return self.api.tasks.create(
            name, self, app, revision=revision, batch_input=batch_input, batch_by=batch_by,
            inputs=inputs, description=description, run=run, disable_batch=disable_batch,
            interruptible=interruptible, execution_settings=execution_settings,
            output_location=output_location,
        )  # fmt: skip

    # ----------------------------------------------------------------- storage jobs

    def get_imports(
        self,
        volume: Volume | str | None = None,
        state: str | list[str] | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> Collection[Import]:
        """The import jobs into this project, optionally from one ``volume`` or in ``state``.

        Args:
            volume: Only imports from this volume (a ``Volume`` or ``owner/volume``).
            state: Only jobs in this state (or any of a list of states).
            offset: How many jobs to skip.
            limit: Page size, at most 100.

        Returns:
            A ``Collection`` of ``Import`` jobs.

        Raises:
            ValidationError: An argument is malformed (nothing is sent).
        """
        return self.api.imports.query(
            project=self, volume=volume, state=state, offset=offset, limit=limit
        )

    def get_exports(
        self,
        volume: Volume | str | None = None,
        state: str | list[str] | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> list[Export]:
        """The export jobs of files of this project, optionally to one ``volume`` or in ``state``.

        The API lists exports by volume and state only, so this reads every matching job (a page
        at a time) and keeps those whose file is in this project, looking the files up with one
        bulk call per page.

        Args:
            volume: Only exports to this volume (a ``Volume`` or ``owner/volume``).
            state: Only jobs in this state (or any of a list of states).
            offset: How many of the project's jobs to skip.
            limit: At most this many jobs (all of them when ``None``).

        Returns:
            A list of ``Export`` jobs, oldest first as the server lists them.

        Raises:
            ValidationError: An argument is malformed (nothing is sent).
        """
        start, _ = check_offset_limit(offset, None)
        if limit is not None and (
            isinstance(limit, bool) or not isinstance(limit, int) or limit < 1
        ):
            raise ValidationError(f"limit must be a positive integer, got {limit!r}")
        api = self.api
        mine = self._identity()
        page = api.exports.query(volume=volume, state=state, limit=100)
        found: list[Export] = []
        while True:
            ids = [job.source.id for job in page if job.source is not None]
            if ids:
                files = api.files.bulk_get(ids)
                owned = {
                    record.resource.id
                    for record in files
                    if record.resource is not None and record.resource.project == mine
                }
                found.extend(job for job in page if job.source and job.source.id in owned)
            if not page.has_next_page():
                break
            page = page.next_page()
        selected = found[start or 0 :]
        return selected if limit is None else selected[:limit]
