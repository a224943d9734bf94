"""sevenbridges: the Python client of the Seven Bridges public API v2.

import sevenbridges as sbg
api = sbg.Api(url="https://api.sbgenomics.com/v2", token="...")
for project in api.projects.query().all():
    print(project.id)
"""

__version__ = "0.1.0"

from .api import Api
from .config import Config
from .errors import (
    AdvanceAccessError,
    BadRequest,
    Conflict,
    ExecutionDetailsInvalidTaskType,
    Forbidden,
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
    Unauthorized,
    URITooLong,
    ValidationError,
)
from .http.error_handlers import (
    RetryPolicy,
    general_error_sleeper,
    maintenance_sleeper,
    rate_limit_sleeper,
)
from .meta.collection import Collection
from .models.async_job import AsyncFileBulkRecord, AsyncJob
from .models.billing_group import (
    BillingGroup,
    BillingGroupAnalysisBreakdown,
    BillingGroupEgressBreakdown,
    BillingGroupStorageBreakdown,
)
from .models.endpoints import Endpoints
from .models.enums import (
    AppCopyStrategy,
    AsyncJobStates,
    DivisionRole,
    FeedbackType,
    FileStorageType,
    ImportExportState,
    PartSize,
    RequestParameters,
    TaskStatus,
    TransferState,
    VolumeAccessMode,
)
from .models.file import DownloadInfo, File, SearchResponse
from .models.file_bulk import BulkRecord, FileBulkRecord
from .models.invoice import Invoice
from .models.member import Member
from .models.project import Project
from .models.rate_limit import RateLimit
from .models.user import User

__all__ = [
    "AdvanceAccessError",
    "Api",
    "AppCopyStrategy",
    "AsyncFileBulkRecord",
    "AsyncJob",
    "AsyncJobStates",
    "BadRequest",
    "BillingGroup",
    "BillingGroupAnalysisBreakdown",
    "BillingGroupEgressBreakdown",
    "BillingGroupStorageBreakdown",
    "BulkRecord",
    "Collection",
    "Config",
    "Conflict",
    "DivisionRole",
    "DownloadInfo",
    "Endpoints",
    "ExecutionDetailsInvalidTaskType",
    "FeedbackType",
    "File",
    "FileBulkRecord",
    "FileStorageType",
    "Forbidden",
    "ImportExportState",
    "Invoice",
    "LocalFileAlreadyExists",
    "LocalFileChanged",
    "Member",
    "MethodNotAllowed",
    "NetworkError",
    "NonJSONResponseError",
    "NotFound",
    "PaginationError",
    "PartSize",
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
    "TaskStatus",
    "TaskValidationError",
    "TooManyRequests",
    "TransferError",
    "TransferState",
    "URITooLong",
    "Unauthorized",
    "User",
    "ValidationError",
    "VolumeAccessMode",
    "__version__",
    "general_error_sleeper",
    "maintenance_sleeper",
    "rate_limit_sleeper",
]
