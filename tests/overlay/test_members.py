"""Project members: list, get, add (user, e-mail, team, division), edit permissions, remove."""

from __future__ import annotations

import pytest
import sevenbridges as sbg


@pytest.fixture
def project(api: sbg.Api) -> sbg.Project:
    billing_group = api.billing_groups.query()[0]
    return api.projects.create(name="Members", billing_group=billing_group)


def test_creator_is_the_only_member(project: sbg.Project) -> None:
    members = project.get_members()
    assert [m.username for m in members] == ["john_doe"]
    assert members[0].permissions["admin"] is True


def test_add_edit_and_remove_a_member(project: sbg.Project) -> None:
    member = project.add_member("rfranklin", permissions={"read": True, "copy": True})
    assert member.username == "rfranklin"
    assert dict(member.permissions) == {
        "read": True, "copy": True, "write": False, "execute": False, "admin": False,
    }  # fmt: skip
    member.permissions["write"] = True
    member.save()
    assert project.get_member("rfranklin").permissions["write"] is True
    assert {m.username for m in project.get_members().all()} == {"john_doe", "rfranklin"}
    project.remove_member("rfranklin")
    with pytest.raises(sbg.NotFound):
        project.get_member("rfranklin")


def test_add_member_by_user_object_and_email(api: sbg.Api, project: sbg.Project) -> None:
    crick = api.users.get("francis-crick")
    assert project.add_member(crick, permissions={"read": True}).username == "francis-crick"
    by_mail = project.add_member_email(api.users.get("rfranklin").email, permissions={"read": True})
    assert by_mail.username == "rfranklin"


def test_adding_twice_is_a_conflict(project: sbg.Project) -> None:
    project.add_member("rfranklin", permissions={"read": True})
    with pytest.raises(sbg.Conflict):
        project.add_member("rfranklin", permissions={"read": True})


def test_unknown_user_is_not_found(project: sbg.Project) -> None:
    with pytest.raises(sbg.NotFound):
        project.add_member("nobody-at-all", permissions={"read": True})


def test_bad_permissions_fail_before_sending(project: sbg.Project) -> None:
    with pytest.raises(sbg.ValidationError, match="fly"):
        project.add_member("rfranklin", permissions={"fly": True})
    with pytest.raises(sbg.ValidationError, match="read"):
        project.add_member("rfranklin", permissions={"read": "yes"})
    with pytest.raises(sbg.ValidationError):
        project.add_member_email("not-an-address", permissions={"read": True})


def test_team_and_division_members(project: sbg.Project) -> None:
    division = project.add_member_division("the-lab", permissions={"read": True})
    assert division.type == "DIVISION"


def test_team_member(api: sbg.Api, emulator: object, project: sbg.Project) -> None:
    team_id = next(iter(emulator.state.teams))  # type: ignore[attr-defined]
    team = project.add_member_team(team_id, permissions={"read": True, "write": True})
    assert team.type == "TEAM"
    assert team.permissions["write"] is True
    with pytest.raises(sbg.NotFound):
        project.add_member_team("00000000-0000-4000-8000-000000000099", permissions={"read": True})
