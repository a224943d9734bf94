"""Files and folders: one tree per project, rooted at the project's `root_folder`.

Every record has a 24-hex id. A file's contents live in the storage server as a blob; the record only
holds the blob id, so copies share their source's blob. A project's root folder is created on first
use with the id the project already announces as `root_folder`.

The store checks the tree's own rules (names, parents, conflicts, cycles) and raises the file codes
of the API status-code table (shared/api/wire.md §2.2). Who may do what is the handlers' concern.
"""

from __future__ import annotations

import copy
import re
import secrets
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ..errors import ApiError, bad_request

if TYPE_CHECKING:
    from ..state import Project

FILE = "file"
FOLDER = "folder"
MAX_NAME_LENGTH = 255
DEFAULT_LOCATION = "aws:us-east-1"

# The file codes of the API status-code table: code -> (HTTP status, message).
FILE_CODES: dict[int, tuple[int, str]] = {
    3001: (403, "Not enough privileges to access the requested project/member."),
    3002: (404, "Requested project or member does not exist."),
    5000: (503, "File service is currently unavailable."),
    5001: (403, "Insufficient privileges to access the requested file."),
    5002: (404, "Requested file does not exist."),
    5003: (409, "Requested file already exists."),
    5004: (400, "File id must not be null or an empty string."),
    5005: (400, "Malformed project query parameter. Expecting `?project=owner/project`."),
    5006: (400, "Metadata validation failed."),
    5007: (400, "File copy failed."),
    5012: (400, "Invalid `type` supplied. Allowed values: [folder]."),
    5014: (403, "Insufficient privileges to copy the requested file."),
    5015: (400, "Moving files between projects is not supported."),
    5017: (400, "Downloading folders is not supported."),
    5018: (400, "Copying folders is not supported."),
    5021: (400, "Deleting non-empty folders is not supported."),
    5022: (400, "The parent specified is not a folder."),
    5023: (400, "Updating folder details is not supported."),
    5024: (400, "Invalid name parameter. Check the documentation."),
    5025: (400, "Updating folder metadata is not supported."),
    5026: (404, "Destination folder is not found."),
    5027: (400, "Updating folder tags is not supported."),
    5029: (400, "Missing `parent` or `project` field. These fields must be included together."),
    5030: (409, "Requested folder already exists."),
    5031: (400, "Providing both `parent` and `project` is not allowed."),
    5032: (403, "Insufficient privileges to move the requested file."),
    5033: (400, "Invalid request please check the documentation."),
    5035: (400, "Key must not be null or an empty string."),
    10211: (404, "Job with provided id not found."),
    10229: (400, "Cannot copy to parent directory."),
    10230: (400, "Sources cannot be empty or null."),
}


def file_error(code: int, message: str | None = None) -> ApiError:
    """An `ApiError` with the HTTP status and default message of a file code."""
    status, default = FILE_CODES[code]
    return ApiError(code, message or default, status=status)


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_object_id() -> str:
    """24 hex characters, like the platform's file and folder ids (same rule as `state`)."""
    return secrets.token_hex(12)


@dataclass
class FileRecord:
    """One file or folder. `parent` is None only for a project's root folder."""

    id: str
    name: str
    type: str  # FILE or FOLDER
    project: str  # owner/project
    parent: str | None
    size: int = 0
    created_on: datetime = field(default_factory=_now)
    modified_on: datetime = field(default_factory=_now)
    origin: dict[str, Any] = field(default_factory=dict)  # {task, dataset}
    tags: list[str] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    storage: dict[str, Any] = field(default_factory=dict)
    blob: str | None = None  # the storage blob holding the contents; None for folders
    secondary_files: list[dict[str, Any]] = field(default_factory=list)
    seq: int = 0  # creation order, for stable listings and continuation tokens
    hidden: bool = False  # in no folder listing or search (a task's job logs), only got by id

    @property
    def is_folder(self) -> bool:
        return self.type == FOLDER


