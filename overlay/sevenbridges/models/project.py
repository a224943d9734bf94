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
)
from sevenbridges_api.models.member import Member as MemberModel
from sevenbridges_api.models.member_create import MemberCreate
from sevenbridges_api.models.member_list import MemberList
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
from ..meta.collection import Collection, query_collection
from ..meta.ids import id_of, project_segments, single_segment, uuid_id
from ..meta.resource import Field, Resource
from .member import Member, check_permissions

if TYPE_CHECKING:
    from uuid import UUID

    from ..api import Api
    from .billing_group import BillingGroup
    from .user import User

DEFAULT_MEMBER_PERMISSIONS = {
    "read": True,
    "copy": False,
    "write": False,
    "execute": False,
    "admin": False,
}


def _billing_group_id(value: Any) -> str:
    return uuid_id(value, "billing_group", "billing group")


class Project(Resource):
    """A project: ``api.projects.get('owner/project')``."""

    _model_cls = ProjectModel
    _kind = "project"

    href: Field[str | None] = Field()
    id: Field[str | None] = Field()
    name: Field[str | None] = Field(read_only=False)
    billing_group: Field[Any] = Field(read_only=False, to_wire=_billing_group_id)
    description: Field[str | None] = Field(read_only=False)
    type: Field[str | None] = Field()
    tags: Field[list[str] | None] = Field(read_only=False)
    settings: Field[dict[str, Any]] = Field(read_only=False, dict_like=True)
    permissions: Field[Any] = Field()
    root_folder: Field[str | None] = Field()
    created_by: Field[str | None] = Field()
    created_on: Field[Any] = Field()
    modified_on: Field[Any] = Field()
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

    def get_members(
        self, offset: int | None = None, limit: int | None = None
    ) -> Collection[Member]:
        """The project's members, one page at a time."""
        owner, name = self._segments()
        api = self.api
        page = query_collection(
            api,
            None,
            MemberList,
            list_project_members.sync_detailed,
            owner,
            name,
            offset=offset,
            limit=limit,
            wrap=lambda model: Member._for_project(model, api, (owner, name), complete=False),
        )
        return page

    def get_member(self, username: Any, api: Api | None = None) -> Member:
        """One member by username (or a ``User``/``Member``)."""
        owner, name = self._segments()
        resolved = api if api is not None else self.api
        user = single_segment(getattr(username, "username", username), "username")
        model = resolved._call_parsed(
            MemberModel, get_project_member.sync_detailed, owner, name, user
        )
        return Member._for_project(model, resolved, (owner, name), complete=True)

    def _add_member(self, body: dict[str, Any], permissions: Any) -> Member:
        owner, name = self._segments()
        perms = dict(DEFAULT_MEMBER_PERMISSIONS)
        if permissions is not None:
            perms.update(check_permissions(permissions))
        body["permissions"] = perms
        model = self.api._call_parsed(
            MemberModel,
            add_project_member.sync_detailed,
            owner,
            name,
            body=MemberCreate.from_dict(body),
        )
        return Member._for_project(model, self.api, (owner, name), complete=True)

    def add_member(self, user: Any, permissions: dict[str, bool]) -> Member:
        """Add a user (a ``User`` or a username) with ``permissions``."""
        username = single_segment(getattr(user, "username", user), "username")
        return self._add_member({"username": username}, permissions)

    def add_member_email(self, email: str, permissions: dict[str, bool] | None = None) -> Member:
        """Add a user by e-mail address."""
        address = required_str(email, "email")
        if "@" not in address:
            raise ValidationError(f"Invalid e-mail address {email!r}")
        return self._add_member({"email": address}, permissions)

    def add_member_team(self, team: Any, permissions: dict[str, bool]) -> Member:
        """Add an Enterprise team (a ``Team`` or its id)."""
        return self._add_member({"id": id_of(team, "team"), "type": "TEAM"}, permissions)

    def add_member_division(self, division: Any, permissions: dict[str, bool]) -> Member:
        """Add an Enterprise division (a ``Division`` or its id)."""
        return self._add_member(
            {"id": id_of(division, "division"), "type": "DIVISION"}, permissions
        )

    def remove_member(self, user: Any) -> None:
        """Remove a member (a ``User``, a ``Member`` or a username)."""
        owner, name = self._segments()
        username = single_segment(getattr(user, "username", user), "username")
        self.api._call(remove_project_member.sync_detailed, owner, name, username)
