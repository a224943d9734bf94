"""Automations: templates that run user code packages, their members, packages and runs.

``secret_settings`` of an automation or a run are secrets: they are sent to the server, and never
shown in a ``repr``, a log line or an error message (a bad value is named by its type only).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from uuid import UUID

from sevenbridges_api.api.automation_members import (
    add_automation_member,
    get_automation_member,
    list_automation_members,
    remove_automation_member,
    update_automation_member,
)
from sevenbridges_api.api.automation_packages import (
    archive_automation_package,
    create_automation_package,
    get_automation_package,
    list_automation_packages,
    restore_automation_package,
    update_automation_package,
)
from sevenbridges_api.api.automation_runs import (
    create_automation_run,
    get_automation_run,
    get_automation_run_state,
    list_automation_runs,
    perform_automation_run_action,
    update_automation_run,
)
from sevenbridges_api.api.automations import (
    archive_automation,
    create_automation,
    get_automation,
    list_automations,
    restore_automation,
    update_automation,
)
from sevenbridges_api.models.automation import Automation as AutomationModel
from sevenbridges_api.models.automation_create import AutomationCreate
from sevenbridges_api.models.automation_list import AutomationList
from sevenbridges_api.models.automation_member import AutomationMember as AutomationMemberModel
from sevenbridges_api.models.automation_member_create import AutomationMemberCreate
from sevenbridges_api.models.automation_member_list import AutomationMemberList
from sevenbridges_api.models.automation_member_update import AutomationMemberUpdate
from sevenbridges_api.models.automation_package import AutomationPackage as PackageModel
from sevenbridges_api.models.automation_package_create import AutomationPackageCreate
from sevenbridges_api.models.automation_package_list import AutomationPackageList
from sevenbridges_api.models.automation_package_update import AutomationPackageUpdate
from sevenbridges_api.models.automation_run import AutomationRun as RunModel
from sevenbridges_api.models.automation_run_action import AutomationRunAction
from sevenbridges_api.models.automation_run_create import AutomationRunCreate
from sevenbridges_api.models.automation_run_list import AutomationRunList
from sevenbridges_api.models.automation_run_order import AutomationRunOrder
from sevenbridges_api.models.automation_run_order_by import AutomationRunOrderBy
from sevenbridges_api.models.automation_run_rerun import AutomationRunRerun
from sevenbridges_api.models.automation_run_state import AutomationRunState
from sevenbridges_api.models.automation_run_status import AutomationRunStatus
from sevenbridges_api.models.automation_run_update import AutomationRunUpdate
from sevenbridges_api.models.automation_update import AutomationUpdate
from sevenbridges_api.types import Unset

from ..errors import SbgError, ValidationError
from ..meta.checks import (
    optional_bool,
    optional_dict,
    optional_enum,
    optional_str,
    require_advance_access,
    required_str,
)
from ..meta.collection import Collection, query_collection
from ..meta.ids import id_of, single_segment
from ..meta.members import HasMembers, MemberCalls, username_of
from ..meta.polling import DEFAULT_PERIOD, wait_until
from ..meta.resource import Field, Resource
from .enums import AutomationStatus
from .member import Member

if TYPE_CHECKING:
    from ..api import Api
    from .billing_group import BillingGroup
    from .file import File
    from .team import Team
    from .user import User

MAX_MEMORY_LIMIT = 4000  # MB, as the API documents


def automation_id(value: Any) -> str:
    """The UUID of an ``Automation`` or an automation id string, checked before any request."""
    text = id_of(value, "automation")
    try:
        return str(UUID(text))
    except ValueError:
        raise ValidationError(f"Invalid automation id {text!r}: expected a UUID") from None


def secret_dict(value: Any, name: str) -> dict[str, Any] | None:
    """A dict of secrets; a bad value is named by its type only, never shown."""
    if value is None:
        return None
    if not isinstance(value, dict) or not all(isinstance(key, str) for key in value):
        raise ValidationError(
            f"{name} must be a dict with string keys, got a {type(value).__name__} (not shown)"
        )
    return dict(value)


def memory_limit_mb(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_MEMORY_LIMIT:
        raise ValidationError(
            f"memory_limit must be a whole number of MB from 1 to {MAX_MEMORY_LIMIT}, got {value!r}"
        )
    return value


def _given(body: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in body.items() if value is not None}


def _billing_group_id(value: Any) -> str:
    return id_of(value, "billing group")


# ----------------------------------------------------------------------- members


class AutomationMember(Member):
    """A user or an Enterprise team with permissions on an automation."""

    _model_cls = AutomationMemberModel
    _kind = "automation_member"

    def _member_key(self) -> Any:
        # Users are named by username, teams by their id.
        return self._identity() or self.field("id")

    def _identity(self) -> str | None:
        username = getattr(self._model, "username", None)
        if isinstance(username, str) and username:
            return username
        identifier = getattr(self._model, "id", None)
        return identifier if isinstance(identifier, str) and identifier else None

    @classmethod
    def query(
        cls,
        automation: Automation | str,
        offset: int | None = None,
        limit: int | None = None,
        api: Api | None = None,
    ) -> Collection[Member]:
        """The members of ``automation`` (an ``Automation`` or its id), one page at a time.

        Raises:
            ValidationError: a malformed automation id or bad paging, before any request.
        """
        return _automation(automation, cls._resolve_api(api)).get_members(offset, limit)

    @classmethod
    def get(  # type: ignore[override]
        cls, id: str, automation: Automation | str, api: Api | None = None
    ) -> Member:
        """One member (a username or a team id) of ``automation``.

        Raises:
            ValidationError: a malformed id, before any request.
            NotFound: not a member.
        """
        return _automation(automation, cls._resolve_api(api)).get_member(id)

    @classmethod
    def add(
        cls,
        user: User | str,
        permissions: dict[str, bool],
        automation: Automation | str,
        api: Api | None = None,
    ) -> Member:
        """Add ``user`` to ``automation`` with ``permissions``.

        Raises:
            ValidationError: a malformed username or unknown permission, before any request.
            Conflict: already a member.
        """
        return _automation(automation, cls._resolve_api(api)).add_member(user, permissions)

    @classmethod
    def add_team(
        cls,
        team: Team | str,
        permissions: dict[str, bool],
        automation: Automation | str,
        api: Api | None = None,
    ) -> Member:
        """Add an Enterprise ``team`` to ``automation`` with ``permissions``.

        Raises:
            ValidationError: a malformed team id or unknown permission, before any request.
        """
        return _automation(automation, cls._resolve_api(api)).add_team_member(team, permissions)

    @classmethod
    def remove(cls, user: User | str, automation: Automation | str, api: Api | None = None) -> None:
        """Remove ``user`` from ``automation``.

        Raises:
            ValidationError: a malformed username, before any request.
        """
        _automation(automation, cls._resolve_api(api)).remove_member(user)

    @classmethod
    def remove_team(
        cls, team: Team | str, automation: Automation | str, api: Api | None = None
    ) -> None:
        """Remove an Enterprise ``team`` from ``automation``.

        Raises:
            ValidationError: a malformed team id, before any request.
        """
        _automation(automation, cls._resolve_api(api)).remove_team_member(team)


def _automation(value: Automation | str, api: Api) -> Automation:
    """An ``Automation`` bound to ``api`` (lazy when given an id)."""
    if isinstance(value, Automation):
        return value
    return api.automations(api=api, id=automation_id(value))


# ----------------------------------------------------------------------- automations


class Automation(HasMembers, Resource):
    """An automation: ``api.automations.create(name='Nightly QC', billing_group=bg)``."""

    _model_cls = AutomationModel
    _kind = "automation"
    _member_calls = MemberCalls(
        list=list_automation_members.sync_detailed,
        list_model=AutomationMemberList,
        get=get_automation_member.sync_detailed,
        add=add_automation_member.sync_detailed,
        add_model=AutomationMemberCreate,
        remove=remove_automation_member.sync_detailed,
        update=update_automation_member.sync_detailed,
        update_model=AutomationMemberUpdate,
        update_answers_member=True,
    )
    _member_cls = AutomationMember

    name: Field[str | None] = Field(read_only=False)
    description: Field[str | None] = Field(read_only=False)
    billing_group: Field[Any] = Field(read_only=False, to_wire=_billing_group_id)
    secret_settings: Field[dict[str, Any]] = Field(read_only=False, dict_like=True)
    memory_limit: Field[int | None] = Field(read_only=False)
    project_based: Field[bool | None] = Field(read_only=False)

    @classmethod
    def _get_model(cls, api: Api, identifier: str) -> Any:
        return api._call_parsed(
            AutomationModel, get_automation.sync_detailed, automation_id(identifier)
        )

    @classmethod
    def query(
        cls,
        name: str | None = None,
        include_archived: bool = False,
        project_based: bool | None = None,
        offset: int | None = None,
        limit: int | None = None,
        api: Api | None = None,
    ) -> Collection[Automation]:
        """Automations you can see, optionally by ``name``, archived ones included on request.

        Args:
            name: only automations of this name.
            include_archived: list archived automations too.
            project_based: only project-based (True) or only other (False) automations.
            offset: index of the first automation of the page.
            limit: automations per page (at most 100).
            api: the ``Api`` to use instead of the bound one.

        Returns:
            A :class:`Collection` of automations.

        Raises:
            ValidationError: a bad argument, before any request.
        """
        resolved = cls._resolve_api(api)
        return query_collection(
            resolved,
            cls,
            AutomationList,
            list_automations.sync_detailed,
            offset=offset,
            limit=limit,
            name=optional_str(name, "name"),
            include_archived=True if optional_bool(include_archived, "include_archived") else None,
            project_based=optional_bool(project_based, "project_based"),
        )

    @classmethod
    def create(
        cls,
        name: str,
        description: str | None = None,
        billing_group: BillingGroup | str | None = None,
        secret_settings: dict[str, Any] | None = None,
        project_based: bool | None = None,
        memory_limit: int | None = None,
        api: Api | None = None,
    ) -> Automation:
        """Create an automation.

        Args:
            name: the automation's name.
            description: free text.
            billing_group: a ``BillingGroup`` or its id, paying for the runs.
            secret_settings: settings kept secret (never shown by this client).
            project_based: runs of the automation work in a project.
            memory_limit: memory of a run in MB (at most 4000).
            api: the ``Api`` to use instead of the bound one.

        Returns:
            The new automation.

        Raises:
            ValidationError: a bad argument, before any request.
        """
        resolved = cls._resolve_api(api)
        body = _given(
            {
                "name": required_str(name, "name"),
                "description": optional_str(description, "description"),
                "billing_group": None
                if billing_group is None
                else _billing_group_id(billing_group),
                "secret_settings": secret_dict(secret_settings, "secret_settings"),
                "project_based": optional_bool(project_based, "project_based"),
                "memory_limit": memory_limit_mb(memory_limit),
            }
        )
        model = resolved._call_parsed(
            AutomationModel, create_automation.sync_detailed, body=AutomationCreate.from_dict(body)
        )
        return cls._from_model(model, resolved, complete=True)

    def _automation_id(self) -> str:
        return automation_id(self._identity())

    def _member_path(self) -> tuple[str]:
        return (self._automation_id(),)

    def _update_model(self, changes: dict[str, Any]) -> Any:
        if "name" in changes:
            required_str(changes["name"], "name")
        if "secret_settings" in changes:
            secret_dict(changes["secret_settings"], "secret_settings")
        if "memory_limit" in changes:
            memory_limit_mb(changes["memory_limit"])
        return self.api._call_parsed(
            AutomationModel,
            update_automation.sync_detailed,
            self._automation_id(),
            body=AutomationUpdate.from_dict(changes),
        )

    def _action(self, endpoint: Callable[..., Any]) -> Automation:
        model = self.api._call_parsed(AutomationModel, endpoint, self._automation_id())
        self._replace_model(model)
        return self

    def archive(self) -> Automation:
        """Archive the automation (its runs stay); returns it, updated.

        Raises:
            SbgError: the server refused (for example, it is already archived).
        """
        return self._action(archive_automation.sync_detailed)

    def restore(self) -> Automation:
        """Restore an archived automation; returns it, updated.

        Raises:
            SbgError: the server refused (for example, it is not archived).
        """
        return self._action(restore_automation.sync_detailed)

    # ------------------------------------------------------------- members (compatible names)

    def add_member(
        self, user: User | str, permissions: dict[str, bool] | None = None, api: Api | None = None
    ) -> Member:
        """Add a user (a ``User`` or a username) with ``permissions`` (read only by default).

        Raises:
            ValidationError: a malformed username or unknown permission, before any request.
            Conflict: already a member.
        """
        return super().add_member(user, permissions)

    def add_team_member(
        self, team: Team | str, permissions: dict[str, bool] | None = None, api: Api | None = None
    ) -> Member:
        """Add an Enterprise team (a ``Team`` or its id) with ``permissions``.

        Raises:
            ValidationError: a malformed team id or unknown permission, before any request.
        """
        return self.add_member_team(team, permissions)

    def remove_member(self, user: User | Member | str, api: Api | None = None) -> None:
        """Remove a member (a ``User``, a ``Member`` or a username).

        Raises:
            ValidationError: a malformed username, before any request.
            NotFound: not a member.
        """
        key = user._member_key() if isinstance(user, Member) else username_of(user)
        self.api._call(self._member_calls.remove, self._automation_id(), key)

    def remove_team_member(self, team: Team | str, api: Api | None = None) -> None:
        """Remove an Enterprise team (a ``Team`` or its id).

        Raises:
            ValidationError: a malformed team id, before any request.
            NotFound: the team is not a member.
        """
        self.api._call(
            self._member_calls.remove, self._automation_id(), single_segment(team, "team")
        )

    # ------------------------------------------------------------- packages and runs

    def get_packages(
        self, offset: int | None = None, limit: int | None = None, api: Api | None = None
    ) -> Collection[AutomationPackage]:
        """The code packages of this automation, one page at a time.

        Raises:
            ValidationError: bad paging, before any request.
        """
        return self.api.automation_packages.query(
            self, offset=offset, limit=limit, api=api or self.api
        )

    @classmethod
    def get_package(cls, package: str, api: Api | None = None) -> AutomationPackage:
        """A code package by id (of any automation you can see).

        Raises:
            ValidationError: a malformed id, before any request.
            NotFound: no such package.
        """
        resolved = cls._resolve_api(api)
        return resolved.automation_packages.get(package, api=resolved)

    def add_package(
        self,
        version: str,
        file_path: Any,
        schema: dict[str, Any],
        file_name: str | None = None,
        python: str | None = None,
        retry_count: int = 6,
        timeout: float = 300,
        part_size: int | None = None,
        api: Api | None = None,
    ) -> AutomationPackage:
        """Upload a local code package (through the transfer engine: parallel parts, retried) and
        add it to this automation as ``version``.

        Args:
            version: the package's version, unique in the automation.
            file_path: the local code package file.
            schema: the package's inputs/outputs schema (a dict).
            file_name: the name to store the file under (the local name by default).
            python: the Python version to run the package with.
            retry_count: tries per part.
            timeout: seconds per request to the storage.
            part_size: bytes per part (the server may choose another).
            api: the ``Api`` to use instead of the bound one.

        Returns:
            The new package.

        Raises:
            ValidationError: a bad argument or an unreadable file, before any request.
            AdvanceAccessError: the ``Api`` has no advance access, before any request.
            TransferError: the upload failed.
        """
        from ..transfer.upload import CodePackageUpload

        resolved = api or self.api
        required_str(version, "version")
        optional_dict(schema, "schema")
        optional_str(python, "python")
        require_advance_access(resolved, "Adding an automation package")
        upload = CodePackageUpload(
            file_path,
            self._automation_id(),
            file_name=file_name,
            part_size=part_size,
            retry_count=retry_count,
            timeout=timeout,
            api=resolved,
        )
        upload.start()
        code_file = upload.result()
        return resolved.automation_packages.create(
            self, version, str(code_file.id), schema, python=python, api=resolved
        )

    def get_runs(
        self,
        package: AutomationPackage | str | None = None,
        status: str | None = None,
        name: str | None = None,
        created_by: User | str | None = None,
        created_from: str | None = None,
        created_to: str | None = None,
        project_id: str | None = None,
        order_by: str | None = None,
        order: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        api: Api | None = None,
    ) -> Collection[AutomationRun]:
        """The runs of this automation, filtered as :meth:`AutomationRun.query` filters.

        Raises:
            ValidationError: a bad filter, before any request.
        """
        return (api or self.api).automation_runs.query(
            automation=self,
            package=package,
            status=status,
            name=name,
            created_by=created_by,
            created_from=created_from,
            created_to=created_to,
            project_id=project_id,
            order_by=order_by,
            order=order,
            offset=offset,
            limit=limit,
            api=api or self.api,
        )


# ----------------------------------------------------------------------- packages


class AutomationPackage(Resource):
    """A code package (one version) of an automation; runs execute a package."""

    _model_cls = PackageModel
    _kind = "automation_package"

    custom_url: Field[str | None] = Field(read_only=False)
    memory_limit: Field[int | None] = Field(read_only=False)
    schema: Field[dict[str, Any]] = Field(dict_like=True)

    @classmethod
    def _get_model(cls, api: Api, identifier: str) -> Any:
        return api._call_parsed(
            PackageModel,
            get_automation_package.sync_detailed,
            single_segment(identifier, "package"),
        )

    @classmethod
    def query(
        cls,
        automation: Automation | str,
        offset: int | None = None,
        limit: int | None = None,
        api: Api | None = None,
    ) -> Collection[AutomationPackage]:
        """The packages of ``automation`` (an ``Automation`` or its id), one page at a time.

        Raises:
            ValidationError: a malformed automation id or bad paging, before any request.
        """
        resolved = cls._resolve_api(api)
        return query_collection(
            resolved,
            cls,
            AutomationPackageList,
            list_automation_packages.sync_detailed,
            automation_id(automation),
            offset=offset,
            limit=limit,
        )

    @classmethod
    def create(
        cls,
        automation: Automation | str,
        version: str,
        location: str,
        schema: dict[str, Any] | None = None,
        memory_limit: int | None = None,
        python: str | None = None,
        api: Api | None = None,
        *,
        custom_url: str | None = None,
    ) -> AutomationPackage:
        """Add an uploaded code package (``location``: the code package file id) to ``automation``.

        Args:
            automation: an ``Automation`` or its id.
            version: the package's version, unique in the automation.
            location: the id of the uploaded code package file.
            schema: the package's inputs/outputs schema.
            memory_limit: memory of a run in MB (at most 4000).
            python: the Python version to run the package with.
            api: the ``Api`` to use instead of the bound one.
            custom_url: a link to a custom front-end page.

        Returns:
            The new package.

        Raises:
            ValidationError: a bad argument, before any request.
            AdvanceAccessError: the ``Api`` has no advance access, before any request.
            Conflict: the automation already has that version.
        """
        resolved = cls._resolve_api(api)
        parent = automation_id(automation)
        body = _given(
            {
                "version": required_str(version, "version"),
                "location": single_segment(location, "location"),
                "schema": optional_dict(schema, "schema"),
                "memory_limit": memory_limit_mb(memory_limit),
                "python": optional_str(python, "python"),
                "custom_url": optional_str(custom_url, "custom_url"),
            }
        )
        require_advance_access(resolved, "Adding an automation package")
        model = resolved._call_parsed(
            PackageModel,
            create_automation_package.sync_detailed,
            parent,
            body=AutomationPackageCreate.from_dict(body),
        )
        return cls._from_model(model, resolved, complete=True)

    def _package_id(self) -> str:
        return single_segment(self._identity(), "package")

    def _update_model(self, changes: dict[str, Any]) -> Any:
        if "memory_limit" in changes:
            memory_limit_mb(changes["memory_limit"])
        if "custom_url" in changes:
            optional_str(changes["custom_url"], "custom_url")
        return self.api._call_parsed(
            PackageModel,
            update_automation_package.sync_detailed,
            self._package_id(),
            body=AutomationPackageUpdate.from_dict(changes),
        )

    def _action(self, endpoint: Callable[..., Any]) -> AutomationPackage:
        parent = self.automation
        if not parent:
            raise SbgError(f"Package {self._package_id()} does not name its automation")
        model = self.api._call_parsed(
            PackageModel, endpoint, automation_id(str(parent)), self._package_id()
        )
        self._replace_model(model)
        return self

    def archive(self) -> AutomationPackage:
        """Archive the package (no new runs of it); returns it, updated.

        Raises:
            BadRequest: the package is already archived.
        """
        return self._action(archive_automation_package.sync_detailed)

    def restore(self) -> AutomationPackage:
        """Restore an archived package; returns it, updated.

        Raises:
            BadRequest: the package is not archived.
        """
        return self._action(restore_automation_package.sync_detailed)


# ----------------------------------------------------------------------- runs


class AutomationRun(Resource):
    """A run of an automation package: ``api.automation_runs.create(package, inputs={...})``."""

    _model_cls = RunModel
    _kind = "automation_run"

    name: Field[str | None] = Field(read_only=False)
    inputs: Field[dict[str, Any]] = Field(read_only=False, dict_like=True)
    settings: Field[dict[str, Any]] = Field(read_only=False, dict_like=True)
    memory_limit: Field[int | None] = Field(read_only=False)
    outputs: Field[dict[str, Any]] = Field(dict_like=True)
    execution_details: Field[dict[str, Any]] = Field(dict_like=True)

    @property
    def automation(self) -> Automation | None:
        """The automation the run belongs to."""
        model = self._nested("automation")
        if model is None:
            return None
        return self.api.automations._from_model(model, self.api, complete=False)

    @property
    def package(self) -> AutomationPackage | None:
        """The package the run executes."""
        model = self._nested("package")
        if model is None:
            return None
        return self.api.automation_packages._from_model(model, self.api, complete=False)

    def _nested(self, name: str) -> Any:
        value = getattr(self._model, name, None)
        if isinstance(value, Unset) and not self._complete and self._identity():
            self._fetch_once()
            value = getattr(self._model, name, None)
        return None if isinstance(value, Unset) else value

    @classmethod
    def _get_model(cls, api: Api, identifier: str) -> Any:
        return api._call_parsed(RunModel, get_automation_run.sync_detailed, _run_id(identifier))

    @classmethod
    def query(
        cls,
        automation: Automation | str | None = None,
        package: AutomationPackage | str | None = None,
        status: str | None = None,
        name: str | None = None,
        created_by: User | str | None = None,
        created_from: str | None = None,
        created_to: str | None = None,
        project_id: str | None = None,
        order_by: str | None = None,
        order: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        api: Api | None = None,
    ) -> Collection[AutomationRun]:
        """Automation runs you can see, filtered.

        Args:
            automation: only runs of this automation (an ``Automation`` or its id).
            package: only runs of this package (an ``AutomationPackage`` or its id).
            status: only runs in this status (an :class:`AutomationStatus` value).
            name: only runs of this name.
            created_by: only runs started by this user.
            created_from: only runs created at or after this date (ISO 8601).
            created_to: only runs created at or before this date (ISO 8601).
            project_id: only runs in this project.
            order_by: ``name``, ``created_on``, ``start_time``, ``end_time``, ``status`` or
                ``created_by``.
            order: ``asc`` or ``desc``.
            offset: index of the first run of the page.
            limit: runs per page (at most 100).
            api: the ``Api`` to use instead of the bound one.

        Returns:
            A :class:`Collection` of runs, newest first unless ordered otherwise.

        Raises:
            ValidationError: a bad filter, before any request.
        """
        resolved = cls._resolve_api(api)
        return query_collection(
            resolved,
            cls,
            AutomationRunList,
            list_automation_runs.sync_detailed,
            offset=offset,
            limit=limit,
            automation_id=None if automation is None else UUID(automation_id(automation)),
            package_id=None if package is None else single_segment(package, "package"),
            status=optional_enum(status, AutomationRunStatus, "status"),
            name=optional_str(name, "name"),
            created_by=None if created_by is None else username_of(created_by),
            created_from=optional_str(created_from, "created_from"),
            created_to=optional_str(created_to, "created_to"),
            project_id=optional_str(project_id, "project_id"),
            order_by=optional_enum(order_by, AutomationRunOrderBy, "order_by"),
            order=optional_enum(order, AutomationRunOrder, "order"),
        )

    @classmethod
    def create(
        cls,
        package: AutomationPackage | str,
        inputs: dict[str, Any] | None = None,
        settings: dict[str, Any] | None = None,
        resume_from: AutomationRun | str | None = None,
        name: str | None = None,
        secret_settings: dict[str, Any] | None = None,
        memory_limit: int | None = None,
        api: Api | None = None,
    ) -> AutomationRun:
        """Start a run of ``package``.

        Args:
            package: an ``AutomationPackage`` or its id.
            inputs: the run's inputs.
            settings: settings overriding the automation's.
            resume_from: a run (or its id) whose state this run continues from.
            name: the run's name.
            secret_settings: secret settings of this run (never shown by this client).
            memory_limit: memory of the run in MB (at most 4000).
            api: the ``Api`` to use instead of the bound one.

        Returns:
            The new run.

        Raises:
            ValidationError: a bad argument, before any request.
            BadRequest: the package is archived or unknown.
        """
        resolved = cls._resolve_api(api)
        body = _given(
            {
                "package": single_segment(package, "package"),
                "inputs": optional_dict(inputs, "inputs"),
                "settings": optional_dict(settings, "settings"),
                "resume_from": None if resume_from is None else _run_id(resume_from),
                "name": optional_str(name, "name"),
                "secret_settings": secret_dict(secret_settings, "secret_settings"),
                "memory_limit": memory_limit_mb(memory_limit),
            }
        )
        model = resolved._call_parsed(
            RunModel, create_automation_run.sync_detailed, body=AutomationRunCreate.from_dict(body)
        )
        return cls._from_model(model, resolved, complete=True)

    @classmethod
    def rerun(
        cls,
        id: AutomationRun | str,
        package: AutomationPackage | str | None = None,
        inputs: dict[str, Any] | None = None,
        settings: dict[str, Any] | None = None,
        resume_from: AutomationRun | str | None = None,
        name: str | None = None,
        secret_settings: dict[str, Any] | None = None,
        merge: bool = True,
        api: Api | None = None,
    ) -> AutomationRun:
        """Start a new run like run ``id``; ``inputs`` and ``settings`` are merged into the old
        ones (replace them with ``merge=False``).

        Returns:
            The new run.

        Raises:
            ValidationError: a bad argument, before any request.
        """
        resolved = cls._resolve_api(api)
        run = _run_id(id)
        body = _given(
            {
                "package": None if package is None else single_segment(package, "package"),
                "inputs": optional_dict(inputs, "inputs"),
                "settings": optional_dict(settings, "settings"),
                "resume_from": None if resume_from is None else _run_id(resume_from),
                "name": optional_str(name, "name"),
                "secret_settings": secret_dict(secret_settings, "secret_settings"),
                "merge": optional_bool(merge, "merge"),
            }
        )
        model = resolved._call_parsed(
            RunModel,
            perform_automation_run_action.sync_detailed,
            run,
            AutomationRunAction.RERUN,
            body=AutomationRunRerun.from_dict(body),
        )
        return cls._from_model(model, resolved, complete=True)

    def _run_id(self) -> str:
        return _run_id(self._identity())

    def _update_model(self, changes: dict[str, Any]) -> Any:
        if "memory_limit" in changes:
            memory_limit_mb(changes["memory_limit"])
        return self.api._call_parsed(
            RunModel,
            update_automation_run.sync_detailed,
            self._run_id(),
            body=AutomationRunUpdate.from_dict(changes),
        )

    def stop(self, api: Api | None = None) -> AutomationRun:
        """Ask the server to stop the run; returns it, updated (``QUEUED_FOR_TERMINATION``).

        Raises:
            BadRequest: the run already ended.
        """
        resolved = api or self.api
        model = resolved._call_parsed(
            RunModel,
            perform_automation_run_action.sync_detailed,
            self._run_id(),
            AutomationRunAction.STOP,
        )
        self._replace_model(model)
        return self

    def get_log_file(self, api: Api | None = None) -> File | None:
        """The run's log file (a ``File``), or None while the run has none.

        Raises:
            SbgError: the server's execution details are malformed.
        """
        resolved = api or self.api
        log_file = self.execution_details.get("log_file")
        if not log_file:
            return None
        if not isinstance(log_file, dict):
            raise SbgError(f"Unexpected log_file in the run's execution details: {log_file!r}")
        file: File = resolved.files(api=resolved, **log_file)
        return file

    def get_state(self, api: Api | None = None) -> dict[str, Any]:
        """The content of the run's state file (advance access).

        Raises:
            AdvanceAccessError: the ``Api`` has no advance access, before any request.
            NotFound: the run has no state yet.
        """
        resolved = api or self.api
        require_advance_access(resolved, "The state of an automation run")
        state = resolved._call_parsed(
            AutomationRunState, get_automation_run_state.sync_detailed, self._run_id()
        )
        return state.to_dict()

    def wait(
        self,
        period: float = DEFAULT_PERIOD,
        callback: Callable[[AutomationRun], None] | None = None,
        *,
        timeout: float | None = None,
    ) -> AutomationRun:
        """Reload the run every ``period`` seconds until it finishes, fails or is aborted.

        Args:
            period: seconds between checks.
            callback: called with the run after every check.
            timeout: give up after this many seconds.

        Returns:
            The run, in a terminal status.

        Raises:
            ValidationError: a bad period or timeout, before any request.
            WaitTimeout: the run did not end within ``timeout``.
        """
        return wait_until(
            self.reload,
            lambda run: run.status in AutomationStatus.terminal_states,
            what=f"automation run {self._identity()}",
            period=period,
            timeout=timeout,
            callback=callback,
        )


def _run_id(value: Any) -> str:
    return single_segment(value, "automation run")
