"""``Api``: the entry point, holding the HTTP client and the resource registries."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from .concurrency import Concurrency
from .errors import ValidationError
from .http.client import HttpClient
from .http.operations import Operation, resolve_operation
from .http.raw import RawRequests
from .meta.resource import Resource

if TYPE_CHECKING:
    from .models.actions import Actions
    from .models.app import App
    from .models.async_job import AsyncJob
    from .models.automation import Automation, AutomationPackage, AutomationRun
    from .models.billing_group import (
        BillingGroup,
        BillingGroupAnalysisBreakdown,
        BillingGroupEgressBreakdown,
        BillingGroupStorageBreakdown,
    )
    from .models.dataset import Dataset
    from .models.division import Division
    from .models.drs_import import DRSImportBulk
    from .models.endpoints import Endpoints
    from .models.file import File
    from .models.invoice import Invoice
    from .models.marker import Marker
    from .models.member import Member
    from .models.project import Project
    from .models.rate_limit import RateLimit
    from .models.storage_export import Export
    from .models.storage_import import Import
    from .models.task import Task
    from .models.team import Team
    from .models.user import User
    from .models.volume import Volume

R = TypeVar("R", bound=Resource)


class Area(Generic[R]):
    """An API area of :class:`Api` (``api.files``): its resource class, bound to that ``Api``.

    The area's module is imported the first time the attribute is read, so ``import sevenbridges``
    does not pay for areas a script never uses.
    """

    def __init__(self, module: str, name: str, doc: str) -> None:
        self._module = module
        self._name = name
        self.__doc__ = doc

    @overload
    def __get__(self, api: None, owner: type[Any]) -> Area[R]: ...

    @overload
    def __get__(self, api: Api, owner: type[Any]) -> type[R]: ...

    def __get__(self, api: Api | None, owner: type[Any]) -> Area[R] | type[R]:
        if api is None:
            return self
        cls: type[R] = getattr(
            importlib.import_module(f".models.{self._module}", __package__), self._name
        )
        return api._bind(cls)


class Api(RawRequests, HttpClient):
    """The client: ``api = sbg.Api(url=..., token=...)``, then ``api.projects.query()`` and so on.

    Every resource class reached through an ``Api`` (``api.projects``, ``api.users``, ...) is bound to
    it, so its class methods and the objects they return talk through this client; ``api=`` on any
    call overrides that. ``api.get/post/put/patch/delete(path)`` reach what the areas do not wrap. Settings the arguments do not give come from the environment or the
    credentials file (see :class:`sevenbridges.Config`). ``concurrency=`` (keyword only, a
    :class:`sevenbridges.Concurrency`) bounds the pages, bulk chunks and files it keeps in flight.
    """

    def __init__(
        self,
        url: str | None = None,
        token: str | None = None,
        oauth_token: str | None = None,
        config: Any = None,
        timeout: Any = None,
        download_max_workers: int = 16,
        upload_max_workers: int = 16,
        proxies: dict[str, str] | None = None,
        error_handlers: list[Any] | None = None,
        advance_access: bool = False,
        pool_connections: int = 10,
        pool_maxsize: int = 100,
        pool_block: bool = True,
        max_parallel_requests: int = 100,
        retry_count: int = 6,
        backoff_factor: float = 1,
        debug: bool = False,
        *,
        concurrency: Concurrency | None = None,
    ) -> None:
        super().__init__(
            url=url,
            token=token,
            oauth_token=oauth_token,
            config=config,
            timeout=timeout,
            proxies=proxies,
            error_handlers=error_handlers,
            advance_access=advance_access,
            pool_connections=pool_connections,
            pool_maxsize=pool_maxsize,
            pool_block=pool_block,
            max_parallel_requests=max_parallel_requests,
            retry_count=retry_count,
            backoff_factor=backoff_factor,
            debug=debug,
        )
        if download_max_workers < 1 or upload_max_workers < 1:
            raise ValueError("download_max_workers and upload_max_workers must be at least 1")
        self.download_max_workers = download_max_workers
        self.upload_max_workers = upload_max_workers
        self._bound: dict[type[Resource], type[Resource]] = {}
        self.concurrency = Concurrency() if concurrency is None else concurrency

    @property
    def concurrency(self) -> Concurrency:
        """The bounds on pages, bulk chunks and files in flight (:class:`Concurrency`)."""
        return self._concurrency

    @concurrency.setter
    def concurrency(self, value: Concurrency) -> None:
        if not isinstance(value, Concurrency):
            raise ValidationError(f"concurrency must be a sevenbridges.Concurrency, got {value!r}")
        self._concurrency = value

    def _bind(self, cls: type[R]) -> type[R]:
        bound = self._bound.get(cls)
        if bound is None:
            bound = type(cls.__name__, (cls,), {"_api": self, "__module__": cls.__module__})
            self._bound[cls] = bound
        return bound  # type: ignore[return-value]

    def call(
        self,
        operation: Operation,
        /,
        *args: Any,
        raw: bool = False,
        extra_params: Sequence[tuple[str, str]] = (),
        **kwargs: Any,
    ) -> Any:
        """Call any generated operation through this client, including ones the overlay does not wrap.

        ``operation`` is an ``operationId`` of the spec (``"get_project"``), a generated module
        (``sevenbridges_api.api.projects.get_project``) or its ``sync_detailed`` function. Positional
        ``args`` are the path parameters in order; keyword ``kwargs`` are the query parameters and
        ``body=`` (a generated model). The request goes through the same path as every other call:
        auth, error handlers, retries, rate-limit bookkeeping, and a typed :class:`SbgError` for any
        status of 400 or more.

        Returns the parsed body (a generated model, or ``None`` for an empty answer), or with
        ``raw=True`` the generated ``Response`` (``status_code``, ``headers``, ``content``,
        ``parsed``). ``extra_params`` are ``(name, value)`` query parameters the operation does not
        declare. Raises :class:`ValidationError` for an unknown operation id.
        """
        endpoint = resolve_operation(operation)
        response = self._call(endpoint, *args, extra_params=extra_params, **kwargs)
        return response if raw else response.parsed

    # ----------------------------------------------------------------- API areas

    users: Area[User] = Area(
        "user", "User", "Users: ``api.users.me()``, ``api.users.get(username)``."
    )
    projects: Area[Project] = Area("project", "Project", "Projects: query, get, create, members.")
    members: Area[Member] = Area(
        "member", "Member", "Project members (reached through ``project.get_members()``)."
    )
    billing_groups: Area[BillingGroup] = Area(
        "billing_group", "BillingGroup", "Billing groups and their cost breakdowns."
    )
    analysis_breakdowns: Area[BillingGroupAnalysisBreakdown] = Area(
        "billing_group",
        "BillingGroupAnalysisBreakdown",
        "Analysis cost breakdowns of a billing group.",
    )
    storage_breakdowns: Area[BillingGroupStorageBreakdown] = Area(
        "billing_group",
        "BillingGroupStorageBreakdown",
        "Storage cost breakdowns of a billing group.",
    )
    egress_breakdowns: Area[BillingGroupEgressBreakdown] = Area(
        "billing_group", "BillingGroupEgressBreakdown", "Egress cost breakdowns of a billing group."
    )
    invoices: Area[Invoice] = Area("invoice", "Invoice", "Invoices.")
    rate_limit: Area[RateLimit] = Area(
        "rate_limit", "RateLimit", "The rate limit of the token's user."
    )
    endpoints: Area[Endpoints] = Area(
        "endpoints", "Endpoints", "The API's list of top-level endpoints."
    )
    files: Area[File] = Area(
        "file", "File", "Files and folders: query, get, upload, copy, bulk calls."
    )
    async_jobs: Area[AsyncJob] = Area(
        "async_job", "AsyncJob", "Asynchronous bulk file jobs (copy, move, delete)."
    )
    # Enterprise organisation, datasets, markers and automations (issue 11).
    divisions: Area[Division] = Area("division", "Division", "Divisions: query, get, teams, users.")
    teams: Area[Team] = Area("team", "Team", "Teams of a division: query, create, rename, members.")
    datasets: Area[Dataset] = Area("dataset", "Dataset", "Datasets: query, get, edit, members.")
    markers: Area[Marker] = Area("marker", "Marker", "Markers on alignment files (advance access).")
    automations: Area[Automation] = Area(
        "automation", "Automation", "Automations: query, create, archive, members, packages, runs."
    )
    automation_packages: Area[AutomationPackage] = Area(
        "automation", "AutomationPackage", "Code packages of automations: create, archive, restore."
    )
    automation_runs: Area[AutomationRun] = Area(
        "automation", "AutomationRun", "Automation runs: create, rerun, stop, wait, log, state."
    )
    # Apps, tasks and actions (issue 9).
    apps: Area[App] = Area(
        "app", "App", "Apps: query, get, install from CWL, revisions, copy, sync."
    )
    tasks: Area[Task] = Area("task", "Task", "Tasks: query, create, run, abort, clone, wait.")
    actions: Area[Actions] = Area("actions", "Actions", "Actions: send_feedback, bulk_copy_files.")

    # storage: volumes, imports, exports, DRS imports
    volumes: Area[Volume] = Area(
        "volume", "Volume", "Volumes: connect buckets, browse them, members, imports, exports."
    )
    imports: Area[Import] = Area(
        "storage_import", "Import", "Import jobs (volume -> project): submit, query, wait, bulk."
    )
    exports: Area[Export] = Area(
        "storage_export", "Export", "Export jobs (project -> volume): submit, query, wait, bulk."
    )
    drs_imports: Area[DRSImportBulk] = Area(
        "drs_import", "DRSImportBulk", "Bulk DRS import jobs: submit, get, wait, per-item results."
    )
