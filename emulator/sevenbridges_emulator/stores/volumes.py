"""Volumes (cloud buckets connected to the Platform) and the jobs that move data through them.

A volume holds a fake bucket: objects keyed by their location, whose bytes live in the storage
server's blobs (`state.storage`). Nothing talks to a real cloud; `put_object` fills a bucket for
tests and demos.

Import, export and DRS import jobs move on when they are read (a GET of the job, a list or a bulk
read that includes it), like tasks do: an import or export is PENDING when created, RUNNING after the
first read and COMPLETED (or FAILED) after the second, and only then does the data move: an import
creates the file (or folder) in the project, an export writes the object to the bucket. A DRS
import goes SUBMITTED -> RUNNING -> FINISHED the same way, with one result per item. Set
`VolumeStore.auto_advance = False` to freeze jobs; `VolumeStore.step(job, state)` then moves one.

DRS objects are made up: each URI resolves to a small text blob naming it, except URIs whose object
id starts with `missing`, which do not resolve (error 10225), so tests can see per-item errors.
"""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ..errors import ApiError
from ..wire import JsonObject, error_body
from .pace import Pace

if TYPE_CHECKING:
    from ..state import State
    from .files import FileRecord

# The storage codes of the API status-code table (shared/api/wire.md §2.2): code -> (HTTP, message).
STORAGE_CODES: dict[int, tuple[int, str]] = {
    2002: (404, "Requested user does not exist."),
    3005: (400, "Member username must not be null or empty string."),
    9003: (403, "Insufficient privileges to access the requested project."),
    9004: (403, "Insufficient privileges to access the requested file."),
    9006: (400, "Requested file cannot be exported."),
    9007: (404, "Requested volume does not exist."),
    9008: (404, "Requested job does not exist."),
    9009: (404, "Requested file does not exist."),
    9010: (409, "Requested volume name already exists."),
    9011: (400, "Invalid request syntax."),
    9012: (404, "Requested project or member does not exist."),
    9013: (400, "Volume name must not be null or an empty string."),
    9014: (400, "Volume name must consist of up to 32 English letters, numbers and underscores."),
    9015: (400, "`access_mode` must be provided (either `RO` or `RW`)."),
    9016: (400, "`service` object must be provided."),
    9017: (400, "`service` object is invalid. Check the documentation."),
    9018: (400, "Cannot infer file name and none given."),
    9020: (403, "Insufficient privileges to access the requested volume."),
    9022: (400, "Invalid canned ACL selected (`aws_canned_acl`). Check the documentation."),
    9024: (
        400,
        "Invalid S3 storage class selected (`aws_storage_class`). Check the documentation.",
    ),
    9025: (400, "Invalid private key given (`private_key`). Check the documentation."),
    9026: (
        400,
        "The volume is not configured for writing access (`access mode` is not set to `RW`).",
    ),
    9032: (
        400,
        "Invalid server-side encryption selected (`sse_algorithm`). Check the documentation.",
    ),
    9103: (400, "Location on volume is not accessible as configured."),
    9105: (404, "Location on volume not found."),
    9107: (409, "Location on volume already contains a file."),
    9108: (409, "Requested file already exists."),
    10211: (404, "Job with provided id not found."),
    10221: (403, "Insufficient privileges to access the requested destination."),
    10222: (404, "Requested folder does not exist."),
    10225: (404, "Submitted source does not exist."),
    90007: (409, "Conflict."),
}

IMPORT_EXPORT_STATES = ("PENDING", "RUNNING", "COMPLETED", "FAILED")
DRS_STATES = ("SUBMITTED", "RESOLVING", "RUNNING", "FINISHED")
VOLUME_PERMISSION_NAMES = ("read", "copy", "write", "admin")
_ALPHANUMERIC = string.ascii_letters + string.digits


def storage_error(code: int, message: str | None = None) -> ApiError:
    """An `ApiError` with the HTTP status and default message of a storage code."""
    status, default = STORAGE_CODES[code]
    return ApiError(code, message or default, status=status)


def error_of(error: ApiError) -> JsonObject:
    """The error body a failed job or bulk item carries."""
    return error_body(error.status, error.code, error.message)


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def new_job_id() -> str:
    """Import and export job ids: 32 letters and digits."""
    return "".join(secrets.choice(_ALPHANUMERIC) for _ in range(32))


