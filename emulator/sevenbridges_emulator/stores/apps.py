"""Apps: CWL documents in projects, kept as numbered revisions; copies remember their source.

An app's id is `owner/project/app_name`; one revision's id adds `/revision`. The stored raw CWL is
what the caller sent; the `sbg:` annotations (`sbg:id`, `sbg:revision`, `sbg:latestRevision`,
`sbg:copyOf`, ...) are added when a revision is shown, so they always tell the current truth.

Public apps live in the project `admin/sbg-public-data`, which has no project record: anyone may
read and copy them, nobody may change them.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

PUBLIC_PROJECT = "admin/sbg-public-data"
CWL_CLASSES = ("CommandLineTool", "Workflow", "ExpressionTool")
COPY_STRATEGIES = ("clone", "direct", "clone_direct", "transient")
# Strategies whose copies keep taking updates from the source (`sync`).
FOLLOWING_STRATEGIES = ("clone", "transient")
# Strategies that copy every revision (the others copy one revision, as revision 0).
ALL_REVISION_STRATEGIES = ("clone", "clone_direct")
# A raw CWL key the emulator reads: tasks of an app with `"sbg:emulatorOutcome": "FAILED"` fail.
OUTCOME_KEY = "sbg:emulatorOutcome"


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass
class AppRevision:
    number: int
    raw: dict[str, Any]
    created_by: str
    created_on: datetime = field(default_factory=_now)
    copy_of: str | None = None  # the revision id this one was copied from


@dataclass
class AppRecord:
    owner: str
    project_slug: str
    app_name: str
    revisions: list[AppRevision] = field(default_factory=list)
    public: bool = False
    source: str | None = None  # `owner/project/app_name` of the app this is a copy of
    follows_source: bool = False  # a clone/transient copy: `sync` pulls the source's updates

    @property
    def project(self) -> str:
        return f"{self.owner}/{self.project_slug}"

    @property
    def id(self) -> str:
        return f"{self.project}/{self.app_name}"

    @property
    def latest(self) -> AppRevision:
        return self.revisions[-1]

    def revision(self, number: int) -> AppRevision | None:
        for revision in self.revisions:
            if revision.number == number:
                return revision
        return None

    def revision_id(self, revision: AppRevision) -> str:
        return f"{self.id}/{revision.number}"

    def name(self, revision: AppRevision | None = None) -> str:
        """The display name: the CWL label, or the short name when there is none."""
        label = (revision or self.latest).raw.get("label")
        return label if isinstance(label, str) and label.strip() else self.app_name

    def rendered_raw(self, revision: AppRevision) -> dict[str, Any]:
        """The raw CWL of `revision` with the Platform's `sbg:` annotations filled in."""
        raw = copy.deepcopy(revision.raw)
        revision_id = self.revision_id(revision)
        raw["id"] = revision_id
        raw["sbg:id"] = revision_id
        raw["sbg:project"] = self.project
        raw["sbg:revision"] = revision.number
        raw["sbg:latestRevision"] = self.latest.number
        raw["sbg:createdBy"] = self.revisions[0].created_by
        raw["sbg:createdOn"] = int(self.revisions[0].created_on.timestamp())
        raw["sbg:modifiedBy"] = revision.created_by
        raw["sbg:modifiedOn"] = int(revision.created_on.timestamp())
        raw["sbg:revisionsInfo"] = [
            {
                "sbg:revision": r.number,
                "sbg:modifiedBy": r.created_by,
                "sbg:modifiedOn": int(r.created_on.timestamp()),
            }
            for r in self.revisions
        ]
        if revision.copy_of is not None:
            raw["sbg:copyOf"] = revision.copy_of
        else:
            raw.pop("sbg:copyOf", None)
        return raw


