"""The compatible client's module path of storage breakdowns (defined with billing groups)."""

from .billing_group import BillingGroupStorageBreakdown

__all__ = ["BillingGroupStorageBreakdown"]