def new_drs_job_id() -> str:
    """DRS import job ids: 18 digits."""
    return str(secrets.randbelow(9 * 10**17) + 10**17)


# -- records -------------------------------------------------------------------------------------


@dataclass
class VolumePermissions:
    read: bool = True
    copy: bool = False
    write: bool = False
    admin: bool = False

    def as_dict(self) -> dict[str, bool]:
        return {name: bool(getattr(self, name)) for name in VOLUME_PERMISSION_NAMES}

    def merged(self, changes: dict[str, bool]) -> VolumePermissions:
        values = self.as_dict() | changes
        if values["admin"]:
            values = dict.fromkeys(VOLUME_PERMISSION_NAMES, True)
        return VolumePermissions(**values)

    def union(self, other: VolumePermissions) -> VolumePermissions:
        mine, theirs = self.as_dict(), other.as_dict()
        return VolumePermissions(**{n: mine[n] or theirs[n] for n in VOLUME_PERMISSION_NAMES})


@dataclass
class VolumeMemberRecord:
    id: str  # a username, or a team or division id
    type: str  # USER, TEAM or DIVISION
    permissions: VolumePermissions


@dataclass
class VolumeObjectRecord:
    location: str
    blob: str
    size: int
    metadata: dict[str, Any] = field(default_factory=dict)
    modified_on: datetime = field(default_factory=_now)


@dataclass
class VolumeRecord:
    owner: str
    name: str
    service: dict[str, Any]  # as given (secrets included), `type` upper-cased
    access_mode: str = "RW"
    description: str = ""
    active: bool = True
    created_on: datetime = field(default_factory=_now)
    modified_on: datetime = field(default_factory=_now)
    members: dict[str, VolumeMemberRecord] = field(default_factory=dict)
    objects: dict[str, VolumeObjectRecord] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.owner}/{self.name}"

    @property
    def type(self) -> str:
        return str(self.service.get("type", ""))

    def admins(self) -> list[VolumeMemberRecord]:
        return [m for m in self.members.values() if m.permissions.admin]


@dataclass
class ImportJob:
    id: str
    volume: str
    location: str
    created_by: str
    project: str | None = None  # destination project, or
    parent: str | None = None  # destination folder
    name: str | None = None
    overwrite: bool = False
    autorename: bool = False
    preserve_folder_structure: bool = True
    state: str = "PENDING"
    created_on: datetime = field(default_factory=_now)
    started_on: datetime | None = None
    finished_on: datetime | None = None
    error: JsonObject | None = None
    result: str | None = None  # the id of the imported file or folder


@dataclass
class ExportJob:
    id: str
    file: str
    volume: str
    location: str
    created_by: str
    overwrite: bool = False
    copy_only: bool = False
    properties: dict[str, Any] = field(default_factory=dict)
    state: str = "PENDING"
    created_on: datetime = field(default_factory=_now)
    started_on: datetime | None = None
    finished_on: datetime | None = None
    error: JsonObject | None = None
    result: str | None = None  # the id of the exported file


@dataclass
class DrsImportItem:
    drs_uri: str
    project: str | None = None
    parent: str | None = None
    name: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)


@dataclass
class DrsImportJob:
    id: str
    items: list[DrsImportItem]
    created_by: str
    tags: list[str] = field(default_factory=list)
    conflict_resolution: str = "SKIP"
    state: str = "SUBMITTED"
    started_on: datetime | None = None
    finished_on: datetime | None = None
    # One per item once finished: {"file": <id>} or {"error": <error body>}.
    results: list[dict[str, Any]] = field(default_factory=list)


Job = ImportJob | ExportJob | DrsImportJob


# -- the store -----------------------------------------------------------------------------------


