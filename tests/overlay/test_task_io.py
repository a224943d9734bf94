"""Task inputs and outputs both ways: File objects (alone, in lists, in records, with secondary
files, folders) become the wire's file references and come back as lazy File objects; other
values pass through untouched."""

from __future__ import annotations

from typing import Any

import pytest
import sevenbridges as sbg
from sevenbridges.models.task_io import from_wire, inputs_to_wire, to_wire
from sevenbridges_emulator import Emulator

from .file_fixtures import Recorder
from .task_fixtures import new_project, text_files


def ref(file_id: str, **extra: Any) -> dict[str, Any]:
    return {"class": "File", "path": file_id, **extra}


def test_files_anywhere_become_references(api: sbg.Api) -> None:
    a, b = api.files(id="a" * 24), api.files(id="b" * 24, secondary_files=[{"id": "c" * 24}])
    folder = api.files(id="d" * 24, type="folder")
    inputs = {
        "one": a,
        "many": [a, b],
        "record": {"reads": (a,), "label": "x", "nested": {"deep": [folder]}},
        "plain": 3,
        "none": None,
        "given": ref("e" * 24, name="as is"),
    }
    assert inputs_to_wire(inputs) == {
        "one": ref("a" * 24),
        "many": [ref("a" * 24), ref("b" * 24, secondaryFiles=[ref("c" * 24)])],
        "record": {
            "reads": [ref("a" * 24)],
            "label": "x",
            "nested": {"deep": [{"class": "Directory", "path": "d" * 24}]},
        },
        "plain": 3,
        "none": None,
        "given": ref("e" * 24, name="as is"),
    }


def test_bad_values_are_named(api: sbg.Api) -> None:
    project = api.projects(id="me/p")
    with pytest.raises(sbg.ValidationError, match=r"inputs\['rec'\]\['x'\]\[1\].*Project"):
        inputs_to_wire({"rec": {"x": [api.files(id="a" * 24), project]}})
    with pytest.raises(sbg.ValidationError, match="has no id"):
        to_wire(api.files())
    with pytest.raises(sbg.ValidationError, match="Input ids"):
        inputs_to_wire({3: "x"})


def test_references_come_back_as_lazy_files(api: sbg.Api) -> None:
    wire = {
        "bam": ref("a" * 24, name="x.bam", secondaryFiles=[ref("b" * 24, name="x.bam.bai")]),
        "list": [ref("c" * 24), {"class": "Directory", "path": "d" * 24, "name": "dir"}],
        "record": {"f": ref("e" * 24), "n": 1},
        "text": "keep",
        "missing": None,
        "not_a_ref": {"class": "File"},
    }
    value = from_wire(wire, api)
    bam = value["bam"]
    assert isinstance(bam, sbg.File) and bam.id == "a" * 24 and bam.field("name") == "x.bam"
    (bai,) = bam.secondary_files
    assert bai.id == "b" * 24 and bai.field("name") == "x.bam.bai"
    assert value["list"][0].id == "c" * 24 and value["list"][1].is_folder()
    assert value["record"]["f"].id == "e" * 24 and value["record"]["n"] == 1
    assert value["text"] == "keep" and value["missing"] is None
    assert value["not_a_ref"] == {"class": "File"}
    assert to_wire(from_wire(wire, api))["bam"] == ref(
        "a" * 24, secondaryFiles=[ref("b" * 24)]
    )  # what would be sent back


def test_nested_records_round_trip_through_the_server(api: sbg.Api, emulator: Emulator) -> None:
    project = new_project(api)
    first, second = (api.files.get(i) for i in text_files(emulator, project, "1.txt", "2.txt"))
    recorder = Recorder(api)
    task = api.tasks.create(
        "records", project, "admin/sbg-public-data/word-count",
        inputs={"input_file": first, "extra": {"files": [first, second], "depth": 2}},
    )  # fmt: skip
    assert recorder.sent[-1].body["inputs"] == {
        "input_file": ref(first.id),
        "extra": {"files": [ref(first.id), ref(second.id)], "depth": 2},
    }
    again = api.tasks.get(task.id)
    assert again.inputs["extra"]["files"] == [first, second]
    assert again.inputs["extra"]["files"][1].name == "2.txt"  # fetched lazily
    assert again.inputs["extra"]["depth"] == 2
