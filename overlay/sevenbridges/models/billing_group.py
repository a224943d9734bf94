"""Billing groups and their analysis, storage and egress cost breakdowns."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sevenbridges_api.api.billing import (
    get_billing_group,
    get_billing_group_breakdown,
    list_analysis_breakdown,
    list_billing_groups,
    list_egress_breakdown,
    list_storage_breakdown,
)
from sevenbridges_api.models.analysis_breakdown import AnalysisBreakdown
from sevenbridges_api.models.analysis_breakdown_list import AnalysisBreakdownList
from sevenbridges_api.models.billing_breakdown import BillingBreakdown
from sevenbridges_api.models.billing_group import BillingGroup as BillingGroupModel
from sevenbridges_api.models.billing_group_list import BillingGroupList
from sevenbridges_api.models.egress_breakdown import EgressBreakdown
from sevenbridges_api.models.egress_breakdown_list import EgressBreakdownList
from sevenbridges_api.models.storage_breakdown import StorageBreakdown
from sevenbridges_api.models.storage_breakdown_list import StorageBreakdownList

from ..meta.checks import optional_date, optional_str
from ..meta.collection import Collection, query_collection
from ..meta.ids import single_segment
from ..meta.resource import Resource
from ..meta.tracked import ModelView

if TYPE_CHECKING:
    from collections.abc import Callable

    from sevenbridges_api.types import Response

    from ..api import Api


class BillingGroupAnalysisBreakdown(Resource):
    """The cost of one analysis (task) billed to a billing group."""

    _model_cls = AnalysisBreakdown
    _kind = "analysis_breakdown"

    @classmethod
    def query(
        cls,
        bg_id: Any,
        api: Api | None = None,
        date_from: Any = None,
        date_to: Any = None,
        invoice_id: str | None = None,
        fields: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> Collection[BillingGroupAnalysisBreakdown]:
        return _breakdown(
            cls, AnalysisBreakdownList, list_analysis_breakdown.sync_detailed,
            bg_id, api, date_from, date_to, invoice_id, fields, offset, limit,
        )  # fmt: skip


class BillingGroupStorageBreakdown(Resource):
    """The storage cost of one project."""

    _model_cls = StorageBreakdown
    _kind = "storage_breakdown"

    @classmethod
    def query(
        cls,
        bg_id: Any,
        api: Api | None = None,
        date_from: Any = None,
        date_to: Any = None,
        invoice_id: str | None = None,
        fields: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> Collection[BillingGroupStorageBreakdown]:
        return _breakdown(
            cls, StorageBreakdownList, list_storage_breakdown.sync_detailed,
            bg_id, api, date_from, date_to, invoice_id, fields, offset, limit,
        )  # fmt: skip


class BillingGroupEgressBreakdown(Resource):
    """The egress (download) cost of one user in one project."""

    _model_cls = EgressBreakdown
    _kind = "egress_breakdown"

    @classmethod
    def query(
        cls,
        bg_id: Any,
        api: Api | None = None,
        date_from: Any = None,
        date_to: Any = None,
        invoice_id: str | None = None,
        fields: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> Collection[BillingGroupEgressBreakdown]:
        return _breakdown(
            cls, EgressBreakdownList, list_egress_breakdown.sync_detailed,
            bg_id, api, date_from, date_to, invoice_id, fields, offset, limit,
        )  # fmt: skip


def _breakdown(
    cls: type[Resource],
    list_model: type[Any],
    endpoint: Callable[..., Response[Any]],
    bg_id: Any,
    api: Api | None,
    date_from: Any,
    date_to: Any,
    invoice_id: str | None,
    fields: str | None,
    offset: int | None,
    limit: int | None,
) -> Collection[Any]:
    resolved = cls._resolve_api(api)
    return query_collection(
        resolved,
        cls,
        list_model,
        endpoint,
        single_segment(bg_id, "billing group"),
        offset=offset,
        limit=limit,
        date_from=optional_date(date_from, "date_from"),
        date_to=optional_date(date_to, "date_to"),
        invoice_id=optional_str(invoice_id, "invoice_id"),
        fields=optional_str(fields, "fields"),
    )


class BillingGroup(Resource):
    """A billing group: ``api.billing_groups.query()``."""

    _model_cls = BillingGroupModel
    _kind = "billing_group"

    @classmethod
    def _get_model(cls, api: Api, identifier: str) -> Any:
        return api._call_parsed(
            BillingGroupModel,
            get_billing_group.sync_detailed,
            single_segment(identifier, "billing group"),
        )

    @classmethod
    def query(
        cls, offset: int | None = None, limit: int | None = None, api: Api | None = None
    ) -> Collection[BillingGroup]:
        """Your billing groups."""
        resolved = cls._resolve_api(api)
        return query_collection(
            resolved, cls, BillingGroupList, list_billing_groups.sync_detailed,
            offset=offset, limit=limit,
        )  # fmt: skip

    def breakdown(self) -> ModelView:
        """The spending of the current billing period per project and task (legacy call)."""
        model = self.api._call_parsed(
            BillingBreakdown, get_billing_group_breakdown.sync_detailed, self._identity()
        )
        return ModelView(model)

    def analysis_breakdown(
        self,
        date_from: Any = None,
        date_to: Any = None,
        invoice_id: str | None = None,
        fields: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> Collection[BillingGroupAnalysisBreakdown]:
        """Analysis costs billed to this group, optionally between two dates or on one invoice."""
        return BillingGroupAnalysisBreakdown.query(
            self._identity(), self.api, date_from, date_to, invoice_id, fields, offset, limit
        )

    def storage_breakdown(
        self,
        date_from: Any = None,
        date_to: Any = None,
        invoice_id: str | None = None,
        fields: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> Collection[BillingGroupStorageBreakdown]:
        """Storage costs billed to this group."""
        return BillingGroupStorageBreakdown.query(
            self._identity(), self.api, date_from, date_to, invoice_id, fields, offset, limit
        )

    def egress_breakdown(
        self,
        date_from: Any = None,
        date_to: Any = None,
        invoice_id: str | None = None,
        fields: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> Collection[BillingGroupEgressBreakdown]:
        """Egress (download) costs billed to this group."""
        return BillingGroupEgressBreakdown.query(
            self._identity(), self.api, date_from, date_to, invoice_id, fields, offset, limit
        )
