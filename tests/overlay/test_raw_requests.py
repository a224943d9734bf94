"""api.get/post/put/patch/delete: the raw escape hatch goes through the dispatch point (auth,
error handlers, typed errors) and never sends the token to another host."""

from __future__ import annotations

import httpx
import pytest
import sevenbridges as sbg
from pytest_httpserver import HTTPServer
from sevenbridges_emulator import Emulator

from .file_fixtures import Recorder
from .task_fixtures import new_project, text_files


def test_get_post_patch_delete_a_project(api: sbg.Api, emulator: Emulator) -> None:
    billing_group = api.billing_groups.query()[0]
    created = api.post("projects", data={"name": "Raw", "billing_group": str(billing_group.id)})
    assert isinstance(created, httpx.Response) and created.status_code == 201
    project_id = created.json()["id"]
    assert api.get(f"/projects/{project_id}").json()["name"] == "Raw"
    listed = api.get("projects", params={"limit": 1})
    assert listed.headers["X-Total-Matching-Query"] == "1"
    patched = api.patch(f"projects/{project_id}", data={"description": "via patch"})
    assert patched.json()["description"] == "via patch"
    assert api.delete(f"projects/{project_id}").status_code == 204
    with pytest.raises(sbg.NotFound) as caught:
        api.get(f"projects/{project_id}")
    assert caught.value.request_id  # typed, with the server's request id


def test_put_and_a_full_url(api: sbg.Api, emulator: Emulator) -> None:
    (file_id,) = text_files(emulator, new_project(api), "tagged.txt")
    recorder = Recorder(api)
    answer = api.put(f"{api.url}/files/{file_id}/tags", data=["a", "b"], append_base=False)
    assert answer.status_code == 200
    assert recorder.sent[-1].method == "PUT" and recorder.sent[-1].body == ["a", "b"]
    assert api.files.get(file_id).tags == ["a", "b"]


def test_error_handlers_run_on_raw_requests(emulator: Emulator) -> None:
    seen: list[int] = []

    def handler(api: sbg.Api, response: httpx.Response) -> httpx.Response:
        seen.append(response.status_code)
        return response

    client = sbg.Api(url=emulator.url, token=emulator.token, error_handlers=[handler])
    client.get("user")
    with pytest.raises(sbg.NotFound):
        client.get("projects/nobody/nothing")
    assert seen == [200, 404]


def test_malformed_urls_are_refused_before_any_request(api: sbg.Api) -> None:
    recorder = Recorder(api)
    with pytest.raises(sbg.ValidationError, match="append_base=False"):
        api.get("https://elsewhere.example/v2/user")
    with pytest.raises(sbg.ValidationError, match="not an absolute URL"):
        api.get("user", append_base=False)
    with pytest.raises(sbg.ValidationError, match="non-empty"):
        api.get("")
    with pytest.raises(sbg.ValidationError, match="headers"):
        api.get("user", headers=["x"])  # type: ignore[arg-type]
    assert recorder.sent == []


def test_the_token_never_goes_to_another_host(api: sbg.Api, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/elsewhere").respond_with_json({"ok": True})
    answer = api.get(httpserver.url_for("/elsewhere"), append_base=False, headers={"X-A": "1"})
    assert answer.json() == {"ok": True}
    (request, _) = httpserver.log[0]
    assert request.headers.get("X-A") == "1"
    assert "X-SBG-Auth-Token" not in request.headers and "Authorization" not in request.headers
