"""Members of a project, with permissions edited in place and saved."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sevenbridges_api.api.projects import get_project_member, update_project_member_permissions
from sevenbridges_api.models.member import Member as MemberModel
from sevenbridges_api.models.permissions import Permissions as PermissionsModel

from ..errors import SbgError, ValidationError
from ..meta.resource import Field, Resource

if TYPE_CHECKING:
    from ..api import Api

PERMISSION_NAMES = ("read", "copy", "write", "execute", "admin")


def check_permissions(permissions: Any) -> dict[str, bool]:
    """Validate a permissions dict: known names, boolean values."""
    if not isinstance(permissions, dict):
        raise ValidationError(f"permissions must be a dict, got {permissions!r}")
    for name, value in permissions.items():
        if name not in PERMISSION_NAMES:
            raise ValidationError(
                f"Unknown permission {name!r}; expected some of {', '.join(PERMISSION_NAMES)}"
            )
        if not isinstance(value, bool):
            raise ValidationError(f"Permission {name!r} must be True or False, got {value!r}")
    return dict(permissions)


class Member(Resource):
    """A member of a project: ``member.permissions['write'] = True; member.save()``."""

    _model_cls = MemberModel
    _kind = "member"
    _id_field = "username"

    permissions: Field[dict[str, bool]] = Field(read_only=False, dict_like=True)

    _project: tuple[str, str] | None = None

    @classmethod
    def _for_project(cls, model: Any, api: Api, project: tuple[str, str], complete: bool) -> Member:
        member = cls._from_model(model, api, complete)
        member._project = project
        return member

    def _project_segments(self) -> tuple[str, str]:
        if self._project is None:
            raise SbgError(
                "This member is not attached to a project; get it from project.get_members()"
            )
        return self._project

    def _fetch_model(self) -> Any:
        owner, name = self._project_segments()
        return self.api._call_parsed(
            MemberModel, get_project_member.sync_detailed, owner, name, self._identity()
        )

    def _update_model(self, changes: dict[str, Any]) -> Any:
        unknown = set(changes) - {"permissions"}
        if unknown:
            raise SbgError(f"Only permissions of a member can be changed, not {sorted(unknown)}")
        owner, name = self._project_segments()
        body = PermissionsModel.from_dict(check_permissions(changes["permissions"]))
        permissions = self.api._call_parsed(
            PermissionsModel,
            update_project_member_permissions.sync_detailed,
            owner,
            name,
            self._identity(),
            body=body,
        )
        model = MemberModel.from_dict(
            {**self._model.to_dict(), "permissions": permissions.to_dict()}
        )
        return model

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Member):
            return self._project == other._project and self._identity() == other._identity()
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self._kind, self._project, self._identity()))
