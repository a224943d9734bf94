"""api.actions (send_feedback, bulk_copy_files) and the project helpers get_files / add_files."""

from __future__ import annotations

import pytest
import sevenbridges as sbg
from sevenbridges_emulator import Emulator

from .file_fixtures import Recorder
from .task_fixtures import new_project, text_files


def test_send_feedback(api: sbg.Api, emulator: Emulator) -> None:
    api.actions.send_feedback(type=sbg.FeedbackType.PROBLEM, text="It broke", referrer="tests")
    api.actions.send_feedback(text="An idea")  # IDEA by default
    api.actions.send_feedback("thought", text="lower case is fine")
    assert [(f["type"], f["text"], f["referrer"]) for f in emulator.state.feedback] == [
        ("PROBLEM", "It broke", "tests"),
        ("IDEA", "An idea", ""),
        ("THOUGHT", "lower case is fine", ""),
    ]


def test_send_feedback_refuses_bad_input_before_any_request(api: sbg.Api) -> None:
    recorder = Recorder(api)
    with pytest.raises(sbg.ValidationError, match="text"):
        api.actions.send_feedback(type="IDEA")
    with pytest.raises(sbg.ValidationError, match="'RANT'"):
        api.actions.send_feedback(type="RANT", text="x")
    assert recorder.sent == []


def test_bulk_copy_files_and_add_files(api: sbg.Api, emulator: Emulator) -> None:
    source, target = new_project(api, "Source"), new_project(api, "Target")
    ids = text_files(emulator, source, *(f"f{n}.txt" for n in range(3)))
    copied = api.actions.bulk_copy_files([ids[0], api.files.get(ids[1])], target)
    assert set(copied) == {ids[0], ids[1]}
    assert {copied[i]["new_file_name"] for i in copied} == {"f0.txt", "f1.txt"}
    third = api.files.get(ids[2])
    added = target.add_files(third)  # one File
    assert added[ids[2]]["new_file_name"] == "f2.txt"
    again = new_project(api, "Again")
    assert set(again.add_files(source.get_files())) == set(ids)  # a Collection
    assert sorted(f.name for f in again.get_files().all()) == ["f0.txt", "f1.txt", "f2.txt"]
    assert len(target.get_files(limit=2)) == 2 and target.get_files(limit=2).total == 3
    recorder = Recorder(api)
    with pytest.raises(sbg.ValidationError):
        target.add_files([])
    with pytest.raises(sbg.ValidationError, match="'a/b'"):
        api.actions.bulk_copy_files(["a/b"], target)
    assert recorder.sent == []