class AppStore:
    """Every app, keyed by `owner/project/app_name`, in creation order."""

    def __init__(self) -> None:
        self.apps: dict[str, AppRecord] = {}

    def get(self, app_id: str) -> AppRecord | None:
        return self.apps.get(app_id)

    def in_project(self, project_id: str) -> list[AppRecord]:
        return [app for app in self.apps.values() if app.project == project_id]

    def public_apps(self) -> list[AppRecord]:
        return [app for app in self.apps.values() if app.public]

    def add_revision(
        self,
        owner: str,
        project_slug: str,
        app_name: str,
        raw: dict[str, Any],
        username: str,
        *,
        public: bool = False,
        copy_of: str | None = None,
    ) -> tuple[AppRecord, AppRevision]:
        """Add the next revision (revision 0 creates the app)."""
        app_id = f"{owner}/{project_slug}/{app_name}"
        app = self.apps.get(app_id)
        if app is None:
            app = AppRecord(owner=owner, project_slug=project_slug, app_name=app_name)
            app.public = public
            self.apps[app_id] = app
        number = app.latest.number + 1 if app.revisions else 0
        revision = AppRevision(
            number=number, raw=strip_annotations(raw), created_by=username, copy_of=copy_of
        )
        app.revisions.append(revision)
        return app, revision

    def copy(
        self,
        source: AppRecord,
        upto: AppRevision,
        destination_project: str,
        app_name: str,
        strategy: str,
        username: str,
    ) -> AppRecord:
        """Copy `source` (up to revision `upto`) as `destination_project/app_name`."""
        owner, _, slug = destination_project.partition("/")
        copy_app = AppRecord(owner=owner, project_slug=slug, app_name=app_name)
        copy_app.source = source.id
        copy_app.follows_source = strategy in FOLLOWING_STRATEGIES
        if strategy in ALL_REVISION_STRATEGIES:
            chosen = [r for r in source.revisions if r.number <= upto.number]
            for revision in chosen:
                copy_app.revisions.append(
                    AppRevision(
                        number=revision.number,
                        raw=copy.deepcopy(revision.raw),
                        created_by=username,
                        copy_of=source.revision_id(revision),
                    )
                )
        else:
            copy_app.revisions.append(
                AppRevision(
                    number=0,
                    raw=copy.deepcopy(upto.raw),
                    created_by=username,
                    copy_of=source.revision_id(upto),
                )
            )
        self.apps[copy_app.id] = copy_app
        return copy_app

    def sync(self, app: AppRecord, source: AppRecord, username: str) -> bool:
        """Add the source's latest revision to `app` if `app` does not have it yet."""
        newest = source.latest
        newest_id = source.revision_id(newest)
        if any(r.copy_of == newest_id for r in app.revisions):
            return False
        app.revisions.append(
            AppRevision(
                number=app.latest.number + 1,
                raw=copy.deepcopy(newest.raw),
                created_by=username,
                copy_of=newest_id,
            )
        )
        return True


def strip_annotations(raw: dict[str, Any]) -> dict[str, Any]:
    """A copy of `raw` without the annotations the store owns (they are added when shown)."""
    owned = {
        "id",
        "sbg:id",
        "sbg:project",
        "sbg:revision",
        "sbg:latestRevision",
        "sbg:createdBy",
        "sbg:createdOn",
        "sbg:modifiedBy",
        "sbg:modifiedOn",
        "sbg:revisionsInfo",
        "sbg:copyOf",
    }
    return {key: copy.deepcopy(value) for key, value in raw.items() if key not in owned}


# ---------------------------------------------------------------------------------------------
# CWL ports: what tasks validate their inputs against and produce outputs for


@dataclass(frozen=True)
class CwlPort:
    id: str
    optional: bool
    is_array: bool
    item_type: str  # File, Directory, int, long, float, double, string, boolean, enum, any, ...
    glob: str | None = None  # an output's fixed file name, if its glob names one


def cwl_ports(raw: dict[str, Any], section: str) -> list[CwlPort]:
    """The `inputs` or `outputs` of a CWL document (list form or `id: type` map form)."""
    declared = raw.get(section)
    entries: list[tuple[str, Any]] = []
    if isinstance(declared, list):
        for item in declared:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                entries.append((item["id"], item))
    elif isinstance(declared, dict):
        for key, value in declared.items():
            entries.append((key, value if isinstance(value, dict) else {"type": value}))
    ports = []
    for port_id, spec in entries:
        optional, is_array, item_type = parse_cwl_type(spec.get("type"))
        binding = spec.get("outputBinding")
        glob = binding.get("glob") if isinstance(binding, dict) else None
        fixed = glob if isinstance(glob, str) and not any(c in glob for c in "*?[$(") else None
        ports.append(CwlPort(port_id.lstrip("#"), optional, is_array, item_type, fixed))
    return ports


def parse_cwl_type(declared: Any) -> tuple[bool, bool, str]:
    """(optional, is_array, item type) of a CWL type declaration."""
    if declared is None:
        return True, False, "any"
    if isinstance(declared, str):
        optional = declared.endswith("?")
        base = declared.rstrip("?")
        if base.endswith("[]"):
            return optional, True, base[:-2]
        return optional, False, base
    if isinstance(declared, list):
        optional = "null" in declared
        rest = [t for t in declared if t != "null"]
        if len(rest) == 1:
            inner_optional, is_array, item = parse_cwl_type(rest[0])
            return optional or inner_optional, is_array, item
        return optional, False, "any"
    if isinstance(declared, dict):
        kind = declared.get("type")
        if kind == "array":
            _, _, item = parse_cwl_type(declared.get("items"))
            return False, True, item
        if kind in ("enum", "record"):
            return False, False, str(kind)
    return False, False, "any"


def value_matches(port: CwlPort, value: Any) -> bool:
    """Whether a (non-null) input value has the port's type."""
    if port.is_array:
        return isinstance(value, list) and all(_item_matches(port.item_type, v) for v in value)
    return _item_matches(port.item_type, value)


def _item_matches(item_type: str, value: Any) -> bool:
    if item_type in ("File", "Directory"):
        return (
            isinstance(value, dict)
            and value.get("class") in ("File", "Directory")
            and isinstance(value.get("path", value.get("location")), str)
        )
    if item_type in ("int", "long"):
        return isinstance(value, int) and not isinstance(value, bool)
    if item_type in ("float", "double"):
        return isinstance(value, int | float) and not isinstance(value, bool)
    if item_type in ("string", "enum"):
        return isinstance(value, str)
    if item_type == "boolean":
        return isinstance(value, bool)
    return True


