"""Automations, their members, code packages (uploaded through the transfer engine) and runs, over
HTTP against the emulator; bad input refused before sending; secrets never shown."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import sevenbridges as sbg
from sevenbridges.models.automation import AutomationMember
from sevenbridges.transfer.upload import CodePackageUpload
from sevenbridges_emulator import Emulator

from .file_fixtures import Recorder

SECRET = "s3cr3t-value-7731"
CODE = b"def main(x, y):\n    return {'div': x / y}\n"


@pytest.fixture
def aa_api(api: sbg.Api) -> sbg.Api:
    api.advance_access = True  # packages and run states are advance access features
    return api


@pytest.fixture
def automation(aa_api: sbg.Api) -> sbg.Automation:
    billing_group = aa_api.billing_groups.query()[0]
    return aa_api.automations.create(
        "Nightly QC", description="QC", billing_group=billing_group,
        secret_settings={"api_key": SECRET},
    )  # fmt: skip


@pytest.fixture
def code_path(tmp_path: Path) -> Path:
    path = tmp_path / "package.zip"
    path.write_bytes(CODE)
    return path


@pytest.fixture
def package(automation: sbg.Automation, code_path: Path) -> sbg.AutomationPackage:
    return automation.add_package("0.0.1", code_path, schema={"outputs": {"div": {}}})


# ----------------------------------------------------------------------- automations


def test_create_get_query_save_archive_restore(aa_api: sbg.Api, automation: sbg.Automation) -> None:
    assert isinstance(automation, sbg.Automation) and automation.name == "Nightly QC"
    assert automation.secret_settings == {"api_key": SECRET} and automation.archived is False
    got = aa_api.automations.get(automation.id)
    assert got == automation and got.billing_group == automation.billing_group
    got.description = "Quality control"
    got.memory_limit = 1000
    got.save()
    assert aa_api.automations.get(automation.id).memory_limit == 1000
    assert [a.id for a in aa_api.automations.query(name="Nightly QC")] == [automation.id]
    assert list(aa_api.automations.query(name="Other")) == []
    automation.archive()
    assert automation.archived is True
    assert list(aa_api.automations.query()) == []
    assert [a.id for a in aa_api.automations.query(include_archived=True)] == [automation.id]
    automation.restore()
    assert aa_api.automations.get(automation.id).archived is False


def test_automation_bad_input_fails_before_sending(
    aa_api: sbg.Api, automation: sbg.Automation
) -> None:
    recorder = Recorder(aa_api)
    with pytest.raises(sbg.ValidationError, match="not-a-uuid"):
        aa_api.automations.get("not-a-uuid")
    with pytest.raises(sbg.ValidationError, match="name"):
        aa_api.automations.create("")
    with pytest.raises(sbg.ValidationError, match="memory_limit"):
        aa_api.automations.create("A", memory_limit=5000)
    with pytest.raises(sbg.ValidationError, match="billing group"):
        aa_api.automations.create("A", billing_group=5)  # type: ignore[arg-type]
    with pytest.raises(sbg.ValidationError, match="include_archived"):
        aa_api.automations.query(include_archived="yes")  # type: ignore[arg-type]
    with pytest.raises(sbg.ValidationError, match="fly"):
        automation.add_member("rfranklin", {"fly": True})
    with pytest.raises(sbg.ValidationError, match="No such file"):
        automation.add_package("0.0.2", "/no/such/file.zip", schema={})
    with pytest.raises(sbg.ValidationError, match="schema"):
        automation.add_package("0.0.2", "/no/such/file.zip", schema="x")  # type: ignore[arg-type]
    with pytest.raises(sbg.ValidationError, match="version"):
        aa_api.automation_packages.create(automation, "", "65f1c0da2a9b4c0012d3e4f1")
    automation.memory_limit = 0
    with pytest.raises(sbg.ValidationError, match="memory_limit"):
        automation.save()
    assert recorder.sent == []


def test_unknown_automation_is_not_found(aa_api: sbg.Api) -> None:
    with pytest.raises(sbg.NotFound):
        aa_api.automations.get("6f1c2c1e-7b0a-4d7e-9f55-0123456789ab")


# ----------------------------------------------------------------------- secrets


def test_secret_settings_never_in_repr_logs_or_errors(
    aa_api: sbg.Api, automation: sbg.Automation, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    again = aa_api.automations.get(automation.id)
    shown = [repr(automation), str(automation), repr(again), repr(aa_api), repr(aa_api.headers)]
    for text in shown:
        assert SECRET not in text
    for bad in (SECRET, [SECRET], {1: SECRET}):
        with pytest.raises(sbg.ValidationError) as refused:
            aa_api.automations.create("A", secret_settings=bad)  # type: ignore[arg-type]
        assert SECRET not in str(refused.value) and SECRET not in repr(refused.value)
        with pytest.raises(sbg.ValidationError) as refused_run:
            aa_api.automation_runs.create("pkg", secret_settings=bad)  # type: ignore[arg-type]
        assert SECRET not in str(refused_run.value)
    with pytest.raises(sbg.SbgError) as server_refused:
        aa_api.automation_runs.create("no-such-package", secret_settings={"k": SECRET})
    assert SECRET not in str(server_refused.value)
    assert caplog.records and SECRET not in caplog.text


# ----------------------------------------------------------------------- members


def test_members_add_get_edit_remove_and_twice(automation: sbg.Automation) -> None:
    member = automation.add_member("rfranklin", {"read": True, "execute": True})
    assert member.username == "rfranklin" and member.permissions["execute"] is True
    assert isinstance(member.permissions, sbg.Permissions)
    with pytest.raises(sbg.Conflict):
        automation.add_member("rfranklin", {"read": True})
    member.permissions["write"] = True
    member.save()
    assert automation.get_member("rfranklin").permissions["write"] is True
    assert {m.username for m in automation.get_members()} == {"john_doe", "rfranklin"}
    assert AutomationMember.get("rfranklin", automation, api=automation.api) == member
    automation.remove_member("rfranklin")
    with pytest.raises(sbg.NotFound):
        automation.get_member("rfranklin")


def test_team_members(aa_api: sbg.Api, automation: sbg.Automation) -> None:
    team = aa_api.teams.get("5ec0a5e0-7ea3-4c0e-9b1a-000000000001")
    member = automation.add_team_member(team, {"read": True})
    assert member.field("type") == "TEAM" and member.field("id") == team.id
    member.permissions["execute"] = True
    member.save()
    assert automation.get_member(team.id).permissions["execute"] is True
    automation.remove_team_member(team)
    assert {m.username for m in automation.get_members()} == {"john_doe"}


# ----------------------------------------------------------------------- packages


def test_add_package_uploads_through_the_transfer_engine(
    aa_api: sbg.Api, automation: sbg.Automation, emulator: Emulator, tmp_path: Path
) -> None:
    data = bytes(range(256)) * (44 * 1024)  # 11 MiB: three parts of 5 MiB
    path = tmp_path / "big.zip"
    path.write_bytes(data)
    recorder = Recorder(aa_api)
    package = automation.add_package("1.0.0", path, schema={}, part_size=5 * 1024**2)
    parts = sorted(s.path for s in recorder.sent if "/part/" in s.path)
    assert [p.rsplit("/", 1)[1] for p in parts] == ["1", "2", "3"]
    assert package.version == "1.0.0" and package.automation == automation.id
    with emulator.state.lock:
        code_file = emulator.state.automations.code_files[package.location]
        with emulator.state.storage.open_blob(code_file.blob) as handle:
            assert handle.read() == data


def test_code_package_upload_handle_reports_progress(
    aa_api: sbg.Api, automation: sbg.Automation, code_path: Path
) -> None:
    upload = CodePackageUpload(code_path, automation.id, api=aa_api)
    seen: list[float] = []
    upload.add_progress_callback(lambda progress: seen.append(progress.progress))
    assert upload.status == sbg.TransferState.PREPARING
    upload.start()
    upload.wait()
    code_file = upload.result()
    assert upload.status == sbg.TransferState.COMPLETED and seen and seen[-1] == 1.0
    assert code_file.size == len(CODE) and code_file.name == "package.zip"
    package = aa_api.automation_packages.create(automation, "0.1.0", code_file.id, schema={})
    assert package.location == code_file.id
    with pytest.raises(sbg.ValidationError, match="parent"):
        CodePackageUpload(code_path, automation.id, parent="folder", api=aa_api)  # type: ignore[arg-type]
    with pytest.raises(sbg.ValidationError, match="automation"):
        CodePackageUpload(code_path, "a/b", api=aa_api)


def test_packages_query_get_save_archive_restore(
    aa_api: sbg.Api, automation: sbg.Automation, package: sbg.AutomationPackage
) -> None:
    assert [p.id for p in automation.get_packages()] == [package.id]
    assert [p.id for p in aa_api.automation_packages.query(automation.id)] == [package.id]
    got = sbg.Automation.get_package(package.id, api=aa_api)
    assert got.version == "0.0.1" and got.schema == {"outputs": {"div": {}}}
    got.custom_url = "https://example.org/qc"
    got.save()
    assert aa_api.automation_packages.get(package.id).custom_url == "https://example.org/qc"
    package.archive()
    assert package.archived is True
    with pytest.raises(sbg.BadRequest, match="already archived"):
        package.archive()
    package.restore()
    assert package.archived is False
    with pytest.raises(sbg.BadRequest):
        package.restore()


def test_packages_need_advance_access(api: sbg.Api, code_path: Path) -> None:
    automation = api.automations.create("No AA")
    recorder = Recorder(api)
    with pytest.raises(sbg.AdvanceAccessError):
        automation.add_package("0.0.1", code_path, schema={})
    with pytest.raises(sbg.AdvanceAccessError):
        api.automation_packages.create(automation, "0.0.1", "65f1c0da2a9b4c0012d3e4f1")
    assert recorder.sent == []


# ----------------------------------------------------------------------- runs


def test_run_create_wait_outputs_log_and_state(
    aa_api: sbg.Api, automation: sbg.Automation, package: sbg.AutomationPackage
) -> None:
    run = aa_api.automation_runs.create(package, inputs={"x": 1, "y": 2}, name="first")
    assert run.status == sbg.AutomationStatus.QUEUED_FOR_EXECUTION
    assert run.automation == automation and run.package == package
    assert run.automation is not None and run.automation.name == "Nightly QC"
    seen: list[str] = []
    run.wait(period=0.01, callback=lambda r: seen.append(str(r.status.value)), timeout=60)
    assert run.status == sbg.AutomationStatus.FINISHED and seen[-1] == "FINISHED"
    assert run.outputs == {"div": None} and run.inputs == {"x": 1, "y": 2}
    log_file = run.get_log_file()
    assert isinstance(log_file, sbg.File) and log_file.name == "automation.log"
    assert run.get_state()["main"]["inputs"] == {"x": 1, "y": 2}
    with pytest.raises(sbg.BadRequest):
        run.stop()  # already finished
    run.name = "renamed"
    run.save()
    assert aa_api.automation_runs.get(run.id).name == "renamed"


def test_run_stop_rerun_and_queries(
    aa_api: sbg.Api, automation: sbg.Automation, package: sbg.AutomationPackage
) -> None:
    run = aa_api.automation_runs.create(package.id, inputs={"x": 1, "y": 2}, name="one")
    run.stop()
    assert run.status == sbg.AutomationStatus.QUEUED_FOR_TERMINATION
    assert run.wait(period=0.01, timeout=60).status == sbg.AutomationStatus.ABORTED
    merged = aa_api.automation_runs.rerun(run, inputs={"y": 3})
    assert merged.id != run.id and merged.inputs == {"x": 1, "y": 3}
    replaced = aa_api.automation_runs.rerun(run.id, inputs={"z": 0}, merge=False, name="two")
    assert replaced.inputs == {"z": 0}
    assert {r.id for r in automation.get_runs().all()} == {run.id, merged.id, replaced.id}
    assert [r.id for r in automation.get_runs(name="two")] == [replaced.id]
    oldest_first = aa_api.automation_runs.query(automation=automation, order="asc")
    assert oldest_first[0].id == run.id
    assert aa_api.automation_runs.query(package=package, created_by="john_doe").total == 3
    aborted = aa_api.automation_runs.query(status=sbg.AutomationStatus.ABORTED)
    assert [r.id for r in aborted] == [run.id]


def test_run_bad_input_fails_before_sending(
    api: sbg.Api, aa_api: sbg.Api, package: sbg.AutomationPackage
) -> None:
    run = aa_api.automation_runs.create(package)
    recorder = Recorder(aa_api)
    with pytest.raises(sbg.ValidationError, match="DONE"):
        aa_api.automation_runs.query(status="DONE")
    with pytest.raises(sbg.ValidationError, match="up"):
        aa_api.automation_runs.query(order="up")
    with pytest.raises(sbg.ValidationError, match="automation"):
        aa_api.automation_runs.query(automation="nope")
    with pytest.raises(sbg.ValidationError, match="package"):
        aa_api.automation_runs.create("")
    with pytest.raises(sbg.ValidationError, match="inputs"):
        aa_api.automation_runs.create(package, inputs=[1])  # type: ignore[arg-type]
    with pytest.raises(sbg.ValidationError, match="a/b"):
        aa_api.automation_runs.rerun("a/b")
    with pytest.raises(sbg.ValidationError, match="merge"):
        aa_api.automation_runs.rerun(run, merge="no")  # type: ignore[arg-type]
    with pytest.raises(sbg.ValidationError, match="period"):
        run.wait(period=0)
    api.advance_access = False
    with pytest.raises(sbg.AdvanceAccessError):
        run.get_state()
    assert recorder.sent == []


def test_run_wait_times_out(
    aa_api: sbg.Api, emulator: Emulator, package: sbg.AutomationPackage
) -> None:
    emulator.set_pace(frozen=True)  # the run stays queued
    run = aa_api.automation_runs.create(package)
    with pytest.raises(sbg.WaitTimeout, match=run.id):
        run.wait(period=0.01, timeout=0.05)
