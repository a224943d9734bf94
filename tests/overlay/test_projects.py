"""api.projects against the emulator: query, create, get, save, delete, and bad input."""

from __future__ import annotations

from datetime import datetime

import pytest
import sevenbridges as sbg
from sevenbridges_emulator import Emulator
from sevenbridges_emulator.state import Permissions, ProjectMember

from .file_fixtures import Recorder


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


# ----------------------------------------------------------------- issue 13, items 4 and 14


@pytest.mark.parametrize("bad", ["nope", "ec1dc1e3", "", 42])
def test_create_with_a_malformed_billing_group_names_it_before_any_request(
    api: sbg.Api, bad: object
) -> None:
    recorder = Recorder(api)
    with pytest.raises(sbg.ValidationError, match=rf"billing_group.*{bad!r}"):
        api.projects.create(name="x", billing_group=bad)  # type: ignore[arg-type]
    assert recorder.sent == []


def test_save_with_a_malformed_billing_group_names_it_and_sends_nothing(
    api: sbg.Api, billing_group: sbg.BillingGroup
) -> None:
    project = api.projects.create(name="Billing", billing_group=billing_group, description="d")
    recorder = Recorder(api)
    project.billing_group = "x"
    project.description = "not sent either"
    with pytest.raises(sbg.ValidationError, match=r"billing_group.*'x'"):
        project.save()
    assert recorder.sent == []
    assert api.projects.get(project.id).description == "d"  # no half-done write
    project.billing_group = billing_group  # a BillingGroup object is still accepted
    project.description = "sent"
    project.save()
    assert api.projects.get(project.id).description == "sent"


@pytest.fixture
def two_owners(api: sbg.Api, emulator: Emulator, billing_group: sbg.BillingGroup) -> None:
    """john_doe owns x and y; rfranklin owns an x that john_doe can read."""
    api.projects.create(name="x", billing_group=billing_group, tags=["t"])
    api.projects.create(name="y", billing_group=billing_group, tags=["t"])
    state = emulator.state
    with state.lock:
        theirs = state.add_project("rfranklin", "x", str(billing_group.id), tags=["t"])
        theirs.members["john_doe"] = ProjectMember(
            id="john_doe", type="USER", permissions=Permissions()
        )


def test_owner_alone_lists_that_owners_projects(api: sbg.Api, two_owners: None) -> None:
    assert [p.id for p in api.projects.query(owner="rfranklin")] == ["rfranklin/x"]
    assert {p.id for p in api.projects.query(owner="john_doe")} == {"john_doe/x", "john_doe/y"}
    mine = api.projects.query(owner=api.users.me(), limit=1)
    assert len(mine) == 1 and mine.total == 2


@pytest.mark.parametrize(
    "filters",
    [{"name": "x"}, {"category": "PRIVATE"}, {"tags": ["t"]}, {"name": "x", "tags": ["t"]}],
)
def test_owner_with_a_filter_is_refused_not_dropped(
    api: sbg.Api, two_owners: None, filters: dict[str, object]
) -> None:
    """The per-owner listing takes no filters: refuse instead of silently dropping the owner."""
    recorder = Recorder(api)
    with pytest.raises(sbg.ValidationError, match="owner") as caught:
        api.projects.query(owner="rfranklin", **filters)  # type: ignore[arg-type]
    assert "rfranklin" in str(caught.value)
    assert recorder.sent == []


@pytest.mark.parametrize(
    ("filters", "expected"),
    [({"name": "x"}, {"john_doe/x", "rfranklin/x"}), ({"tags": ["t"]}, {"john_doe/x",
     "john_doe/y", "rfranklin/x"}), ({"category": "PRIVATE"}, {"john_doe/x", "john_doe/y",
     "rfranklin/x"})],
)  # fmt: skip
def test_filters_without_owner_span_every_owner(
    api: sbg.Api, two_owners: None, filters: dict[str, object], expected: set[str]
) -> None:
    assert {p.id for p in api.projects.query(**filters).all()} == expected  # type: ignore[arg-type]
