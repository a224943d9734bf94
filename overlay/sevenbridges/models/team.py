"""Teams of a division: create, list, rename, and who is in them (members without permissions)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from sevenbridges_api.api.teams import (
    add_team_member,
    create_team,
    get_team,
    list_team_members,
    list_teams,
    remove_team_member,
    update_team,
)
from sevenbridges_api.models.team import Team as TeamModel
from sevenbridges_api.models.team_create import TeamCreate
from sevenbridges_api.models.team_list import TeamList
from sevenbridges_api.models.team_member import TeamMember as TeamMemberModel
from sevenbridges_api.models.team_member_create import TeamMemberCreate
from sevenbridges_api.models.team_member_list import TeamMemberList
from sevenbridges_api.models.team_update import TeamUpdate

from ..meta.checks import optional_bool, required_str
from ..meta.collection import Collection, query_collection
from ..meta.ids import single_segment
from ..meta.members import HasMembers, MemberCalls
from ..meta.resource import Field, Resource
from .member import Member

if TYPE_CHECKING:
    from ..api import Api
    from .division import Division
    from .user import User


class TeamMember(Member):
    """A user in a team (``username``, division ``role``); team members have no permissions."""

    _model_cls = TeamMemberModel
    _kind = "team_member"


class Team(HasMembers, Resource):
    """A team of a division: ``api.teams.create(name='Sequencing', division='the-lab')``."""

    _model_cls = TeamModel
    _kind = "team"
    _member_calls = MemberCalls(
        list=list_team_members.sync_detailed,
        list_model=TeamMemberList,
        add=add_team_member.sync_detailed,
        add_model=TeamMemberCreate,
        remove=remove_team_member.sync_detailed,
        user_key="id",
    )
    _member_cls = TeamMember

    name: Field[str | None] = Field(read_only=False)

    @classmethod
    def _get_model(cls, api: Api, identifier: str) -> Any:
        return api._call_parsed(
            TeamModel, get_team.sync_detailed, single_segment(identifier, "team")
        )

    @classmethod
    def query(
        cls,
        division: Division | str,
        list_all: bool = False,
        offset: int | None = None,
        limit: int | None = None,
        api: Api | None = None,
    ) -> Collection[Team]:
        """The teams of ``division`` you are in, or all of its teams with ``list_all=True``.

        Args:
            division: a ``Division`` or its id.
            list_all: every team of the division, not only yours.
            offset: index of the first team of the page.
            limit: teams per page (at most 100).
            api: the ``Api`` to use instead of the bound one.

        Returns:
            A :class:`Collection` of teams.

        Raises:
            ValidationError: a missing or malformed division, or bad paging, before any request.
            NotFound: the division does not exist or you are not in it.
        """
        resolved = cls._resolve_api(api)
        every = optional_bool(list_all, "list_all")
        return query_collection(
            resolved,
            cls,
            TeamList,
            list_teams.sync_detailed,
            offset=offset,
            limit=limit,
            division=single_segment(division, "division"),
            field_all_=True if every else None,
        )

    @classmethod
    def create(cls, name: str, division: Division | str, api: Api | None = None) -> Team:
        """Create a team named ``name`` in ``division`` (division administrators only).

        Args:
            name: the team's name, unique in the division.
            division: a ``Division`` or its id.
            api: the ``Api`` to use instead of the bound one.

        Returns:
            The new team.

        Raises:
            ValidationError: an empty name or a malformed division, before any request.
            NotFound: the division does not exist.
            Conflict: the division already has a team of that name.
        """
        resolved = cls._resolve_api(api)
        body = {
            "name": required_str(name, "name"),
            "division": single_segment(division, "division"),
        }
        model = resolved._call_parsed(
            TeamModel, create_team.sync_detailed, body=TeamCreate.from_dict(body)
        )
        return cls._from_model(model, resolved, complete=True)

    def _team_id(self) -> str:
        return single_segment(self._identity(), "team")

    def _member_path(self) -> tuple[str]:
        return (self._team_id(),)

    def _update_model(self, changes: dict[str, Any]) -> Any:
        if "name" in changes:
            required_str(changes["name"], "name")
        return self.api._call_parsed(
            TeamModel,
            update_team.sync_detailed,
            self._team_id(),
            body=TeamUpdate.from_dict(changes),
        )

    def get_members(  # type: ignore[override]
        self, offset: int | None = None, limit: int | None = None
    ) -> Collection[TeamMember]:
        """The users in this team, one page at a time (``.all()`` for every page).

        Raises:
            ValidationError: bad paging, before any request.
        """
        return cast("Collection[TeamMember]", super().get_members(offset=offset, limit=limit))

    def add_member(  # type: ignore[override]
        self, user: User | str, permissions: None = None
    ) -> TeamMember:
        """Add a user of the team's division (a ``User`` or a username).

        Args:
            user: the user to add.
            permissions: not accepted: team members have no permissions.

        Returns:
            The new team member.

        Raises:
            ValidationError: a malformed username or permissions given, before any request.
            Conflict: the user is already in the team.
        """
        member = super().add_member(user, permissions)
        assert isinstance(member, TeamMember)
        return member

    def remove_member(self, user: User | Member | str) -> None:
        """Remove a user (a ``User``, a ``TeamMember`` or a username) from the team.

        Raises:
            ValidationError: a malformed username, before any request.
            NotFound: the user is not in the team.
        """
        super().remove_member(user)
