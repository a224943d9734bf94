"""The compatible client's module path of ``TeamMember`` (defined with teams)."""

from .team import TeamMember

__all__ = ["TeamMember"]
