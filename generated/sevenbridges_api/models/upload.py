from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.upload_part import UploadPart


T = TypeVar("T", bound="Upload")


@_attrs_define
class Upload:
    """An ongoing multipart upload.

    Example:
        {'upload_id': 'ezCeGmsWvyLwLjDdw3WNXXfs0EK4GpcHXijP37fP7o1jbdh24IAFEF7New5wYyli', 'project': 'RFranklin/my-
            project', 'name': '1000G_omni2.5.b37.vcf', 'initiated': '2016-01-01T00:00:00Z', 'parallel_uploads': True,
            'part_size': 1073741824, 'uploaded_parts_count': 1, 'parts': [{'part_number': 1, 'response': {'headers':
            {'ETag': '43a5e127340f2b6602badfdebe610f30'}}}]}

    Attributes:
        href (str | Unset):
        upload_id (str | Unset):
        project (None | str | Unset):
        parent (None | str | Unset):
        name (str | Unset):
        size (int | None | Unset):
        part_size (int | Unset): The part size to use (the server's choice).
        parallel_uploads (bool | Unset): Whether parts may be sent in parallel.
        initiated (datetime.datetime | None | Unset):
        uploaded_parts_count (int | None | Unset):
        parts (list[UploadPart] | Unset): The parts reported so far (with `list_parts=true`).
    """

    href: str | Unset = UNSET
    upload_id: str | Unset = UNSET
    project: None | str | Unset = UNSET
    parent: None | str | Unset = UNSET
    name: str | Unset = UNSET
    size: int | None | Unset = UNSET
    part_size: int | Unset = UNSET
    parallel_uploads: bool | Unset = UNSET
    initiated: datetime.datetime | None | Unset = UNSET
    uploaded_parts_count: int | None | Unset = UNSET
    parts: list[UploadPart] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        upload_id = self.upload_id

        project: None | str | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        parent: None | str | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        else:
            parent = self.parent

        name = self.name

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        part_size = self.part_size

        parallel_uploads = self.parallel_uploads

        initiated: None | str | Unset
        if isinstance(self.initiated, Unset):
            initiated = UNSET
        elif isinstance(self.initiated, datetime.datetime):
            initiated = self.initiated.isoformat()
        else:
            initiated = self.initiated

        uploaded_parts_count: int | None | Unset
        if isinstance(self.uploaded_parts_count, Unset):
            uploaded_parts_count = UNSET
        else:
            uploaded_parts_count = self.uploaded_parts_count

        parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parts, Unset):
            parts = []
            for parts_item_data in self.parts:
                parts_item = parts_item_data.to_dict()
                parts.append(parts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if upload_id is not UNSET:
            field_dict["upload_id"] = upload_id
        if project is not UNSET:
            field_dict["project"] = project
        if parent is not UNSET:
            field_dict["parent"] = parent
        if name is not UNSET:
            field_dict["name"] = name
        if size is not UNSET:
            field_dict["size"] = size
        if part_size is not UNSET:
            field_dict["part_size"] = part_size
        if parallel_uploads is not UNSET:
            field_dict["parallel_uploads"] = parallel_uploads
        if initiated is not UNSET:
            field_dict["initiated"] = initiated
        if uploaded_parts_count is not UNSET:
            field_dict["uploaded_parts_count"] = uploaded_parts_count
        if parts is not UNSET:
            field_dict["parts"] = parts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.upload_part import UploadPart  # noqa: PLC0415

        d = dict(src_dict)
        href = d.pop("href", UNSET)

        upload_id = d.pop("upload_id", UNSET)

        def _parse_project(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project = _parse_project(d.pop("project", UNSET))

        def _parse_parent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        name = d.pop("name", UNSET)

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        part_size = d.pop("part_size", UNSET)

        parallel_uploads = d.pop("parallel_uploads", UNSET)

        def _parse_initiated(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                initiated_type_0 = datetime.datetime.fromisoformat(data)

                return initiated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        initiated = _parse_initiated(d.pop("initiated", UNSET))

        def _parse_uploaded_parts_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        uploaded_parts_count = _parse_uploaded_parts_count(
            d.pop("uploaded_parts_count", UNSET)
        )

        _parts = d.pop("parts", UNSET)
        parts: list[UploadPart] | Unset = UNSET
        if _parts is not UNSET:
            parts = []
            for parts_item_data in _parts:
                parts_item = UploadPart.from_dict(parts_item_data)

                parts.append(parts_item)

        upload = cls(
            href=href,
            upload_id=upload_id,
            project=project,
            parent=parent,
            name=name,
            size=size,
            part_size=part_size,
            parallel_uploads=parallel_uploads,
            initiated=initiated,
            uploaded_parts_count=uploaded_parts_count,
            parts=parts,
        )

        upload.additional_properties = d
        return upload

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
