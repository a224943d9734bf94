from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_object import FileObject


T = TypeVar("T", bound="FileSearchResult")


@_attrs_define
class FileSearchResult:
    """One page of file search results.

    Example:
        {'count': 1, 'cont_token': None, 'result_set': [{'href':
            'https://api.sbgenomics.com/v2/files/567890abc8a5639cc6722063', 'id': '567890abc8a5639cc6722063', 'name':
            'chr20.intervals'}]}

    Attributes:
        count (int | None | Unset): How many files match in all.
        cont_token (None | str | Unset): The token of the next page; absent on the last.
        result_set (list[FileObject] | Unset):
    """

    count: int | None | Unset = UNSET
    cont_token: None | str | Unset = UNSET
    result_set: list[FileObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        cont_token: None | str | Unset
        if isinstance(self.cont_token, Unset):
            cont_token = UNSET
        else:
            cont_token = self.cont_token

        result_set: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result_set, Unset):
            result_set = []
            for result_set_item_data in self.result_set:
                result_set_item = result_set_item_data.to_dict()
                result_set.append(result_set_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if cont_token is not UNSET:
            field_dict["cont_token"] = cont_token
        if result_set is not UNSET:
            field_dict["result_set"] = result_set

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_object import FileObject  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        count = _parse_count(d.pop("count", UNSET))

        def _parse_cont_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cont_token = _parse_cont_token(d.pop("cont_token", UNSET))

        _result_set = d.pop("result_set", UNSET)
        result_set: list[FileObject] | Unset = UNSET
        if _result_set is not UNSET:
            result_set = []
            for result_set_item_data in _result_set:
                result_set_item = FileObject.from_dict(result_set_item_data)

                result_set.append(result_set_item)

        file_search_result = cls(
            count=count,
            cont_token=cont_token,
            result_set=result_set,
        )

        file_search_result.additional_properties = d
        return file_search_result

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
