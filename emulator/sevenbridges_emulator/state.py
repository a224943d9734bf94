"""The in-memory store: plain records in insertion-ordered dicts behind one lock.

The server runs every API handler while holding `State.lock`, so a handler sees and leaves a
consistent store without locking on its own. Code outside a request (tests seeding or inspecting
data) should take the lock too.
"""

from __future__ import annotations

import re
import secrets
import threading
import uuid
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any

from .storage import Storage
from .stores.apps import AppStore
from .stores.automations import AutomationStore
from .stores.datasets import DatasetStore
from .stores.files import FileStore
from .stores.markers import MarkerStore
from .stores.pace import Pace
from .stores.tasks import TaskStore
from .stores.uploads import UploadStore
from .stores.volumes import VolumeStore

PERMISSION_NAMES = ("read", "copy", "write", "execute", "admin")


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def new_uuid() -> str:
    return str(uuid.uuid4())


def new_object_id() -> str:
    """Platform object ids (folders, files) are 24 hex characters."""
    return secrets.token_hex(12)


@dataclass
class User:
    username: str
    email: str
    first_name: str
    last_name: str
    affiliation: str = ""
    phone: str = ""
    address: str = ""
    city: str = ""
    state: str = ""
    country: str = ""
    zip_code: str = ""
    division: str | None = None
    role: str | None = None  # the division role: admin, member or external_collaborator
    tags: list[str] = field(default_factory=list)
    disabled: bool = False


@dataclass
class Division:
    id: str
    name: str


@dataclass
class Team:
    id: str
    name: str
    division: str
    members: set[str] = field(default_factory=set)


@dataclass
class BillingGroup:
    id: str
    owner: str
    name: str
    type: str = "free"
    pending: bool = False
    disabled: bool = False
    balance: float = 0.0
    currency: str = "USD"
    members: set[str] = field(default_factory=set)


@dataclass
class Invoice:
    id: str
    billing_group: str
    pending: bool
    approval_date: datetime | None
    period_from: datetime
    period_to: datetime
    analysis_costs: float
    storage_costs: float
    currency: str = "USD"


@dataclass
class AnalysisCharge:
    billing_group: str
    invoice_id: str | None
    project_name: str
    app_name: str
    analysis_name: str
    analysis_id: str
    ran_by: str
    status: str
    storage: float
    computation: float
    data_transfer_in: float
    refunded: float
    time_started: datetime
    time_finished: datetime
    project_owner: str = ""
    project_locked: bool = False

    @property
    def amount(self) -> float:
        return self.storage + self.computation + self.data_transfer_in


@dataclass
class StorageCharge:
    billing_group: str
    invoice_id: str | None
    day: datetime
    project_name: str
    project_created_by: str
    location: str
    active_gb: float
    active_cost: float
    archived_gb: float
    archived_cost: float
    project_locked: bool = False


@dataclass
class EgressCharge:
    billing_group: str
    invoice_id: str | None
    day: datetime
    project_name: str
    downloaded_by: str
    size_gb: float
    cost: float
    project_locked: bool = False


@dataclass
class Permissions:
    read: bool = True
    copy: bool = False
    write: bool = False
    execute: bool = False
    admin: bool = False

    def as_dict(self) -> dict[str, bool]:
        return {f.name: bool(getattr(self, f.name)) for f in fields(self)}

    def merged(self, changes: dict[str, bool]) -> Permissions:
        values = self.as_dict() | changes
        if values["admin"]:
            # An admin can do everything; the platform shows all permissions set.
            values = dict.fromkeys(PERMISSION_NAMES, True)
        return Permissions(**values)

    def union(self, other: Permissions) -> Permissions:
        mine, theirs = self.as_dict(), other.as_dict()
        return Permissions(**{name: mine[name] or theirs[name] for name in PERMISSION_NAMES})


@dataclass
class ProjectMember:
    id: str  # a username, or a team or division id
    type: str  # USER, TEAM or DIVISION
    permissions: Permissions


@dataclass
class Project:
    owner: str
    slug: str
    name: str
    billing_group: str
    created_by: str
    description: str = ""
    tags: list[str] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)
    category: str = "PRIVATE"
    created_on: datetime = field(default_factory=utc_now)
    modified_on: datetime = field(default_factory=utc_now)
    root_folder: str = field(default_factory=new_object_id)
    members: dict[str, ProjectMember] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.owner}/{self.slug}"

    def admins(self) -> list[ProjectMember]:
        return [m for m in self.members.values() if m.permissions.admin]


def default_project_settings() -> dict[str, Any]:
    return {
        "locked": False,
        "controlled": False,
        "use_interruptible_instances": True,
        "use_memoization": False,
        "allow_network_access": True,
        "use_elastic_disk": False,
        "location": "aws:us-east-1",
        "intermediate_files": {"retention": "LIMITED", "duration": 24},
    }