class VolumeStore:
    """Every volume by `owner/name`, and every import, export and DRS import job by id."""

    def __init__(self, pace: Pace | None = None) -> None:
        self.pace = pace if pace is not None else Pace()
        self.volumes: dict[str, VolumeRecord] = {}
        self.imports: dict[str, ImportJob] = {}
        self.exports: dict[str, ExportJob] = {}
        self.drs_imports: dict[str, DrsImportJob] = {}
        self.auto_advance = True

    # -- volumes and their objects -------------------------------------------------------------

    def get(self, volume_id: str) -> VolumeRecord | None:
        return self.volumes.get(volume_id)

    def add(self, volume: VolumeRecord) -> VolumeRecord:
        """Store a volume whose owner becomes its first admin member."""
        volume.members.setdefault(
            volume.owner,
            VolumeMemberRecord(
                id=volume.owner,
                type="USER",
                permissions=VolumePermissions().merged({"admin": True}),
            ),
        )
        self.volumes[volume.id] = volume
        return volume

    def delete(self, volume: VolumeRecord) -> None:
        self.volumes.pop(volume.id, None)

    def put_object(
        self,
        volume: VolumeRecord,
        location: str,
        blob: str,
        size: int,
        metadata: dict[str, Any] | None = None,
    ) -> VolumeObjectRecord:
        """Place (or replace) an object in a volume's bucket."""
        record = VolumeObjectRecord(
            location=location, blob=blob, size=size, metadata=dict(metadata or {})
        )
        volume.objects[location] = record
        return record

    # -- the life cycle of jobs ----------------------------------------------------------------

    def observe(self, job: Job, state: State) -> None:
        """A read of `job`: one step of its life cycle when the pace says so (`stores/pace.py`)."""
        if self.auto_advance and self.pace.tick(job.id):
            self.step(job, state)

    def step(self, job: Job, state: State) -> None:
        now = _now()
        if isinstance(job, DrsImportJob):
            if job.state in ("SUBMITTED", "RESOLVING"):
                job.state, job.started_on = "RUNNING", now
            elif job.state == "RUNNING":
                job.results = [run_drs_item(state, job, item) for item in job.items]
                job.state, job.finished_on = "FINISHED", now
            return
        if job.state == "PENDING":
            job.state, job.started_on = "RUNNING", now
        elif job.state == "RUNNING":
            try:
                if isinstance(job, ImportJob):
                    job.result = run_import(state, job)
                else:
                    job.result = run_export(state, job)
            except ApiError as error:
                job.state, job.error = "FAILED", error_of(error)
            else:
                job.state = "COMPLETED"
            job.finished_on = now


def check_location(volume: VolumeRecord, location: str) -> str:
    """A location is relative to the volume's root (its bucket and `prefix`); one that would
    leave it (absolute, or with `.`/`..` segments) is 400 9103. Returns `location`."""
    segments = location.split("/")
    if location.startswith("/") or any(segment in (".", "..") for segment in segments):
        prefix = volume.service.get("prefix") or ""
        root = f"{volume.service.get('bucket', volume.name)}/{prefix}".rstrip("/")
        raise storage_error(
            9103, f"Location '{location}' lies outside {volume.id}, which is rooted at '{root}'."
        )
    return location


def put_object(
    state: State,
    volume_id: str,
    location: str,
    data: bytes,
    metadata: dict[str, Any] | None = None,
) -> VolumeObjectRecord:
    """Put `data` at `location` in a volume's bucket (for tests and demos; no API call)."""
    with state.lock:
        volume = state.volumes.get(volume_id)
        if volume is None:
            raise KeyError(f"no volume {volume_id}")
        blob = state.storage.write_blob(data)
        return state.volumes.put_object(volume, location, blob, len(data), metadata)


# -- running jobs --------------------------------------------------------------------------------


def destination_folder(state: State, project: str | None, parent: str | None) -> FileRecord:
    """The folder a job writes into: a project's root folder, or a folder (404s if gone)."""
    if parent is not None:
        record = state.files.get(parent)
        if record is None or not record.is_folder:
            raise storage_error(10222, f"Folder '{parent}' does not exist.")
        return record
    if project is None or project not in state.projects:
        raise storage_error(9012, f"Project '{project}' does not exist.")
    return state.files.root_folder(project)


def _free_name(state: State, folder: FileRecord, name: str, overwrite: bool, rename: bool) -> str:
    """The name to write under, or 9108 when it is taken and neither overwriting nor renaming."""
    existing = state.files.child_named(folder.id, name)
    if existing is None or (overwrite and not existing.is_folder):
        return name
    if rename:
        return state.files.free_name(folder.id, name)
    raise storage_error(9108, f"A file named '{name}' already exists in the destination.")


def _import_object(
    state: State, job: ImportJob, folder: FileRecord, name: str, obj: VolumeObjectRecord
) -> FileRecord:
    name = _free_name(state, folder, name, job.overwrite, job.autorename)
    return state.files.add_file(
        project_id=folder.project,
        parent_id=folder.id,
        name=name,
        size=obj.size,
        blob=obj.blob,
        overwrite=job.overwrite,
        storage={"type": "VOLUME", "volume": job.volume, "location": obj.location},
    )