@dataclass
class AsyncJob:
    """An asynchronous copy, move or delete job over many files; `result` holds one
    `{resource}` or `{error}` record per item, in input order."""

    id: str
    type: str  # COPY, MOVE or DELETE
    owner: str  # the user who started it; nobody else sees it
    state: str = "SUBMITTED"
    result: list[dict[str, Any]] | None = None
    total_files: int = 0
    failed_files: int = 0
    completed_files: int = 0
    started_on: datetime = field(default_factory=_now)
    finished_on: datetime | None = None


# -- validation ------------------------------------------------------------------------------


_FOLDER_NAME_FORBIDDEN = re.compile(r"[/\\\x00-\x1f]")


def valid_name(value: Any, *, folder: bool = False) -> str:
    """A file name: 1-255 characters, no `/`, not `.` or `..`; folders also not starting `__`."""
    if not isinstance(value, str) or not value.strip():
        raise file_error(5024, "The name must be a non-empty string.")
    if len(value) > MAX_NAME_LENGTH:
        raise file_error(5024, f"The name must be at most {MAX_NAME_LENGTH} characters long.")
    if value in (".", ".."):
        raise file_error(5024, f"'{value}' is not a valid name.")
    if "/" in value:
        raise file_error(5024, "Names may not contain a slash (/).")
    if folder:
        if _FOLDER_NAME_FORBIDDEN.search(value):
            raise file_error(5024, "Folder names may not contain slashes or control characters.")
        if value.startswith("__"):
            raise file_error(5024, "Folder names may not start with two underscores.")
    return value


def valid_tags(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(tag, str) for tag in value):
        raise bad_request("'tags' must be a list of strings.")
    return list(value)


_SCALARS = (str, int, float, bool)


def valid_metadata(value: Any, *, allow_null: bool = False) -> dict[str, Any]:
    """A flat map of non-empty keys to scalar values (null too when `allow_null`, for removal)."""
    if not isinstance(value, dict):
        raise file_error(5006, "Metadata must be a JSON object.")
    for key, item in value.items():
        if not key.strip():
            raise file_error(5035)
        if item is None and allow_null:
            continue
        if not isinstance(item, _SCALARS):
            raise file_error(
                5006, f"Metadata field '{key}' must be a string, number or boolean, got {item!r}."
            )
    return dict(value)


# -- the store -------------------------------------------------------------------------------


