"""Apps: query, get (a revision or the latest), install from raw CWL, new revisions, copy, sync.

An app id is ``owner/project/app_name``, optionally with ``/revision``; it is split into path
segments and checked before any request (a malformed id is a :class:`ValidationError` naming it).
The raw CWL may be given as a dict, or as a JSON or YAML string (``raw_format``); it is parsed here
and sent as JSON.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sevenbridges_api.api.apps import (
    copy_app,
    copy_app_revision,
    create_app_revision,
    get_app,
    get_app_revision,
    install_app,
    list_apps,
    sync_app,
)
from sevenbridges_api.models.app import App as AppModel
from sevenbridges_api.models.app_copy import AppCopy
from sevenbridges_api.models.app_copy_strategy import AppCopyStrategy as AppCopyStrategyModel
from sevenbridges_api.models.app_list import AppList
from sevenbridges_api.models.app_raw import AppRaw
from sevenbridges_api.models.app_visibility import AppVisibility

from ..errors import ValidationError
from ..meta.checks import optional_enum, optional_str, required_str
from ..meta.collection import Collection, query_collection
from ..meta.ids import id_of, project_segments, split_id
from ..meta.resource import Field, Resource
from .enums import AppRawFormat

if TYPE_CHECKING:
    from ..api import Api

APP_ID_FORM = "owner/project/app_name[/revision]"


def revision_of(value: Any, what: str = "revision") -> int:
    """An app revision: a whole number of 0 or more (an int, or a string of digits)."""
    if isinstance(value, str) and value.isdigit():
        return int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(f"{what} must be a whole number of 0 or more, got {value!r}")
    return value


def app_segments(value: Any) -> tuple[str, str, str, int | None]:
    """``(owner, project, app_name, revision or None)`` of an app id or an ``App``.

    Raises :class:`ValidationError` naming the id when it has not 3 or 4 segments, an empty or dot
    segment, or a revision that is not a whole number.
    """
    text = id_of(value, "app")
    parts = 4 if text.count("/") == 3 else 3
    segments = split_id(text, "app", parts, APP_ID_FORM)
    revision = None
    if parts == 4:
        if not segments[3].isdigit():
            raise ValidationError(
                f"Invalid app id {text!r}: the revision {segments[3]!r} is not a whole number"
            )
        revision = int(segments[3])
    return segments[0], segments[1], segments[2], revision


def app_without_revision(value: Any) -> tuple[str, str, str]:
    """``(owner, project, app_name)`` of an app: an ``App`` (its revision dropped) or an id
    string without a revision (a string with one is refused, naming it)."""
    owner, project, name, revision = app_segments(value)
    if revision is not None and isinstance(value, str):
        raise ValidationError(
            f"Expected an app id without a revision ('owner/project/app_name'), got {value!r}"
        )
    return owner, project, name


def app_reference(app: Any, revision: Any = None) -> str:
    """The ``app`` of a task: an ``App`` or id, pinned to ``revision`` when one is given.

    An ``App`` object stands for its own revision. A ``revision`` that contradicts the one in the
    id is refused.
    """
    owner, project, name, own = app_segments(app)
    if revision is not None:
        wanted = revision_of(revision)
        if own is not None and own != wanted and isinstance(app, str):
            raise ValidationError(f"App id {app!r} names revision {own}, but revision={wanted}")
        own = wanted
    base = f"{owner}/{project}/{name}"
    return base if own is None else f"{base}/{own}"


def parse_raw(raw: Any, raw_format: Any = None) -> dict[str, Any]:
    """The raw CWL as a dict: a dict as is, or a JSON or YAML string (``raw_format`` says which;
    without it, JSON is tried first). Anything that is not a CWL object raises ValidationError."""
    fmt = optional_str(raw_format, "raw_format")
    if fmt is not None and fmt.lower() not in (AppRawFormat.JSON, AppRawFormat.YAML):
        raise ValidationError(
            f"raw_format must be {AppRawFormat.JSON!r} or {AppRawFormat.YAML!r}, got {raw_format!r}"
        )
    if isinstance(raw, Mapping):
        document: Any = dict(raw)
    elif isinstance(raw, str | bytes):
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        document = _parse_text(text, fmt.lower() if fmt else None)
    else:
        raise ValidationError(f"raw must be a dict or a JSON or YAML string, got {raw!r}")
    if not isinstance(document, dict):
        raise ValidationError(f"The raw CWL must be an object (a mapping), got {document!r}")
    return document


def _parse_text(text: str, fmt: str | None) -> Any:
    if fmt in (None, AppRawFormat.JSON):
        try:
            return json.loads(text)
        except ValueError as error:
            if fmt == AppRawFormat.JSON:
                raise ValidationError(f"raw is not valid JSON: {error}") from None
    try:
        import yaml  # optional (the emulator extra): only apps given as YAML need it
    except ImportError:
        raise ValidationError(
            "raw is not JSON, and reading YAML needs PyYAML: pip install pyyaml "
            "(or give the CWL as a dict or a JSON string)"
        ) from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ValidationError(f"raw is neither valid JSON nor valid YAML: {error}") from None


class App(Resource):
    """An app (a tool or workflow described in CWL): ``api.apps.get('owner/project/app')``.

    ``id`` names one revision (``owner/project/app_name/revision``); ``raw`` is its CWL as a dict.
    """

    _model_cls = AppModel
    _kind = "app"

    # Read from the model like every field; declared for type checkers and the compatible surface.
    id: str

    _raw_cwl: Field[Any] = Field(wire="raw")

    # ----------------------------------------------------------------- class-level calls

    @classmethod
    def _get_model(cls, api: Api, identifier: str) -> Any:
        owner, project, name, revision = app_segments(identifier)
        if revision is None:
            return api._call_parsed(AppModel, get_app.sync_detailed, owner, project, name)
        return api._call_parsed(
            AppModel, get_app_revision.sync_detailed, owner, project, name, revision
        )

    @classmethod
    def get(cls, id: App | str, api: Api | None = None) -> App:
        """An app: its latest revision, or the revision the id ends with.

        Args:
            id: ``owner/project/app_name`` or ``owner/project/app_name/revision``, or an ``App``.
            api: the ``Api`` to use instead of the bound one.

        Returns:
            The app, with its raw CWL.

        Raises:
            ValidationError: a malformed id (before any request).
            NotFound: no such app or revision.
        """
        return super().get(id, api=api)

    @classmethod
    def get_revision(cls, id: App | str, revision: int, api: Api | None = None) -> App:
        """One revision of an app.

        Args:
            id: ``owner/project/app_name`` (or an ``App``).
            revision: the revision number.
            api: the ``Api`` to use instead of the bound one.

        Returns:
            That revision of the app.

        Raises:
            ValidationError: a malformed id or revision, or an id naming another revision.
            NotFound: no such app or revision.
        """
        return cls.get(app_reference(id, revision), api=api)

    @classmethod
    def query(
        cls,
        project: Any = None,
        visibility: str | None = None,
        q: str | None = None,
        id: App | str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        api: Api | None = None,
    ) -> Collection[App]:
        """Apps you can see: of one ``project``, the ``public`` gallery, matching search terms.

        Args:
            project: only the apps of this project (``Project`` or ``owner/project``).
            visibility: ``'public'`` for the public apps, ``'private'`` for those of your projects.
            q: search terms the app's id, name or description must all hold.
            id: only this app (``owner/project/app_name[/revision]``).
            offset: where the page starts.
            limit: the page size (at most 100).
            api: the ``Api`` to use instead of the bound one.

        Returns:
            The first page; ``all()`` iterates every app.

        Raises:
            ValidationError: a malformed project or app id, an unknown visibility.
        """
        resolved = cls._resolve_api(api)
        return query_collection(
            resolved, cls, AppList, list_apps.sync_detailed, offset=offset, limit=limit,
            project="/".join(project_segments(project)) if project is not None else None,
            visibility=optional_enum(
                visibility.lower() if isinstance(visibility, str) else visibility,
                AppVisibility, "visibility",
            ),
            q=optional_str(q, "q"),
            id=app_reference(id) if id is not None else None,
        )  # fmt: skip

    @classmethod
    def install_app(
        cls, id: App | str, raw: Any, api: Api | None = None, raw_format: str | None = None
    ) -> App:
        """Install an app from its CWL (or add its next revision when it exists).

        Args:
            id: ``owner/project/app_name`` where to install it.
            raw: the CWL: a dict, or a JSON or YAML string.
            api: the ``Api`` to use instead of the bound one.
            raw_format: ``AppRawFormat.JSON`` or ``AppRawFormat.YAML`` for a string ``raw``
                (without it JSON is tried, then YAML; YAML needs PyYAML installed).

        Returns:
            The installed revision.

        Raises:
            ValidationError: a malformed id, an id with a revision, CWL that does not parse.
            BadRequest: the server refused the CWL.
        """
        resolved = cls._resolve_api(api)
        owner, project, name = app_without_revision(id)
        body = AppRaw.from_dict(parse_raw(raw, raw_format))
        answer = resolved._call_parsed(
            AppRaw, install_app.sync_detailed, owner, project, name, body=body
        )
        return cls._from_raw(resolved, answer, owner, project, name)

    @classmethod
    def create_revision(
        cls,
        id: App | str,
        revision: int,
        raw: Any,
        api: Api | None = None,
        *,
        raw_format: str | None = None,
    ) -> App:
        """Add revision ``revision`` (the latest plus one) to an app.

        Args:
            id: ``owner/project/app_name`` (or an ``App``).
            revision: the new revision's number.
            raw: the CWL: a dict, or a JSON or YAML string.
            api: the ``Api`` to use instead of the bound one.
            raw_format: ``AppRawFormat.JSON`` or ``AppRawFormat.YAML`` for a string ``raw``.

        Returns:
            The new revision.

        Raises:
            ValidationError: a malformed id or revision, CWL that does not parse.
            Conflict: that revision exists already.
        """
        resolved = cls._resolve_api(api)
        owner, project, name = app_without_revision(id)
        number = revision_of(revision)
        body = AppRaw.from_dict(parse_raw(raw, raw_format))
        answer = resolved._call_parsed(
            AppRaw, create_app_revision.sync_detailed, owner, project, name, number, body=body
        )
        return cls._from_raw(resolved, answer, owner, project, name)

    @classmethod
    def _from_raw(cls, api: Api, answer: AppRaw, owner: str, project: str, name: str) -> App:
        """The app a raw-CWL answer describes (its ``sbg:id`` and ``sbg:revision``); the fields
        the CWL does not carry are fetched when first read."""
        raw = answer.to_dict()
        revision = raw.get("sbg:revision")
        if not isinstance(revision, int):
            return cls.get(f"{owner}/{project}/{name}", api=api)
        data = {
            "id": f"{owner}/{project}/{name}/{revision}",
            "project": f"{owner}/{project}",
            "revision": revision,
            "raw": raw,
        }
        return cls._from_model(AppModel.from_dict(data), api, complete=False)

    # ----------------------------------------------------------------- instance

    @property
    def raw(self) -> dict[str, Any] | None:
        """The CWL of this revision as a dict (fetched when the object does not hold it yet)."""
        value = self._raw_cwl
        if value is None:
            return None
        document: dict[str, Any] = value.to_dict()
        return document

    def _segments(self) -> tuple[str, str, str, int | None]:
        return app_segments(self._identity())

    def copy(
        self,
        project: Any,
        name: str | None = None,
        strategy: str | None = None,
        use_revision: bool = False,
        api: Api | None = None,
    ) -> App:
        """Copy this app to a project.

        Args:
            project: the destination (``Project`` or ``owner/project``).
            name: a new name for the copy.
            strategy: an ``AppCopyStrategy`` (``clone`` when left out: every revision, and the
                copy takes updates from the original's source).
            use_revision: copy this very revision rather than the latest one.
            api: the ``Api`` to use instead of this app's.

        Returns:
            The copy.

        Raises:
            ValidationError: a malformed project id, an empty name, an unknown strategy.
            Conflict: the destination has an app of that name.
        """
        resolved = api if api is not None else self.api
        body: dict[str, Any] = {"project": "/".join(project_segments(project))}
        if name is not None:
            body["name"] = required_str(name, "name")
        chosen = optional_enum(
            strategy.lower() if isinstance(strategy, str) else strategy,
            AppCopyStrategyModel,
            "strategy",
        )
        if chosen is not None:
            body["strategy"] = chosen.value
        owner, app_project, app_name, revision = self._segments()
        if use_revision:
            if revision is None:
                raise ValidationError(f"use_revision: the app {self._identity()!r} has no revision")
            body["use_revision"] = True
            model = resolved._call_parsed(
                AppModel, copy_app_revision.sync_detailed, owner, app_project, app_name,
                revision, body=AppCopy.from_dict(body),
            )  # fmt: skip
        else:
            model = resolved._call_parsed(
                AppModel, copy_app.sync_detailed, owner, app_project, app_name,
                body=AppCopy.from_dict(body),
            )  # fmt: skip
        return type(self)._from_model(model, resolved, complete=True)

    def sync(self) -> App:
        """Update this copy from its source (copies made with ``clone`` or ``transient``).

        Returns:
            The app's new latest revision.

        Raises:
            BadRequest: the app is not a copy that takes updates.
        """
        owner, project, name, _ = self._segments()
        model = self.api._call_parsed(AppModel, sync_app.sync_detailed, owner, project, name)
        return type(self)._from_model(model, self._bound_api, complete=True)


__all__ = ["App", "app_reference", "app_segments", "parse_raw"]
