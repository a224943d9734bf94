from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error import Error
    from ..models.import_ import Import


T = TypeVar("T", bound="ImportBulkRecord")


@_attrs_define
class ImportBulkRecord:
    """One item of a bulk import call, the job or the error.

    Example:
        {'resource': {'href': 'https://api.sbgenomics.com/v2/storage/imports/aoxqCB0N6D27D3kCLxh0fzkyvsjARZQZ', 'id':
            'aoxqCB0N6D27D3kCLxh0fzkyvsjARZQZ', 'state': 'PENDING'}}

    Attributes:
        resource (Import | None | Unset):
        error (Error | None | Unset):
    """

    resource: Import | None | Unset = UNSET
    error: Error | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error import Error  # noqa: PLC0415
        from ..models.import_ import Import  # noqa: PLC0415

        resource: dict[str, Any] | None | Unset
        if isinstance(self.resource, Unset):
            resource = UNSET
        elif isinstance(self.resource, Import):
            resource = self.resource.to_dict()
        else:
            resource = self.resource

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, Error):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource is not UNSET:
            field_dict["resource"] = resource
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error import Error  # noqa: PLC0415
        from ..models.import_ import Import  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_resource(data: object) -> Import | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resource_type_1 = Import.from_dict(data)

                return resource_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Import | None | Unset, data)

        resource = _parse_resource(d.pop("resource", UNSET))

        def _parse_error(data: object) -> Error | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = Error.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Error | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        import_bulk_record = cls(
            resource=resource,
            error=error,
        )

        import_bulk_record.additional_properties = d
        return import_bulk_record

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
