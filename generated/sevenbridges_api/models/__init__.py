"""Contains all the data models used in inputs/outputs"""

from .analysis_breakdown import AnalysisBreakdown
from .analysis_breakdown_list import AnalysisBreakdownList
from .analysis_cost import AnalysisCost
from .analysis_cost_breakdown import AnalysisCostBreakdown
from .app import App
from .app_copy import AppCopy
from .app_copy_strategy import AppCopyStrategy
from .app_list import AppList
from .app_raw import AppRaw
from .app_visibility import AppVisibility
from .async_file_copy_create import AsyncFileCopyCreate
from .async_file_copy_item import AsyncFileCopyItem
from .async_file_delete_create import AsyncFileDeleteCreate
from .async_file_delete_item import AsyncFileDeleteItem
from .async_job import AsyncJob
from .async_job_status import AsyncJobStatus
from .async_job_type import AsyncJobType
from .automation import Automation
from .automation_code_package_file import AutomationCodePackageFile
from .automation_create import AutomationCreate
from .automation_create_secret_settings import AutomationCreateSecretSettings
from .automation_list import AutomationList
from .automation_member import AutomationMember
from .automation_member_create import AutomationMemberCreate
from .automation_member_list import AutomationMemberList
from .automation_member_type import AutomationMemberType
from .automation_member_update import AutomationMemberUpdate
from .automation_package import AutomationPackage
from .automation_package_create import AutomationPackageCreate
from .automation_package_create_schema import AutomationPackageCreateSchema
from .automation_package_list import AutomationPackageList
from .automation_package_schema_type_0 import AutomationPackageSchemaType0
from .automation_package_update import AutomationPackageUpdate
from .automation_run import AutomationRun
from .automation_run_action import AutomationRunAction
from .automation_run_create import AutomationRunCreate
from .automation_run_create_inputs import AutomationRunCreateInputs
from .automation_run_create_secret_settings import AutomationRunCreateSecretSettings
from .automation_run_create_settings import AutomationRunCreateSettings
from .automation_run_execution_details_type_0 import AutomationRunExecutionDetailsType0
from .automation_run_inputs_type_0 import AutomationRunInputsType0
from .automation_run_list import AutomationRunList
from .automation_run_order import AutomationRunOrder
from .automation_run_order_by import AutomationRunOrderBy
from .automation_run_outputs_type_0 import AutomationRunOutputsType0
from .automation_run_rerun import AutomationRunRerun
from .automation_run_rerun_inputs import AutomationRunRerunInputs
from .automation_run_rerun_secret_settings import AutomationRunRerunSecretSettings
from .automation_run_rerun_settings import AutomationRunRerunSettings
from .automation_run_settings_type_0 import AutomationRunSettingsType0
from .automation_run_state import AutomationRunState
from .automation_run_status import AutomationRunStatus
from .automation_run_update import AutomationRunUpdate
from .automation_run_update_inputs import AutomationRunUpdateInputs
from .automation_run_update_settings import AutomationRunUpdateSettings
from .automation_secret_settings_type_0 import AutomationSecretSettingsType0
from .automation_update import AutomationUpdate
from .automation_update_secret_settings import AutomationUpdateSecretSettings
from .automation_upload import AutomationUpload
from .automation_upload_complete import AutomationUploadComplete
from .automation_upload_create import AutomationUploadCreate
from .automation_upload_part_report import AutomationUploadPartReport
from .automation_upload_part_response import AutomationUploadPartResponse
from .automation_upload_part_response_headers import AutomationUploadPartResponseHeaders
from .automation_upload_part_url import AutomationUploadPartUrl
from .automation_upload_part_url_headers import AutomationUploadPartUrlHeaders
from .automation_upload_report_rule import AutomationUploadReportRule
from .batch_by import BatchBy
from .batch_group import BatchGroup
from .batch_group_fields import BatchGroupFields
from .batch_type import BatchType
from .billing_breakdown import BillingBreakdown
from .billing_group import BillingGroup
from .billing_group_list import BillingGroupList
from .billing_index import BillingIndex
from .bulk_file_ids import BulkFileIds
from .bulk_file_record import BulkFileRecord
from .bulk_file_response import BulkFileResponse
from .bulk_file_update import BulkFileUpdate
from .bulk_file_update_item import BulkFileUpdateItem
from .cost import Cost
from .dataset import Dataset
from .dataset_list import DatasetList
from .dataset_member_create import DatasetMemberCreate
from .dataset_update import DatasetUpdate
from .division import Division
from .division_list import DivisionList
from .division_role import DivisionRole
from .download_info import DownloadInfo
from .egress_breakdown import EgressBreakdown
from .egress_breakdown_list import EgressBreakdownList
from .endpoints import Endpoints
from .error import Error
from .execution_details import ExecutionDetails
from .execution_status import ExecutionStatus
from .feedback_create import FeedbackCreate
from .feedback_type import FeedbackType
from .file_copy_action import FileCopyAction
from .file_copy_action_result import FileCopyActionResult
from .file_copy_outcome import FileCopyOutcome
from .file_copy_request import FileCopyRequest
from .file_create import FileCreate
from .file_list import FileList
from .file_move_request import FileMoveRequest
from .file_object import FileObject
from .file_origin import FileOrigin
from .file_search_request import FileSearchRequest
from .file_search_result import FileSearchResult
from .file_storage import FileStorage
from .file_storage_type import FileStorageType
from .file_type import FileType
from .file_update import FileUpdate
from .instance_limit import InstanceLimit
from .intermediate_files import IntermediateFiles
from .invoice import Invoice
from .invoice_list import InvoiceList
from .invoice_period import InvoicePeriod
from .link import Link
from .marker import Marker
from .marker_create import MarkerCreate
from .marker_list import MarkerList
from .marker_position import MarkerPosition
from .marker_update import MarkerUpdate
from .measurement import Measurement
from .member import Member
from .member_create import MemberCreate
from .member_list import MemberList
from .member_type import MemberType
from .metadata import Metadata
from .permissions import Permissions
from .price import Price
from .price_breakdown import PriceBreakdown
from .project import Project
from .project_breakdown import ProjectBreakdown
from .project_category import ProjectCategory
from .project_create import ProjectCreate
from .project_list import ProjectList
from .project_settings import ProjectSettings
from .project_update import ProjectUpdate
from .rate import Rate
from .rate_limit import RateLimit
from .secondary_file import SecondaryFile
from .storage_breakdown import StorageBreakdown
from .storage_breakdown_list import StorageBreakdownList
from .task import Task
from .task_action import TaskAction
from .task_breakdown import TaskBreakdown
from .task_bulk_get import TaskBulkGet
from .task_bulk_record import TaskBulkRecord
from .task_bulk_response import TaskBulkResponse
from .task_create import TaskCreate
from .task_execution_settings import TaskExecutionSettings
from .task_inputs import TaskInputs
from .task_job import TaskJob
from .task_job_disk import TaskJobDisk
from .task_job_docker import TaskJobDocker
from .task_job_instance import TaskJobInstance
from .task_job_logs import TaskJobLogs
from .task_job_status import TaskJobStatus
from .task_list import TaskList
from .task_order_by import TaskOrderBy
from .task_output_location import TaskOutputLocation
from .task_outputs import TaskOutputs
from .task_sort_order import TaskSortOrder
from .task_status import TaskStatus
from .task_update import TaskUpdate
from .task_validation_message import TaskValidationMessage
from .team import Team
from .team_create import TeamCreate
from .team_list import TeamList
from .team_member import TeamMember
from .team_member_create import TeamMemberCreate
from .team_member_list import TeamMemberList
from .team_update import TeamUpdate
from .upload import Upload
from .upload_complete import UploadComplete
from .upload_create import UploadCreate
from .upload_list import UploadList
from .upload_part import UploadPart
from .upload_part_report import UploadPartReport
from .upload_part_response import UploadPartResponse
from .upload_part_response_headers import UploadPartResponseHeaders
from .upload_part_url import UploadPartUrl
from .upload_part_url_headers import UploadPartUrlHeaders
from .user import User
from .user_list import UserList

