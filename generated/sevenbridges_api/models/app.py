from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_raw import AppRaw


T = TypeVar("T", bound="App")


@_attrs_define
class App:
    """One revision of an app.

    Example:
        {'href': 'https://api.sbgenomics.com/v2/apps/rfranklin/my-project/fastqc/3', 'id': 'rfranklin/my-
            project/fastqc/3', 'project': 'rfranklin/my-project', 'name': 'FastQC', 'revision': 3, 'raw': {'cwlVersion':
            'v1.0', 'class': 'CommandLineTool', 'label': 'FastQC', 'sbg:id': 'rfranklin/my-project/fastqc/3',
            'sbg:revision': 3, 'sbg:latestRevision': 3}}

    Attributes:
        href (str | Unset):
        id (str | Unset): `owner/project/app_name/revision`.
        project (str | Unset): The app's project, `owner/project`.
        name (str | Unset): The app's label.
        revision (int | Unset):
        raw (AppRaw | None | Unset):
    """

    href: str | Unset = UNSET
    id: str | Unset = UNSET
    project: str | Unset = UNSET
    name: str | Unset = UNSET
    revision: int | Unset = UNSET
    raw: AppRaw | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.app_raw import AppRaw  # noqa: PLC0415

        href = self.href

        id = self.id

        project = self.project

        name = self.name

        revision = self.revision

        raw: dict[str, Any] | None | Unset
        if isinstance(self.raw, Unset):
            raw = UNSET
        elif isinstance(self.raw, AppRaw):
            raw = self.raw.to_dict()
        else:
            raw = self.raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if id is not UNSET:
            field_dict["id"] = id
        if project is not UNSET:
            field_dict["project"] = project
        if name is not UNSET:
            field_dict["name"] = name
        if revision is not UNSET:
            field_dict["revision"] = revision
        if raw is not UNSET:
            field_dict["raw"] = raw

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_raw import AppRaw  # noqa: PLC0415

        d = dict(src_dict)
        href = d.pop("href", UNSET)

        id = d.pop("id", UNSET)

        project = d.pop("project", UNSET)

        name = d.pop("name", UNSET)

        revision = d.pop("revision", UNSET)

        def _parse_raw(data: object) -> AppRaw | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                raw_type_1 = AppRaw.from_dict(data)

                return raw_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AppRaw | None | Unset, data)

        raw = _parse_raw(d.pop("raw", UNSET))

        app = cls(
            href=href,
            id=id,
            project=project,
            name=name,
            revision=revision,
            raw=raw,
        )

        app.additional_properties = d
        return app

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
