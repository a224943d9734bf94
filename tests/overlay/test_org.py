"""Divisions, teams, datasets and markers over HTTP against the emulator, bad input included."""

from __future__ import annotations

import pytest
import sevenbridges as sbg
from sevenbridges_emulator import Emulator

from .file_fixtures import Recorder

DIVISION = "the-lab"
SEEDED_TEAM = "5ec0a5e0-7ea3-4c0e-9b1a-000000000001"  # "Sequencing Core": john_doe, rfranklin


# ----------------------------------------------------------------------- divisions


def test_divisions_query_get_teams_and_members(api: sbg.Api) -> None:
    divisions = api.divisions.query()
    assert [d.id for d in divisions] == [DIVISION]
    division = api.divisions.get(DIVISION)
    assert division.name == "The Lab" and division == divisions[0]
    team = api.teams.create(name="Sequencing", division=division)
    assert [t.id for t in division.get_teams()] == [SEEDED_TEAM]
    assert {t.id for t in division.get_teams(list_all=True)} == {SEEDED_TEAM, team.id}
    members = division.get_members()
    assert "john_doe" in {u.username for u in members.all()}
    admins = division.get_members(role="admin")
    assert {u.username for u in admins} == {"john_doe"}


def test_unknown_division_is_a_typed_error(api: sbg.Api) -> None:
    with pytest.raises(sbg.NotFound, match="nowhere"):
        api.divisions.get("nowhere")
    with pytest.raises(sbg.NotFound, match="nowhere"):
        api.teams.query(division="nowhere")
    with pytest.raises(sbg.NotFound, match="nowhere"):
        api.teams.create(name="T", division="nowhere")


def test_division_bad_input_fails_before_sending(api: sbg.Api) -> None:
    recorder = Recorder(api)
    with pytest.raises(sbg.ValidationError, match="a/b"):
        api.divisions.get("a/b")
    with pytest.raises(sbg.ValidationError, match="chief"):
        api.divisions.get(DIVISION, api=api).get_members(role="chief")
    with pytest.raises(sbg.ValidationError, match="limit"):
        api.divisions.query(limit=1000)
    assert [s.path for s in recorder.sent] == [f"/divisions/{DIVISION}"]


# ----------------------------------------------------------------------- teams


def test_team_create_get_rename_and_members(api: sbg.Api) -> None:
    team = api.teams.create(name="Crystallography", division=DIVISION)
    assert isinstance(team, sbg.Team) and team.name == "Crystallography"
    assert api.teams.get(team.id).name == "Crystallography"
    team.name = "X-ray"
    team.save()
    assert api.teams.get(team.id).name == "X-ray"
    member = team.add_member("rfranklin")
    assert isinstance(member, sbg.TeamMember) and member.username == "rfranklin"
    assert member.role == "member"
    assert [m.username for m in team.get_members()] == ["rfranklin"]
    assert team.get_member("rfranklin") == member
    team.remove_member(member)
    assert list(team.get_members()) == []


def test_team_member_twice_and_outsiders_are_typed_errors(api: sbg.Api) -> None:
    team = api.teams.create(name="Twice", division=DIVISION)
    team.add_member(api.users.get("rfranklin"))
    with pytest.raises(sbg.Conflict, match="already a member"):
        team.add_member("rfranklin")
    with pytest.raises(sbg.NotFound):
        team.remove_member("francis-crick")
    with pytest.raises(sbg.Conflict):
        api.teams.create(name="Twice", division=DIVISION)


def test_team_bad_input_fails_before_sending(api: sbg.Api) -> None:
    team = api.teams.create(name="Checked", division=DIVISION)
    recorder = Recorder(api)
    with pytest.raises(sbg.ValidationError, match="name"):
        api.teams.create(name="  ", division=DIVISION)
    with pytest.raises(sbg.ValidationError, match="division"):
        api.teams.create(name="T", division="")
    with pytest.raises(sbg.ValidationError, match="list_all"):
        api.teams.query(division=DIVISION, list_all="yes")  # type: ignore[arg-type]
    with pytest.raises(sbg.ValidationError, match="permissions"):
        team.add_member("rfranklin", permissions={"read": True})  # type: ignore[arg-type]
    with pytest.raises(sbg.ValidationError, match="a/b"):
        team.add_member("a/b")
    team.name = ""
    with pytest.raises(sbg.ValidationError, match="name"):
        team.save()
    with pytest.raises(sbg.SbgError, match="cannot be deleted"):
        team.delete()  # the API has no call that deletes a team
    assert recorder.sent == []


def test_team_queries_of_a_division(api: sbg.Api, emulator: Emulator) -> None:
    mine = api.teams.create(name="Mine", division=DIVISION)
    mine.add_member("john_doe")
    other = api.teams.create(name="Other", division=DIVISION)
    assert {t.id for t in api.teams.query(division=DIVISION)} == {SEEDED_TEAM, mine.id}
    every = api.teams.query(division=DIVISION, list_all=True)
    assert {t.id for t in every.all()} == {SEEDED_TEAM, mine.id, other.id}
    assert every.total == 3


