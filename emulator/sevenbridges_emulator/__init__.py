"""A local emulator of the Seven Bridges public API v2, with fault injection.

`Emulator` runs it in-process (tests); `python -m sevenbridges_emulator` runs it as a program;
`Faults` configures rate limiting, maintenance, errors, dropped connections and latency.
"""

from .emulator import Emulator
from .faults import Faults

__all__ = ["Emulator", "Faults"]