__all__ = (
    "AnalysisBreakdown",
    "AnalysisBreakdownList",
    "AnalysisCost",
    "AnalysisCostBreakdown",
    "App",
    "AppCopy",
    "AppCopyStrategy",
    "AppList",
    "AppRaw",
    "AppVisibility",
    "AsyncFileCopyCreate",
    "AsyncFileCopyItem",
    "AsyncFileDeleteCreate",
    "AsyncFileDeleteItem",
    "AsyncJob",
    "AsyncJobStatus",
    "AsyncJobType",
    "Automation",
    "AutomationCodePackageFile",
    "AutomationCreate",
    "AutomationCreateSecretSettings",
    "AutomationList",
    "AutomationMember",
    "AutomationMemberCreate",
    "AutomationMemberList",
    "AutomationMemberType",
    "AutomationMemberUpdate",
    "AutomationPackage",
    "AutomationPackageCreate",
    "AutomationPackageCreateSchema",
    "AutomationPackageList",
    "AutomationPackageSchemaType0",
    "AutomationPackageUpdate",
    "AutomationRun",
    "AutomationRunAction",
    "AutomationRunCreate",
    "AutomationRunCreateInputs",
    "AutomationRunCreateSecretSettings",
    "AutomationRunCreateSettings",
    "AutomationRunExecutionDetailsType0",
    "AutomationRunInputsType0",
    "AutomationRunList",
    "AutomationRunOrder",
    "AutomationRunOrderBy",
    "AutomationRunOutputsType0",
    "AutomationRunRerun",
    "AutomationRunRerunInputs",
    "AutomationRunRerunSecretSettings",
    "AutomationRunRerunSettings",
    "AutomationRunSettingsType0",
    "AutomationRunState",
    "AutomationRunStatus",
    "AutomationRunUpdate",
    "AutomationRunUpdateInputs",
    "AutomationRunUpdateSettings",
    "AutomationSecretSettingsType0",
    "AutomationUpdate",
    "AutomationUpdateSecretSettings",
    "AutomationUpload",
    "AutomationUploadComplete",
    "AutomationUploadCreate",
    "AutomationUploadPartReport",
    "AutomationUploadPartResponse",
    "AutomationUploadPartResponseHeaders",
    "AutomationUploadPartUrl",
    "AutomationUploadPartUrlHeaders",
    "AutomationUploadReportRule",
    "BatchBy",
    "BatchGroup",
    "BatchGroupFields",
    "BatchType",
    "BillingBreakdown",
    "BillingGroup",
    "BillingGroupList",
    "BillingIndex",
    "BulkFileIds",
    "BulkFileRecord",
    "BulkFileResponse",
    "BulkFileUpdate",
    "BulkFileUpdateItem",
    "Cost",
    "Dataset",
    "DatasetList",
    "DatasetMemberCreate",
    "DatasetUpdate",
    "Division",
    "DivisionList",
    "DivisionRole",
    "DownloadInfo",
    "EgressBreakdown",
    "EgressBreakdownList",
    "Endpoints",
    "Error",
    "ExecutionDetails",
    "ExecutionStatus",
    "FeedbackCreate",
    "FeedbackType",
    "FileCopyAction",
    "FileCopyActionResult",
    "FileCopyOutcome",
    "FileCopyRequest",
    "FileCreate",
    "FileList",
    "FileMoveRequest",
    "FileObject",
    "FileOrigin",
    "FileSearchRequest",
    "FileSearchResult",
    "FileStorage",
    "FileStorageType",
    "FileType",
    "FileUpdate",
    "InstanceLimit",
    "IntermediateFiles",
    "Invoice",
    "InvoiceList",
    "InvoicePeriod",
    "Link",
    "Marker",
    "MarkerCreate",
    "MarkerList",
    "MarkerPosition",
    "MarkerUpdate",
    "Measurement",
    "Member",
    "MemberCreate",
    "MemberList",
    "MemberType",
    "Metadata",
    "Permissions",
    "Price",
    "PriceBreakdown",
    "Project",
    "ProjectBreakdown",
    "ProjectCategory",
    "ProjectCreate",
    "ProjectList",
    "ProjectSettings",
    "ProjectUpdate",
    "Rate",
    "RateLimit",
    "SecondaryFile",
    "StorageBreakdown",
    "StorageBreakdownList",
    "Task",
    "TaskAction",
    "TaskBreakdown",
    "TaskBulkGet",
    "TaskBulkRecord",
    "TaskBulkResponse",
    "TaskCreate",
    "TaskExecutionSettings",
    "TaskInputs",
    "TaskJob",
    "TaskJobDisk",
    "TaskJobDocker",
    "TaskJobInstance",
    "TaskJobLogs",
    "TaskJobStatus",
    "TaskList",
    "TaskOrderBy",
    "TaskOutputLocation",
    "TaskOutputs",
    "TaskSortOrder",
    "TaskStatus",
    "TaskUpdate",
    "TaskValidationMessage",
    "Team",
    "TeamCreate",
    "TeamList",
    "TeamMember",
    "TeamMemberCreate",
    "TeamMemberList",
    "TeamUpdate",
    "Upload",
    "UploadComplete",
    "UploadCreate",
    "UploadList",
    "UploadPart",
    "UploadPartReport",
    "UploadPartResponse",
    "UploadPartResponseHeaders",
    "UploadPartUrl",
    "UploadPartUrlHeaders",
    "User",
    "UserList",
)
