"""Wire rules shared by every endpoint: fields, lists, query parsing, bodies, routing, framing."""

from __future__ import annotations

import socket
from typing import Any

import httpx
import pytest
from emu_helpers import assert_error, assert_timestamps
from sevenbridges_emulator import Emulator
from sevenbridges_emulator.context import Context
from sevenbridges_emulator.handlers import API_ROUTE_TABLES
from sevenbridges_emulator.request import Request
from sevenbridges_emulator.routing import Router, RouteTable
from sevenbridges_emulator.wire import Response, ok, parse_fields, select_fields


def make_projects(client: httpx.Client, bg_id: str, count: int) -> list[str]:
    ids = []
    for n in range(count):
        response = client.post("/projects", json={"name": f"P{n}", "billing_group": bg_id})
        assert response.status_code == 201
        ids.append(response.json()["id"])
    return ids


# -- fields -------------------------------------------------------------------------------------


def test_single_resource_without_fields_is_whole(client: httpx.Client) -> None:
    user = client.get("/user").json()
    assert {"href", "username", "email", "first_name", "country", "role"} <= set(user)


def test_fields_include_keeps_href_and_id(client: httpx.Client, project: dict[str, Any]) -> None:
    body = client.get(f"/projects/{project['id']}", params={"fields": "name,tags"}).json()
    assert body == {
        "href": project["href"],
        "id": project["id"],
        "name": "Test Project",
        "tags": [],
    }


def test_fields_exclude(client: httpx.Client, project: dict[str, Any]) -> None:
    body = client.get(
        f"/projects/{project['id']}", params={"fields": "!settings,!permissions"}
    ).json()
    assert "settings" not in body and "permissions" not in body
    assert body["name"] == "Test Project" and "created_on" in body


def test_fields_nested_include_and_exclude(client: httpx.Client, project: dict[str, Any]) -> None:
    path = f"/projects/{project['id']}"
    picked = client.get(path, params={"fields": "settings.locked,permissions.admin"}).json()
    assert picked["settings"] == {"locked": False}
    assert picked["permissions"] == {"admin": True}
    dropped = client.get(path, params={"fields": "!settings.intermediate_files,!settings.locked"})
    settings = dropped.json()["settings"]
    assert "intermediate_files" not in settings and "locked" not in settings
    assert settings["use_memoization"] is False


def test_fields_combined_and_repeated(client: httpx.Client, project: dict[str, Any]) -> None:
    path = f"/projects/{project['id']}?fields=name,settings&fields=!settings.locked,!id"
    body = client.get(path).json()
    assert set(body) == {"href", "name", "settings"}
    assert "locked" not in body["settings"]


def test_fields_nested_in_lists(client: httpx.Client, bg_id: str) -> None:
    body = client.get(
        f"/billing/groups/{bg_id}/breakdown",
        params={"fields": "project_breakdown.task_breakdown.task_cost"},
    ).json()
    task = body["project_breakdown"][0]["task_breakdown"][0]
    assert set(task) == {"task_cost"}
    assert set(body) == {"href", "project_breakdown"}


def test_list_items_default_and_all(client: httpx.Client, project: dict[str, Any]) -> None:
    default = client.get("/projects").json()["items"]
    assert default == [{"href": project["href"], "id": project["id"], "name": "Test Project"}]
    full = client.get("/projects", params={"fields": "_all"}).json()["items"][0]
    assert full == project
    some = client.get("/projects", params={"fields": "created_on"}).json()["items"][0]
    assert set(some) == {"href", "id", "created_on"}
    excluded = client.get("/projects", params={"fields": "_all,!settings"}).json()["items"][0]
    assert "settings" not in excluded and "tags" in excluded


def test_parse_and_select_units() -> None:
    assert parse_fields([]) is None
    assert parse_fields(["", " , "]) is None
    selection = parse_fields(["a.b, !c ,_all"])
    assert selection is not None and selection.all
    assert selection.include == (("a", "b"),) and selection.exclude == (("c",),)
    doc = {"id": 1, "a": {"b": 2, "c": 3}, "c": 4, "l": [{"x": 1, "y": 2}, {"x": 3, "y": 4}]}
    assert select_fields(doc, parse_fields(["l.x"])) == {"id": 1, "l": [{"x": 1}, {"x": 3}]}
    assert select_fields(doc, parse_fields(["!l.y,!a"])) == {
        "id": 1,
        "c": 4,
        "l": [{"x": 1}, {"x": 3}],
    }
    assert select_fields(doc, None, ("id", "zzz")) == {"id": 1}
    assert doc["a"] == {"b": 2, "c": 3}  # selection never changes its input


# -- lists and pagination -----------------------------------------------------------------------


