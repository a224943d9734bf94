"""Volumes: cloud buckets connected to the Platform, their contents, members, imports and exports.

Credentials given to ``create_*`` or set with ``volume.service['credentials'] = {...}`` are sent to
the API and nowhere else: the server answers with identifiers only, and no repr, log line or error
message of this package shows a secret.
"""

from __future__ import annotations

import builtins
import re
from typing import TYPE_CHECKING, Any, ClassVar

from sevenbridges_api.api.volumes import (
    add_volume_member,
    create_volume,
    delete_volume,
    get_volume,
    get_volume_member,
    get_volume_object,
    list_volume_contents,
    list_volume_members,
    list_volumes,
    remove_volume_member,
    update_volume,
    update_volume_member_permissions,
)
from sevenbridges_api.models.volume import Volume as VolumeModel
from sevenbridges_api.models.volume_access_mode import VolumeAccessMode as AccessModeModel
from sevenbridges_api.models.volume_content_list import VolumeContentList
from sevenbridges_api.models.volume_create import VolumeCreate
from sevenbridges_api.models.volume_list import VolumeList
from sevenbridges_api.models.volume_member import VolumeMember as VolumeMemberModel
from sevenbridges_api.models.volume_member_create import VolumeMemberCreate
from sevenbridges_api.models.volume_member_list import VolumeMemberList
from sevenbridges_api.models.volume_object import VolumeObject as VolumeObjectModel
from sevenbridges_api.models.volume_permissions import VolumePermissions
from sevenbridges_api.models.volume_prefix import VolumePrefix as VolumePrefixModel
from sevenbridges_api.models.volume_update import VolumeUpdate
from sevenbridges_api.types import Unset

from ..errors import ValidationError
from ..meta.checks import (
    optional_bool,
    optional_dict,
    optional_enum,
    optional_str,
    required_secret,
    required_str,
)
from ..meta.collection import Collection, VolumeCollection, check_offset_limit, query_collection
from ..meta.ids import split_id
from ..meta.members import HasMembers, MemberCalls
from ..meta.resource import Field, Resource
from ..meta.tracked import TrackedDict
from .member import Member

if TYPE_CHECKING:
    from ..api import Api
    from .project import Project
    from .storage_export import Export
    from .storage_import import Import

# The documented volume name rule (error 9014): up to 32 English letters, digits and underscores.
_NAME = re.compile(r"[A-Za-z0-9_]{1,32}")
VOLUME_PERMISSION_NAMES = ("read", "copy", "write", "admin")


def volume_segments(value: Any) -> tuple[str, str]:
    """``owner`` and ``name`` of a ``Volume`` or a volume id ``owner/name``."""
    owner, name = split_id(value, "volume", 2, "owner/volume")
    return owner, name


def volume_id(value: Any) -> str:
    """The ``owner/name`` id of a ``Volume`` or a volume id, checked segment by segment."""
    return "/".join(volume_segments(value))


def volume_location(value: Any, what: str = "location") -> str:
    """A location (object key) on a volume, below its prefix: a non-empty string that is not an
    absolute path and has no ``.`` or ``..`` segment (which would point outside the prefix)."""
    location = required_str(value, what)
    if location.startswith("/") or any(part in (".", "..") for part in location.split("/")):
        raise ValidationError(
            f"{what} must lie below the volume's prefix (relative, no '.' or '..'); got {value!r}"
        )
    return location


def _access_mode(value: Any) -> AccessModeModel:
    mode = optional_enum(value, AccessModeModel, "access_mode")
    if mode is None:
        raise ValidationError("access_mode is required: 'RO' or 'RW'")
    return mode


def _active(value: Any) -> bool | None:
    return optional_bool(value, "active")


def _description(value: Any) -> str | None:
    return optional_str(value, "description")


class VolumeMember(Member):
    """A member of a volume, with ``read``, ``copy``, ``write`` and ``admin`` permissions."""

    _model_cls: ClassVar[type[Any]] = VolumeMemberModel


