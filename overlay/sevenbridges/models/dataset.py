"""Datasets (advance access on some deployments): list, get, edit, delete, and their members."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sevenbridges_api.api.datasets import (
    add_dataset_member,
    delete_dataset,
    get_dataset,
    get_dataset_member,
    list_dataset_members,
    list_datasets,
    list_owner_datasets,
    remove_dataset_member,
    update_dataset,
    update_dataset_member_permissions,
)
from sevenbridges_api.models.dataset import Dataset as DatasetModel
from sevenbridges_api.models.dataset_list import DatasetList
from sevenbridges_api.models.dataset_member_create import DatasetMemberCreate
from sevenbridges_api.models.dataset_update import DatasetUpdate
from sevenbridges_api.models.member_list import MemberList
from sevenbridges_api.models.permissions import Permissions as PermissionsModel

from ..errors import ValidationError
from ..meta.checks import optional_str
from ..meta.collection import Collection, query_collection
from ..meta.ids import split_id
from ..meta.members import HasMembers, MemberCalls, username_of
from ..meta.resource import Field, Resource
from .member import Member

if TYPE_CHECKING:
    from ..api import Api
    from .user import User

VISIBILITIES = ("public",)


def dataset_segments(value: Any) -> tuple[str, str]:
    """``owner/dataset`` of a ``Dataset`` or its id, validated."""
    owner, name = split_id(value, "dataset", 2, "owner/dataset")
    return owner, name


class Dataset(HasMembers, Resource):
    """A dataset: ``api.datasets.get('rfranklin/photo-51')``."""

    _model_cls = DatasetModel
    _kind = "dataset"
    _member_calls = MemberCalls(
        list=list_dataset_members.sync_detailed,
        list_model=MemberList,
        get=get_dataset_member.sync_detailed,
        add=add_dataset_member.sync_detailed,
        add_model=DatasetMemberCreate,
        remove=remove_dataset_member.sync_detailed,
        update=update_dataset_member_permissions.sync_detailed,
        update_model=PermissionsModel,
    )
    _member_cls = Member

    name: Field[str | None] = Field(read_only=False)
    description: Field[str | None] = Field(read_only=False)

    @classmethod
    def _get_model(cls, api: Api, identifier: str) -> Any:
        owner, name = dataset_segments(identifier)
        return api._call_parsed(DatasetModel, get_dataset.sync_detailed, owner, name)

    @classmethod
    def query(
        cls,
        visibility: str | None = None,
        api: Api | None = None,
        *,
        offset: int | None = None,
        limit: int | None = None,
    ) -> Collection[Dataset]:
        """Datasets you own or are a member of; the public ones with ``visibility='public'``.

        Args:
            visibility: ``'public'`` for the public datasets.
            api: the ``Api`` to use instead of the bound one.
            offset: index of the first dataset of the page.
            limit: datasets per page (at most 100).

        Returns:
            A :class:`Collection` of datasets.

        Raises:
            ValidationError: an unknown visibility or bad paging, before any request.
        """
        resolved = cls._resolve_api(api)
        if visibility is not None and visibility not in VISIBILITIES:
            raise ValidationError(
                f"visibility must be one of {list(VISIBILITIES)}, got {visibility!r}"
            )
        return query_collection(
            resolved,
            cls,
            DatasetList,
            list_datasets.sync_detailed,
            offset=offset,
            limit=limit,
            visibility=optional_str(visibility, "visibility"),
        )

    @classmethod
    def get_owned_by(
        cls,
        username: User | str,
        api: Api | None = None,
        *,
        offset: int | None = None,
        limit: int | None = None,
    ) -> Collection[Dataset]:
        """The datasets of one owner that you can see.

        Args:
            username: the owner (a ``User`` or a username).
            api: the ``Api`` to use instead of the bound one.
            offset: index of the first dataset of the page.
            limit: datasets per page (at most 100).

        Returns:
            A :class:`Collection` of datasets.

        Raises:
            ValidationError: a malformed username or bad paging, before any request.
        """
        resolved = cls._resolve_api(api)
        return query_collection(
            resolved,
            cls,
            DatasetList,
            list_owner_datasets.sync_detailed,
            username_of(username),
            offset=offset,
            limit=limit,
        )

    def _segments(self) -> tuple[str, str]:
        return dataset_segments(self._identity())

    def _member_path(self) -> tuple[str, str]:
        return self._segments()

    def _update_model(self, changes: dict[str, Any]) -> Any:
        owner, name = self._segments()
        return self.api._call_parsed(
            DatasetModel,
            update_dataset.sync_detailed,
            owner,
            name,
            body=DatasetUpdate.from_dict(changes),
        )

    def _delete_remote(self) -> None:
        owner, name = self._segments()
        self.api._call(delete_dataset.sync_detailed, owner, name)

    def add_member(
        self, username: User | str, permissions: dict[str, bool] | None = None
    ) -> Member:
        """Add a user (a ``User`` or a username) with ``permissions`` (read only by default).

        Args:
            username: the user to add.
            permissions: some of ``read``, ``copy``, ``write``, ``execute``, ``admin`` → bool.

        Returns:
            The new member.

        Raises:
            ValidationError: a malformed username or unknown permission, before any request.
            Conflict: the user is already a member.
        """
        return super().add_member(username, permissions)

    def remove_member(self, member: User | Member | str) -> None:
        """Remove a member (a ``Member``, a ``User`` or a username).

        Raises:
            ValidationError: a malformed username, before any request.
            NotFound: not a member.
        """
        super().remove_member(member)
