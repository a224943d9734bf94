"""api.projects against the emulator: query, create, get, save, delete, and bad input."""

from __future__ import annotations

from datetime import datetime

import pytest
import sevenbridges as sbg


@pytest.fixture
def billing_group(api: sbg.Api) -> sbg.BillingGroup:
    return api.billing_groups.query()[0]


def test_create_get_and_fields(api: sbg.Api, billing_group: sbg.BillingGroup) -> None:
    project = api.projects.create(
        name="My Project", billing_group=billing_group, description="d", tags=["a", "b"],
        settings={"locked": False},
    )  # fmt: skip
    assert project.id == "john_doe/my-project"
    fetched = api.projects.get("john_doe/my-project")
    assert fetched == project
    assert fetched.name == "My Project"
    assert fetched.tags == ["a", "b"]
    assert str(fetched.billing_group) == str(billing_group.id)
    assert isinstance(fetched.created_on, datetime)
    assert fetched.settings["locked"] is False


def test_save_sends_only_changes_and_reloads(api: sbg.Api, billing_group: sbg.BillingGroup) -> None:
    project = api.projects.create(name="Edit me", billing_group=billing_group)
    project.description = "new description"
    project.settings["use_interruptible_instances"] = True
    project.tags.append("added")
    assert project.dirty
    project.save()
    assert not project.dirty
    again = api.projects.get(project.id)
    assert again.description == "new description"
    assert again.settings["use_interruptible_instances"] is True
    assert again.tags == ["added"]
    with pytest.raises(sbg.ResourceNotModified):
        again.save()


def test_read_only_fields_refuse_assignment(api: sbg.Api, billing_group: sbg.BillingGroup) -> None:
    project = api.projects.create(name="Read only", billing_group=billing_group)
    with pytest.raises(sbg.ReadOnlyPropertyError):
        project.created_by = "someone"  # type: ignore[misc]


def test_query_filters_and_owner(api: sbg.Api, billing_group: sbg.BillingGroup) -> None:
    for name in ("alpha", "beta", "gamma"):
        api.projects.create(name=name, billing_group=billing_group, tags=[name])
    assert {p.id for p in api.projects.query().all()} == {
        "john_doe/alpha", "john_doe/beta", "john_doe/gamma",
    }  # fmt: skip
    assert [p.name for p in api.projects.query(name="beta")] == ["beta"]
    assert [p.name for p in api.projects.query(tags=["gamma"])] == ["gamma"]
    assert api.projects.query(owner="john_doe").total == 3
    assert api.projects.query(category="PRIVATE").total == 3


def test_delete(api: sbg.Api, billing_group: sbg.BillingGroup) -> None:
    project = api.projects.create(name="Short lived", billing_group=billing_group)
    project.delete()
    with pytest.raises(sbg.NotFound):
        api.projects.get(project.id)


def test_lazy_project_from_id(api: sbg.Api, billing_group: sbg.BillingGroup) -> None:
    api.projects.create(name="Lazy", billing_group=billing_group, description="x")
    lazy = api.projects(id="john_doe/lazy")
    assert lazy.description == "x"


@pytest.mark.parametrize(
    "bad_id", ["no-slash", "a/b/c", "/p", "o/", "o/..", "./p", "", "  ", 42, None]
)
def test_malformed_project_ids_fail_before_any_request(api: sbg.Api, bad_id: object) -> None:
    before = api.remaining
    with pytest.raises(sbg.ValidationError):
        api.projects.get(bad_id)
    assert api.remaining == before  # nothing was sent


@pytest.mark.parametrize(
    ("kwargs", "named"),
    [({"name": 5}, "name"), ({"tags": "one"}, "tags"), ({"tags": [1]}, "tags"),
     ({"category": "SECRET"}, "category"), ({"limit": "ten"}, "limit"), ({"offset": -1}, "offset"),
     ({"limit": 101}, "limit")],
)  # fmt: skip
def test_wrong_filter_types_raise_clear_errors(api: sbg.Api, kwargs: dict, named: str) -> None:
    with pytest.raises(sbg.ValidationError, match=named):
        api.projects.query(**kwargs)


def test_create_without_name_is_refused_before_sending(api: sbg.Api) -> None:
    with pytest.raises(sbg.ValidationError, match="name"):
        api.projects.create(name="", billing_group="ec1dc1e3-12a3-4b56-789c-e3f2dca0c6f7")


def test_create_with_unknown_billing_group_is_a_server_error(api: sbg.Api) -> None:
    with pytest.raises(sbg.NotFound) as caught:
        api.projects.create(name="x", billing_group="00000000-0000-4000-8000-000000000000")
    assert caught.value.code == 4002
    assert caught.value.request_id
