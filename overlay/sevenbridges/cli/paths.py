"""Remote places named on the command line: ``owner/project``, ``owner/project/folder/file``, or a
file or folder id (one word without ``/``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import NotFound, ValidationError

if TYPE_CHECKING:
    from ..api import Api
    from ..models.file import File


@dataclass
class Place:
    """A project's root (``file`` is None) or a file or folder in it."""

    project: str | None
    file: File | None

    @property
    def is_folder_like(self) -> bool:
        """Whether files can go in it (a project's root or a folder)."""
        return self.file is None or self.file.is_folder()


def resolve(api: Api, text: str) -> Place:
    """The project, folder or file ``text`` names.

    Raises:
        ValidationError: ``text`` is empty or has empty path steps.
        NotFound: no such project, folder or file.
    """
    steps = text.strip().strip("/").split("/") if text.strip() else []
    if not steps or any(not step for step in steps):
        raise ValidationError(
            f"Invalid remote path {text!r}: expected owner/project[/path] or an id"
        )
    if len(steps) == 1:
        return Place(None, api.files.get(steps[0]))
    project = api.projects.get("/".join(steps[:2]))
    place = Place(str(project.id), None)
    for index, name in enumerate(steps[2:], start=3):
        if place.file is not None and not place.file.is_folder():
            raise ValidationError(f"{'/'.join(steps[: index - 1])!r} is a file, not a folder")
        if place.file is None:
            found = api.files.query(project=place.project, names=[name]).all()
        else:
            found = api.files.query(parent=place.file, names=[name]).all()
        match = next((item for item in found if item.name == name), None)
        if match is None:
            raise NotFound(message=f"No file or folder {'/'.join(steps[:index])!r}")
        place = Place(place.project, match)
    return place


def destination(api: Api, text: str) -> tuple[str | None, File | None]:
    """``(project, None)`` for a project's root or ``(None, folder)`` for a folder named by ``text``.

    Raises:
        ValidationError: ``text`` names a file.
        NotFound: no such project or folder.
    """
    place = resolve(api, text)
    if not place.is_folder_like:
        raise ValidationError(f"{text!r} is a file; give a project or a folder")
    if place.file is None:
        return place.project, None
    return None, place.file
