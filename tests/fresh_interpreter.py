"""Running a snippet in a new interpreter, for checks of what gets imported (which depends on what
the interpreter running the tests has already imported)."""

from __future__ import annotations

import json
import subprocess
import sys


def fresh(code: str) -> object:
    """Run ``code`` in a new interpreter; it sets ``result``, which comes back through JSON."""
    program = f"import json, sys\n{code}\nprint(json.dumps(result))"
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])
