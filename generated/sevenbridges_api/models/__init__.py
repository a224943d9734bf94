"""Contains all the data models used in inputs/outputs

Each model's module is imported the first time its name is read (PEP 562),
so importing one model or endpoint does not import every model.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    from .automation_run_execution_details_type_0 import (
        AutomationRunExecutionDetailsType0,
    )
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
    from .automation_upload_part_response_headers import (
        AutomationUploadPartResponseHeaders,
    )
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
else:
    # Run time: a name's module is imported when the name is first read (PEP 562), then cached.
    import importlib

    _MODULE_OF_NAME = {
        "AccessKeyCredentialsCreate": "access_key_credentials_create",
        "AnalysisBreakdown": "analysis_breakdown",
        "AnalysisBreakdownList": "analysis_breakdown_list",
        "AnalysisCost": "analysis_cost",
        "AnalysisCostBreakdown": "analysis_cost_breakdown",
        "App": "app",
        "AppCopy": "app_copy",
        "AppCopyStrategy": "app_copy_strategy",
        "AppList": "app_list",
        "AppRaw": "app_raw",
        "AppVisibility": "app_visibility",
        "AsyncFileCopyCreate": "async_file_copy_create",
        "AsyncFileCopyItem": "async_file_copy_item",
        "AsyncFileDeleteCreate": "async_file_delete_create",
        "AsyncFileDeleteItem": "async_file_delete_item",
        "AsyncJob": "async_job",
        "AsyncJobList": "async_job_list",
        "AsyncJobStatus": "async_job_status",
        "AsyncJobType": "async_job_type",
        "Automation": "automation",
        "AutomationCodePackageFile": "automation_code_package_file",
        "AutomationCreate": "automation_create",
        "AutomationCreateSecretSettings": "automation_create_secret_settings",
        "AutomationList": "automation_list",
        "AutomationMember": "automation_member",
        "AutomationMemberCreate": "automation_member_create",
        "AutomationMemberList": "automation_member_list",
        "AutomationMemberType": "automation_member_type",
        "AutomationMemberUpdate": "automation_member_update",
        "AutomationPackage": "automation_package",
        "AutomationPackageCreate": "automation_package_create",
        "AutomationPackageCreateSchema": "automation_package_create_schema",
        "AutomationPackageList": "automation_package_list",
        "AutomationPackageSchemaType0": "automation_package_schema_type_0",
        "AutomationPackageUpdate": "automation_package_update",
        "AutomationRun": "automation_run",
        "AutomationRunAction": "automation_run_action",
        "AutomationRunCreate": "automation_run_create",
        "AutomationRunCreateInputs": "automation_run_create_inputs",
        "AutomationRunCreateSecretSettings": "automation_run_create_secret_settings",
        "AutomationRunCreateSettings": "automation_run_create_settings",
        "AutomationRunExecutionDetailsType0": "automation_run_execution_details_type_0",
        "AutomationRunInputsType0": "automation_run_inputs_type_0",
        "AutomationRunList": "automation_run_list",
        "AutomationRunOrder": "automation_run_order",
        "AutomationRunOrderBy": "automation_run_order_by",
        "AutomationRunOutputsType0": "automation_run_outputs_type_0",
        "AutomationRunRerun": "automation_run_rerun",
        "AutomationRunRerunInputs": "automation_run_rerun_inputs",
        "AutomationRunRerunSecretSettings": "automation_run_rerun_secret_settings",
        "AutomationRunRerunSettings": "automation_run_rerun_settings",
        "AutomationRunSettingsType0": "automation_run_settings_type_0",
        "AutomationRunState": "automation_run_state",
        "AutomationRunStatus": "automation_run_status",
        "AutomationRunUpdate": "automation_run_update",
        "AutomationRunUpdateInputs": "automation_run_update_inputs",
        "AutomationRunUpdateSettings": "automation_run_update_settings",
        "AutomationSecretSettingsType0": "automation_secret_settings_type_0",
        "AutomationUpdate": "automation_update",
        "AutomationUpdateSecretSettings": "automation_update_secret_settings",
        "AutomationUpload": "automation_upload",
        "AutomationUploadComplete": "automation_upload_complete",
        "AutomationUploadCreate": "automation_upload_create",
        "AutomationUploadPartReport": "automation_upload_part_report",
        "AutomationUploadPartResponse": "automation_upload_part_response",
        "AutomationUploadPartResponseHeaders": "automation_upload_part_response_headers",
        "AutomationUploadPartUrl": "automation_upload_part_url",
        "AutomationUploadPartUrlHeaders": "automation_upload_part_url_headers",
        "AutomationUploadReportRule": "automation_upload_report_rule",
        "AzureCredentialsCreate": "azure_credentials_create",
        "AzureVolumeServiceCreate": "azure_volume_service_create",
        "AzureVolumeServiceCreateType": "azure_volume_service_create_type",
        "BatchBy": "batch_by",
        "BatchGroup": "batch_group",
        "BatchGroupFields": "batch_group_fields",
        "BatchType": "batch_type",
        "BillingBreakdown": "billing_breakdown",
        "BillingGroup": "billing_group",
        "BillingGroupList": "billing_group_list",
        "BillingIndex": "billing_index",
        "BulkFileIds": "bulk_file_ids",
        "BulkFileRecord": "bulk_file_record",
        "BulkFileResponse": "bulk_file_response",
        "BulkFileUpdate": "bulk_file_update",
        "BulkFileUpdateItem": "bulk_file_update_item",
        "Cost": "cost",
        "Dataset": "dataset",
        "DatasetList": "dataset_list",
        "DatasetMemberCreate": "dataset_member_create",
        "DatasetUpdate": "dataset_update",
        "Division": "division",
        "DivisionList": "division_list",
        "DivisionRole": "division_role",
        "DownloadInfo": "download_info",
        "DrsConflictResolution": "drs_conflict_resolution",
        "DrsImport": "drs_import",
        "DrsImportBulkCreate": "drs_import_bulk_create",
        "DrsImportItemCreate": "drs_import_item_create",
        "DrsImportItemCreateMetadata": "drs_import_item_create_metadata",
        "DrsImportResult": "drs_import_result",
        "DrsImportState": "drs_import_state",
        "EgressBreakdown": "egress_breakdown",
        "EgressBreakdownList": "egress_breakdown_list",
        "Endpoints": "endpoints",
        "Error": "error",
        "ExecutionDetails": "execution_details",
        "ExecutionStatus": "execution_status",
        "Export": "export",
        "ExportBulkCreate": "export_bulk_create",
        "ExportBulkGet": "export_bulk_get",
        "ExportBulkRecord": "export_bulk_record",
        "ExportBulkResponse": "export_bulk_response",
        "ExportCreate": "export_create",
        "ExportList": "export_list",
        "ExportSource": "export_source",
        "FeedbackCreate": "feedback_create",
        "FeedbackType": "feedback_type",
        "FileCopyAction": "file_copy_action",
        "FileCopyActionResult": "file_copy_action_result",
        "FileCopyOutcome": "file_copy_outcome",
        "FileCopyRequest": "file_copy_request",
        "FileCreate": "file_create",
        "FileList": "file_list",
        "FileMoveRequest": "file_move_request",
        "FileObject": "file_object",
        "FileOrigin": "file_origin",
        "FileSearchRequest": "file_search_request",
        "FileSearchResult": "file_search_result",
        "FileStorage": "file_storage",
        "FileStorageType": "file_storage_type",
        "FileType": "file_type",
        "FileUpdate": "file_update",
        "GcsCredentialsCreate": "gcs_credentials_create",
        "GcsCredentialsCreateConfiguration": "gcs_credentials_create_configuration",
        "GcsVolumeServiceCreate": "gcs_volume_service_create",
        "GcsVolumeServiceCreateType": "gcs_volume_service_create_type",
        "Import": "import_",
        "ImportBulkCreate": "import_bulk_create",
        "ImportBulkGet": "import_bulk_get",
        "ImportBulkRecord": "import_bulk_record",
        "ImportBulkResponse": "import_bulk_response",
        "ImportCreate": "import_create",
        "ImportDestination": "import_destination",
        "ImportExportState": "import_export_state",
        "ImportList": "import_list",
        "InstanceLimit": "instance_limit",
        "IntermediateFiles": "intermediate_files",
        "Invoice": "invoice",
        "InvoiceList": "invoice_list",
        "InvoicePeriod": "invoice_period",
        "Link": "link",
        "Marker": "marker",
        "MarkerCreate": "marker_create",
        "MarkerList": "marker_list",
        "MarkerPosition": "marker_position",
        "MarkerUpdate": "marker_update",
        "Measurement": "measurement",
        "Member": "member",
        "MemberCreate": "member_create",
        "MemberList": "member_list",
        "MemberType": "member_type",
        "Metadata": "metadata",
        "OssVolumeServiceCreate": "oss_volume_service_create",
        "OssVolumeServiceCreateType": "oss_volume_service_create_type",
        "OtherVolumeServiceCreate": "other_volume_service_create",
        "Permissions": "permissions",
        "Price": "price",
        "PriceBreakdown": "price_breakdown",
        "Project": "project",
        "ProjectBreakdown": "project_breakdown",
        "ProjectCategory": "project_category",
        "ProjectCreate": "project_create",
        "ProjectList": "project_list",
        "ProjectSettings": "project_settings",
        "ProjectUpdate": "project_update",
        "Rate": "rate",
        "RateLimit": "rate_limit",
        "RoleCredentialsCreate": "role_credentials_create",
        "S3VolumeServiceCreate": "s3_volume_service_create",
        "S3VolumeServiceCreateType": "s3_volume_service_create_type",
        "SecondaryFile": "secondary_file",
        "StorageBreakdown": "storage_breakdown",
        "StorageBreakdownList": "storage_breakdown_list",
        "Task": "task",
        "TaskAction": "task_action",
        "TaskBreakdown": "task_breakdown",
        "TaskBulkGet": "task_bulk_get",
        "TaskBulkRecord": "task_bulk_record",
        "TaskBulkResponse": "task_bulk_response",
        "TaskCreate": "task_create",
        "TaskExecutionSettings": "task_execution_settings",
        "TaskInputs": "task_inputs",
        "TaskJob": "task_job",
        "TaskJobDisk": "task_job_disk",
        "TaskJobDocker": "task_job_docker",
        "TaskJobInstance": "task_job_instance",
        "TaskJobLogs": "task_job_logs",
        "TaskJobStatus": "task_job_status",
        "TaskList": "task_list",
        "TaskOrderBy": "task_order_by",
        "TaskOutputLocation": "task_output_location",
        "TaskOutputs": "task_outputs",
        "TaskSortOrder": "task_sort_order",
        "TaskStatus": "task_status",
        "TaskUpdate": "task_update",
        "TaskValidationMessage": "task_validation_message",
        "Team": "team",
        "TeamCreate": "team_create",
        "TeamList": "team_list",
        "TeamMember": "team_member",
        "TeamMemberCreate": "team_member_create",
        "TeamMemberList": "team_member_list",
        "TeamUpdate": "team_update",
        "Upload": "upload",
        "UploadComplete": "upload_complete",
        "UploadCreate": "upload_create",
        "UploadList": "upload_list",
        "UploadPart": "upload_part",
        "UploadPartReport": "upload_part_report",
        "UploadPartResponse": "upload_part_response",
        "UploadPartResponseHeaders": "upload_part_response_headers",
        "UploadPartUrl": "upload_part_url",
        "UploadPartUrlHeaders": "upload_part_url_headers",
        "User": "user",
        "UserList": "user_list",
        "Volume": "volume",
        "VolumeAccessMode": "volume_access_mode",
        "VolumeContentList": "volume_content_list",
        "VolumeCreate": "volume_create",
        "VolumeCredentials": "volume_credentials",
        "VolumeFile": "volume_file",
        "VolumeLink": "volume_link",
        "VolumeList": "volume_list",
        "VolumeMember": "volume_member",
        "VolumeMemberCreate": "volume_member_create",
        "VolumeMemberList": "volume_member_list",
        "VolumeObject": "volume_object",
        "VolumeObjectMetadata": "volume_object_metadata",
        "VolumePermissions": "volume_permissions",
        "VolumePrefix": "volume_prefix",
        "VolumeProperties": "volume_properties",
        "VolumeService": "volume_service",
        "VolumeServiceType": "volume_service_type",
        "VolumeServiceUpdate": "volume_service_update",
        "VolumeServiceUpdateCredentials": "volume_service_update_credentials",
        "VolumeUpdate": "volume_update",
    }

    def __getattr__(name: str) -> object:
        module = _MODULE_OF_NAME.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *_MODULE_OF_NAME})


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
