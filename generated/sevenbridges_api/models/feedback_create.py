from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feedback_type import FeedbackType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FeedbackCreate")


@_attrs_define
class FeedbackCreate:
    """Feedback for the Platform's team.

    Example:
        {'type': 'IDEA', 'text': 'Please add a way to sort projects by size.', 'referrer': 'sevenbridges-python'}

    Attributes:
        text (str):
        type_ (FeedbackType | Unset): What kind of feedback this is. Example: IDEA.
        referrer (str | Unset): Where the feedback comes from, e.g. the client's name.
    """

    text: str
    type_: FeedbackType | Unset = UNSET
    referrer: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        referrer = self.referrer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if referrer is not UNSET:
            field_dict["referrer"] = referrer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        _type_ = d.pop("type", UNSET)
        type_: FeedbackType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FeedbackType(_type_)

        referrer = d.pop("referrer", UNSET)

        feedback_create = cls(
            text=text,
            type_=type_,
            referrer=referrer,
        )

        feedback_create.additional_properties = d
        return feedback_create

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
