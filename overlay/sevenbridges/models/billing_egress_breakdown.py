"""The compatible client's module path of egress breakdowns (defined with billing groups)."""

from .billing_group import BillingGroupEgressBreakdown

__all__ = ["BillingGroupEgressBreakdown"]
