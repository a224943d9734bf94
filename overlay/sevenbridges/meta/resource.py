"""The base of every resource: fields over a generated model, lazy fetch, change tracking.

A resource wraps one generated attrs model. Every field of that model is readable on the resource
as it is (``project.created_on``) without being declared here, so a field added to the spec is
usable after ``make generate``; a resource class declares a :class:`Field` only for what has
behaviour: writable fields, conversions, compatibility aliases. Fields the server sends that the
spec does not know yet are readable too (``resource.field(name)``, attribute access, ``to_dict()``).

Reading a field the model lacks (a list item carries only ``href``, ``id`` and ``name``) fetches the
whole resource once. Assigning a writable field, or editing a dict field in place, records the
change; ``save()`` sends only the recorded changes and reloads the resource from the answer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar, overload

import attrs
from sevenbridges_api.types import Unset

from ..errors import ReadOnlyPropertyError, ResourceNotModified, SbgError
from .tracked import TrackedDict, plain, wire_value

if TYPE_CHECKING:
    from ..api import Api

T = TypeVar("T")

# Per generated model class: the name a user reads (the wire name) -> a read-only Field for it.
_MODEL_FIELDS: dict[type[Any], dict[str, Field[Any]]] = {}


class Field(Generic[T]):
    """A field of a resource, read from the wrapped model.

    ``read_only`` fields refuse assignment with :class:`ReadOnlyPropertyError`. ``dict_like`` fields
    are returned as change-tracking dicts (of ``dict_type``). ``to_wire`` converts an assigned value
    for sending (for example a ``BillingGroup`` object to its id); ``from_wire(value, resource)``
    converts the wire value on reading (for example task inputs, whose file references become
    ``File`` objects).
    """

    def __init__(
        self,
        *,
        read_only: bool = True,
        dict_like: bool = False,
        wire: str | None = None,
        to_wire: Callable[[Any], Any] | None = None,
        from_wire: Callable[[Any, Resource], Any] | None = None,
        doc: str | None = None,
        dict_type: type[TrackedDict] = TrackedDict,
    ) -> None:
        self.read_only = read_only
        self.dict_like = dict_like
        self.dict_type = dict_type
        self.wire = wire
        self.to_wire = to_wire
        self.from_wire = from_wire
        self.name = ""
        self.__doc__ = doc

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        if self.wire is None:
            self.wire = name

    @overload
    def __get__(self, obj: None, owner: type) -> Field[T]: ...

    @overload
    def __get__(self, obj: Resource, owner: type) -> T: ...

    def __get__(self, obj: Resource | None, owner: type) -> Field[T] | T:
        if obj is None:
            return self
        value: T = obj._read(self)
        return value

    def __set__(self, obj: Resource, value: T) -> None:
        obj._write(self, value)


def model_fields(model_cls: type[Any]) -> dict[str, Field[Any]]:
    """Read-only fields for every attribute of a generated model, keyed by wire name.

    The generator appends ``_`` to wire names that clash with Python (``type`` -> ``type_``); the
    resource exposes the wire name, as the server and the compatible client spell it.
    """
    found = _MODEL_FIELDS.get(model_cls)
    if found is None:
        found = {}
        for attribute in attrs.fields(model_cls):
            if attribute.name == "additional_properties":
                continue
            wire = attribute.name[:-1] if attribute.name.endswith("_") else attribute.name
            field: Field[Any] = Field(wire=wire)
            field.name = wire
            found[wire] = field
        _MODEL_FIELDS[model_cls] = found
    return found


class Resource:
    """Base class of API resources.

    ``Resource(api=api, id=...)`` makes a lazy resource; ``get(id)`` fetches one; resources from a
    list are lazy for the fields the list did not include. Equality is by kind and ``id``.
    """

    # Set on the per-Api subclasses that ``Api`` hands out (``api.projects`` and so on).
    _api: ClassVar[Api | None] = None
    # The generated model this resource wraps.
    _model_cls: ClassVar[type[Any]]
    # A stable name of the resource kind, shared by the per-Api subclasses.
    _kind: ClassVar[str] = "resource"
    # Where the resource's identity lives (``id`` for most, ``username`` for users).
    _id_field: ClassVar[str] = "id"
    # Filled by ``_fields()`` on each class on first use.
    _field_cache: ClassVar[dict[str, Field[Any]] | None] = None

    def __init__(self, api: Api | None = None, **kwargs: Any) -> None:
        self._bound_api = api if api is not None else type(self)._api
        self._model = self._model_cls.from_dict(kwargs)
        self._complete = False
        self._dirty: dict[str, Any] = {}
        self._dicts: dict[str, TrackedDict] = {}
        self._lists: dict[str, tuple[list[Any], list[Any]]] = {}

    # ----------------------------------------------------------------- construction

    @classmethod
    def _bare(cls, api: Api | None, complete: bool) -> Self:
        """An instance with no model yet and no changes (for the two constructors below)."""
        obj = cls.__new__(cls)
        obj._bound_api = api if api is not None else cls._api
        obj._complete = complete
        obj._dirty = {}
        obj._dicts = {}
        obj._lists = {}
        return obj

    @classmethod
    def _from_model(cls, model: Any, api: Api | None, complete: bool) -> Self:
        obj = cls._bare(api, complete)
        obj._model = model
        return obj

    @classmethod
    def _from_wire(cls, data: Mapping[str, Any], api: Api | None, complete: bool) -> Self:
        """A resource over a JSON object as the server sent it. The generated model is built from
        it when a field other than the id is first read, so a long listing or bulk answer whose
        items are only counted, compared or read by id never pays for parsing every field."""
        obj = cls._bare(api, complete)
        obj.__dict__["_wire"] = data
        return obj

    @property
    def _model(self) -> Any:
        """The generated model, built on first use for a resource made by ``_from_wire``."""
        state = self.__dict__
        model = state.get("_parsed")
        if model is not None:
            return model
        wire = state.get("_wire")
        if wire is None:  # another thread built it in the meantime, or nothing was ever set
            model = state.get("_parsed")
            if model is None:
                raise AttributeError("_model")
            return model
        # Two threads reading at once may both parse; the first model stored is the one kept.
        model = state.setdefault("_parsed", self._model_cls.from_dict(wire))
        state.pop("_wire", None)
        return model

    @_model.setter
    def _model(self, model: Any) -> None:
        self.__dict__["_parsed"] = model
        self.__dict__.pop("_wire", None)

    def _wire_identity(self) -> str | None:
        """The id straight from the unparsed answer; None once the model is built, or when the
        id there is not a string."""
        data = self.__dict__.get("_wire")
        if data is None:
            return None
        value = data.get(self._id_field)
        return value if isinstance(value, str) else None

    @classmethod
    def _resolve_api(cls, api: Api | None) -> Api:
        resolved = api if api is not None else cls._api
        if resolved is None:
            raise SbgError(
                f"No Api for {cls.__name__}: use api.{cls._kind}s... or pass api= to this call"
            )
        return resolved

    @property
    def api(self) -> Api:
        """The ``Api`` this resource talks through."""
        return type(self)._resolve_api(self._bound_api)

    # ----------------------------------------------------------------- per-resource hooks

    @classmethod
    def _get_model(cls, api: Api, identifier: str) -> Any:
        """Fetch the model of the resource with this id (overridden by fetchable resources)."""
        raise SbgError(f"{cls.__name__} cannot be fetched by id")

    def _update_model(self, changes: dict[str, Any]) -> Any:
        """Send ``changes`` and return the updated model (overridden by editable resources)."""
        raise SbgError(f"{type(self).__name__} cannot be saved")

    def _delete_remote(self) -> None:
        raise SbgError(f"{type(self).__name__} cannot be deleted")

    # ----------------------------------------------------------------- fields

    @classmethod
    def _fields(cls) -> dict[str, Field[Any]]:
        """Every field: the generated model's, then the declared ones (which take precedence)."""
        found = cls.__dict__.get("_field_cache")
        if found is None:
            found = dict(model_fields(cls._model_cls))
            for klass in reversed(cls.__mro__):
                for name, value in vars(klass).items():
                    if isinstance(value, Field):
                        found[name] = value
            cls._field_cache = found
        return found

    def _model_attr(self, wire: str) -> str:
        names = attrs.fields_dict(type(self._model))
        if wire in names:
            return wire
        if wire + "_" in names:
            return wire + "_"
        return wire

    def _raw(self, field: Field[Any]) -> Any:
        assert field.wire is not None
        attr = self._model_attr(field.wire)
        if hasattr(self._model, attr):
            return getattr(self._model, attr)
        return self._model.additional_properties.get(field.wire, Unset())

    def _identity(self) -> str | None:
        unparsed = self._wire_identity()
        if unparsed is not None:
            return unparsed
        value = getattr(self._model, self._id_field, None)
        if value is None or isinstance(value, Unset):
            return None
        return str(value)  # UUID ids (billing groups) are UUID objects in the generated models

    def _read(self, field: Field[Any]) -> Any:
        if field.name in self._dirty:
            return self._dirty[field.name]
        if field.dict_like and field.name in self._dicts:
            return self._dicts[field.name]
        if field.name in self._lists:
            return self._lists[field.name][0]
        if field.wire == self._id_field and field.from_wire is None and not field.dict_like:
            unparsed = self._wire_identity()
            if unparsed is not None:
                return unparsed
        raw = self._raw(field)
        if isinstance(raw, Unset) and not self._complete and self._identity():
            self._fetch_once()
            raw = self._raw(field)
        if field.from_wire is not None:
            raw = field.from_wire(raw, self)
        if field.dict_like:
            data = raw.to_dict() if hasattr(raw, "to_dict") else (raw or {})
            tracked = field.dict_type(data, on_change=lambda: self._mark_dict_dirty(field.name))
            self._dicts[field.name] = tracked
            return tracked
        value = raw if field.from_wire is not None else plain(raw)
        if isinstance(value, list) and not field.read_only:
            # Lists edited in place (``project.tags.append(...)``) are compared at save time.
            self._lists[field.name] = (value, list(value))
        return value

    def _mark_dict_dirty(self, name: str) -> None:
        self._dirty.setdefault(name, self._dicts[name])

    def _write(self, field: Field[Any], value: Any) -> None:
        self._lists.pop(field.name, None)
        if field.read_only:
            raise ReadOnlyPropertyError(
                f"Property {field.name!r} of {type(self).__name__} is read-only"
            )
        if field.dict_like:
            if not isinstance(value, dict):
                raise SbgError(f"{field.name} must be a dict, got {type(value).__name__}")
            tracked = field.dict_type(value, on_change=lambda: self._mark_dict_dirty(field.name))
            self._dicts[field.name] = tracked
            self._dirty[field.name] = tracked
            return
        self._dirty[field.name] = value

    def _extra(self) -> dict[str, Any]:
        """Fields the server sent that the spec does not name (kept by the generated model)."""
        extra: dict[str, Any] = getattr(self._model, "additional_properties", {})
        return extra

    def field(self, name: str) -> Any:
        """The current value of field ``name``, without fetching anything.

        Args:
            name: any field of the resource, including one the server sends that the spec does not
                know yet.

        Returns:
            The value (unsaved changes included), or None when the server did not send it.

        Raises:
            AttributeError: ``name`` is no field of this resource.
        """
        field = self._fields().get(name)
        if field is None:
            if name in self._extra():
                return self._extra()[name]
            raise AttributeError(f"{type(self).__name__} has no field {name!r}")
        if name in self._dirty:
            return self._dirty[name]
        return plain(self._raw(field))

    def __getattr__(self, name: str) -> Any:
        # Reached only when normal lookup fails: plain fields of the generated model, and fields the
        # server sent beyond the spec, read the same way declared fields do (lazy fetch included).
        if name.startswith("_"):
            raise AttributeError(name)
        field = model_fields(type(self)._model_cls).get(name)
        if field is not None:
            return self._read(field)
        if name not in self._extra() and not self._complete and self._identity():
            self._fetch_once()
        if name in self._extra():
            return self._extra()[name]
        raise AttributeError(f"{type(self).__name__} has no field {name!r}")

    def __setattr__(self, name: str, value: Any) -> None:
        # A plain model field has no descriptor to refuse assignment; refuse it here, as declared
        # read-only fields do, instead of silently hiding the field behind an instance attribute.
        if not name.startswith("_") and not hasattr(type(self), name):
            model = self._model if self.__dict__.keys() & {"_parsed", "_wire"} else None
            if name in model_fields(type(self)._model_cls) or (
                model is not None and name in getattr(model, "additional_properties", {})
            ):
                raise ReadOnlyPropertyError(
                    f"Property {name!r} of {type(self).__name__} is read-only"
                )
        object.__setattr__(self, name, value)

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *self._fields(), *self._extra()})

    def _changes(self) -> dict[str, Any]:
        """The recorded changes in wire form, keyed by wire name."""
        fields = self._fields()
        changes: dict[str, Any] = {}
        dirty = dict(self._dirty)
        for name, (current, snapshot) in self._lists.items():
            if name not in dirty and current != snapshot:
                dirty[name] = current
        for name, value in dirty.items():
            field = fields[name]
            converted = field.to_wire(value) if field.to_wire and value is not None else value
            assert field.wire is not None
            changes[field.wire] = wire_value(converted)
        return changes

    @property
    def dirty(self) -> bool:
        """Whether there are changes that ``save()`` would send."""
        return bool(self._changes())

    # ----------------------------------------------------------------- lifecycle

    def _replace_model(self, model: Any, complete: bool = True) -> None:
        self._model = model
        self._complete = complete
        self._dirty = {}
        self._dicts = {}
        self._lists = {}

    def _fetch_model(self) -> Any:
        """Fetch this resource's full model (overridden where the id alone is not enough)."""
        identifier = self._identity()
        if identifier is None:
            raise SbgError(f"{type(self).__name__} has no {self._id_field}; cannot fetch it")
        return type(self)._get_model(self.api, identifier)

    def _fetch_once(self) -> None:
        self._replace_model(self._fetch_model())

    @classmethod
    def get(cls, id: Any, api: Api | None = None) -> Self:
        """Fetch the resource with this id.

        Args:
            id: the id (``owner/project`` for a project, a username for a user), or a resource
                object whose id is taken.
            api: the ``Api`` to use instead of the bound one.

        Returns:
            The resource, with every field the server sends.

        Raises:
            ValidationError: a malformed id, before any request.
            NotFound: no such resource (or you cannot see it).
        """
        resolved = cls._resolve_api(api)
        identifier = id if isinstance(id, str) else getattr(id, cls._id_field, id)
        return cls._from_model(cls._get_model(resolved, identifier), resolved, complete=True)

    def reload(self) -> Self:
        """Fetch the resource again, dropping unsaved changes.

        Returns:
            This resource, refreshed.
        """
        self._fetch_once()
        return self

    def save(self, inplace: bool = True) -> Self:
        """Send the changed fields (only those) in as few requests as the API allows.

        Args:
            inplace: update this object with the server's answer; with False, leave it as it is and
                return a new object instead.

        Returns:
            This resource (or, with ``inplace=False``, a new one) as the server now has it.

        Raises:
            ResourceNotModified: nothing changed since the last fetch or save.
            ValidationError: a changed value is not valid, before any request.
        """
        changes = self._changes()
        if not changes:
            raise ResourceNotModified()
        model = self._update_model(changes)
        if not inplace:
            return type(self)._from_model(model, self._bound_api, complete=True)
        self._replace_model(model)
        return self

    def delete(self) -> None:
        """Delete the resource on the server."""
        self._delete_remote()

    # ----------------------------------------------------------------- python protocol

    def to_dict(self) -> dict[str, Any]:
        """The resource as the server last sent it (without unsaved changes).

        Returns:
            The fields by their wire names, as JSON-compatible values.
        """
        result: dict[str, Any] = self._model.to_dict()
        return result

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Resource) or other._kind != self._kind:
            return NotImplemented
        mine, theirs = self._identity(), other._identity()
        if mine is None or theirs is None:
            return self is other
        return mine == theirs

    def __hash__(self) -> int:
        return hash((self._kind, self._identity() or id(self)))

    def __repr__(self) -> str:
        identity = self._identity()
        shown = f"{self._id_field}={identity!r}" if identity else "unsaved"
        return f"<{type(self).__name__}: {shown}>"

    def __str__(self) -> str:
        return repr(self)
