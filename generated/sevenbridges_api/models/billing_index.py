from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingIndex")


@_attrs_define
class BillingIndex:
    """The URLs of the billing API.

    Example:
        {'billing_groups_url': 'https://api.sbgenomics.com/v2/billing/groups/', 'invoices_url':
            'https://api.sbgenomics.com/v2/billing/invoices/'}

    Attributes:
        billing_groups_url (str | Unset):
        invoices_url (str | Unset):
    """

    billing_groups_url: str | Unset = UNSET
    invoices_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_groups_url = self.billing_groups_url

        invoices_url = self.invoices_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_groups_url is not UNSET:
            field_dict["billing_groups_url"] = billing_groups_url
        if invoices_url is not UNSET:
            field_dict["invoices_url"] = invoices_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        billing_groups_url = d.pop("billing_groups_url", UNSET)

        invoices_url = d.pop("invoices_url", UNSET)

        billing_index = cls(
            billing_groups_url=billing_groups_url,
            invoices_url=invoices_url,
        )

        billing_index.additional_properties = d
        return billing_index

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
