"""The storage server: signed URLs, part PUTs with MD5 ETags, GET/HEAD with ranges, the header log,
storage faults, and the storage directory's life cycle. Everything goes over real HTTP."""

from __future__ import annotations

import hashlib
import os
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sevenbridges_emulator import Emulator, Faults
from sevenbridges_emulator.control import FaultControl, FaultControlError
from sevenbridges_emulator.storage import Storage, parse_range
from sevenbridges_emulator.stores.uploads import choose_part_size, part_count

MIB = 1 << 20
DATA = bytes(range(256)) * 40  # 10,240 bytes


@pytest.fixture
def storage(emu: Emulator) -> Storage:
    return emu.state.storage


@pytest.fixture
def plain() -> Iterator[httpx.Client]:
    """A storage client: no API token, no base URL."""
    with httpx.Client(timeout=10) as client:
        yield client


def quoted_md5(data: bytes) -> str:
    return f'"{hashlib.md5(data).hexdigest()}"'


def xml_code(response: httpx.Response) -> str:
    text = response.text
    return text[text.index("<Code>") + 6 : text.index("</Code>")]


# -- blobs and downloads ------------------------------------------------------------------------


def test_blob_interface(storage: Storage) -> None:
    blob = storage.write_blob(DATA)
    assert storage.blob_size(blob) == len(DATA)
    with storage.open_blob(blob) as handle:
        assert handle.read() == DATA
    with pytest.raises(KeyError):
        storage.blob_size("0" * 32)
    with pytest.raises(KeyError):
        storage.open_blob("../../etc/passwd")
    with pytest.raises(KeyError):
        storage.download_url("f" * 32, "x.txt")


def test_plain_get_answers_200_with_content_length(storage: Storage, plain: httpx.Client) -> None:
    blob = storage.write_blob(DATA)
    url, expires = storage.download_url(blob, "reads 1.fastq")
    assert expires.tzinfo is not None and 3500 < expires.timestamp() - time.time() <= 3600
    response = plain.get(url)
    assert response.status_code == 200
    assert response.content == DATA
    assert response.headers["Content-Length"] == str(len(DATA))
    assert response.headers["Accept-Ranges"] == "bytes"
    assert response.headers["ETag"] == quoted_md5(DATA)
    assert response.headers["Content-Disposition"] == "attachment; filename*=UTF-8''reads%201.fastq"


@pytest.mark.parametrize(
    ("header", "first", "last"),
    [
        ("bytes=0-99", 0, 99),
        ("bytes=100-", 100, len(DATA) - 1),
        ("bytes=10000-99999", 10000, len(DATA) - 1),  # an end past the last byte is clamped
        ("bytes=-40", len(DATA) - 40, len(DATA) - 1),
        ("bytes=5-5", 5, 5),
    ],
)
def test_range_answers_206(
    storage: Storage, plain: httpx.Client, header: str, first: int, last: int
) -> None:
    url, _ = storage.download_url(storage.write_blob(DATA), "d.bin")
    response = plain.get(url, headers={"Range": header})
    assert response.status_code == 206
    assert response.content == DATA[first : last + 1]
    assert response.headers["Content-Range"] == f"bytes {first}-{last}/{len(DATA)}"
    assert response.headers["Content-Length"] == str(last - first + 1)


def test_range_past_the_end_is_416(storage: Storage, plain: httpx.Client) -> None:
    url, _ = storage.download_url(storage.write_blob(DATA), "d.bin")
    response = plain.get(url, headers={"Range": f"bytes={len(DATA)}-"})
    assert response.status_code == 416
    assert response.headers["Content-Range"] == f"bytes */{len(DATA)}"
    assert xml_code(response) == "InvalidRange"


def test_ignored_ranges_and_empty_blobs_answer_200(storage: Storage, plain: httpx.Client) -> None:
    url, _ = storage.download_url(storage.write_blob(DATA), "d.bin")
    for header in ("bytes=0-1,5-6", "items=0-5", "bytes=9-3"):
        response = plain.get(url, headers={"Range": header})
        assert response.status_code == 200 and response.content == DATA
    empty, _ = storage.download_url(storage.write_blob(b""), "empty.txt")
    response = plain.get(empty, headers={"Range": "bytes=0-"})
    assert response.status_code == 200
    assert response.content == b"" and response.headers["Content-Length"] == "0"


