from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_copy_strategy import AppCopyStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppCopy")


@_attrs_define
class AppCopy:
    """Where to copy an app; `project` (`owner/project`) is required by the server.

    Example:
        {'project': 'rfranklin/my-project', 'name': 'FastQC copy', 'strategy': 'clone'}

    Attributes:
        project (str | Unset): The destination project, `owner/project`.
        name (str | Unset): A new name for the copy; its short name is derived from it.
        strategy (AppCopyStrategy | Unset): How a copy is made and where it takes updates from. `clone` (the server's
            default): every revision, updates from the original's source; `direct`: the latest revision, updates from the
            copied app; `clone_direct`: every revision, updates from the copied app; `transient`: the latest revision,
            updates from the original's source. Example: clone.
        use_revision (bool | Unset): Copy exactly the revision named in the path rather than the latest.
    """

    project: str | Unset = UNSET
    name: str | Unset = UNSET
    strategy: AppCopyStrategy | Unset = UNSET
    use_revision: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        name = self.name

        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy.value

        use_revision = self.use_revision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project is not UNSET:
            field_dict["project"] = project
        if name is not UNSET:
            field_dict["name"] = name
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if use_revision is not UNSET:
            field_dict["use_revision"] = use_revision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project = d.pop("project", UNSET)

        name = d.pop("name", UNSET)

        _strategy = d.pop("strategy", UNSET)
        strategy: AppCopyStrategy | Unset
        if isinstance(_strategy, Unset):
            strategy = UNSET
        else:
            strategy = AppCopyStrategy(_strategy)

        use_revision = d.pop("use_revision", UNSET)

        app_copy = cls(
            project=project,
            name=name,
            strategy=strategy,
            use_revision=use_revision,
        )

        app_copy.additional_properties = d
        return app_copy

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
