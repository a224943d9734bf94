"""Contains all the data models used in inputs/outputs"""

from .analysis_breakdown import AnalysisBreakdown
from .analysis_breakdown_list import AnalysisBreakdownList
from .analysis_cost import AnalysisCost
from .analysis_cost_breakdown import AnalysisCostBreakdown
from .billing_breakdown import BillingBreakdown
from .billing_group import BillingGroup
from .billing_group_list import BillingGroupList
from .billing_index import BillingIndex
from .cost import Cost
from .division_role import DivisionRole
from .egress_breakdown import EgressBreakdown
from .egress_breakdown_list import EgressBreakdownList
from .endpoints import Endpoints
from .error import Error
from .instance_limit import InstanceLimit
from .intermediate_files import IntermediateFiles
from .invoice import Invoice
from .invoice_list import InvoiceList
from .invoice_period import InvoicePeriod
from .link import Link
from .measurement import Measurement
from .member import Member
from .member_create import MemberCreate
from .member_list import MemberList
from .member_type import MemberType
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
from .storage_breakdown import StorageBreakdown
from .storage_breakdown_list import StorageBreakdownList
from .task_breakdown import TaskBreakdown
from .user import User
from .user_list import UserList

__all__ = (
    "AnalysisBreakdown",
    "AnalysisBreakdownList",
    "AnalysisCost",
    "AnalysisCostBreakdown",
    "BillingBreakdown",
    "BillingGroup",
    "BillingGroupList",
    "BillingIndex",
    "Cost",
    "DivisionRole",
    "EgressBreakdown",
    "EgressBreakdownList",
    "Endpoints",
    "Error",
    "InstanceLimit",
    "IntermediateFiles",
    "Invoice",
    "InvoiceList",
    "InvoicePeriod",
    "Link",
    "Measurement",
    "Member",
    "MemberCreate",
    "MemberList",
    "MemberType",
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
    "StorageBreakdown",
    "StorageBreakdownList",
    "TaskBreakdown",
    "User",
    "UserList",
)