def test_envelope_links_and_totals(client: httpx.Client, bg_id: str) -> None:
    make_projects(client, bg_id, 5)
    first = client.get("/projects", params={"limit": 2})
    body = first.json()
    assert body["href"] == f"{client.base_url}projects?limit=2".replace("v2projects", "v2/projects")
    assert first.headers["X-Total-Matching-Query"] == "5"
    assert [item["name"] for item in body["items"]] == ["P0", "P1"]
    assert body["links"] == [
        {
            "href": f"{str(client.base_url).rstrip('/')}/projects?offset=2&limit=2",
            "rel": "next",
            "method": "GET",
        }
    ]
    middle = client.get(body["links"][0]["href"])
    assert middle.headers["X-Total-Matching-Query"] == "5"
    rels = {link["rel"]: link["href"] for link in middle.json()["links"]}
    assert set(rels) == {"next", "prev"}
    last = client.get(rels["next"]).json()
    assert [item["name"] for item in last["items"]] == ["P4"]
    assert [link["rel"] for link in last["links"]] == ["prev"]
    back = client.get(rels["prev"]).json()
    assert back["items"] == body["items"]


def test_refetching_href_and_links_reproduces_the_page(client: httpx.Client, bg_id: str) -> None:
    make_projects(client, bg_id, 4)
    page = client.get("/projects", params={"offset": 1, "limit": 2, "fields": "name,created_on"})
    again = client.get(page.json()["href"])
    assert again.json() == page.json()
    assert again.headers["X-Total-Matching-Query"] == page.headers["X-Total-Matching-Query"] == "4"
    for link in page.json()["links"]:
        fetched = client.get(link["href"])
        assert fetched.status_code == 200
        assert client.get(fetched.json()["href"]).json() == fetched.json()
        assert all(
            set(item) == {"href", "id", "name", "created_on"} for item in fetched.json()["items"]
        )


def test_list_keeps_other_query_parameters_in_links(client: httpx.Client, bg_id: str) -> None:
    for n in range(3):
        client.post("/projects", json={"name": "same", "billing_group": bg_id, "tags": [f"t{n}"]})
    body = client.get("/projects?name=same&tags=t0&tags=t2&limit=1").json()
    assert body["href"].endswith("/projects?name=same&tags=t0&tags=t2&limit=1")
    assert body["links"][0]["href"].endswith("/projects?name=same&tags=t0&tags=t2&offset=1&limit=1")
    second = client.get(body["links"][0]["href"])
    assert second.headers["X-Total-Matching-Query"] == "2"
    assert second.json()["links"][0]["rel"] == "prev"


def test_limit_100_is_allowed(client: httpx.Client) -> None:
    response = client.get("/projects", params={"limit": 100, "offset": 0})
    assert response.status_code == 200
    assert response.json()["links"] == []


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ({"limit": 0}, "'0'"),
        ({"limit": 101}, "'101'"),
        ({"limit": -1}, "'-1'"),
        ({"limit": "abc"}, "'abc'"),
        ({"offset": -1}, "'-1'"),
        ({"offset": "x"}, "'x'"),
    ],
)
def test_bad_paging_values_are_400(client: httpx.Client, query: dict[str, Any], named: str) -> None:
    body = assert_error(client.get("/projects", params=query), 400, 90000)
    assert named in body["message"]
    assert next(iter(query)) in body["message"]


def test_offset_past_the_end_is_an_empty_page(
    client: httpx.Client, project: dict[str, Any]
) -> None:
    response = client.get("/projects", params={"offset": 10})
    assert response.json()["items"] == []
    assert response.headers["X-Total-Matching-Query"] == "1"
    assert response.json()["links"][0]["rel"] == "prev"


# -- query parsing, bodies, paths ---------------------------------------------------------------


@pytest.fixture
def echo_emulator() -> Any:
    """The real API plus one test route that reads a boolean query parameter."""
    extra = RouteTable()

    @extra.get("/echo")
    def echo(req: Request, ctx: Context) -> Response:
        return ok({"flag": req.query_bool("flag"), "tags": req.query_list("tags")})

    with Emulator(route_tables=[*API_ROUTE_TABLES, extra]) as emu:
        yield emu


@pytest.mark.parametrize(
    ("raw", "value"), [("true", True), ("True", True), ("false", False), ("False", False)]
)
def test_query_booleans(echo_emulator: Emulator, raw: str, value: bool) -> None:
    response = httpx.get(
        f"{echo_emulator.url}/echo?flag={raw}", headers={"X-SBG-Auth-Token": echo_emulator.token}
    )
    assert response.json()["flag"] is value


@pytest.mark.parametrize("raw", ["yes", "1", "TRUE", ""])
def test_bad_query_boolean_is_400(echo_emulator: Emulator, raw: str) -> None:
    response = httpx.get(
        f"{echo_emulator.url}/echo?flag={raw}", headers={"X-SBG-Auth-Token": echo_emulator.token}
    )
    body = assert_error(response, 400, 90000)
    assert "'flag'" in body["message"] and f"'{raw}'" in body["message"]


def test_repeated_query_keys(echo_emulator: Emulator) -> None:
    response = httpx.get(
        f"{echo_emulator.url}/echo?tags=a&tags=b", headers={"X-SBG-Auth-Token": echo_emulator.token}
    )
    assert response.json() == {"flag": None, "tags": ["a", "b"]}


