"""Contains all the data models used in inputs/outputs"""

from .access_key_credentials_create import AccessKeyCredentialsCreate
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
from .async_job_list import AsyncJobList
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
from .azure_credentials_create import AzureCredentialsCreate
from .azure_volume_service_create import AzureVolumeServiceCreate
from .azure_volume_service_create_type import AzureVolumeServiceCreateType
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
from .drs_conflict_resolution import DrsConflictResolution
from .drs_import import DrsImport
from .drs_import_bulk_create import DrsImportBulkCreate
from .drs_import_item_create import DrsImportItemCreate
from .drs_import_item_create_metadata import DrsImportItemCreateMetadata
from .drs_import_result import DrsImportResult
from .drs_import_state import DrsImportState
from .egress_breakdown import EgressBreakdown
from .egress_breakdown_list import EgressBreakdownList
from .endpoints import Endpoints
from .error import Error
from .execution_details import ExecutionDetails
from .execution_status import ExecutionStatus
from .export import Export
from .export_bulk_create import ExportBulkCreate
from .export_bulk_get import ExportBulkGet
from .export_bulk_record import ExportBulkRecord
from .export_bulk_response import ExportBulkResponse
from .export_create import ExportCreate
from .export_list import ExportList
from .export_source import ExportSource
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
from .gcs_credentials_create import GcsCredentialsCreate
from .gcs_credentials_create_configuration import GcsCredentialsCreateConfiguration
from .gcs_volume_service_create import GcsVolumeServiceCreate
from .gcs_volume_service_create_type import GcsVolumeServiceCreateType
from .import_ import Import
from .import_bulk_create import ImportBulkCreate
from .import_bulk_get import ImportBulkGet
from .import_bulk_record import ImportBulkRecord
from .import_bulk_response import ImportBulkResponse
from .import_create import ImportCreate
from .import_destination import ImportDestination
from .import_export_state import ImportExportState
from .import_list import ImportList
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
from .oss_volume_service_create import OssVolumeServiceCreate
from .oss_volume_service_create_type import OssVolumeServiceCreateType
from .other_volume_service_create import OtherVolumeServiceCreate
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
from .role_credentials_create import RoleCredentialsCreate
from .s3_volume_service_create import S3VolumeServiceCreate
from .s3_volume_service_create_type import S3VolumeServiceCreateType
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
from .volume import Volume
from .volume_access_mode import VolumeAccessMode
from .volume_content_list import VolumeContentList
from .volume_create import VolumeCreate
from .volume_credentials import VolumeCredentials
from .volume_file import VolumeFile
from .volume_link import VolumeLink
from .volume_list import VolumeList
from .volume_member import VolumeMember
from .volume_member_create import VolumeMemberCreate
from .volume_member_list import VolumeMemberList
from .volume_object import VolumeObject
from .volume_object_metadata import VolumeObjectMetadata
from .volume_permissions import VolumePermissions
from .volume_prefix import VolumePrefix
from .volume_properties import VolumeProperties
from .volume_service import VolumeService
from .volume_service_type import VolumeServiceType
from .volume_service_update import VolumeServiceUpdate
from .volume_service_update_credentials import VolumeServiceUpdateCredentials
from .volume_update import VolumeUpdate

__all__ = (
    "AccessKeyCredentialsCreate",
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
    "AsyncJobList",
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
    "AzureCredentialsCreate",
    "AzureVolumeServiceCreate",
    "AzureVolumeServiceCreateType",
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
    "DrsConflictResolution",
    "DrsImport",
    "DrsImportBulkCreate",
    "DrsImportItemCreate",
    "DrsImportItemCreateMetadata",
    "DrsImportResult",
    "DrsImportState",
    "EgressBreakdown",
    "EgressBreakdownList",
    "Endpoints",
    "Error",
    "ExecutionDetails",
    "ExecutionStatus",
    "Export",
    "ExportBulkCreate",
    "ExportBulkGet",
    "ExportBulkRecord",
    "ExportBulkResponse",
    "ExportCreate",
    "ExportList",
    "ExportSource",
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
    "GcsCredentialsCreate",
    "GcsCredentialsCreateConfiguration",
    "GcsVolumeServiceCreate",
    "GcsVolumeServiceCreateType",
    "Import",
    "ImportBulkCreate",
    "ImportBulkGet",
    "ImportBulkRecord",
    "ImportBulkResponse",
    "ImportCreate",
    "ImportDestination",
    "ImportExportState",
    "ImportList",
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
    "OssVolumeServiceCreate",
    "OssVolumeServiceCreateType",
    "OtherVolumeServiceCreate",
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
    "RoleCredentialsCreate",
    "S3VolumeServiceCreate",
    "S3VolumeServiceCreateType",
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
    "Volume",
    "VolumeAccessMode",
    "VolumeContentList",
    "VolumeCreate",
    "VolumeCredentials",
    "VolumeFile",
    "VolumeLink",
    "VolumeList",
    "VolumeMember",
    "VolumeMemberCreate",
    "VolumeMemberList",
    "VolumeObject",
    "VolumeObjectMetadata",
    "VolumePermissions",
    "VolumePrefix",
    "VolumeProperties",
    "VolumeService",
    "VolumeServiceType",
    "VolumeServiceUpdate",
    "VolumeServiceUpdateCredentials",
    "VolumeUpdate",
)
