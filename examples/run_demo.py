"""`make demo`: start the emulator, run the examples against it through the environment (the
quickstart, then the tasks and volumes walkthroughs), stop it.

The examples themselves know nothing of the emulator's process: they read SB_API_ENDPOINT and
SB_AUTH_TOKEN, exactly as scripts for the real Platform would.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Run in this order; the demo stops at the first that fails.
EXAMPLES = ("quickstart.py", "tasks.py", "volumes.py")


def main() -> int:
    emulator = subprocess.Popen(
        [sys.executable, "-m", "sevenbridges_emulator", "--host", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert emulator.stdout is not None
        # SB_API_ENDPOINT=<url> then SB_AUTH_TOKEN=<token>
        url = emulator.stdout.readline().strip().partition("=")[2]
        token = emulator.stdout.readline().strip().partition("=")[2]
        if not url.startswith("http://127.0.0.1:"):
            print(f"The emulator did not start (first line: {url!r})", file=sys.stderr)
            return 1
        print(f"Emulator at {url}\n")
        env = {**os.environ, "SB_API_ENDPOINT": url, "SB_AUTH_TOKEN": token}
        for example in EXAMPLES:
            print(f"\n######## examples/{example}")
            status = subprocess.call([sys.executable, str(HERE / example)], env=env)
            if status != 0:
                print(f"examples/{example} failed with exit status {status}", file=sys.stderr)
                return status
        return 0
    finally:
        emulator.terminate()
        try:
            emulator.wait(timeout=10)
        except subprocess.TimeoutExpired:
            emulator.kill()
            emulator.wait()


if __name__ == "__main__":
    sys.exit(main())
