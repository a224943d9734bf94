from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_breakdown import BillingBreakdown
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    billing_group_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/billing/groups/{billing_group_id}/breakdown".format(
            billing_group_id=quote(str(billing_group_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillingBreakdown | Error | None:
    if response.status_code == 200:
        response_200 = BillingBreakdown.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BillingBreakdown | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    billing_group_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BillingBreakdown | Error]:
    """Get the spending breakdown of a billing group (legacy)

     Spending of the current billing period, per project and task. Superseded by the analysis, storage
    and egress breakdowns.

    Args:
        billing_group_id (UUID):  Example: ec1dc1e3-12a3-4b56-789c-e3f2dca0c6f7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingBreakdown | Error]
    """

    kwargs = _get_kwargs(
        billing_group_id=billing_group_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    billing_group_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> BillingBreakdown | Error | None:
    """Get the spending breakdown of a billing group (legacy)

     Spending of the current billing period, per project and task. Superseded by the analysis, storage
    and egress breakdowns.

    Args:
        billing_group_id (UUID):  Example: ec1dc1e3-12a3-4b56-789c-e3f2dca0c6f7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingBreakdown | Error
    """

    return sync_detailed(
        billing_group_id=billing_group_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    billing_group_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BillingBreakdown | Error]:
    """Get the spending breakdown of a billing group (legacy)

     Spending of the current billing period, per project and task. Superseded by the analysis, storage
    and egress breakdowns.

    Args:
        billing_group_id (UUID):  Example: ec1dc1e3-12a3-4b56-789c-e3f2dca0c6f7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingBreakdown | Error]
    """

    kwargs = _get_kwargs(
        billing_group_id=billing_group_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    billing_group_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> BillingBreakdown | Error | None:
    """Get the spending breakdown of a billing group (legacy)

     Spending of the current billing period, per project and task. Superseded by the analysis, storage
    and egress breakdowns.

    Args:
        billing_group_id (UUID):  Example: ec1dc1e3-12a3-4b56-789c-e3f2dca0c6f7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingBreakdown | Error
    """

    return (
        await asyncio_detailed(
            billing_group_id=billing_group_id,
            client=client,
        )
    ).parsed