def _subfolder(state: State, parent: FileRecord, name: str) -> FileRecord:
    existing = state.files.child_named(parent.id, name)
    if existing is not None and existing.is_folder:
        return existing
    if existing is not None:
        raise storage_error(9108, f"A file named '{name}' is in the way of a folder.")
    return state.files.add_folder(project_id=None, parent_id=parent.id, name=name)


def run_import(state: State, job: ImportJob) -> str:
    """Create the imported file (or folder tree); the id of what was created."""
    volume = state.volumes.get(job.volume)
    if volume is None:
        raise storage_error(9007)
    if not volume.active:
        raise storage_error(9103, f"Volume '{volume.id}' is not active.")
    folder = destination_folder(state, job.project, job.parent)
    if not job.location.endswith("/"):
        obj = volume.objects.get(job.location)
        if obj is None:
            raise storage_error(9105, f"There is no object at '{job.location}' on {volume.id}.")
        name = job.name or job.location.rsplit("/", 1)[-1]
        return _import_object(state, job, folder, name, obj).id
    under = sorted(loc for loc in volume.objects if loc.startswith(job.location))
    if not under:
        raise storage_error(9105, f"Nothing lies under '{job.location}' on {volume.id}.")
    top_name = job.name or job.location.rstrip("/").rsplit("/", 1)[-1] or volume.name
    top = _subfolder(state, folder, top_name)
    for location in under:
        parts = location[len(job.location) :].split("/")
        target = top
        if job.preserve_folder_structure:
            for part in parts[:-1]:
                if part:
                    target = _subfolder(state, target, part)
        if parts[-1]:
            _import_object(state, job, target, parts[-1], volume.objects[location])
    return top.id


def run_export(state: State, job: ExportJob) -> str:
    """Write the file to the bucket (and move it there unless copying); the file's id."""
    volume = state.volumes.get(job.volume)
    if volume is None:
        raise storage_error(9007)
    if not volume.active:
        raise storage_error(9103, f"Volume '{volume.id}' is not active.")
    record = state.files.get(job.file)
    if record is None or record.blob is None:
        raise storage_error(9009)
    if job.location in volume.objects and not job.overwrite:
        raise storage_error(9107, f"'{job.location}' on {volume.id} already holds an object.")
    volume.objects[job.location] = VolumeObjectRecord(
        location=job.location, blob=record.blob, size=record.size
    )
    if not job.copy_only:
        record.storage = {"type": "VOLUME", "volume": volume.id, "location": job.location}
        record.modified_on = _now()
    return record.id


def drs_object_id(uri: str) -> str:
    """`drs://host/some/id` -> `some/id` (empty when the URI has no object id)."""
    rest = uri[len("drs://") :] if uri.startswith("drs://") else ""
    _, _, object_id = rest.partition("/")
    return object_id


def run_drs_item(state: State, job: DrsImportJob, item: DrsImportItem) -> dict[str, Any]:
    """Import one DRS object; `{"file": id}` or `{"error": body}`."""
    try:
        object_id = drs_object_id(item.drs_uri)
        if object_id.rsplit("/", 1)[-1].startswith("missing"):
            raise storage_error(10225, f"DRS object '{item.drs_uri}' could not be resolved.")
        folder = destination_folder(state, item.project, item.parent)
        project = state.projects.get(folder.project)
        permissions = state.permissions_in(project, job.created_by) if project else None
        if permissions is None or not permissions.write:
            raise storage_error(10221, f"You cannot write to project '{folder.project}'.")
        name = item.name or object_id.rsplit("/", 1)[-1]
        overwrite = job.conflict_resolution == "OVERWRITE"
        rename = job.conflict_resolution == "AUTORENAME"
        name = _free_name(state, folder, name, overwrite, rename)
        data = f"DRS object {item.drs_uri}\n".encode()
        record = state.files.add_file(
            project_id=folder.project,
            parent_id=folder.id,
            name=name,
            size=len(data),
            blob=state.storage.write_blob(data),
            overwrite=overwrite,
        )
        record.metadata = dict(item.metadata)
        record.tags = list(dict.fromkeys([*item.tags, *job.tags]))
    except ApiError as error:
        return {"error": error_of(error)}
    return {"file": record.id}
