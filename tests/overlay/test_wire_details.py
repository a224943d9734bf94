"""Wire details checked against a canned server: raw path slashes, tolerant enums, error bodies."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
import sevenbridges as sbg
from pytest_httpserver import HTTPServer
from sevenbridges_api.api.markers import list_markers
from sevenbridges_api.models.member_type import MemberType
from sevenbridges_emulator import Emulator


def _api(httpserver: HTTPServer) -> sbg.Api:
    return sbg.Api(url=httpserver.url_for("/v2"), token="t0k3n", error_handlers=[])


def test_project_id_is_sent_with_raw_slashes(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v2/projects/rfranklin/my-project", method="GET").respond_with_json(
        {"id": "rfranklin/my-project", "name": "My project"}
    )
    project = _api(httpserver).projects.get("rfranklin/my-project")
    assert project.name == "My project"
    (request, _), *_ = httpserver.log
    assert request.path == "/v2/projects/rfranklin/my-project"
    assert "%2F" not in request.url


def test_token_header_and_accept_json_are_sent(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v2/user").respond_with_json({"username": "john_doe"})
    assert _api(httpserver).users.me().username == "john_doe"
    (request, _), *_ = httpserver.log
    assert request.headers["X-SBG-Auth-Token"] == "t0k3n"
    assert request.headers["Accept"] == "application/json"
    assert "X-SBG-Advance-Access" not in request.headers


def test_unknown_enum_value_from_the_server_parses_and_keeps_its_value(
    httpserver: HTTPServer,
) -> None:
    httpserver.expect_request("/v2/projects/o/p/members/bot").respond_with_json(
        {"id": "bot", "username": "bot", "type": "ROBOT", "permissions": {"read": True}}
    )
    project = sbg.Project(api=_api(httpserver), id="o/p")
    member = project.get_member("bot")
    assert member.type == "ROBOT"
    assert isinstance(member.type, MemberType)
    assert member.type.name == "UNKNOWN"
    assert MemberType("USER") is MemberType.USER


def test_non_json_error_body_maps_to_non_json_response_error(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v2/user").respond_with_data(
        "<html>502 Bad Gateway</html>", status=502, content_type="text/html"
    )
    with pytest.raises(sbg.NonJSONResponseError) as caught:
        _api(httpserver).users.me()
    assert caught.value.status == 502
    assert "502 Bad Gateway" in str(caught.value)


def test_json_error_body_maps_to_typed_error_with_request_id(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v2/projects/o/missing").respond_with_json(
        {"status": 404, "code": 3002, "message": "Requested project or member does not exist.",
         "more_info": "https://docs.example/codes"},
        status=404,
        headers={"X-Request-Id": "req-123"},
    )  # fmt: skip
    with pytest.raises(sbg.NotFound) as caught:
        _api(httpserver).projects.get("o/missing")
    error = caught.value
    assert (error.status, error.code, error.request_id) == (404, 3002, "req-123")
    assert error.message == "Requested project or member does not exist."
    assert error.more_info == "https://docs.example/codes"
    assert isinstance(error, sbg.SbgError)


def test_non_standard_5xx_status_maps_to_server_error(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v2/user").respond_with_json(
        {"status": 520, "code": 90004, "message": "odd"}, status=520
    )
    with pytest.raises(sbg.ServerError) as caught:
        _api(httpserver).users.me()
    assert caught.value.status == 520


def test_advance_access_header_is_sent_when_asked(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v2/user").respond_with_json({"username": "u"})
    api = sbg.Api(url=httpserver.url_for("/v2"), token="t", advance_access=True)
    api.users.me()
    (request, _), *_ = httpserver.log
    assert request.headers["X-SBG-Advance-Access"] == "advance"


def test_oauth_token_is_sent_as_bearer_only(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v2/user").respond_with_json({"username": "u"})
    sbg.Api(url=httpserver.url_for("/v2"), oauth_token="oauth-1").users.me()
    (request, _), *_ = httpserver.log
    assert request.headers["Authorization"] == "Bearer oauth-1"
    assert "X-SBG-Auth-Token" not in request.headers


def test_url_over_the_length_cap_is_refused_before_sending(httpserver: HTTPServer) -> None:
    with pytest.raises(sbg.URITooLong):
        _api(httpserver).projects.query(name="x" * 7000)
    assert httpserver.log == []


def test_proxies_setting_is_read_one_way() -> None:
    from sevenbridges.http.client import proxies_by_scheme

    assert proxies_by_scheme({"https://": "http://p:3128"}) == {"https": "http://p:3128"}
    assert proxies_by_scheme({"all": "http://p:1"}) == {"http": "http://p:1", "https": "http://p:1"}
    assert proxies_by_scheme(None) == {}
    with pytest.raises(sbg.SbgError, match="ftp"):
        proxies_by_scheme({"ftp": "http://p:1"})
    with pytest.raises(sbg.SbgError, match="ftp"):
        sbg.Api(url="https://api.example.com/v2", token="t", proxies={"ftp": "http://p:1"})


def test_documented_proxy_forms_are_accepted(httpserver: HTTPServer) -> None:
    from sevenbridges.http.client import proxies_by_scheme

    assert proxies_by_scheme({"https_proxy": "p:3128", "HTTP_PROXY": "http://q:1"}) == {
        "https": "http://p:3128",
        "http": "http://q:1",
    }
    # The API host is not resolvable: only a request through the proxy can reach it.
    httpserver.expect_request("/v2/user").respond_with_json({"username": "via-proxy"})
    proxy = f"127.0.0.1:{httpserver.port}"  # host:port, without a scheme, as documented
    api = sbg.Api(
        url="http://api.sbg.invalid/v2",
        token="t",
        debug=True,
        error_handlers=[],
        proxies={"https_proxy": proxy, "http_proxy": proxy},
    )
    assert api.users.me().username == "via-proxy"
    (request, _), *_ = httpserver.log
    assert request.headers["Host"] == "api.sbg.invalid"


def test_proxies_section_of_the_config_file_is_used(
    httpserver: HTTPServer, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = home / ".sevenbridges" / "sevenbridges-python" / "config"
    config.parent.mkdir(parents=True)
    proxy = f"127.0.0.1:{httpserver.port}"
    config.write_text(f"[proxies]\nhttps_proxy = {proxy}\nhttp_proxy = {proxy}\n")
    monkeypatch.setenv("SB_API_ENDPOINT", "http://api.sbg.invalid/v2")
    monkeypatch.setenv("SB_AUTH_TOKEN", "t")
    httpserver.expect_request("/v2/user").respond_with_json({"username": "via-proxy"})
    api = sbg.Api(config=sbg.Config(), debug=True, error_handlers=[])
    assert api.users.me().username == "via-proxy"


# ------------------------------------------------------------------ advance access is per thread


def _advance_access_on_the_wire(api: sbg.Api) -> bool:
    """Whether a request from this thread carries advance access (markers need it)."""
    try:
        api._call(list_markers.sync_detailed)
    except sbg.Forbidden as error:
        assert error.code == 90002
        return False
    except sbg.BadRequest:
        return True
    return True


def test_aa_from_overlapping_threads_leaves_advance_access_off(emulator: Emulator) -> None:
    api = sbg.Api(url=emulator.url, token=emulator.token, error_handlers=[])
    a_in, b_in, a_out = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, bool] = {}

    def first() -> None:
        with api.aa():
            a_in.set()
            assert b_in.wait(30)
        a_out.set()

    def second() -> None:
        assert a_in.wait(30)
        with api.aa():
            b_in.set()
            assert a_out.wait(30)
            seen["inside"] = _advance_access_on_the_wire(api)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert seen == {"inside": True}
    assert api.advance_access is False
    assert _advance_access_on_the_wire(api) is False


def test_aa_in_one_thread_does_not_reach_another(emulator: Emulator) -> None:
    api = sbg.Api(url=emulator.url, token=emulator.token, error_handlers=[])
    entered, checked = threading.Event(), threading.Event()
    inside: list[bool] = []

    def holder() -> None:
        with api.aa():
            inside.append(_advance_access_on_the_wire(api))
            entered.set()
            assert checked.wait(30)

    thread = threading.Thread(target=holder)
    thread.start()
    try:
        assert entered.wait(30)
        assert _advance_access_on_the_wire(api) is False
        assert api.advance_access is False
    finally:
        checked.set()
        thread.join(60)
    assert inside == [True]
    with api.aa():
        assert api.advance_access is True
        with api.aa():
            assert _advance_access_on_the_wire(api) is True
        assert _advance_access_on_the_wire(api) is True
    assert _advance_access_on_the_wire(api) is False


@pytest.mark.parametrize("where", ["setting", "environment"])
def test_storage_requests_use_the_proxy_too(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    from sevenbridges.transfer.storage import StorageClient

    httpserver.expect_request("/blob").respond_with_data(
        b"x", status=206, headers={"Content-Range": "bytes 0-0/42"}
    )
    proxy = f"127.0.0.1:{httpserver.port}"
    for name in ("HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    if where == "environment":
        monkeypatch.setenv("HTTP_PROXY", proxy)
        storage = StorageClient(timeout=10)
    else:
        storage = StorageClient(timeout=10, proxies={"http_proxy": proxy})
    try:
        assert storage.probe_size("http://storage.sbg.invalid/blob?signature=s") == 42
    finally:
        storage.close()
    (request, _), *_ = httpserver.log
    assert request.headers["Host"] == "storage.sbg.invalid"


@pytest.mark.parametrize(
    ("status", "headers", "body"),
    [
        (200, {}, b"0123456789AB"),  # the whole object, two bytes longer than the API said
        (206, {"Content-Range": "bytes 0-9/12"}, b"0123456789"),  # a range of a longer object
        (206, {"Content-Range": "bytes 0-9/*"}, b"0123456789"),  # a range of an unstated size
        (200, {}, iter([b"01234", b"56789AB"])),  # a whole object of unstated length (chunked)
    ],
)
def test_a_download_of_the_wrong_size_fails_without_a_size_probe(
    httpserver: HTTPServer, tmp_path: Path, status: int, headers: dict[str, str], body: Any
) -> None:
    from sevenbridges.errors import TransferError
    from sevenbridges.transfer import Download
    from werkzeug import Response as WerkzeugResponse

    answer = WerkzeugResponse(body, status=status, headers=headers)
    httpserver.expect_request("/blob").respond_with_response(answer)
    target = tmp_path / "out.bin"
    download = Download(httpserver.url_for("/blob"), target, file_size=10, retry_count=0)
    download.start()
    with pytest.raises(TransferError, match=r"12|\*|more than the 10 bytes"):
        download.result()
    assert not target.exists()
    ranges = [request.headers.get("Range") for request, _ in httpserver.log]
    assert ranges == ["bytes=0-9"]  # the part itself, no one-byte probe before it


def test_a_download_of_the_size_the_api_gave_asks_only_for_its_parts(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    from sevenbridges.transfer import Download

    httpserver.expect_request("/blob").respond_with_data(
        b"0123456789", status=206, headers={"Content-Range": "bytes 0-9/10"}
    )
    target = tmp_path / "out.bin"
    download = Download(httpserver.url_for("/blob"), target, file_size=10)
    download.start()
    download.result()
    assert target.read_bytes() == b"0123456789"
    assert [request.headers.get("Range") for request, _ in httpserver.log] == ["bytes=0-9"]