# ----------------------------------------------------------------------- datasets


def test_datasets_query_get_owned_by_and_edit(api: sbg.Api) -> None:
    public = api.datasets.query(visibility="public")
    assert [d.id for d in public] == ["rfranklin/photo-51"]
    mine = api.datasets.query()
    assert "john_doe/pilot-cohort" in {d.id for d in mine}
    assert [d.id for d in api.datasets.get_owned_by("rfranklin")] == ["rfranklin/photo-51"]
    dataset = api.datasets.get("john_doe/pilot-cohort")
    assert isinstance(dataset, sbg.Dataset) and dataset.name == "Pilot Cohort"
    dataset.description = "Changed"
    dataset.save()
    assert api.datasets.get("john_doe/pilot-cohort").description == "Changed"
    with pytest.raises(sbg.ResourceNotModified):
        dataset.save()


def test_dataset_members_with_permissions(api: sbg.Api) -> None:
    dataset = api.datasets.get("john_doe/pilot-cohort")
    added = dataset.add_member("rfranklin", permissions={"read": True, "write": True})
    assert isinstance(added.permissions, sbg.Permissions)
    assert added.permissions["write"] is True and added.permissions["admin"] is False
    member = dataset.get_member("rfranklin")
    member.permissions["execute"] = True
    member.save()
    assert dataset.get_member("rfranklin").permissions["execute"] is True
    with pytest.raises(sbg.Conflict):
        dataset.add_member("rfranklin", permissions={"read": True})
    assert "rfranklin" in {m.username for m in dataset.get_members().all()}
    dataset.remove_member(member=member)
    with pytest.raises(sbg.NotFound):
        dataset.get_member("rfranklin")


def test_dataset_delete(api: sbg.Api) -> None:
    dataset = api.datasets.get("john_doe/pilot-cohort")
    dataset.delete()
    with pytest.raises(sbg.NotFound):
        api.datasets.get("john_doe/pilot-cohort")


def test_dataset_bad_input_fails_before_sending(api: sbg.Api) -> None:
    dataset = api.datasets.get("john_doe/pilot-cohort")
    recorder = Recorder(api)
    with pytest.raises(sbg.ValidationError, match="secret"):
        api.datasets.query(visibility="secret")
    with pytest.raises(sbg.ValidationError, match="pilot-cohort"):
        api.datasets.get("pilot-cohort")
    with pytest.raises(sbg.ValidationError, match="a/b"):
        api.datasets.get_owned_by("a/b")
    with pytest.raises(sbg.ValidationError, match="fly"):
        dataset.add_member("rfranklin", permissions={"fly": True})
    with pytest.raises(sbg.ReadOnlyPropertyError):
        dataset.id = "x/y"
    assert recorder.sent == []


# ----------------------------------------------------------------------- markers


@pytest.fixture
def bam(api: sbg.Api, tmp_path: object) -> sbg.File:
    project = api.projects.create(name="Markers", billing_group=api.billing_groups.query()[0])
    path = tmp_path / "sample.bam"  # type: ignore[operator]
    path.write_bytes(b"BAM\x01" * 100)
    uploaded = api.files.upload(path, project=project)
    assert isinstance(uploaded, sbg.File)
    return uploaded


def test_markers_create_query_get_save_delete(api: sbg.Api, bam: sbg.File) -> None:
    api.advance_access = True
    marker = api.markers.create(bam, "peak", {"start": 100, "end": 150}, "chr1")
    assert isinstance(marker, sbg.Marker) and marker.file == bam.id
    assert marker.position["end"] == 150 and marker.chromosome == "chr1" and marker.private
    assert [m.id for m in api.markers.query(file=bam)] == [marker.id]
    marker.position["start"] = 120
    marker.name = "narrower"
    marker.save()
    again = api.markers.get(marker.id)
    assert again.name == "narrower" and dict(again.position) == {"start": 120, "end": 150}
    marker.delete()
    with pytest.raises(sbg.NotFound):
        api.markers.get(marker.id)


def test_markers_need_advance_access_and_good_input(api: sbg.Api, bam: sbg.File) -> None:
    recorder = Recorder(api)
    with pytest.raises(sbg.AdvanceAccessError, match="advance"):
        api.markers.query(file=bam)
    with api.aa():
        for position in ({"start": 5, "end": 1}, {"start": -1}, {"begin": 1}, [1, 2]):
            with pytest.raises(sbg.ValidationError, match="position"):
                api.markers.create(bam, "m", position, "chr1")  # type: ignore[arg-type]
        with pytest.raises(sbg.ValidationError, match="chromosome"):
            api.markers.create(bam, "m", {"start": 1, "end": 2}, "")
        with pytest.raises(sbg.ValidationError, match="private"):
            api.markers.create(bam, "m", {"start": 1}, "chr1", private="no")  # type: ignore[arg-type]
    assert recorder.sent == []
    with api.aa(), pytest.raises(sbg.NotFound):
        api.markers.create("0" * 24, "m", {"start": 1, "end": 2}, "chr1")
