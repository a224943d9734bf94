"""A part's retry budget counts failures only: renewing an expired URL and an attempt that kept
bytes are free; the same failures without progress spend it. A scripted storage server (a real
HTTP server on loopback) answers each ranged GET as the test says, so the outcomes are exact."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sevenbridges.errors import TransferError
from sevenbridges.transfer import Download

DATA = bytes(range(256)) * 1024  # 256 KiB: one part


class ScriptedStorage:
    """Serves ``DATA``; each ranged GET (size probes aside) takes the next step of ``script``:
    ``"ok"``, ``"expired"`` (403), ``"error"`` (500) or ``"cut:N"`` (N bytes, then hang up);
    after the script, every GET is ``"ok"`` unless ``then`` says otherwise."""

    def __init__(self, script: list[str], then: str = "ok") -> None:
        self.script = list(script)
        self.then = then
        self.gets: list[str] = []
        self._lock = threading.Lock()
        storage = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                first, last = (int(x) for x in self.headers["Range"][6:].split("-"))
                if (first, last) == (0, 0):  # the size probe
                    return self._answer(206, DATA[:1], 0, 0)
                with storage._lock:
                    step = storage.script.pop(0) if storage.script else storage.then
                    storage.gets.append(step)
                if step == "expired":
                    return self._answer(403, b"Request has expired")
                if step == "error":
                    return self._answer(500, b"try again")
                body = DATA[first : last + 1]
                if step.startswith("cut:"):
                    self.send_response(206)
                    self.send_header("Content-Range", f"bytes {first}-{last}/{len(DATA)}")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body[: int(step[4:])])
                    self.wfile.flush()
                    self.close_connection = True
                    return None
                return self._answer(206, body, first, last)

            def _answer(self, status: int, body: bytes, first: int = 0, last: int = 0) -> None:
                self.send_response(status)
                if status == 206:
                    self.send_header("Content-Range", f"bytes {first}-{last}/{len(DATA)}")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.renewals = 0

    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/object?sig={self.renewals}"

    def renew(self) -> str:
        self.renewals += 1
        return self.url()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def scripted() -> Iterator[list[ScriptedStorage]]:
    made: list[ScriptedStorage] = []
    yield made
    for storage in made:
        storage.close()


def download(storage: ScriptedStorage, target: Path, retry: int) -> Download:
    handle = Download(
        storage.url(), target, retry_count=retry, refresh_url=storage.renew, workers=1
    )
    handle.start()
    handle.wait()
    return handle


def test_renewals_and_attempts_that_made_progress_are_not_counted(
    scripted: list[ScriptedStorage], tmp_path: Path
) -> None:
    storage = ScriptedStorage(
        ["expired", "cut:1000", "expired", "cut:50000", "cut:7", "expired", "ok"]
    )
    scripted.append(storage)
    handle = download(storage, tmp_path / "out.bin", retry=0)
    assert handle.error is None
    assert (tmp_path / "out.bin").read_bytes() == DATA
    assert storage.renewals == 3
    assert storage.gets == ["expired", "cut:1000", "expired", "cut:50000", "cut:7", "expired", "ok"]


def test_a_url_that_expires_again_at_once_counts_as_a_failure(
    scripted: list[ScriptedStorage], tmp_path: Path
) -> None:
    storage = ScriptedStorage([], then="expired")
    scripted.append(storage)
    handle = download(storage, tmp_path / "out.bin", retry=2)
    assert isinstance(handle.error, TransferError)
    assert "3 failed attempts" in str(handle.error)
    # One free renewal, then each expiry in a row is a failure: 1 + 3 attempts; the last one
    # ends the download, so no fourth renewal.
    assert storage.gets == ["expired"] * 4
    assert storage.renewals == 3
    assert not (tmp_path / "out.bin").exists()


@pytest.mark.parametrize(("retry", "succeeds"), [(1, False), (2, True)])
def test_failures_without_progress_spend_the_budget(
    scripted: list[ScriptedStorage], tmp_path: Path, retry: int, succeeds: bool
) -> None:
    storage = ScriptedStorage(["error", "cut:0"])  # a 500, then a hang-up before any byte
    scripted.append(storage)
    handle = download(storage, tmp_path / "out.bin", retry=retry)
    assert (handle.error is None) is succeeds
    assert storage.gets == ["error", "cut:0", "ok"][: retry + 1]
    if succeeds:
        assert (tmp_path / "out.bin").read_bytes() == DATA
    else:
        assert "failed after 2 failed attempts" in str(handle.error)
