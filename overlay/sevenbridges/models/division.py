"""Divisions of an Enterprise: the ones you belong to, their teams and their users."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sevenbridges_api.api.divisions import get_division, list_divisions
from sevenbridges_api.models.division import Division as DivisionModel
from sevenbridges_api.models.division_list import DivisionList

from ..meta.collection import Collection, query_collection
from ..meta.ids import single_segment
from ..meta.resource import Resource

if TYPE_CHECKING:
    from ..api import Api
    from .team import Team
    from .user import User


class Division(Resource):
    """A division: ``api.divisions.get('the-lab')``; its teams and users are listed from it."""

    _model_cls = DivisionModel
    _kind = "division"

    @classmethod
    def _get_model(cls, api: Api, identifier: str) -> Any:
        return api._call_parsed(
            DivisionModel, get_division.sync_detailed, single_segment(identifier, "division")
        )

    @classmethod
    def query(
        cls, offset: int | None = None, limit: int | None = None, api: Api | None = None
    ) -> Collection[Division]:
        """The divisions you belong to, one page at a time.

        Args:
            offset: index of the first division of the page.
            limit: divisions per page (at most 100).
            api: the ``Api`` to use instead of the bound one.

        Returns:
            A :class:`Collection` of divisions.

        Raises:
            ValidationError: bad ``offset`` or ``limit``, before any request.
        """
        resolved = cls._resolve_api(api)
        return query_collection(
            resolved, cls, DivisionList, list_divisions.sync_detailed, offset=offset, limit=limit
        )

    def get_teams(
        self, offset: int | None = None, limit: int | None = None, *, list_all: bool = False
    ) -> Collection[Team]:
        """The teams of this division (yours; every team with ``list_all=True``).

        Args:
            offset: index of the first team of the page.
            limit: teams per page (at most 100).
            list_all: every team of the division, not only the ones you are in.

        Returns:
            A :class:`Collection` of teams.

        Raises:
            ValidationError: a bad argument, before any request.
        """
        return self.api.teams.query(
            division=self, list_all=list_all, offset=offset, limit=limit, api=self.api
        )

    def get_members(
        self, role: str | None = None, offset: int | None = None, limit: int | None = None
    ) -> Collection[User]:
        """The users of this division, optionally of one ``role`` (a :class:`DivisionRole`).

        Args:
            role: ``member``, ``admin`` or ``external_collaborator``.
            offset: index of the first user of the page.
            limit: users per page (at most 100).

        Returns:
            A :class:`Collection` of users.

        Raises:
            ValidationError: an unknown role or bad paging, before any request.
        """
        return self.api.users.query(
            division=self._division_id(), role=role, offset=offset, limit=limit, api=self.api
        )

    def _division_id(self) -> str:
        return single_segment(self._identity(), "division")