_SLUG_INVALID = re.compile(r"[^a-z0-9_-]+")


def slugify(name: str) -> str:
    """The short name of a project: lower case, anything unusual replaced by `-`."""
    slug = _SLUG_INVALID.sub("-", name.lower())
    slug = re.sub(r"-{2,}", "-", slug).strip("-")
    return slug or "project"


class State:
    """Every resource the emulator knows, keyed by id, in creation order."""

    def __init__(self, main_username: str) -> None:
        self.lock = threading.RLock()
        self.main_username = main_username
        self.tokens: dict[str, str] = {}  # token -> username
        self.users: dict[str, User] = {}
        self.divisions: dict[str, Division] = {}
        self.teams: dict[str, Team] = {}
        self.billing_groups: dict[str, BillingGroup] = {}
        self.invoices: dict[str, Invoice] = {}
        self.analysis_charges: list[AnalysisCharge] = []
        self.storage_charges: list[StorageCharge] = []
        self.egress_charges: list[EgressCharge] = []
        self.projects: dict[str, Project] = {}
        self.pace = Pace()  # how many reads move a task, import, export or run one step
        self.apps = AppStore()
        self.files = FileStore(self.projects)
        self.storage = Storage()  # blobs on disk, served by the storage server (storage.py)
        self.tasks = TaskStore(self.files, self.storage, self.pace)
        self.datasets = DatasetStore()
        self.markers = MarkerStore()
        self.feedback: list[dict[str, str]] = []  # what POST /action/notifications/feedback got
        self.uploads = UploadStore()  # multipart uploads in progress
        self.automations = AutomationStore(self.pace)  # automations, packages, runs, code uploads
        self.volumes = VolumeStore(self.pace)  # volumes and their import/export/DRS jobs

    # -- users ---------------------------------------------------------------------------------

    def add_user(self, user: User, token: str | None = None) -> User:
        with self.lock:
            self.users[user.username] = user
            if token is not None:
                self.tokens[token] = user.username
            return user

    def user_for_token(self, token: str) -> User | None:
        with self.lock:
            username = self.tokens.get(token)
            user = self.users.get(username) if username is not None else None
            return user if user is not None and not user.disabled else None

    def active_user(self, username: str) -> User | None:
        with self.lock:
            user = self.users.get(username)
            return user if user is not None and not user.disabled else None

    def user_by_email(self, email: str) -> User | None:
        with self.lock:
            wanted = email.strip().lower()
            for user in self.users.values():
                if not user.disabled and user.email.lower() == wanted:
                    return user
            return None

    # -- billing -------------------------------------------------------------------------------

    def billing_groups_of(self, username: str) -> list[BillingGroup]:
        with self.lock:
            return [g for g in self.billing_groups.values() if username in g.members]

    # -- projects ------------------------------------------------------------------------------

    def unique_slug(self, owner: str, name: str) -> str:
        """A free short name for `name`: `my-project`, then `my-project-1`, `my-project-2`, ..."""
        with self.lock:
            base = slugify(name)
            slug, n = base, 0
            while f"{owner}/{slug}" in self.projects:
                n += 1
                slug = f"{base}-{n}"
            return slug

    def add_project(
        self,
        owner: str,
        name: str,
        billing_group: str,
        *,
        description: str = "",
        tags: list[str] | None = None,
        settings: dict[str, Any] | None = None,
        category: str = "PRIVATE",
    ) -> Project:
        """Create a project whose owner is its first admin member."""
        with self.lock:
            project = Project(
                owner=owner,
                slug=self.unique_slug(owner, name),
                name=name,
                billing_group=billing_group,
                created_by=owner,
                description=description,
                tags=list(tags or []),
                settings=default_project_settings() | (settings or {}),
                category=category,
            )
            project.members[owner] = ProjectMember(
                id=owner, type="USER", permissions=Permissions().merged({"admin": True})
            )
            self.projects[project.id] = project
            return project

    def permissions_in(self, project: Project, username: str) -> Permissions | None:
        """What `username` may do in `project`, directly or through a team or division; None if nothing."""
        with self.lock:
            found: Permissions | None = None
            user = self.users.get(username)
            for member in project.members.values():
                team = self.teams.get(member.id) if member.type == "TEAM" else None
                applies = (
                    (member.type == "USER" and member.id == username)
                    or (member.type == "TEAM" and team is not None and username in team.members)
                    or (
                        member.type == "DIVISION"
                        and user is not None
                        and user.division == member.id
                    )
                )
                if applies:
                    found = member.permissions if found is None else found.union(member.permissions)
            return found
