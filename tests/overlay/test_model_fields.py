"""Fields come from the generated model: undeclared plain fields, fields the spec does not know yet,
and the public call path for any generated operation."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
import sevenbridges as sbg
from pytest_httpserver import HTTPServer
from sevenbridges.meta.resource import Field
from sevenbridges.models.project import Project
from sevenbridges_api.api.projects import get_project
from sevenbridges_api.models.project import Project as ProjectModel
from sevenbridges_api.types import Response


def _api(httpserver: HTTPServer) -> sbg.Api:
    return sbg.Api(url=httpserver.url_for("/v2"), token="t0k3n", error_handlers=[])


def test_plain_fields_are_not_declared_but_readable(api: sbg.Api) -> None:
    # The overlay declares only writable fields of a project; the rest come from the model.
    declared = {name for name, value in vars(Project).items() if isinstance(value, Field)}
    assert "created_on" not in declared and "permissions" not in declared
    billing_group = api.billing_groups.query()[0]
    project = api.projects.create(name="Fields", billing_group=billing_group)
    assert isinstance(project.created_on, datetime)
    assert project.permissions.admin is True  # a nested model reads as a view
    assert project.created_by == "john_doe"
    assert project.type == "v2"  # the generated model's ``type_`` is read by its wire name
    assert {"created_on", "permissions", "modified_on", "type"} <= set(dir(project))


def test_plain_fields_fetch_lazily_from_a_list_item(api: sbg.Api) -> None:
    billing_group = api.billing_groups.query()[0]
    api.projects.create(name="Lazy", billing_group=billing_group)
    (item,) = api.projects.query(name="Lazy")
    assert item.field("created_on") is None  # the list item does not carry it, and field() waits
    assert isinstance(item.created_on, datetime)  # reading the attribute fetches it once
    assert item.field("created_on") == item.created_on


def test_plain_fields_refuse_assignment(api: sbg.Api) -> None:
    user = api.users.me()
    with pytest.raises(sbg.ReadOnlyPropertyError, match="email"):
        user.email = "x@example.com"
    assert user.email != "x@example.com"


def test_unknown_name_is_an_attribute_error(api: sbg.Api) -> None:
    user = api.users.me()
    with pytest.raises(AttributeError, match="no field 'nosuchfield'"):
        _ = user.nosuchfield
    with pytest.raises(AttributeError, match="no field 'nosuchfield'"):
        user.field("nosuchfield")


def test_fields_the_spec_does_not_know_are_readable_and_survive_save(
    httpserver: HTTPServer,
) -> None:
    body = {"id": "o/p", "name": "P", "description": "old", "storage_class": "cold"}
    httpserver.expect_request("/v2/projects/o/p", method="GET").respond_with_json(body)
    saved = {**body, "description": "new"}
    httpserver.expect_request("/v2/projects/o/p", method="PATCH").respond_with_json(saved)
    project = _api(httpserver).projects.get("o/p")
    assert project.storage_class == "cold"
    assert project.field("storage_class") == "cold"
    assert project.to_dict()["storage_class"] == "cold"
    assert "storage_class" in dir(project)
    with pytest.raises(sbg.ReadOnlyPropertyError):
        project.storage_class = "hot"
    project.description = "new"
    project.save()
    patch = json.loads(httpserver.log[-1][0].data)
    assert patch == {"description": "new"}  # only what changed
    assert project.storage_class == "cold"
    assert project.to_dict()["storage_class"] == "cold"


def test_unknown_field_of_a_partial_resource_is_fetched(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v2/projects", method="GET").respond_with_json(
        {"items": [{"id": "o/p", "name": "P"}], "links": []}
    )
    httpserver.expect_request("/v2/projects/o/p", method="GET").respond_with_json(
        {"id": "o/p", "name": "P", "storage_class": "cold"}
    )
    (project,) = _api(httpserver).projects.query()
    assert project.storage_class == "cold"


def test_call_by_operation_id_returns_the_parsed_model(api: sbg.Api) -> None:
    billing_group = api.billing_groups.query()[0]
    api.projects.create(name="Called", billing_group=billing_group)
    model = api.call("get_project", "john_doe", "called")
    assert isinstance(model, ProjectModel)
    assert model.name == "Called"
    assert api.request_id  # the call went through the dispatch point's bookkeeping


def test_call_by_module_or_function_and_raw(api: sbg.Api) -> None:
    billing_group = api.billing_groups.query()[0]
    api.projects.create(name="Raw", billing_group=billing_group)
    assert api.call(get_project, "john_doe", "raw").name == "Raw"
    assert api.call(get_project.sync, "john_doe", "raw").name == "Raw"
    response = api.call(get_project.sync_detailed, "john_doe", "raw", raw=True)
    assert isinstance(response, Response)
    assert response.status_code == 200
    assert json.loads(response.content)["name"] == "Raw"
    assert api.call("list_projects", limit=1, raw=True).headers["X-Total-Matching-Query"] == "1"


def test_call_raises_typed_errors_and_names_unknown_operations(api: sbg.Api) -> None:
    with pytest.raises(sbg.NotFound):
        api.call("get_project", "john_doe", "missing")
    with pytest.raises(sbg.ValidationError, match=r"'get_projekt'.*get_project"):
        api.call("get_projekt", "john_doe", "x")
