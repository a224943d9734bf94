"""sevenbridges: the Python client of the Seven Bridges public API v2.

import sevenbridges as sbg
api = sbg.Api(url="https://api.sbgenomics.com/v2", token="...")
for project in api.projects.query().all():
    print(project.id)
"""

__version__ = "0.1.0"

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api import Api
    from .concurrency import Concurrency
    from .config import Config
    from .errors import (
        AdvanceAccessError,
        BadRequest,
        BulkError,
        Conflict,
        ExecutionDetailsInvalidTaskType,
        Forbidden,
        JobFailed,
        LocalFileAlreadyExists,
        LocalFileChanged,
        MethodNotAllowed,
        NetworkError,
        NonJSONResponseError,
        NotFound,
        PaginationError,
        ReadOnlyPropertyError,
        RequestTimeout,
        ResourceNotModified,
        SbgError,
        ServerError,
        ServiceUnavailable,
        TaskValidationError,
        TooManyRequests,
        TransferError,
        TransferStateError,
        Unauthorized,
        URITooLong,
        ValidationError,
        WaitTimeout,
    )
    from .http.error_handlers import (
        RetryPolicy,
        general_error_sleeper,
        maintenance_sleeper,
        rate_limit_sleeper,
    )
    from .meta.bulk import BulkRecord
    from .meta.collection import Collection, VolumeCollection
    from .models.actions import Actions
    from .models.app import App
    from .models.async_job import AsyncFileBulkRecord, AsyncJob
    from .models.automation import (
        Automation,
        AutomationMember,
        AutomationPackage,
        AutomationRun,
    )
    from .models.billing_group import (
        BillingGroup,
        BillingGroupAnalysisBreakdown,
        BillingGroupEgressBreakdown,
        BillingGroupStorageBreakdown,
    )
    from .models.dataset import Dataset
    from .models.division import Division
    from .models.drs_import import DRSImportBulk, DRSImportRecord
    from .models.endpoints import Endpoints
    from .models.enums import (
        AppCopyStrategy,
        AppRawFormat,
        AsyncFileOperations,
        AsyncJobStates,
        AutomationRunActions,
        AutomationStatus,
        DivisionRole,
        FeedbackType,
        FileApiFormats,
        FileStorageType,
        ImportExportState,
        PartSize,
        RequestParameters,
        TaskStatus,
        TransferState,
        VolumeAccessMode,
        VolumeType,
    )
    from .models.file import DownloadInfo, File, FileBulkRecord, SearchResponse
    from .models.invoice import Invoice
    from .models.marker import Marker
    from .models.member import Member, Permissions
    from .models.project import Project
    from .models.rate_limit import RateLimit
    from .models.storage_export import Export, ExportBulkRecord
    from .models.storage_import import Import, ImportBulkRecord
    from .models.task import ExecutionDetails, Job, Task, TaskBulkRecord
    from .models.team import Team, TeamMember
    from .models.user import User
    from .models.volume import Volume, VolumeObject, VolumePrefix