def test_parse_range_edges() -> None:
    assert parse_range(None, 10) is None
    assert parse_range("bytes=2-", 10) == (2, 9)
    assert parse_range("bytes=-100", 10) == (0, 9)
    assert parse_range("bytes=x-y", 10) is None


def test_head_gives_the_size(storage: Storage, plain: httpx.Client) -> None:
    url, _ = storage.download_url(storage.write_blob(DATA), "d.bin")
    response = plain.head(url)
    assert response.status_code == 200
    assert response.headers["Content-Length"] == str(len(DATA))
    assert response.content == b""
    ranged = plain.head(url, headers={"Range": "bytes=0-9"})
    assert ranged.status_code == 206 and ranged.headers["Content-Length"] == "10"


def test_large_download_is_served_whole(storage: Storage, plain: httpx.Client) -> None:
    data = os.urandom(3 * MIB + 7)
    url, _ = storage.download_url(storage.write_blob(data), "big.bin")
    digest = hashlib.sha256()
    with plain.stream("GET", url) as response:
        for chunk in response.iter_raw(MIB):
            digest.update(chunk)
    assert digest.hexdigest() == hashlib.sha256(data).hexdigest()


# -- part PUTs ----------------------------------------------------------------------------------


def test_part_put_answers_the_md5_etag(storage: Storage, plain: httpx.Client) -> None:
    key = storage.open_parts()
    url, _ = storage.part_url(key, 3)
    response = plain.put(url, content=DATA)
    assert response.status_code == 200
    assert response.headers["ETag"] == quoted_md5(DATA)
    stored = storage.stored_part(key, 3)
    assert stored is not None and stored.size == len(DATA) and stored.etag == quoted_md5(DATA)
    assert storage.stored_part(key, 1) is None
    again = plain.put(url, content=b"replaced")  # a part sent again replaces the first
    assert again.headers["ETag"] == quoted_md5(b"replaced")
    blob = storage.assemble(key, [3])
    with storage.open_blob(blob) as handle:
        assert handle.read() == b"replaced"


def test_chunked_part_put(storage: Storage, plain: httpx.Client) -> None:
    key = storage.open_parts()
    url, _ = storage.part_url(key, 1)

    def pieces() -> Iterator[bytes]:
        yield DATA[:1000]
        yield DATA[1000:]

    response = plain.put(url, content=pieces())  # no length: chunked transfer coding
    assert response.request.headers.get("Transfer-Encoding") == "chunked"
    assert response.status_code == 200 and response.headers["ETag"] == quoted_md5(DATA)


def test_part_put_streams_to_disk(storage: Storage, plain: httpx.Client) -> None:
    """A 48 MiB part goes through the server without the server holding it in memory."""
    key = storage.open_parts()
    url, _ = storage.part_url(key, 1)
    block = os.urandom(MIB)
    digest = hashlib.md5()
    for _ in range(48):
        digest.update(block)

    def body() -> Iterator[bytes]:
        for _ in range(48):
            yield block

    tracemalloc.start()
    try:
        response = plain.put(url, content=body(), headers={"Content-Length": str(48 * MIB)})
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert response.headers["ETag"] == f'"{digest.hexdigest()}"'
    assert peak < 12 * MIB, f"peak traced memory {peak / MIB:.1f} MiB"


def test_assemble_joins_parts_in_order(storage: Storage, plain: httpx.Client) -> None:
    key = storage.open_parts()
    for number, piece in ((1, b"alpha-"), (2, b"beta-"), (3, b"gamma")):
        plain.put(storage.part_url(key, number)[0], content=piece)
    blob = storage.assemble(key, [1, 2, 3])
    with storage.open_blob(blob) as handle:
        assert handle.read() == b"alpha-beta-gamma"
    etag = storage.blob_etag(blob)
    assert etag is not None and etag.endswith('-3"')  # an S3-style multipart ETag
    assert storage.stored_part(key, 1) is None


def test_discarded_parts_refuse_puts(storage: Storage, plain: httpx.Client) -> None:
    key = storage.open_parts()
    url, _ = storage.part_url(key, 1)
    storage.discard_parts(key)
    response = plain.put(url, content=DATA)
    assert response.status_code == 404
    assert xml_code(response) == "NoSuchUpload"
    assert plain.put(url, content=b"").status_code == 404  # the connection is still usable


