"""The compatible client's module path of ``BulkRecord`` (defined with the bulk engine)."""

from ..meta.bulk import BulkRecord

__all__ = ["BulkRecord"]
