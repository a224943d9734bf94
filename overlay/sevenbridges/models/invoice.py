"""Invoices of billing groups."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sevenbridges_api.api.invoices import get_invoice, list_invoices
from sevenbridges_api.models.invoice import Invoice as InvoiceModel
from sevenbridges_api.models.invoice_list import InvoiceList

from ..meta.collection import Collection, query_collection
from ..meta.ids import id_of, single_segment
from ..meta.resource import Resource

if TYPE_CHECKING:
    from ..api import Api


class Invoice(Resource):
    """An invoice: ``api.invoices.query()``, ``api.invoices.get(id)``."""

    _model_cls = InvoiceModel
    _kind = "invoice"

    @classmethod
    def _get_model(cls, api: Api, identifier: str) -> Any:
        return api._call_parsed(
            InvoiceModel, get_invoice.sync_detailed, single_segment(identifier, "invoice")
        )

    @classmethod
    def query(
        cls,
        offset: int | None = None,
        limit: int | None = None,
        api: Api | None = None,
        *,
        billing_group: Any = None,
    ) -> Collection[Invoice]:
        """Invoices you can see, optionally of one billing group.

        Args:
            offset: the index of the first item of the page.
            limit: items per page, 1 to 100.
            api: the ``Api`` to use instead of the bound one.
            billing_group: only the invoices of this billing group (a ``BillingGroup`` or its id).

        Returns:
            The first page; ``.all()`` iterates every page.
        """
        resolved = cls._resolve_api(api)
        group = None if billing_group is None else id_of(billing_group, "billing group")
        return query_collection(
            resolved, cls, InvoiceList, list_invoices.sync_detailed,
            offset=offset, limit=limit, billing_group=group,
        )  # fmt: skip
