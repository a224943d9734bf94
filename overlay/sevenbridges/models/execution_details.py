"""The compatible client's module path of ``ExecutionDetails`` (defined with tasks)."""

from .task import ExecutionDetails

__all__ = ["ExecutionDetails"]
