"""Markers on alignment files (advance access): create, list per file, edit, delete.

The markers API is an advance access feature: every call here needs ``Api(advance_access=True)``
(or ``with api.aa():``) and raises ``AdvanceAccessError`` before sending anything otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sevenbridges_api.api.markers import (
    create_marker,
    delete_marker,
    get_marker,
    list_markers,
    update_marker,
)
from sevenbridges_api.models.marker import Marker as MarkerModel
from sevenbridges_api.models.marker_create import MarkerCreate
from sevenbridges_api.models.marker_list import MarkerList
from sevenbridges_api.models.marker_update import MarkerUpdate

from ..errors import ValidationError
from ..meta.checks import optional_bool, require_advance_access, required_str
from ..meta.collection import Collection, query_collection
from ..meta.ids import single_segment
from ..meta.resource import Field, Resource

if TYPE_CHECKING:
    from ..api import Api
    from .file import File


def check_position(value: Any) -> dict[str, int]:
    """A ``{'start': int, 'end': int}`` position with ``0 <= start <= end``."""
    if not isinstance(value, dict):
        raise ValidationError(f"position must be a dict with 'start' and 'end', got {value!r}")
    unknown = set(value) - {"start", "end"}
    if unknown or "start" not in value:
        raise ValidationError(f"position takes 'start' and 'end', got {value!r}")
    checked: dict[str, int] = {}
    for key in ("start", "end"):
        number = value.get(key, value["start"])
        if isinstance(number, bool) or not isinstance(number, int) or number < 0:
            raise ValidationError(f"position {key!r} must be a whole number >= 0, got {number!r}")
        checked[key] = number
    if checked["end"] < checked["start"]:
        raise ValidationError(f"position end must not be before start, got {value!r}")
    return checked


class Marker(Resource):
    """A marker on a BAM file: ``api.markers.create(file, 'peak', {'start': 10, 'end': 20}, 'chr1')``."""

    _model_cls = MarkerModel
    _kind = "marker"

    name: Field[str | None] = Field(read_only=False)
    chromosome: Field[str | None] = Field(read_only=False)
    position: Field[dict[str, int]] = Field(read_only=False, dict_like=True)
    private: Field[bool | None] = Field(read_only=False)

    @classmethod
    def _get_model(cls, api: Api, identifier: str) -> Any:
        require_advance_access(api, "Markers")
        return api._call_parsed(
            MarkerModel, get_marker.sync_detailed, single_segment(identifier, "marker")
        )

    @classmethod
    def query(
        cls,
        file: File | str,
        offset: int | None = None,
        limit: int | None = None,
        api: Api | None = None,
    ) -> Collection[Marker]:
        """The markers of one file.

        Args:
            file: a ``File`` or its id.
            offset: index of the first marker of the page.
            limit: markers per page (at most 100).
            api: the ``Api`` to use instead of the bound one.

        Returns:
            A :class:`Collection` of markers.

        Raises:
            ValidationError: a malformed file id or bad paging, before any request.
        """
        resolved = cls._resolve_api(api)
        require_advance_access(resolved, "Markers")
        return query_collection(
            resolved,
            cls,
            MarkerList,
            list_markers.sync_detailed,
            offset=offset,
            limit=limit,
            file=single_segment(file, "file"),
        )

    @classmethod
    def create(
        cls,
        file: File | str,
        name: str,
        position: dict[str, int],
        chromosome: str,
        private: bool = True,
        api: Api | None = None,
    ) -> Marker:
        """Put a marker on ``file`` at ``position`` (``{'start': ..., 'end': ...}``) of ``chromosome``.

        Args:
            file: a ``File`` or its id (an alignment file).
            name: the marker's name.
            position: ``start`` and ``end`` (whole numbers, ``end`` not before ``start``).
            chromosome: the chromosome, e.g. ``'chr1'``.
            private: only you see the marker.
            api: the ``Api`` to use instead of the bound one.

        Returns:
            The new marker.

        Raises:
            ValidationError: a bad argument, before any request.
            NotFound: the file does not exist.
        """
        resolved = cls._resolve_api(api)
        body: dict[str, Any] = {
            "file": single_segment(file, "file"),
            "name": required_str(name, "name"),
            "position": check_position(position),
            "chromosome": required_str(chromosome, "chromosome"),
        }
        if private is not None:
            body["private"] = optional_bool(private, "private")
        require_advance_access(resolved, "Markers")
        model = resolved._call_parsed(
            MarkerModel, create_marker.sync_detailed, body=MarkerCreate.from_dict(body)
        )
        return cls._from_model(model, resolved, complete=True)

    def _marker_id(self) -> str:
        return single_segment(self._identity(), "marker")

    def _update_model(self, changes: dict[str, Any]) -> Any:
        for key in ("name", "chromosome"):
            if key in changes:
                required_str(changes[key], key)
        if "position" in changes:
            changes["position"] = check_position(changes["position"])
        if "private" in changes:
            optional_bool(changes["private"], "private")
        require_advance_access(self.api, "Markers")
        return self.api._call_parsed(
            MarkerModel,
            update_marker.sync_detailed,
            self._marker_id(),
            body=MarkerUpdate.from_dict(changes),
        )

    def _delete_remote(self) -> None:
        require_advance_access(self.api, "Markers")
        self.api._call(delete_marker.sync_detailed, self._marker_id())
