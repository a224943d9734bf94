"""``Api``: the entry point, holding the HTTP client and the resource registries."""

from __future__ import annotations

from typing import Any, TypeVar

from .http.client import HttpClient
from .meta.resource import Resource
from .models.async_job import AsyncJob
from .models.billing_group import (
    BillingGroup,
    BillingGroupAnalysisBreakdown,
    BillingGroupEgressBreakdown,
    BillingGroupStorageBreakdown,
)
from .models.endpoints import Endpoints
from .models.file import File
from .models.invoice import Invoice
from .models.member import Member
from .models.project import Project
from .models.rate_limit import RateLimit
from .models.user import User

R = TypeVar("R", bound=Resource)


class Api(HttpClient):
    """The client: ``api = sbg.Api(url=..., token=...)``, then ``api.projects.query()`` and so on.

    Every resource class reached through an ``Api`` (``api.projects``, ``api.users``, ...) is bound to
    it, so its class methods and the objects they return talk through this client; ``api=`` on any
    call overrides that. Settings the arguments do not give come from the environment or the
    credentials file (see :class:`sevenbridges.Config`).
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

    def _bind(self, cls: type[R]) -> type[R]:
        bound = self._bound.get(cls)
        if bound is None:
            bound = type(cls.__name__, (cls,), {"_api": self, "__module__": cls.__module__})
            self._bound[cls] = bound
        return bound  # type: ignore[return-value]

    @property
    def users(self) -> type[User]:
        return self._bind(User)

    @property
    def projects(self) -> type[Project]:
        return self._bind(Project)

    @property
    def members(self) -> type[Member]:
        return self._bind(Member)

    @property
    def billing_groups(self) -> type[BillingGroup]:
        return self._bind(BillingGroup)

    @property
    def analysis_breakdowns(self) -> type[BillingGroupAnalysisBreakdown]:
        return self._bind(BillingGroupAnalysisBreakdown)

    @property
    def storage_breakdowns(self) -> type[BillingGroupStorageBreakdown]:
        return self._bind(BillingGroupStorageBreakdown)

    @property
    def egress_breakdowns(self) -> type[BillingGroupEgressBreakdown]:
        return self._bind(BillingGroupEgressBreakdown)

    @property
    def invoices(self) -> type[Invoice]:
        return self._bind(Invoice)

    @property
    def rate_limit(self) -> type[RateLimit]:
        return self._bind(RateLimit)

    @property
    def endpoints(self) -> type[Endpoints]:
        return self._bind(Endpoints)

    @property
    def files(self) -> type[File]:
        return self._bind(File)

    @property
    def async_jobs(self) -> type[AsyncJob]:
        return self._bind(AsyncJob)
