"""`python -m sevenbridges_emulator` / `sbg-emulator`: serve until SIGINT or SIGTERM.

The first line of stdout carries the API base URL and the second the token, each labelled with
the environment variable a client reads it from:

    SB_API_ENDPOINT=http://127.0.0.1:PORT/v2
    SB_AUTH_TOKEN=<token>

so a person can paste them after `export` and a parent process can take what follows the first
`=` of each line and go.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from .emulator import Emulator
from .faults import DEFAULT_RATE_LIMIT, DEFAULT_RATE_WINDOW, Faults


def _version() -> str:
    try:
        return importlib.metadata.version("sevenbridges-openapi")
    except importlib.metadata.PackageNotFoundError:  # run from a source tree, not installed
        return "(not installed)"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="sbg-emulator",
        description="A local emulator of the Seven Bridges public API v2. Prints "
        "SB_API_ENDPOINT=<url> and SB_AUTH_TOKEN=<token> on its first two lines, then serves "
        "until interrupted.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument(
        "--port", type=int, default=0, help="port to listen on; 0 means any free port"
    )
    parser.add_argument(
        "--token", default=None, help="the main user's API token; None means a random one"
    )
    parser.add_argument("--username", default="john_doe", help="the main user's username")
    parser.add_argument(
        "--rate-limit", type=int, default=DEFAULT_RATE_LIMIT, help="requests per window"
    )
    parser.add_argument(
        "--rate-window",
        type=float,
        default=DEFAULT_RATE_WINDOW,
        help="rate-limit window in seconds",
    )
    parser.add_argument(
        "--maintenance-seconds",
        type=float,
        default=None,
        help="start in maintenance mode for this many seconds; None means not in maintenance",
    )
    parser.add_argument(
        "--error-rate", type=float, default=0.0, help="probability of a 500 per request"
    )
    parser.add_argument(
        "--drop-rate", type=float, default=0.0, help="probability of a dropped connection"
    )
    parser.add_argument(
        "--latency-ms", type=float, default=0.0, help="delay added before every response"
    )
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        faults = Faults(
            rate_limit=args.rate_limit,
            rate_window=args.rate_window,
            maintenance_seconds=args.maintenance_seconds,
            error_rate=args.error_rate,
            drop_rate=args.drop_rate,
            latency_ms=args.latency_ms,
        )
    except ValueError as error:
        print(f"sbg-emulator: {error}", file=sys.stderr)
        return 2

    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)

    emulator = Emulator(
        host=args.host,
        port=args.port,
        token=args.token,
        username=args.username,
        faults=faults,
        log_requests=args.verbose,
    )
    try:
        emulator.start()
    except OSError as error:
        print(f"sbg-emulator: cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr)
        return 1
    try:
        print(f"SB_API_ENDPOINT={emulator.url}", flush=True)
        print(f"SB_AUTH_TOKEN={emulator.token}", flush=True)
        while not stop.wait(0.5):
            pass
    finally:
        emulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
