"""Task input and output values, converted between ``File`` objects and the wire's file references.

On the wire a file is ``{"class": "File", "path": <file id>}`` (``"Directory"`` for a folder),
possibly with ``name`` and ``secondaryFiles``; it may sit alone, in a list or inside a record (a
dict of values). Sending, every ``File`` object becomes such a reference, wherever it sits; reading,
every reference becomes a lazy ``File`` (its id and name known, the rest fetched when read), so
``task.outputs['bam'].download(path)`` works. Every other value passes through untouched.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sevenbridges_api.models.file_object import FileObject
from sevenbridges_api.types import Unset

from ..errors import ValidationError
from ..meta.ids import single_segment
from ..meta.resource import Resource
from .enums import FileApiFormats
from .file import File

if TYPE_CHECKING:
    from ..api import Api

FILE_CLASSES = (FileApiFormats.FILE, FileApiFormats.FOLDER)
SECONDARY_FILES = "secondaryFiles"


def is_file_reference(value: Any) -> bool:
    """Whether ``value`` is a wire file reference (``{"class": "File", "path": id, ...}``)."""
    return (
        isinstance(value, Mapping)
        and value.get("class") in FILE_CLASSES
        and isinstance(value.get("path"), str)
    )


def _reference_of(file: File, where: str) -> dict[str, Any]:
    identifier = file._identity()
    if identifier is None:
        raise ValidationError(f"{where}: the File has no id, so it cannot be sent: {file!r}")
    folder = str(file.field("type") or "").lower() == "folder"
    kind = FileApiFormats.FOLDER if folder else FileApiFormats.FILE
    reference: dict[str, Any] = {"class": kind, "path": single_segment(identifier, "file")}
    secondary = file.field("secondary_files")
    if secondary:
        reference[SECONDARY_FILES] = [
            {"class": FileApiFormats.FILE, "path": single_segment(item.id, "secondary file")}
            for item in secondary
        ]
    return reference


def to_wire(value: Any, where: str = "inputs") -> Any:
    """``value`` as it is sent: ``File`` objects (alone, in lists or in records) as references.

    ``where`` names the value in errors (``inputs['reads'][2]``). A resource that is not a file
    (a ``Project`` given as an input) raises :class:`ValidationError` before anything is sent.
    """
    if isinstance(value, File):
        return _reference_of(value, where)
    if isinstance(value, Resource):
        raise ValidationError(
            f"{where}: a {type(value).__name__} cannot be a task input; give a File, a list of "
            f"Files, or a plain value (got {value!r})"
        )
    if isinstance(value, Mapping):
        return {key: to_wire(item, f"{where}[{key!r}]") for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_wire(item, f"{where}[{index}]") for index, item in enumerate(value)]
    return value


def inputs_to_wire(inputs: Any) -> dict[str, Any]:
    """A whole ``inputs`` dict for sending; anything but a dict with string keys is refused."""
    if not isinstance(inputs, Mapping):
        raise ValidationError(f"inputs must be a dict of input id -> value, got {inputs!r}")
    for key in inputs:
        if not isinstance(key, str) or not key.strip():
            raise ValidationError(f"Input ids must be non-empty strings, got {key!r} in inputs")
    converted: dict[str, Any] = to_wire(dict(inputs))
    return converted


def _file_of(reference: Mapping[str, Any], api: Api | None) -> File:
    data: dict[str, Any] = {"id": reference["path"]}
    if isinstance(reference.get("name"), str):
        data["name"] = reference["name"]
    if reference.get("class") == FileApiFormats.FOLDER:
        data["type"] = "folder"
    secondary = reference.get(SECONDARY_FILES)
    if isinstance(secondary, list):
        data["secondary_files"] = [
            {"id": item["path"], **({"name": item["name"]} if "name" in item else {})}
            for item in secondary
            if is_file_reference(item)
        ]
    cls = api._bind(File) if api is not None else File
    return cls._from_model(FileObject.from_dict(data), api, complete=False)


def from_wire(value: Any, api: Api | None) -> Any:
    """``value`` as read: file references (alone, in lists or in records) as lazy ``File``s."""
    if is_file_reference(value):
        return _file_of(value, api)
    if isinstance(value, Mapping):
        return {key: from_wire(item, api) for key, item in value.items()}
    if isinstance(value, list):
        return [from_wire(item, api) for item in value]
    return value


def ports_from_wire(raw: Any, resource: Resource) -> dict[str, Any]:
    """A task's ``inputs`` or ``outputs`` model as a dict of converted values (empty when unset)."""
    if raw is None or isinstance(raw, Unset):
        return {}
    data = raw.to_dict() if hasattr(raw, "to_dict") else dict(raw)
    converted: dict[str, Any] = from_wire(data, resource._bound_api)
    return converted


__all__ = ["from_wire", "inputs_to_wire", "is_file_reference", "ports_from_wire", "to_wire"]
