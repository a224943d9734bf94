"""A local emulator of the Seven Bridges public API v2, with fault injection.

`Emulator` runs it in-process (tests); `python -m sevenbridges_emulator` runs it as a program;
`Faults` configures rate limiting, maintenance, errors, dropped connections and latency.

Knobs for tests (in-process, or through `control.FaultControl` / `/_emulator/...` for a subprocess):

- `emu.fail_request("POST", "/bulk/files/delete", nth=2)`: exactly that request fails once (500 by
  default; `status=`, `drop=True` to hang up, `after_handling=True` to carry it out and lose only
  the answer). `faults.PlannedFailure`; `/_emulator/request-failures`.
- `emu.set_pace(reads_per_step=3)` / `set_pace(frozen=True)`: tasks, imports, exports, DRS imports
  and automation runs move one step per n reads of them, or not at all. `stores/pace.py`;
  `/_emulator/pace`.
- A task that completes writes its outputs as downloadable files of its project
  (`stores/tasks.py`); apps whose raw CWL holds `"sbg:emulatorOutcome": "FAILED"` fail instead.
"""

from .emulator import Emulator
from .faults import Faults

__all__ = ["Emulator", "Faults"]
