"""Actions: calls that are not about one resource (``api.actions.send_feedback``,
``api.actions.bulk_copy_files``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sevenbridges_api.api.feedback import send_feedback
from sevenbridges_api.models.feedback_create import FeedbackCreate
from sevenbridges_api.models.feedback_type import FeedbackType as FeedbackTypeModel

from ..meta.checks import optional_enum, optional_str, required_str
from ..meta.resource import Resource
from .enums import FeedbackType
from .file import bulk_copy_files

if TYPE_CHECKING:
    from ..api import Api


class Actions(Resource):
    """Platform actions; nothing here is ever fetched or saved (the class only groups calls)."""

    # Actions wrap no resource; the feedback body stands in as the model so that the class is a
    # resource like the others and can be bound to an ``Api``.
    _model_cls = FeedbackCreate
    _kind = "actions"

    @classmethod
    def send_feedback(
        cls,
        type: str = FeedbackType.IDEA,
        referrer: str | None = None,
        text: str | None = None,
        api: Api | None = None,
    ) -> None:
        """Send feedback to the Platform's team.

        Args:
            type: ``FeedbackType.IDEA``, ``THOUGHT`` or ``PROBLEM``.
            referrer: where the feedback comes from.
            text: the feedback (required).
            api: the ``Api`` to use instead of the bound one.

        Raises:
            ValidationError: no text, or an unknown type (before any request).
        """
        resolved = cls._resolve_api(api)
        kind = optional_enum(
            type.upper() if isinstance(type, str) else type, FeedbackTypeModel, "type"
        )
        body = FeedbackCreate(text=required_str(text, "text"))
        if kind is not None:
            body.type_ = kind
        source = optional_str(referrer, "referrer")
        if source is not None:
            body.referrer = source
        resolved._call(send_feedback.sync_detailed, body=body)

    @classmethod
    def bulk_copy_files(
        cls, files: Any, destination_project: Any, api: Api | None = None
    ) -> dict[str, Any]:
        """Copy files to the root of a project, 100 per request.

        Args:
            files: ``File`` objects or file ids.
            destination_project: ``Project`` or ``owner/project``.
            api: the ``Api`` to use instead of the bound one.

        Returns:
            A dict keyed by source file id: ``{'new_file_id', 'new_file_name'}`` of the copy, or
            the error for a file that could not be copied.

        Raises:
            ValidationError: an empty list, a malformed id (nothing is sent).
        """
        return bulk_copy_files(files, destination_project, cls._resolve_api(api))


__all__ = ["Actions"]