class VolumeObject(Resource):
    """An object (file) on a volume: ``location``, ``volume``, ``type``, ``metadata``.

    Import it with ``api.imports.submit_import(volume=..., location=obj.location, ...)``.
    """

    _model_cls = VolumeObjectModel
    _kind = "volume_object"
    _id_field = "location"
    # The volume the object was listed from (a partial list item may not name it).
    _volume_id: str | None = None

    def _fetch_model(self) -> Any:
        owner, name = volume_segments(self._volume_id or self._model.volume)
        return self.api._call_parsed(
            VolumeObjectModel,
            get_volume_object.sync_detailed,
            owner,
            name,
            location=volume_location(self._identity()),
        )


class VolumePrefix(Resource):
    """A prefix ("folder") on a volume; ``volume.list(prefix=p.prefix)`` lists what is under it."""

    _model_cls = VolumePrefixModel
    _kind = "volume_prefix"
    _id_field = "prefix"


class Volume(HasMembers, Resource):
    """A cloud bucket connected to the Platform: ``api.volumes.get('owner/volume')``.

    ``description``, ``access_mode``, ``active`` and ``service`` (new ``credentials`` or
    ``properties``) can be changed and saved; the service's other keys describe the bucket.
    """

    _model_cls = VolumeModel
    _kind = "volume"
    _member_calls = MemberCalls(
        list=list_volume_members.sync_detailed,
        list_model=VolumeMemberList,
        get=get_volume_member.sync_detailed,
        add=add_volume_member.sync_detailed,
        add_model=VolumeMemberCreate,
        remove=remove_volume_member.sync_detailed,
        update=update_volume_member_permissions.sync_detailed,
        update_model=VolumePermissions,
        permission_names=VOLUME_PERMISSION_NAMES,
        default_permissions={"read": True, "copy": False, "write": False, "admin": False},
    )
    _member_cls = VolumeMember

    description: Field[str | None] = Field(read_only=False, to_wire=_description)
    access_mode: Field[Any] = Field(read_only=False, to_wire=_access_mode)
    active: Field[bool | None] = Field(read_only=False, to_wire=_active)
    service: Field[dict[str, Any]] = Field(read_only=False, dict_like=True)

    # ----------------------------------------------------------------- class-level calls

    @classmethod
    def _get_model(cls, api: Api, identifier: str) -> Any:
        owner, name = volume_segments(identifier)
        return api._call_parsed(VolumeModel, get_volume.sync_detailed, owner, name)

    @classmethod
    def query(
        cls, offset: int | None = None, limit: int | None = None, api: Api | None = None
    ) -> Collection[Volume]:
        """The volumes you can access, one page at a time (``.all()`` for every page).

        Args:
            offset: How many volumes to skip.
            limit: Page size, at most 100.
            api: The ``Api`` to use instead of the bound one.

        Returns:
            A ``Collection`` of lazy ``Volume`` objects.

        Raises:
            ValidationError: ``offset`` or ``limit`` is not a valid number.
        """
        resolved = cls._resolve_api(api)
        return query_collection(
            resolved, cls, VolumeList, list_volumes.sync_detailed, offset=offset, limit=limit
        )

    @classmethod
    def _create(
        cls,
        api: Api | None,
        name: Any,
        access_mode: Any,
        description: Any,
        service: dict[str, Any],
        prefix: Any,
        properties: Any,
    ) -> Volume:
        resolved = cls._resolve_api(api)
        volume_name = required_str(name, "name")
        if not _NAME.fullmatch(volume_name):
            raise ValidationError(
                f"Invalid volume name {name!r}: up to 32 English letters, digits and underscores"
            )
        body: dict[str, Any] = {
            "name": volume_name,
            "access_mode": _access_mode(access_mode).value,
        }
        if description is not None:
            body["description"] = optional_str(description, "description")
        if prefix is not None:
            service["prefix"] = optional_str(prefix, "prefix")
        if properties is not None:
            service["properties"] = optional_dict(properties, "properties")
        body["service"] = service
        model = resolved._call_parsed(
            VolumeModel, create_volume.sync_detailed, body=VolumeCreate.from_dict(body)
        )
        return cls._from_model(model, resolved, complete=True)

    @classmethod
    def create_s3_volume(
        cls,
        name: str,
        bucket: str,
        access_key_id: str,
        secret_access_key: str,
        access_mode: str,
        description: str | None = None,
        prefix: str | None = None,
        properties: dict[str, Any] | None = None,
        api: Api | None = None,
        *,
        endpoint: str | None = None,
    ) -> Volume:
        """Connect an AWS S3 bucket with an IAM user's access keys.

        Args:
            name: The volume's name: up to 32 English letters, digits and underscores.
            bucket: The bucket's name.
            access_key_id: The IAM user's access key id.
            secret_access_key: The IAM user's secret key (sent to the API only).
            access_mode: ``'RO'`` (read only) or ``'RW'`` (read and write, needed for exports).
            description: A description of the volume.
            prefix: Only the keys under this prefix are visible through the volume.
            properties: S3 settings such as ``{'sse_algorithm': 'AES256'}``.
            api: The ``Api`` to use instead of the bound one.
            endpoint: An S3 endpoint other than the server's default ``s3.amazonaws.com``.

        Returns:
            The new ``Volume``.

        Raises:
            ValidationError: An argument is missing or malformed (nothing is sent).
            Conflict: You already have a volume of that name.
        """
        service: dict[str, Any] = {
            "type": "S3",
            "bucket": required_str(bucket, "bucket"),
            "credentials": {
                "access_key_id": required_str(access_key_id, "access_key_id"),
                "secret_access_key": required_secret(secret_access_key, "secret_access_key"),
            },
        }
        if endpoint is not None:
            service["endpoint"] = required_str(endpoint, "endpoint")
        return cls._create(api, name, access_mode, description, service, prefix, properties)

    @classmethod
    def create_s3_volume_role_auth(
        cls,
        name: str,
        bucket: str,
        role_arn: str,
        external_id: str,
        access_mode: str,
        description: str | None = None,
        prefix: str | None = None,
        properties: dict[str, Any] | None = None,
        api: Api | None = None,
        *,
        endpoint: str | None = None,
    ) -> Volume:
        """Connect an AWS S3 bucket through an IAM role the Platform assumes.

        Args:
            name: The volume's name: up to 32 English letters, digits and underscores.
            bucket: The bucket's name.
            role_arn: The ARN of the role.
            external_id: The external id the role's trust policy requires (sent to the API only).
            access_mode: ``'RO'`` or ``'RW'``.
            description: A description of the volume.
            prefix: Only the keys under this prefix are visible through the volume.
            properties: S3 settings such as ``{'sse_algorithm': 'AES256'}``.
            api: The ``Api`` to use instead of the bound one.
            endpoint: An S3 endpoint other than the server's default.

        Returns:
            The new ``Volume``.

        Raises:
            ValidationError: An argument is missing or malformed (nothing is sent).
            Conflict: You already have a volume of that name.
        """
        service: dict[str, Any] = {
            "type": "S3",
            "bucket": required_str(bucket, "bucket"),
            "credentials": {
                "role_arn": required_str(role_arn, "role_arn"),
                "external_id": required_secret(external_id, "external_id"),
            },
        }
        if endpoint is not None:
            service["endpoint"] = required_str(endpoint, "endpoint")
        return cls._create(api, name, access_mode, description, service, prefix, properties)

    @classmethod
    def create_google_volume(
        cls,
        name: str,
        bucket: str,
        client_email: str,
        private_key: str,
        access_mode: str,
        description: str | None = None,
        prefix: str | None = None,
        properties: dict[str, Any] | None = None,
        api: Api | None = None,
        *,
        root_url: str | None = None,
    ) -> Volume:
        """Connect a Google Cloud Storage bucket with a service account's key.

        Args:
            name: The volume's name: up to 32 English letters, digits and underscores.
            bucket: The bucket's name.
            client_email: The service account's e-mail address.
            private_key: The service account's PEM private key (sent to the API only).
            access_mode: ``'RO'`` or ``'RW'``.
            description: A description of the volume.
            prefix: Only the keys under this prefix are visible through the volume.
            properties: Service settings.
            api: The ``Api`` to use instead of the bound one.
            root_url: A storage root URL other than the server's default.

        Returns:
            The new ``Volume``.

        Raises:
            ValidationError: An argument is missing or malformed (nothing is sent).
            Conflict: You already have a volume of that name.
        """
        service: dict[str, Any] = {
            "type": "GCS",
            "bucket": required_str(bucket, "bucket"),
            "credentials": {
                "client_email": required_str(client_email, "client_email"),
                "private_key": required_secret(private_key, "private_key"),
            },
        }
        if root_url is not None:
            service["root_url"] = required_str(root_url, "root_url")
        return cls._create(api, name, access_mode, description, service, prefix, properties)

    @classmethod
    def create_google_iam_volume(
        cls,
        name: str,
        bucket: str,
        configuration: dict[str, Any],
        access_mode: str,
        description: str | None = None,
        prefix: str | None = None,
        properties: dict[str, Any] | None = None,
        api: Api | None = None,
        *,
        root_url: str | None = None,
    ) -> Volume:
        """Connect a Google Cloud Storage bucket through workload identity federation.

        Args:
            name: The volume's name: up to 32 English letters, digits and underscores.
            bucket: The bucket's name.
            configuration: The credential configuration (the JSON Google provides, as a dict).
            access_mode: ``'RO'`` or ``'RW'``.
            description: A description of the volume.
            prefix: Only the keys under this prefix are visible through the volume.
            properties: Service settings.
            api: The ``Api`` to use instead of the bound one.
            root_url: A storage root URL other than the server's default.

        Returns:
            The new ``Volume``.

        Raises:
            ValidationError: An argument is missing or malformed (nothing is sent).
            Conflict: You already have a volume of that name.
        """
        if not isinstance(configuration, dict) or not configuration:
            raise ValidationError(
                f"configuration must be a non-empty dict, got {type(configuration).__name__}"
            )
        service: dict[str, Any] = {
            "type": "GCS",
            "bucket": required_str(bucket, "bucket"),
            "credentials": {"configuration": configuration},
        }
        if root_url is not None:
            service["root_url"] = required_str(root_url, "root_url")
        return cls._create(api, name, access_mode, description, service, prefix, properties)

    @classmethod
    def create_oss_volume(
        cls,
        name: str,
        bucket: str,
        endpoint: str,
        access_key_id: str,
        secret_access_key: str,
        access_mode: str,
        description: str | None = None,
        prefix: str | None = None,
        properties: dict[str, Any] | None = None,
        api: Api | None = None,
    ) -> Volume:
        """Connect an Ali Cloud OSS bucket (read-only volumes only).

        Args:
            name: The volume's name: up to 32 English letters, digits and underscores.
            bucket: The bucket's name.
            endpoint: The OSS endpoint, e.g. ``oss-cn-hangzhou.aliyuncs.com``.
            access_key_id: The access key id.
            secret_access_key: The secret key (sent to the API only).
            access_mode: ``'RO'``; OSS volumes cannot be written to.
            description: A description of the volume.
            prefix: Only the keys under this prefix are visible through the volume.
            properties: Service settings.
            api: The ``Api`` to use instead of the bound one.

        Returns:
            The new ``Volume``.

        Raises:
            ValidationError: An argument is missing or malformed, or ``access_mode`` is not
                ``'RO'`` (nothing is sent).
            Conflict: You already have a volume of that name.
        """
        if _access_mode(access_mode) != AccessModeModel.RO:
            raise ValidationError(f"OSS volumes are read-only: access_mode must be 'RO', not "
                                  f"{access_mode!r}")  # fmt: skip
        service: dict[str, Any] = {
            "type": "OSS",
            "endpoint": required_str(endpoint, "endpoint"),
            "bucket": required_str(bucket, "bucket"),
            "credentials": {
                "access_key_id": required_str(access_key_id, "access_key_id"),
                "secret_access_key": required_secret(secret_access_key, "secret_access_key"),
            },
        }
        return cls._create(api, name, access_mode, description, service, prefix, properties)

    @classmethod
    def create_azure_volume(
        cls,
        name: str,
        storage_account: str,
        container: str,
        access_mode: str = "RO",
        sas: str | None = None,
        tenant_id: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        endpoint: str | None = None,
        description: str | None = None,
        prefix: str | None = None,
        properties: dict[str, Any] | None = None,
        api: Api | None = None,
    ) -> Volume:
        """Connect an Azure Blob Storage container (read-only volumes only).

        sevenbridges-python has no call for this; the API has. Give a shared access signature
        (``sas``), or an app registration's ``tenant_id``, ``client_id`` and ``client_secret``.

        Args:
            name: The volume's name: up to 32 English letters, digits and underscores.
            storage_account: The storage account's name.
            container: The container's name.
            access_mode: ``'RO'``; Azure volumes cannot be written to.
            sas: A shared access signature (sent to the API only).
            tenant_id: The app registration's tenant (with ``client_id`` and ``client_secret``).
            client_id: The app registration's client id.
            client_secret: The app registration's secret (sent to the API only).
            endpoint: The Blob Storage endpoint, when not the account's default.
            description: A description of the volume.
            prefix: Only the blobs under this prefix are visible through the volume.
            properties: Service settings (for example ``{"resource_id": ...}``).
            api: The ``Api`` to use instead of the bound one.

        Returns:
            The new ``Volume``.

        Raises:
            ValidationError: An argument is missing or malformed, both or neither kind of
                credentials are given, or ``access_mode`` is not ``'RO'`` (nothing is sent).
            Conflict: You already have a volume of that name.
        """
        if _access_mode(access_mode) != AccessModeModel.RO:
            raise ValidationError(f"Azure volumes are read-only: access_mode must be 'RO', not "
                                  f"{access_mode!r}")  # fmt: skip
        app = (tenant_id, client_id, client_secret)
        if (sas is None) == all(value is None for value in app):
            raise ValidationError(
                "Azure credentials: give sas, or tenant_id, client_id and client_secret (one of "
                "the two)"
            )
        credentials: dict[str, str]
        if sas is not None:
            credentials = {"sas": required_secret(sas, "sas")}
        else:
            credentials = {
                "tenant_id": required_str(tenant_id, "tenant_id"),
                "client_id": required_str(client_id, "client_id"),
                "client_secret": required_secret(client_secret, "client_secret"),
            }
        service: dict[str, Any] = {
            "type": "AZURE",
            "storage_account": required_str(storage_account, "storage_account"),
            "container": required_str(container, "container"),
            "credentials": credentials,
        }
        if endpoint is not None:
            service["endpoint"] = required_str(endpoint, "endpoint")
        return cls._create(api, name, access_mode, description, service, prefix, properties)

    # ----------------------------------------------------------------- instance calls

    def _segments(self) -> tuple[str, str]:
        return volume_segments(self._identity())

    def _member_path(self) -> tuple[str, str]:
        return self._segments()

    def _update_model(self, changes: dict[str, Any]) -> Any:
        body = dict(changes)
        if "service" in body:
            body["service"] = self._service_edits(body["service"])
        owner, name = self._segments()
        return self.api._call_parsed(
            VolumeModel, update_volume.sync_detailed, owner, name, body=VolumeUpdate.from_dict(body)
        )

    def _service_edits(self, whole: dict[str, Any]) -> dict[str, Any]:
        """The keys of ``service`` changed in place (the whole service when it was assigned)."""
        tracked = self._dicts.get("service")
        keys = tracked.changed_keys if isinstance(tracked, TrackedDict) else set()
        edits = {key: whole[key] for key in sorted(keys) if key in whole} if keys else whole
        credentials = edits.get("credentials")
        if "credentials" in edits and (not isinstance(credentials, dict) or not credentials):
            raise ValidationError(
                f"service['credentials'] must be a non-empty dict, got {type(credentials).__name__}"
            )
        return edits

    def _delete_remote(self) -> None:
        owner, name = self._segments()
        self.api._call(delete_volume.sync_detailed, owner, name)

    def add_member_email(self, email: str, permissions: dict[str, bool] | None = None) -> Member:
        """Not available: volumes take members by username, team or division.

        Args:
            email: the e-mail address (refused).
            permissions: the permissions (unused).

        Returns:
            Never returns.

        Raises:
            ValidationError: Always (nothing is sent).
        """
        raise ValidationError(
            f"Volumes take members by username, team or division, not by e-mail ({email!r})"
        )

    def list(
        self, prefix: str | None = None, limit: int | None = None, fields: str | None = "_all"
    ) -> VolumeCollection[VolumeObject]:
        """The objects and prefixes directly under ``prefix`` (the volume's root by default).

        Args:
            prefix: List under this prefix (a key ending in ``/``, e.g. ``prefixes[0].prefix``).
            limit: Entries per page, at most 100.
            fields: Which fields of each object to return (``'_all'``: every field).

        Returns:
            A ``VolumeCollection``: the objects of the first page, its ``prefixes``, and
            ``all()`` / ``all_prefixes()`` following continuation tokens page by page.

        Raises:
            ValidationError: ``prefix``, ``limit`` or ``fields`` is malformed (nothing is sent).
        """
        api = self.api
        owner, name = self._segments()
        where = optional_str(prefix, "prefix")
        _, page_limit = check_offset_limit(None, limit)
        selection = optional_str(fields, "fields")

        def fetch(token: str | None, size: int | None) -> VolumeCollection[VolumeObject]:
            params: dict[str, Any] = {
                key: value
                for key, value in (
                    ("prefix", where),
                    ("limit", size),
                    ("continuation_token", token),
                    ("fields", selection),
                )
                if value is not None
            }
            body = api._call_parsed(
                VolumeContentList, list_volume_contents.sync_detailed, owner, name, **params
            )

            def items_of(raw: Any) -> builtins.list[Any]:
                return [] if isinstance(raw, Unset) else builtins.list(raw)

            objects = [
                api._bind(VolumeObject)._from_model(item, api, complete=selection == "_all")
                for item in items_of(body.items)
            ]
            for obj in objects:
                obj._volume_id = f"{owner}/{name}"
            prefixes = [
                api._bind(VolumePrefix)._from_model(item, api, complete=True)
                for item in items_of(body.prefixes)
            ]
            href = None if isinstance(body.href, Unset) else body.href
            return VolumeCollection(
                href, objects, items_of(body.links), prefixes, api, fetch, resource=VolumeObject
            )

        return fetch(None, page_limit)

    def get_volume_object_info(self, location: str) -> VolumeObject:
        """One object of the volume by its location.

        Args:
            location: The object's key below the volume's prefix.

        Returns:
            The ``VolumeObject``.

        Raises:
            ValidationError: ``location`` is empty or absolute (nothing is sent).
            NotFound: There is no object at ``location``.
        """
        api = self.api
        owner, name = self._segments()
        model = api._call_parsed(
            VolumeObjectModel,
            get_volume_object.sync_detailed,
            owner,
            name,
            location=volume_location(location),
        )
        return api._bind(VolumeObject)._from_model(model, api, complete=True)

    def get_imports(
        self,
        project: Project | str | None = None,
        state: str | builtins.list[str] | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> Collection[Import]:
        """The import jobs from this volume, optionally into one ``project`` or in one ``state``.

        Args:
            project: Only imports into this project (a ``Project`` or ``owner/project``).
            state: Only jobs in this state (or any of these states).
            offset: How many jobs to skip.
            limit: Page size, at most 100.

        Returns:
            A ``Collection`` of ``Import`` jobs.

        Raises:
            ValidationError: An argument is malformed (nothing is sent).
        """
        from .storage_import import Import

        return self.api._bind(Import).query(
            project=project, volume=self, state=state, offset=offset, limit=limit
        )

    def get_exports(
        self,
        state: str | builtins.list[str] | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> Collection[Export]:
        """The export jobs to this volume, optionally in one ``state``.

        Args:
            state: Only jobs in this state (or any of these states).
            offset: How many jobs to skip.
            limit: Page size, at most 100.

        Returns:
            A ``Collection`` of ``Export`` jobs.

        Raises:
            ValidationError: An argument is malformed (nothing is sent).
        """
        from .storage_export import Export

        return self.api._bind(Export).query(volume=self, state=state, offset=offset, limit=limit)


__all__ = [
    "Volume",
    "VolumeCollection",  # defined with the other collections, in meta/collection.py
    "VolumeMember",
    "VolumeObject",
    "VolumePrefix",
    "volume_id",
    "volume_location",
    "volume_segments",
]
