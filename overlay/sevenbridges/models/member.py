"""Members of a project, volume, dataset or automation, with permissions edited in place and
saved; the parent (see :mod:`sevenbridges.meta.members`) knows which endpoints to use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from sevenbridges_api.models.member import Member as MemberModel

from ..errors import SbgError
from ..meta.members import PERMISSION_NAMES, check_permissions
from ..meta.resource import Field, Resource
from ..meta.tracked import TrackedDict

if TYPE_CHECKING:
    from ..meta.members import HasMembers

__all__ = ["PERMISSION_NAMES", "Member", "Permissions", "check_permissions"]


class Permissions(TrackedDict):
    """A member's permissions (``read``, ``copy``, ``write``, ``execute``, ``admin`` → bool), edited
    in place: ``member.permissions['write'] = True; member.save()``."""


class Member(Resource):
    """A member: ``member.permissions['write'] = True; member.save()``."""

    _model_cls: ClassVar[type[Any]] = MemberModel
    _kind = "member"
    _id_field = "username"

    permissions: Field[Permissions] = Field(read_only=False, dict_like=True, dict_type=Permissions)

    _parent: HasMembers | None = None

    def _member_parent(self) -> HasMembers:
        if self._parent is None:
            raise SbgError(
                "This member is not attached to a project or other parent; get it from "
                "parent.get_members() or parent.get_member()"
            )
        return self._parent

    def _fetch_model(self) -> Any:
        return self._member_parent().get_member(self._identity())._model

    def _update_model(self, changes: dict[str, Any]) -> Any:
        unknown = set(changes) - {"permissions"}
        if unknown:
            raise SbgError(f"Only permissions of a member can be changed, not {sorted(unknown)}")
        parent = self._member_parent()
        calls = parent._member_calls
        if calls.update is None or calls.update_model is None:
            raise SbgError(f"Members of {type(parent).__name__} have no permissions to change")
        permissions = check_permissions(changes["permissions"], calls.permission_names)
        path = (*parent._member_path(), self._member_key())
        body = calls.update_model.from_dict(
            {"permissions": permissions} if calls.update_answers_member else permissions
        )
        answer = self.api._call(calls.update, *path, body=body).parsed
        if answer is None:
            raise SbgError("The server answered a permissions change with no body")
        if calls.update_answers_member:
            return answer
        return type(self._model).from_dict(
            {**self._model.to_dict(), "permissions": answer.to_dict()}
        )

    def _member_key(self) -> Any:
        """How the parent's member endpoints name this member (the username for most)."""
        return self._identity()

    def _parent_key(self) -> tuple[str, str | None] | None:
        parent = self._parent
        if parent is None:
            return None
        return (type(parent).__name__, parent._identity())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Member):
            return (
                self._parent_key() == other._parent_key() and self._identity() == other._identity()
            )
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self._kind, self._parent_key(), self._identity()))
