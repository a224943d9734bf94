"""Members of a parent resource (projects, volumes, datasets, automations; teams without
permissions): one mechanism for listing, getting, adding, editing permissions and removing.

A parent class mixes in :class:`HasMembers`, names its generated calls in a :class:`MemberCalls`
table and its path in ``_member_path()``; the :class:`~sevenbridges.models.member.Member` objects it
hands out remember their parent, so ``member.permissions['write'] = True; member.save()`` goes to
the right endpoint without the member knowing which kind of parent it has.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from sevenbridges_api.types import Response

from ..errors import NotFound, ValidationError
from .checks import required_str
from .collection import Collection, query_collection
from .ids import id_of, single_segment

if TYPE_CHECKING:
    from ..api import Api
    from ..models.member import Member

Endpoint = Callable[..., Response[Any]]

PERMISSION_NAMES = ("read", "copy", "write", "execute", "admin")


@dataclass(frozen=True)
class MemberCalls:
    """The generated calls and models for the members of one kind of parent.

    ``update_answers_member`` is true where changing permissions answers with the whole member
    (automations) rather than only the permissions (projects, volumes, datasets).
    """

    list: Endpoint
    list_model: type[Any]
    add: Endpoint
    add_model: type[Any]
    remove: Endpoint
    get: Endpoint | None = None
    update: Endpoint | None = None
    update_model: type[Any] | None = None
    update_answers_member: bool = False
    # The body key naming the user to add (teams take the username as ``id``).
    user_key: str = "username"
    permission_names: tuple[str, ...] = PERMISSION_NAMES
    default_permissions: dict[str, bool] = field(
        default_factory=lambda: {"read": True, "copy": False, "write": False, "execute": False,
                                 "admin": False}
    )  # fmt: skip


def check_permissions(
    permissions: Any, names: tuple[str, ...] = PERMISSION_NAMES
) -> dict[str, bool]:
    """Validate a permissions dict: known names, boolean values."""
    if not isinstance(permissions, dict):
        raise ValidationError(f"permissions must be a dict, got {permissions!r}")
    for name, value in permissions.items():
        if name not in names:
            raise ValidationError(
                f"Unknown permission {name!r}; expected some of {', '.join(names)}"
            )
        if not isinstance(value, bool):
            raise ValidationError(f"Permission {name!r} must be True or False, got {value!r}")
    return dict(permissions)


def username_of(user: Any) -> str:
    """The username of a ``User``, a ``Member`` or a username string."""
    return single_segment(getattr(user, "username", user), "username")


class HasMembers:
    """Mixin for resources with members. Subclasses set ``_member_calls`` and ``_member_cls`` and
    implement ``_member_path()`` (the path parameters before the member's username)."""

    _member_calls: ClassVar[MemberCalls]
    _member_cls: ClassVar[type[Member]]

    if TYPE_CHECKING:  # provided by Resource, which every parent also derives from
        api: Api

        def _identity(self) -> str | None: ...

    def _member_path(self) -> tuple[Any, ...]:
        raise NotImplementedError

    def _wrap_member(self, model: Any, api: Api, complete: bool) -> Member:
        member = self._member_cls._from_model(model, api, complete)
        member._parent = self
        return member

    def get_members(
        self, offset: int | None = None, limit: int | None = None
    ) -> Collection[Member]:
        """The members, one page at a time (``.all()`` for every page)."""
        api = self.api
        calls = self._member_calls
        return query_collection(
            api,
            None,
            calls.list_model,
            calls.list,
            *self._member_path(),
            offset=offset,
            limit=limit,
            wrap=lambda model: self._wrap_member(model, api, complete=False),
        )

    def get_member(self, username: Any, api: Api | None = None) -> Member:
        """One member by username (or a ``User``/``Member``); ``NotFound`` if not a member."""
        resolved = api if api is not None else self.api
        calls = self._member_calls
        if calls.get is None:
            user = username_of(username)
            for member in self.get_members().all():
                if member.username == user:
                    return member
            raise NotFound(message=f"{user!r} is not a member")
        model = resolved._call_parsed(
            self._member_cls._model_cls, calls.get, *self._member_path(), username_of(username)
        )
        return self._wrap_member(model, resolved, complete=True)

    def _add_member(self, body: dict[str, Any], permissions: Any) -> Member:
        calls = self._member_calls
        if calls.update is not None:
            perms = dict(calls.default_permissions)
            if permissions is not None:
                perms.update(check_permissions(permissions, calls.permission_names))
            body["permissions"] = perms
        elif permissions is not None:
            raise ValidationError("Members here have no permissions; do not pass permissions")
        model = self.api._call_parsed(
            self._member_cls._model_cls,
            calls.add,
            *self._member_path(),
            body=calls.add_model.from_dict(body),
        )
        return self._wrap_member(model, self.api, complete=True)

    def add_member(self, user: Any, permissions: dict[str, bool] | None = None) -> Member:
        """Add a user (a ``User`` or a username) with ``permissions`` (read only by default)."""
        return self._add_member({self._member_calls.user_key: username_of(user)}, permissions)

    def add_member_email(self, email: str, permissions: dict[str, bool] | None = None) -> Member:
        """Add a user by e-mail address."""
        address = required_str(email, "email")
        if "@" not in address:
            raise ValidationError(f"Invalid e-mail address {email!r}")
        return self._add_member({"email": address}, permissions)

    def add_member_team(self, team: Any, permissions: dict[str, bool] | None = None) -> Member:
        """Add an Enterprise team (a ``Team`` or its id)."""
        return self._add_member({"id": id_of(team, "team"), "type": "TEAM"}, permissions)

    def add_member_division(
        self, division: Any, permissions: dict[str, bool] | None = None
    ) -> Member:
        """Add an Enterprise division (a ``Division`` or its id)."""
        return self._add_member(
            {"id": id_of(division, "division"), "type": "DIVISION"}, permissions
        )

    def remove_member(self, user: Any) -> None:
        """Remove a member (a ``User``, a ``Member`` or a username)."""
        self.api._call(self._member_calls.remove, *self._member_path(), username_of(user))


__all__ = ["HasMembers", "MemberCalls", "check_permissions", "username_of"]
