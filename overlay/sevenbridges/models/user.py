"""Users: the authenticated user, users of a division, disabling a user."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sevenbridges_api.api.users import disable_user, get_current_user, get_user, list_users
from sevenbridges_api.models.division_role import DivisionRole
from sevenbridges_api.models.user import User as UserModel
from sevenbridges_api.models.user_list import UserList

from ..meta.checks import optional_enum
from ..meta.collection import Collection, query_collection
from ..meta.ids import id_of, single_segment
from ..meta.resource import Resource

if TYPE_CHECKING:
    from ..api import Api


class User(Resource):
    """A Platform user; ``api.users.me()`` is the owner of the token."""

    _model_cls = UserModel
    _kind = "user"
    _id_field = "username"

    @classmethod
    def _get_model(cls, api: Api, identifier: str) -> Any:
        return api._call_parsed(
            UserModel, get_user.sync_detailed, single_segment(identifier, "username")
        )

    @classmethod
    def me(cls, api: Api | None = None) -> User:
        """The user the token belongs to.

        Args:
            api: the ``Api`` to use instead of the bound one.

        Returns:
            That user, with every field the server sends.

        Raises:
            Unauthorized: the token is missing, wrong or expired.
        """
        resolved = cls._resolve_api(api)
        model = resolved._call_parsed(UserModel, get_current_user.sync_detailed)
        return cls._from_model(model, resolved, complete=True)

    @classmethod
    def get(cls, user: Any, api: Api | None = None) -> User:
        """A user by username.

        Args:
            user: a username, or a ``User``.
            api: the ``Api`` to use instead of the bound one.

        Returns:
            The user.

        Raises:
            ValidationError: a malformed username, before any request.
            NotFound: no such user.
        """
        return super().get(id_of(getattr(user, "username", user), "username"), api=api)

    @classmethod
    def query(
        cls,
        division: Any,
        role: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        api: Api | None = None,
    ) -> Collection[User]:
        """The users of a division, optionally of one role.

        Args:
            division: a ``Division`` or its id.
            role: only users of this role (``member``, ``admin``, ``external_collaborator``).
            offset: the index of the first user of the page.
            limit: users per page, 1 to 100.
            api: the ``Api`` to use instead of the bound one.

        Returns:
            The first page; ``.all()`` iterates every page.

        Raises:
            ValidationError: a malformed division id or an unknown role, before any request.
        """
        resolved = cls._resolve_api(api)
        return query_collection(
            resolved,
            cls,
            UserList,
            list_users.sync_detailed,
            offset=offset,
            limit=limit,
            division=single_segment(division, "division"),
            role=optional_enum(role, DivisionRole, "role"),
        )

    def disable(self, api: Api | None = None) -> None:
        """Disable this user (division administrators only).

        Args:
            api: the ``Api`` to use instead of the bound one.

        Raises:
            Forbidden: you are not an administrator of the user's division.
        """
        resolved = api if api is not None else self.api
        username = self._identity()
        resolved._call(disable_user.sync_detailed, single_segment(username, "username"))