def test_one_trailing_slash_is_normalised(client: httpx.Client, project: dict[str, Any]) -> None:
    assert client.get("/projects/").json()["items"] == client.get("/projects").json()["items"]
    assert client.get(f"/projects/{project['id']}/").json()["id"] == project["id"]
    assert client.get("/user/").status_code == 200
    assert_error(client.get("/projects//"), 404, 90003)


def test_null_empty_and_garbage_bodies_on_get(client: httpx.Client) -> None:
    headers = {"Content-Type": "application/json"}
    for body in (b"null", b"{}", b"", b"{not json"):
        response = client.request("GET", "/user", content=body, headers=headers)
        assert response.status_code == 200, body


def test_empty_object_body_on_delete(client: httpx.Client, project: dict[str, Any]) -> None:
    response = client.request(
        "DELETE",
        f"/projects/{project['id']}",
        content=b"{}",
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 204
    assert response.content == b""


def test_invalid_json_body_is_400_90009(client: httpx.Client, bg_id: str) -> None:
    response = client.post(
        "/projects", content=b'{"name": ', headers={"Content-Type": "application/json"}
    )
    assert_error(response, 400, 90009)


def test_body_must_be_an_object(client: httpx.Client) -> None:
    assert_error(client.post("/projects", json=["a"]), 400, 90000)


def test_chunked_request_body(client: httpx.Client, bg_id: str) -> None:
    def chunks() -> Any:
        yield b'{"name": "chunked", '
        yield f'"billing_group": "{bg_id}"}}'.encode()

    response = client.post("/projects", content=chunks())
    assert response.status_code == 201
    assert response.json()["id"] == "john_doe/chunked"


def test_unknown_path_and_wrong_method(client: httpx.Client, emu: Emulator) -> None:
    body = assert_error(client.get("/no/such/thing"), 404, 90003)
    assert body["message"] == "Not found."
    assert_error(client.put("/user"), 405, 90006)
    assert_error(client.post("/users/rfranklin"), 405, 90006)
    for method in ("TRACE", "QUERY"):  # the API's 405, not http.server's own 501 page
        assert_error(client.request(method, "/user"), 405, 90006)
    outside = httpx.get(f"{emu.origin}/v3/user")
    assert_error(outside, 404, 90003)


def test_root_index(client: httpx.Client, emu: Emulator) -> None:
    body = client.get("/").json()
    expected = [
        "rate_limit",
        "user",
        "users",
        "billing",
        "projects",
        "files",
        "tasks",
        "apps",
        "action",
        "upload",
    ]
    assert body == {f"{name}_url": f"{emu.url}/{name}" for name in expected}
    assert httpx.get(emu.url, headers={"X-SBG-Auth-Token": emu.token}).json() == body


def test_head_has_headers_but_no_body(client: httpx.Client) -> None:
    response = client.head("/user")
    assert response.status_code == 405
    assert response.content == b""
    assert int(response.headers["Content-Length"]) > 0


def test_keep_alive_serves_many_requests_on_one_connection(emu: Emulator) -> None:
    request = f"GET /v2/user HTTP/1.1\r\nHost: x\r\nX-SBG-Auth-Token: {emu.token}\r\n\r\n".encode()
    port = int(emu.url.split(":")[2].split("/")[0])
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        reader = sock.makefile("rb")
        for _ in range(3):
            sock.sendall(request)
            status = reader.readline()
            assert status.startswith(b"HTTP/1.1 200")
            length = 0
            while (line := reader.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode().partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            assert b'"username":"john_doe"' in reader.read(length)


def test_malformed_request_line_gets_a_json_error(emu: Emulator) -> None:
    port = int(emu.url.split(":")[2].split("/")[0])
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(b"NONSENSE\r\n\r\n")
        data = sock.makefile("rb").read()
    head, _, body = data.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400") or head.startswith(b"HTTP/1.0 400")
    assert b'"code":90000' in body


def test_every_timestamp_has_the_strict_format(
    client: httpx.Client, project: dict[str, Any], bg_id: str
) -> None:
    documents = [
        project,
        client.get("/projects", params={"fields": "_all"}).json(),
        client.get("/billing/invoices", params={"fields": "_all"}).json(),
        client.get(f"/billing/groups/{bg_id}/breakdown").json(),
        client.get(f"/billing/groups/{bg_id}/breakdown/analysis").json(),
    ]
    assert sum(assert_timestamps(doc) for doc in documents) >= 20


def test_stopped_emulator_refuses_connections() -> None:
    emu = Emulator().start()
    url = emu.url
    emu.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/user", timeout=2)


def test_router_prefers_literal_segments_and_refuses_duplicates() -> None:
    table = RouteTable()
    table.get("/files/{file_id}")(lambda req, ctx: ok("param"))
    table.get("/files/scroll")(lambda req, ctx: ok("literal"))
    router = Router([table])
    assert router.resolve("GET", "/files/scroll").route.pattern == "/files/scroll"
    assert router.resolve("GET", "/files/abc").params == {"file_id": "abc"}
    assert router.resolve("GET", "/files/a%20b").params == {"file_id": "a b"}
    with pytest.raises(ValueError, match="twice"):
        Router([table, table])
