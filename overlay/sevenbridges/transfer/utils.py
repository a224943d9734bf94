"""The compatible client's module path of ``Part`` and ``Progress`` (defined in ``parts.py`` and ``progress.py``)."""

from .parts import Part
from .progress import Progress

__all__ = ["Part", "Progress"]
