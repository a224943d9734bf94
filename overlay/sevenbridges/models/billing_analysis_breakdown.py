"""The compatible client's module path of analysis breakdowns (defined with billing groups)."""

from .billing_group import BillingGroupAnalysisBreakdown

__all__ = ["BillingGroupAnalysisBreakdown"]