# -- signatures ---------------------------------------------------------------------------------


def test_bad_signatures_are_403(storage: Storage, plain: httpx.Client) -> None:
    blob = storage.write_blob(DATA)
    url, _ = storage.download_url(blob, "d.bin")
    assert plain.get(url).status_code == 200
    tampered = url[:-4] + ("0000" if not url.endswith("0000") else "1111")
    other_blob = storage.write_blob(b"secret")
    variants = [
        tampered,
        url.split("?")[0],  # no signature at all
        url.replace(blob, other_blob),  # another blob with this blob's signature
        url.replace("d.bin", "e.bin"),  # the file name is signed too
    ]
    for variant in variants:
        response = plain.get(variant)
        assert response.status_code == 403, variant
        assert response.headers["Content-Type"] == "application/xml"
        assert xml_code(response) == "SignatureDoesNotMatch"
    # A GET URL does not allow a PUT, and a part URL does not allow a GET.
    assert plain.put(url, content=b"x").status_code == 403
    part_url, _ = storage.part_url(storage.open_parts(), 1)
    assert plain.get(part_url).status_code == 403
    assert plain.post(url, content=b"x").status_code == 405


def test_expired_urls_are_403(emu: Emulator, storage: Storage, plain: httpx.Client) -> None:
    emu.faults.url_ttl = 0.3
    url, expires = storage.download_url(storage.write_blob(DATA), "d.bin")
    part_url, _ = storage.part_url(storage.open_parts(), 1)
    assert expires.timestamp() - time.time() <= 0.3
    assert plain.get(url).status_code == 200
    time.sleep(0.4)
    for response in (plain.get(url), plain.put(part_url, content=DATA)):
        assert response.status_code == 403
        assert xml_code(response) == "AccessDenied"
        assert "<Message>Request has expired</Message>" in response.text


def test_urls_need_a_running_server() -> None:
    storage = Storage()
    blob = storage.write_blob(b"x")
    with pytest.raises(RuntimeError, match="not serving"):
        storage.download_url(blob, "x")
    storage.close()


# -- the header log -----------------------------------------------------------------------------


def test_header_log_records_every_request(storage: Storage, plain: httpx.Client) -> None:
    url, _ = storage.download_url(storage.write_blob(DATA), "d.bin")
    plain.get(url, headers={"X-Probe": "1"})
    plain.get(url + "tampered", headers={"Authorization": "Bearer leaked"})
    (method, path, headers), (_, _, second) = storage.header_log[-2:]
    assert method == "GET" and path.startswith("/blobs/") and "?" not in path
    assert headers["X-Probe"] == "1"
    assert second["Authorization"] == "Bearer leaked"  # a leak would be seen, even when refused


# -- faults -------------------------------------------------------------------------------------


def test_storage_error_rate(emu: Emulator, storage: Storage, plain: httpx.Client) -> None:
    url, _ = storage.download_url(storage.write_blob(DATA), "d.bin")
    key = storage.open_parts()
    part_url, _ = storage.part_url(key, 1)
    emu.faults.storage_error_rate = 1.0
    got, put = plain.get(url), plain.put(part_url, content=DATA)
    assert (got.status_code, put.status_code) == (500, 500)
    assert xml_code(got) == xml_code(put) == "InternalError"
    assert storage.stored_part(key, 1) is None
    emu.faults.storage_error_rate = 0.0
    assert plain.put(part_url, content=DATA).status_code == 200  # same connection, body drained
    assert plain.get(url).content == DATA


def test_storage_drop_rate_cuts_bodies(
    emu: Emulator, storage: Storage, plain: httpx.Client
) -> None:
    data = os.urandom(2 * MIB)
    url, _ = storage.download_url(storage.write_blob(data), "d.bin")
    key = storage.open_parts()
    part_url, _ = storage.part_url(key, 1)
    emu.faults.storage_drop_rate = 1.0
    with pytest.raises(httpx.TransportError):
        plain.get(url)
    with pytest.raises(httpx.TransportError):
        plain.put(part_url, content=data)
    assert storage.stored_part(key, 1) is None
    assert not list((storage.root / "parts" / key).iterdir())  # no half part left behind
    emu.faults.storage_drop_rate = 0.0
    assert plain.get(url).content == data


