from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AppRaw")


@_attrs_define
class AppRaw:
    """An app's CWL document (a `CommandLineTool`, `Workflow` or `ExpressionTool`). In responses the Platform adds `sbg:`
    annotations such as `sbg:id`, `sbg:revision`, `sbg:latestRevision` and, for copies, `sbg:copyOf`.

        Example:
            {'cwlVersion': 'v1.0', 'class': 'CommandLineTool', 'label': 'FastQC', 'baseCommand': ['fastqc', '--noextract'],
                'inputs': [{'id': 'reads', 'type': 'File[]', 'inputBinding': {'position': 2}}], 'outputs': [{'id': 'report',
                'type': 'File[]', 'outputBinding': {'glob': '*_fastqc.html'}}], 'sbg:id': 'rfranklin/my-project/fastqc/3',
                'sbg:revision': 3, 'sbg:latestRevision': 3}

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_raw = cls()

        app_raw.additional_properties = d
        return app_raw

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