def job_names(raw: dict[str, Any], app_name: str) -> list[str]:
    """The jobs a run of this app has: one per workflow step, or one for a tool."""
    if raw.get("class") == "Workflow":
        steps = raw.get("steps")
        names: list[str] = []
        if isinstance(steps, list):
            names = [s["id"].lstrip("#") for s in steps if isinstance(s, dict) and "id" in s]
        elif isinstance(steps, dict):
            names = [str(key) for key in steps]
        if names:
            return names
    return [app_name.replace("-", "_")]


def command_of(raw: dict[str, Any]) -> str:
    base = raw.get("baseCommand")
    if isinstance(base, list):
        return " ".join(str(part) for part in base)
    return str(base) if base else "run"


# ---------------------------------------------------------------------------------------------
# Seed data: a few small public apps


def _file_input(port_id: str, label: str, *, array: bool = False) -> dict[str, Any]:
    return {"id": port_id, "type": "File[]" if array else "File", "label": label}


def _public_apps() -> list[tuple[str, list[dict[str, Any]]]]:
    """(app_name, raw CWL of each revision) of the seeded public apps."""
    word_count_0: dict[str, Any] = {
        "cwlVersion": "v1.0",
        "class": "CommandLineTool",
        "label": "Word Count",
        "description": "Counts the words of a text file.",
        "baseCommand": ["wc", "-w"],
        "inputs": [
            {**_file_input("input_file", "Text file"), "inputBinding": {"position": 1}},
        ],
        "outputs": [{"id": "counts", "type": "File", "outputBinding": {"glob": "counts.txt"}}],
        "stdout": "counts.txt",
        "requirements": [{"class": "DockerRequirement", "dockerPull": "ubuntu:22.04"}],
        "sbg:toolkit": "coreutils",
    }
    word_count_1 = copy.deepcopy(word_count_0)
    word_count_1["inputs"].append(
        {"id": "min_length", "type": "int?", "label": "Only count words this long"}
    )
    fastqc: dict[str, Any] = {
        "cwlVersion": "v1.0",
        "class": "CommandLineTool",
        "label": "FastQC",
        "description": "Quality control of sequencing reads; one HTML report per FASTQ file.",
        "baseCommand": ["fastqc", "--noextract"],
        "inputs": [
            {**_file_input("reads", "FASTQ reads", array=True), "inputBinding": {"position": 2}},
            {"id": "threads", "type": "int?", "inputBinding": {"prefix": "--threads"}},
        ],
        "outputs": [
            {"id": "report", "type": "File[]", "outputBinding": {"glob": "*_fastqc.html"}},
        ],
        "requirements": [{"class": "DockerRequirement", "dockerPull": "biocontainers/fastqc"}],
        "sbg:toolkit": "FastQC",
        "sbg:toolkitVersion": "0.11.9",
    }
    alignment: dict[str, Any] = {
        "cwlVersion": "v1.0",
        "class": "Workflow",
        "label": "BWA-MEM Alignment",
        "description": "Aligns reads to a reference with BWA-MEM and sorts the result.",
        "inputs": [
            _file_input("reads", "FASTQ reads", array=True),
            _file_input("reference", "Reference genome (FASTA)"),
            {"id": "sample_id", "type": "string?"},
        ],
        "outputs": [
            {"id": "aligned_bam", "type": "File", "outputSource": "samtools_sort/sorted"},
        ],
        "steps": [
            {
                "id": "bwa_mem",
                "run": "bwa-mem.cwl",
                "in": {"reads": "reads", "reference": "reference"},
                "out": ["sam"],
            },
            {
                "id": "samtools_sort",
                "run": "samtools-sort.cwl",
                "in": {"input": "bwa_mem/sam"},
                "out": ["sorted"],
            },
        ],
        "sbg:categories": ["Alignment"],
    }
    failing: dict[str, Any] = {
        "cwlVersion": "v1.0",
        "class": "CommandLineTool",
        "label": "Always Fails (emulator)",
        "description": "Every run of this tool fails: for testing failure handling.",
        "baseCommand": ["false"],
        "inputs": [{"id": "anything", "type": "File?"}],
        "outputs": [],
        OUTCOME_KEY: "FAILED",
    }
    return [
        ("word-count", [word_count_0, word_count_1]),
        ("fastqc", [fastqc]),
        ("bwa-mem-alignment", [alignment]),
        ("always-fails", [failing]),
    ]


def seed_public_apps(store: AppStore, publisher: str = "admin") -> None:
    """Add the public apps of `admin/sbg-public-data` to an empty store."""
    owner, _, slug = PUBLIC_PROJECT.partition("/")
    for app_name, revisions in _public_apps():
        for raw in revisions:
            store.add_revision(owner, slug, app_name, raw, publisher, public=True)