class FileStore:
    """Every file and folder by id, plus each folder's children by name.

    `projects` is the state's live project map (owner/project -> Project); `base_url` is the API
    base the server answers on, for `href`s (the emulator sets it when it starts).
    """

    def __init__(self, projects: Mapping[str, Project] | None = None) -> None:
        self.projects: Mapping[str, Project] = projects if projects is not None else {}
        self.base_url = "http://127.0.0.1/v2"
        self.records: dict[str, FileRecord] = {}
        self.children: dict[str, dict[str, str]] = {}  # folder id -> name -> child id
        self.jobs: dict[str, AsyncJob] = {}  # asynchronous file jobs by id, in creation order
        self._seq = 0

    # -- lookups -------------------------------------------------------------------------------

    def get(self, file_id: str) -> FileRecord | None:
        """The record, or None if it does not exist or its project is gone."""
        record = self.records.get(file_id)
        if record is None or record.project not in self.projects:
            return None
        return record

    def project_of(self, record: FileRecord) -> Project | None:
        return self.projects.get(record.project)

    def root_folder(self, project_id: str) -> FileRecord:
        """The project's root folder, created on first use (404 3002 for an unknown project)."""
        project = self.projects.get(project_id)
        if project is None:
            raise file_error(3002, f"Project '{project_id}' does not exist.")
        root = self.records.get(project.root_folder)
        if root is None:
            root = self._insert(
                FileRecord(
                    id=project.root_folder,
                    name=project.slug,
                    type=FOLDER,
                    project=project.id,
                    parent=None,
                    created_on=project.created_on,
                    modified_on=project.created_on,
                )
            )
        return root

    def folder(self, folder_id: str) -> FileRecord:
        """An existing folder (404 5026 if missing, 400 5022 if it is a file)."""
        record = self.get(folder_id)
        if record is None:
            raise file_error(5026, f"Folder '{folder_id}' does not exist.")
        if not record.is_folder:
            raise file_error(5022)
        return record

    def child_named(self, folder_id: str, name: str) -> FileRecord | None:
        child_id = self.children.get(folder_id, {}).get(name)
        return self.records.get(child_id) if child_id is not None else None

    def list_children(self, folder_id: str) -> list[FileRecord]:
        """The folder's direct children in creation order."""
        ids = self.children.get(folder_id, {}).values()
        return sorted((self.records[i] for i in ids), key=lambda r: r.seq)

    def descendants(self, folder_id: str) -> Iterator[FileRecord]:
        """Everything below a folder, parents before their children."""
        for child in self.list_children(folder_id):
            yield child
            if child.is_folder:
                yield from self.descendants(child.id)

    def everything(self) -> list[FileRecord]:
        """Every live file and folder except project roots, in creation order."""
        live = (
            r
            for r in self.records.values()
            if r.parent is not None and not r.hidden and r.project in self.projects
        )
        return sorted(live, key=lambda r: r.seq)

    def in_project(self, project_id: str) -> list[FileRecord]:
        """Every file and folder of a project except its root, in creation order."""
        return [
            r
            for r in self.records.values()
            if r.project == project_id
            and r.parent is not None
            and not r.hidden
            and r.project in self.projects
        ]

    def is_inside(self, record: FileRecord, folder_id: str) -> bool:
        """True if `record` is `folder_id` or lies somewhere below it."""
        current: FileRecord | None = record
        while current is not None:
            if current.id == folder_id:
                return True
            current = self.records.get(current.parent) if current.parent else None
        return False

    def free_name(self, folder_id: str, name: str) -> str:
        """`name`, or `_1_name`, `_2_name`, ... whichever is free in the folder."""
        if self.child_named(folder_id, name) is None:
            return name
        n = 1
        while self.child_named(folder_id, f"_{n}_{name}") is not None:
            n += 1
        return f"_{n}_{name}"

    def folder_at(self, project_id: str, path: str) -> FileRecord:
        """The folder at `path` in a project (`/Analysis/results/`; `/` is the root), made on the
        way where missing (409 5030 when a file stands where a folder should be)."""
        folder = self.root_folder(project_id)
        for name in (part for part in path.split("/") if part):
            child = self.child_named(folder.id, name)
            if child is None:
                child = self.add_folder(project_id=None, parent_id=folder.id, name=name)
            elif not child.is_folder:
                raise file_error(5030, f"'{name}' in '{path}' is a file, not a folder.")
            folder = child
        return folder

    # -- changes -------------------------------------------------------------------------------

    def _insert(self, record: FileRecord) -> FileRecord:
        self._seq += 1
        record.seq = self._seq
        self.records[record.id] = record
        if record.parent is not None:
            self.children.setdefault(record.parent, {})[record.name] = record.id
        if record.is_folder:
            self.children.setdefault(record.id, {})
        return record

    def _parent_for(self, project_id: str | None, parent_id: str | None) -> FileRecord:
        if parent_id is None:
            if project_id is None:
                raise file_error(5029, "Either `project` or `parent` must be given.")
            return self.root_folder(project_id)
        parent = self.folder(parent_id)
        if project_id is not None and parent.project != project_id:
            raise file_error(5026, f"Folder '{parent_id}' is not in project '{project_id}'.")
        return parent

    def _default_storage(self, project_id: str) -> dict[str, Any]:
        project = self.projects.get(project_id)
        location = DEFAULT_LOCATION
        if project is not None:
            location = str(project.settings.get("location") or DEFAULT_LOCATION)
        return {"type": "PLATFORM", "hosted_on_locations": [location]}

    def add_file(
        self,
        *,
        project_id: str,
        parent_id: str | None,
        name: str,
        size: int,
        blob: str | None,
        overwrite: bool = False,
        origin: dict[str, Any] | None = None,
        storage: dict[str, Any] | None = None,
    ) -> FileRecord:
        """A new file in `parent_id` (None: the project's root folder).

        A taken name is a 409 5003 unless `overwrite`, which deletes the old file (a folder is never
        replaced) and creates the new one in its place with a new id.
        """
        parent = self._parent_for(project_id, parent_id)
        valid_name(name)
        existing = self.child_named(parent.id, name)
        if existing is not None:
            if existing.is_folder:
                raise file_error(5030, f"A folder named '{name}' already exists there.")
            if not overwrite:
                raise file_error(5003, f"A file named '{name}' already exists there.")
            self.remove(existing)
        record = FileRecord(
            id=new_object_id(),
            name=name,
            type=FILE,
            project=parent.project,
            parent=parent.id,
            size=int(size),
            origin=dict(origin or {}),
            storage=copy.deepcopy(storage) if storage else self._default_storage(parent.project),
            blob=blob,
        )
        self._touch(parent)
        return self._insert(record)

    def add_hidden_file(
        self, *, project_id: str, name: str, blob: str, size: int, origin: dict[str, Any]
    ) -> FileRecord:
        """A file of a project that no listing or search shows (as the platform keeps a task's
        job logs): readable and downloadable by its id only."""
        root = self.root_folder(project_id)
        self._seq += 1
        record = FileRecord(
            id=new_object_id(),
            name=valid_name(name),
            type=FILE,
            project=root.project,
            parent=root.id,
            size=size,
            origin=dict(origin),
            storage=self._default_storage(root.project),
            blob=blob,
            seq=self._seq,
            hidden=True,
        )
        self.records[record.id] = record
        return record

    def add_folder(self, *, project_id: str | None, parent_id: str | None, name: str) -> FileRecord:
        """A new empty folder (409 5030 if the name is taken)."""
        parent = self._parent_for(project_id, parent_id)
        valid_name(name, folder=True)
        if self.child_named(parent.id, name) is not None:
            raise file_error(5030, f"'{name}' already exists in that folder.")
        self._touch(parent)
        return self._insert(
            FileRecord(
                id=new_object_id(), name=name, type=FOLDER, project=parent.project, parent=parent.id
            )
        )

    def _touch(self, record: FileRecord) -> None:
        record.modified_on = _now()

    def rename(self, record: FileRecord, name: str) -> None:
        """Give `record` a new name in its folder (409 5003 if taken by another entry)."""
        if record.parent is None:
            raise file_error(5023, "A project's root folder cannot be renamed.")
        valid_name(name, folder=record.is_folder)
        if name == record.name:
            return
        if self.child_named(record.parent, name) is not None:
            raise file_error(5003, f"'{name}' already exists in that folder.")
        siblings = self.children[record.parent]
        del siblings[record.name]
        siblings[name] = record.id
        record.name = name
        record.modified_on = _now()

    def remove(self, record: FileRecord) -> None:
        """Delete a file or a folder with everything below it."""
        if record.is_folder:
            for child in list(self.list_children(record.id)):
                self.remove(child)
            self.children.pop(record.id, None)
        if record.parent is not None:
            siblings = self.children.get(record.parent, {})
            if siblings.get(record.name) == record.id:
                del siblings[record.name]
        self.records.pop(record.id, None)

    def copy_file(
        self, source: FileRecord, parent: FileRecord, name: str | None = None
    ) -> FileRecord:
        """A copy of a file in `parent`; a taken name gets a numeric prefix. The blob is shared."""
        if source.is_folder:
            raise file_error(5018)
        wanted = valid_name(name) if name is not None else source.name
        record = FileRecord(
            id=new_object_id(),
            name=self.free_name(parent.id, wanted),
            type=FILE,
            project=parent.project,
            parent=parent.id,
            size=source.size,
            origin=copy.deepcopy(source.origin),
            tags=list(source.tags),
            metadata=copy.deepcopy(source.metadata),
            storage=copy.deepcopy(source.storage),
            blob=source.blob,
            secondary_files=copy.deepcopy(source.secondary_files),
        )
        self._touch(parent)
        return self._insert(record)

    def copy_tree(
        self, source: FileRecord, parent: FileRecord, name: str | None = None
    ) -> FileRecord:
        """A copy of a file or of a whole folder (new ids throughout) in `parent`."""
        if not source.is_folder:
            return self.copy_file(source, parent, name)
        if self.is_inside(parent, source.id):
            raise file_error(10229, "A folder cannot be copied into itself.")
        wanted = valid_name(name, folder=True) if name is not None else source.name
        existing = self.child_named(parent.id, wanted)
        if existing is not None and existing.is_folder and existing.id != source.id:
            target = existing  # same-name folders merge
        else:
            target = self._insert(
                FileRecord(
                    id=new_object_id(),
                    name=self.free_name(parent.id, wanted),
                    type=FOLDER,
                    project=parent.project,
                    parent=parent.id,
                )
            )
        for child in self.list_children(source.id):
            self.copy_tree(child, target)
        return target

    def move(
        self,
        record: FileRecord,
        parent: FileRecord,
        name: str | None = None,
        *,
        new_folder_id: bool = False,
    ) -> FileRecord:
        """Move a file or folder into `parent`; a taken name gets a numeric prefix.

        A file keeps its id; a moved folder gets a new one when `new_folder_id` (as asynchronous
        moves do). Moving a folder onto a same-name folder merges their contents.
        """
        if record.parent is None:
            raise file_error(5033, "A project's root folder cannot be moved.")
        if record.is_folder and self.is_inside(parent, record.id):
            raise file_error(10229, "A folder cannot be moved into itself.")
        wanted = valid_name(name, folder=record.is_folder) if name is not None else record.name
        if parent.id == record.parent and wanted == record.name:
            return record
        existing = self.child_named(parent.id, wanted)
        if record.is_folder and existing is not None and existing.is_folder:
            for child in self.list_children(record.id):
                self.move(child, existing, new_folder_id=new_folder_id)
            self.remove(record)
            return existing
        siblings = self.children[record.parent]
        if siblings.get(record.name) == record.id:
            del siblings[record.name]
        self._touch(self.records[record.parent])
        record.name = self.free_name(parent.id, wanted)
        record.parent = parent.id
        record.modified_on = _now()
        self.children.setdefault(parent.id, {})[record.name] = record.id
        self._touch(parent)
        if record.project != parent.project:
            record.project = parent.project
            for below in self.descendants(record.id):
                below.project = parent.project
        if record.is_folder and new_folder_id:
            self._give_new_id(record)
        return record

    def _give_new_id(self, folder: FileRecord) -> None:
        old_id, new_id = folder.id, new_object_id()
        del self.records[old_id]
        folder.id = new_id
        self.records[new_id] = folder
        contents = self.children.pop(old_id, {})
        self.children[new_id] = contents
        for child_id in contents.values():
            self.records[child_id].parent = new_id
        if folder.parent is not None:
            self.children[folder.parent][folder.name] = new_id

    # -- wire form -----------------------------------------------------------------------------

    def href(self, file_id: str) -> str:
        return f"{self.base_url}/files/{file_id}"

    def render(self, record: FileRecord) -> dict[str, Any]:
        """The wire JSON of a file or folder (complete; `fields` is applied by the caller)."""
        rendered: dict[str, Any] = {
            "href": self.href(record.id),
            "id": record.id,
            "name": record.name,
            "type": record.type,
            "project": record.project,
            "parent": record.parent,
            "created_on": _timestamp(record.created_on),
            "modified_on": _timestamp(record.modified_on),
        }
        if record.is_folder:
            return rendered
        rendered.update(
            {
                "size": record.size,
                "storage": copy.deepcopy(record.storage),
                "origin": copy.deepcopy(record.origin),
                "tags": list(record.tags),
                "metadata": copy.deepcopy(record.metadata),
                "secondary_files": copy.deepcopy(record.secondary_files),
            }
        )
        return rendered