# Public name -> the module defining it; imported on first use (PEP 562), so a script pays only
# for what it touches.
_LAZY = {
    "Actions": ".models.actions",
    "AdvanceAccessError": ".errors",
    "Api": ".api",
    "App": ".models.app",
    "AppCopyStrategy": ".models.enums",
    "AppRawFormat": ".models.enums",
    "AsyncFileBulkRecord": ".models.async_job",
    "AsyncJob": ".models.async_job",
    "AsyncJobStates": ".models.enums",
    "BadRequest": ".errors",
    "BulkError": ".errors",
    "BillingGroup": ".models.billing_group",
    "BillingGroupAnalysisBreakdown": ".models.billing_group",
    "BillingGroupEgressBreakdown": ".models.billing_group",
    "BillingGroupStorageBreakdown": ".models.billing_group",
    "BulkRecord": ".meta.bulk",
    "Collection": ".meta.collection",
    "Concurrency": ".concurrency",
    "Config": ".config",
    "Conflict": ".errors",
    "DivisionRole": ".models.enums",
    "DownloadInfo": ".models.file",
    "Endpoints": ".models.endpoints",
    "ExecutionDetails": ".models.task",
    "ExecutionDetailsInvalidTaskType": ".errors",
    "FeedbackType": ".models.enums",
    "File": ".models.file",
    "FileBulkRecord": ".models.file",
    "FileStorageType": ".models.enums",
    "Forbidden": ".errors",
    "ImportExportState": ".models.enums",
    "Invoice": ".models.invoice",
    "Job": ".models.task",
    "LocalFileAlreadyExists": ".errors",
    "LocalFileChanged": ".errors",
    "Member": ".models.member",
    "MethodNotAllowed": ".errors",
    "NetworkError": ".errors",
    "NonJSONResponseError": ".errors",
    "NotFound": ".errors",
    "PaginationError": ".errors",
    "PartSize": ".models.enums",
    "Project": ".models.project",
    "RateLimit": ".models.rate_limit",
    "ReadOnlyPropertyError": ".errors",
    "RequestParameters": ".models.enums",
    "RequestTimeout": ".errors",
    "ResourceNotModified": ".errors",
    "RetryPolicy": ".http.error_handlers",
    "SbgError": ".errors",
    "SearchResponse": ".models.file",
    "ServerError": ".errors",
    "ServiceUnavailable": ".errors",
    "Task": ".models.task",
    "TaskBulkRecord": ".models.task",
    "TaskStatus": ".models.enums",
    "TaskValidationError": ".errors",
    "TooManyRequests": ".errors",
    "TransferError": ".errors",
    "TransferStateError": ".errors",
    "TransferState": ".models.enums",
    "URITooLong": ".errors",
    "Unauthorized": ".errors",
    "User": ".models.user",
    "ValidationError": ".errors",
    "WaitTimeout": ".errors",
    "VolumeAccessMode": ".models.enums",
    "general_error_sleeper": ".http.error_handlers",
    "maintenance_sleeper": ".http.error_handlers",
    "rate_limit_sleeper": ".http.error_handlers",
    # Issue 11: organisation, datasets, markers, automations and their enums.
    "AsyncFileOperations": ".models.enums",
    "Automation": ".models.automation",
    "AutomationMember": ".models.automation",
    "AutomationPackage": ".models.automation",
    "AutomationRun": ".models.automation",
    "AutomationRunActions": ".models.enums",
    "AutomationStatus": ".models.enums",
    "Dataset": ".models.dataset",
    "Division": ".models.division",
    "FileApiFormats": ".models.enums",
    "Marker": ".models.marker",
    "Permissions": ".models.member",
    "Team": ".models.team",
    "TeamMember": ".models.team",
    # storage: volumes, imports, exports, DRS imports
    "DRSImportBulk": ".models.drs_import",
    "DRSImportRecord": ".models.drs_import",
    "Export": ".models.storage_export",
    "ExportBulkRecord": ".models.storage_export",
    "Import": ".models.storage_import",
    "ImportBulkRecord": ".models.storage_import",
    "JobFailed": ".errors",
    "Volume": ".models.volume",
    "VolumeCollection": ".meta.collection",
    "VolumeObject": ".models.volume",
    "VolumePrefix": ".models.volume",
    "VolumeType": ".models.enums",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'sevenbridges' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later reads skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])


__all__ = [
    "Actions",
    "AdvanceAccessError",
    "Api",
    "App",
    "AppCopyStrategy",
    "AppRawFormat",
    "AsyncFileBulkRecord",
    "AsyncFileOperations",
    "AsyncJob",
    "AsyncJobStates",
    "Automation",
    "AutomationMember",
    "AutomationPackage",
    "AutomationRun",
    "AutomationRunActions",
    "AutomationStatus",
    "BadRequest",
    "BillingGroup",
    "BillingGroupAnalysisBreakdown",
    "BillingGroupEgressBreakdown",
    "BillingGroupStorageBreakdown",
    "BulkError",
    "BulkRecord",
    "Collection",
    "Concurrency",
    "Config",
    "Conflict",
    "DRSImportBulk",
    "DRSImportRecord",
    "Dataset",
    "Division",
    "DivisionRole",
    "DownloadInfo",
    "Endpoints",
    "ExecutionDetails",
    "ExecutionDetailsInvalidTaskType",
    "Export",
    "ExportBulkRecord",
    "FeedbackType",
    "File",
    "FileApiFormats",
    "FileBulkRecord",
    "FileStorageType",
    "Forbidden",
    "Import",
    "ImportBulkRecord",
    "ImportExportState",
    "Invoice",
    "Job",
    "JobFailed",
    "LocalFileAlreadyExists",
    "LocalFileChanged",
    "Marker",
    "Member",
    "MethodNotAllowed",
    "NetworkError",
    "NonJSONResponseError",
    "NotFound",
    "PaginationError",
    "PartSize",
    "Permissions",
    "Project",
    "RateLimit",
    "ReadOnlyPropertyError",
    "RequestParameters",
    "RequestTimeout",
    "ResourceNotModified",
    "RetryPolicy",
    "SbgError",
    "SearchResponse",
    "ServerError",
    "ServiceUnavailable",
    "Task",
    "TaskBulkRecord",
    "TaskStatus",
    "TaskValidationError",
    "Team",
    "TeamMember",
    "TooManyRequests",
    "TransferError",
    "TransferState",
    "TransferStateError",
    "URITooLong",
    "Unauthorized",
    "User",
    "ValidationError",
    "Volume",
    "VolumeAccessMode",
    "VolumeCollection",
    "VolumeObject",
    "VolumePrefix",
    "VolumeType",
    "WaitTimeout",
    "__version__",
    "general_error_sleeper",
    "maintenance_sleeper",
    "rate_limit_sleeper",
]
