"""Wire details checked against a canned server: raw path slashes, tolerant enums, error bodies."""

from __future__ import annotations

import pytest
import sevenbridges as sbg
from pytest_httpserver import HTTPServer
from sevenbridges_api.models.member_type import MemberType


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
