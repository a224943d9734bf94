"""Change-tracking containers and read-only views over generated models."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from typing import Any
from uuid import UUID

from sevenbridges_api.types import Unset


class TrackedDict(dict[str, Any]):
    """A dict that reports every change (nested dicts included) to a callback.

    Used for editable compound fields such as project ``settings``, member ``permissions`` and file
    ``metadata``, so that ``project.settings['locked'] = True`` marks the field for ``save()``.
    ``changed_keys`` lists the top-level keys set or deleted since the last reset.
    """

    def __init__(
        self, data: Mapping[str, Any] | None = None, on_change: Callable[[], None] | None = None
    ) -> None:
        self._on_change = on_change
        self.changed_keys: set[str] = set()
        super().__init__()
        for key, value in (data or {}).items():
            super().__setitem__(key, self._wrap(key, value))

    def _wrap(self, key: str, value: Any) -> Any:
        if isinstance(value, dict) and not isinstance(value, TrackedDict):
            child = TrackedDict(value, on_change=lambda: self._changed(key))
            return child
        return value

    def _changed(self, key: str) -> None:
        self.changed_keys.add(key)
        if self._on_change is not None:
            self._on_change()

    def __setitem__(self, key: str, value: Any) -> None:
        super().__setitem__(key, self._wrap(key, value))
        self._changed(key)

    def __delitem__(self, key: str) -> None:
        super().__delitem__(key)
        self._changed(key)

    def update(self, other: Any = (), /, **kwargs: Any) -> None:
        """Set many keys, as ``dict.update``; each change is reported.

        Args:
            other: a mapping or an iterable of ``(key, value)`` pairs.
            **kwargs: more keys and values.
        """
        items: Iterable[tuple[str, Any]]
        items = other.items() if isinstance(other, Mapping) else other
        for key, value in [*items, *kwargs.items()]:
            self[key] = value

    def setdefault(self, key: str, default: Any = None) -> Any:
        """The value of ``key``, set to ``default`` first (a reported change) when missing.

        Args:
            key: the key.
            default: the value to set when ``key`` is missing.

        Returns:
            The value of ``key``.
        """
        if key not in self:
            self[key] = default
        return self[key]

    def pop(self, key: str, *default: Any) -> Any:
        """Remove ``key`` and return its value, as ``dict.pop``; the removal is reported.

        Args:
            key: the key.
            *default: the value to return when ``key`` is missing (else ``KeyError``).

        Returns:
            The removed value, or the default.
        """
        present = key in self
        value = super().pop(key, *default)
        if present:
            self._changed(key)
        return value

    def popitem(self) -> tuple[str, Any]:
        """Remove and return the last item, as ``dict.popitem``; the removal is reported.

        Returns:
            The removed ``(key, value)`` pair.
        """
        key, value = super().popitem()
        self._changed(key)
        return key, value

    def clear(self) -> None:
        """Remove every key, as ``dict.clear``; each removal is reported."""
        keys = list(self)
        super().clear()
        for key in keys:
            self._changed(key)

    def to_plain(self) -> dict[str, Any]:
        """A plain (untracked) deep copy, ready to send.

        Returns:
            The same keys and values, nested tracked dicts made plain.
        """
        return {k: v.to_plain() if isinstance(v, TrackedDict) else v for k, v in self.items()}


def plain(value: Any) -> Any:
    """A generated-model value as plain Python: ``UNSET`` becomes ``None``, models become views."""
    if isinstance(value, Unset):
        return None
    if isinstance(value, UUID):
        return str(value)  # ids are strings everywhere in the public surface
    if isinstance(value, list):
        return [plain(item) for item in value]
    if hasattr(value, "to_dict") and hasattr(value, "additional_properties"):
        return ModelView(value)
    return value


class ModelView:
    """A read-only attribute view of a nested generated model (``billing_group.balance.amount``).

    Fields the server left out read as ``None``; ``to_dict()`` gives the wire form.
    """

    __slots__ = ("_model",)

    def __init__(self, model: Any) -> None:
        object.__setattr__(self, "_model", model)

    def __getattr__(self, name: str) -> Any:
        model = object.__getattribute__(self, "_model")
        if hasattr(model, name):
            return plain(getattr(model, name))
        if name in model.additional_properties:
            return model.additional_properties[name]
        # The generator renames wire names that are Python keywords (``from`` -> ``from_``).
        if hasattr(model, name + "_"):
            return plain(getattr(model, name + "_"))
        raise AttributeError(f"{type(model).__name__} has no field {name!r}")

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self._model).__name__} fields are read-only")

    def __getitem__(self, key: str) -> Any:
        value = self.to_dict()[key]
        return value

    def get(self, key: str, default: Any = None) -> Any:
        return self.to_dict().get(key, default)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = self._model.to_dict()
        return result

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ModelView):
            return self.to_dict() == other.to_dict()
        if isinstance(other, dict):
            return self.to_dict() == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(repr(sorted(self.to_dict().items())))

    def __repr__(self) -> str:
        return f"<{type(self._model).__name__} {self.to_dict()!r}>"


def wire_value(value: Any) -> Any:
    """A Python value as it goes on the wire (enums as their value, tracked dicts as plain dicts)."""
    if isinstance(value, TrackedDict):
        return value.to_plain()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, ModelView):
        return value.to_dict()
    if isinstance(value, list):
        return [wire_value(v) for v in value]
    return value
