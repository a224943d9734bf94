"""Constants of the API, as the documented ``sevenbridges.models.enums`` names them."""

from __future__ import annotations


class PartSize:
    """Sizes in bytes, and the limits of uploads and downloads (parts, objects)."""

    KB = 1024
    MB = 1024 * KB
    GB = 1024 * MB
    TB = 1024 * GB
    MAXIMUM_UPLOAD_SIZE = 5 * GB
    MAXIMUM_OBJECT_SIZE = 5 * TB
    MAXIMUM_TOTAL_PARTS = 10000
    DOWNLOAD_MINIMUM_PART_SIZE = 5 * MB
    UPLOAD_MINIMUM_PART_SIZE = 5 * MB
    UPLOAD_RECOMMENDED_SIZE = 32 * MB


class RequestParameters:
    """Defaults of requests: URL length cap, timeout, retries, items per bulk call."""

    MAX_URL_LENGTH = 6000
    DEFAULT_TIMEOUT = 300
    DEFAULT_RETRY_COUNT = 6
    DEFAULT_BACKOFF_FACTOR = 1
    DEFAULT_BULK_LIMIT = 100


class DivisionRole:
    """Roles of a user in an Enterprise division."""

    MEMBER = "member"
    ADMIN = "admin"
    EXTERNAL_COLLABORATOR = "external_collaborator"


class FeedbackType:
    """Kinds of feedback sent with ``api.actions.send_feedback``."""

    IDEA = "IDEA"
    THOUGHT = "THOUGHT"
    PROBLEM = "PROBLEM"


class TaskStatus:
    """Statuses of a task; ``terminal_states`` are those it never leaves."""

    DRAFT = "DRAFT"
    CREATING = "CREATING"
    QUEUED = "QUEUED"
    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    ABORTED = "ABORTED"
    ABORTING = "ABORTING"
    FAILED = "FAILED"
    # The statuses a task never leaves; ``task.wait()`` returns on reaching one.
    terminal_states = [COMPLETED, FAILED, ABORTED]


class TransferState:
    """States of an upload or download handle."""

    PREPARING = "PREPARING"
    RUNNING = "RUNNING"
    PAUSED = "PAUSED"
    STOPPED = "STOPPED"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    ABORTED = "ABORTED"


class FileStorageType:
    """Where a file's content lives: on the Platform or on a volume."""

    VOLUME = "VOLUME"
    PLATFORM = "PLATFORM"


class ImportExportState:
    """States of an import or export job."""

    PENDING = "PENDING"
    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"


class AsyncJobStates:
    """States of an asynchronous file job (copy, move, delete)."""

    RUNNING = "RUNNING"
    FINISHED = "FINISHED"
    SUBMITTED = "SUBMITTED"
    RESOLVING = "RESOLVING"


class VolumeAccessMode:
    """Access modes of a volume: read only or read and write."""

    READ_ONLY = "RO"
    READ_WRITE = "RW"


class VolumeType:
    """Kinds of cloud storage a volume connects."""

    S3 = "S3"
    GOOGLE = "GCS"
    OSS = "OSS"


class AppRawFormat:
    """Formats of an app's raw CWL given as text."""

    JSON = "json"
    YAML = "yaml"


class AppCopyStrategy:
    """How ``app.copy()`` copies an app."""

    CLONE = "clone"
    DIRECT = "direct"
    TRANSIENT = "transient"
    CLONE_DIRECT = "clone_direct"


# Enums of issue 11 (files, async jobs, automations).


class FileApiFormats:
    """The CWL classes of task inputs and outputs: files and directories."""

    FILE = "File"
    FOLDER = "Directory"


class AsyncFileOperations:
    """Operations of asynchronous file jobs."""

    COPY = "copy"
    DELETE = "delete"
    MOVE = "move"


class AutomationRunActions:
    """Actions on an automation run."""

    STOP = "stop"
    RERUN = "rerun"


class AutomationStatus:
    """Statuses of an automation run; ``terminal_states`` are those it never leaves."""

    CREATED = "CREATED"
    FINISHED = "FINISHED"
    ABORTED = "ABORTED"
    FAILED = "FAILED"
    RUNNING = "RUNNING"
    SENT_TO_EXECUTION = "SENT_TO_EXECUTION"
    QUEUED_FOR_EXECUTION = "QUEUED_FOR_EXECUTION"
    QUEUED_FOR_TERMINATION = "QUEUED_FOR_TERMINATION"

    terminal_states = [FINISHED, FAILED, ABORTED]