def test_storage_latency_and_bandwidth(
    emu: Emulator, storage: Storage, plain: httpx.Client
) -> None:
    data = os.urandom(100_000)
    url, _ = storage.download_url(storage.write_blob(data), "d.bin")
    plain.head(url)  # connect first
    emu.faults.storage_latency_ms = 200
    started = time.perf_counter()
    assert plain.head(url).status_code == 200
    assert time.perf_counter() - started >= 0.2
    emu.faults.storage_latency_ms = 0
    emu.faults.storage_bytes_per_second = 250_000
    started = time.perf_counter()
    assert plain.get(url).content == data
    assert time.perf_counter() - started >= 0.35
    started = time.perf_counter()
    response = plain.put(storage.part_url(storage.open_parts(), 1)[0], content=data)
    assert response.headers["ETag"] == quoted_md5(data)
    assert time.perf_counter() - started >= 0.35


def test_storage_faults_are_seeded(emu: Emulator, storage: Storage, plain: httpx.Client) -> None:
    url, _ = storage.download_url(storage.write_blob(DATA), "d.bin")
    emu.faults.storage_error_rate = 0.5

    def statuses() -> list[int]:
        return [plain.get(url).status_code for _ in range(30)]

    emu.faults.reseed(11)
    first = statuses()
    emu.faults.reseed(11)
    for _ in range(5):
        assert plain.head(url).status_code == 200  # HEADs neither fail nor shift the sequence
    assert statuses() == first
    assert set(first) == {200, 500}


def test_storage_faults_from_the_control_api(emu: Emulator, storage: Storage) -> None:
    control = FaultControl(emu.url)
    settings = control.set(storage_error_rate=1.0, storage_latency_ms=5, url_ttl=60)
    assert settings["storage_error_rate"] == 1.0 and settings["url_ttl"] == 60
    assert emu.faults.storage_error_rate == 1.0 and emu.faults.storage_latency_ms == 5
    url, expires = storage.download_url(storage.write_blob(DATA), "d.bin")
    assert expires.timestamp() - time.time() <= 60
    assert httpx.get(url).status_code == 500
    with pytest.raises(FaultControlError, match="url_ttl"):
        control.set(url_ttl=0)
    with pytest.raises(FaultControlError, match="storage_drop_rate"):
        control.set(storage_drop_rate=2)
    cleared = control.clear()
    assert cleared["storage_error_rate"] == 0.0 and cleared["url_ttl"] == 3600.0
    assert httpx.get(url).status_code == 200


def test_fault_validation() -> None:
    with pytest.raises(ValueError, match="storage_bytes_per_second"):
        Faults(storage_bytes_per_second=-1)
    with pytest.raises(ValueError, match="storage_latency_ms"):
        Faults().update({"storage_latency_ms": "slow"})
    faults = Faults(storage_drop_rate=0.5, url_ttl=10, seed=3)
    rolls = [faults.roll_storage_drop() for _ in range(40)]
    faults.reseed(3)
    assert [faults.roll_storage_drop() for _ in range(40)] == rolls


# -- life cycle ---------------------------------------------------------------------------------


def test_storage_has_its_own_port_and_is_removed_on_stop() -> None:
    with Emulator() as emu:
        storage = emu.state.storage
        url, _ = storage.download_url(storage.write_blob(DATA), "d.bin")
        assert url.startswith("http://127.0.0.1:")
        assert httpx.URL(url).port != httpx.URL(emu.url).port
        root: Path = storage.root
        assert root.is_dir()
    assert not root.exists()
    with pytest.raises(httpx.ConnectError):
        httpx.get(url)


def test_part_sizes() -> None:
    assert choose_part_size(100, None) == 32 * MIB
    assert choose_part_size(100, 1) == 5 * MIB
    assert choose_part_size(None, 10 << 30) == 5 << 30
    assert choose_part_size(1 << 30, 1 << 30) == 1 << 30  # a single part as large as the file
    five_tib = 5 << 40
    chosen = choose_part_size(five_tib, 5 * MIB)
    assert chosen % MIB == 0 and part_count(five_tib, chosen) <= 10_000
    assert part_count(five_tib, chosen - MIB) > 10_000  # the smallest whole-MiB size that fits
    assert part_count(0, 5 * MIB) == 1
