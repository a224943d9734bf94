from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.storage_breakdown_list import StorageBreakdownList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    billing_group_id: UUID,
    *,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    invoice_id: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["date_from"] = date_from

    params["date_to"] = date_to

    params["invoice_id"] = invoice_id

    params["offset"] = offset

    params["limit"] = limit

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/billing/groups/{billing_group_id}/breakdown/storage".format(
            billing_group_id=quote(str(billing_group_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | StorageBreakdownList | None:
    if response.status_code == 200:
        response_200 = StorageBreakdownList.from_dict(response.json())

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
) -> Response[Error | StorageBreakdownList]:
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
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    invoice_id: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | StorageBreakdownList]:
    """Get the storage cost breakdown of a billing group

    Args:
        billing_group_id (UUID):  Example: ec1dc1e3-12a3-4b56-789c-e3f2dca0c6f7.
        date_from (str | Unset):  Example: 2024-01-01.
        date_to (str | Unset):  Example: 2024-01-31.
        invoice_id (str | Unset):  Example: 6351830069.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StorageBreakdownList]
    """

    kwargs = _get_kwargs(
        billing_group_id=billing_group_id,
        date_from=date_from,
        date_to=date_to,
        invoice_id=invoice_id,
        offset=offset,
        limit=limit,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    billing_group_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    invoice_id: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | StorageBreakdownList | None:
    """Get the storage cost breakdown of a billing group

    Args:
        billing_group_id (UUID):  Example: ec1dc1e3-12a3-4b56-789c-e3f2dca0c6f7.
        date_from (str | Unset):  Example: 2024-01-01.
        date_to (str | Unset):  Example: 2024-01-31.
        invoice_id (str | Unset):  Example: 6351830069.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StorageBreakdownList
    """

    return sync_detailed(
        billing_group_id=billing_group_id,
        client=client,
        date_from=date_from,
        date_to=date_to,
        invoice_id=invoice_id,
        offset=offset,
        limit=limit,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    billing_group_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    invoice_id: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | StorageBreakdownList]:
    """Get the storage cost breakdown of a billing group

    Args:
        billing_group_id (UUID):  Example: ec1dc1e3-12a3-4b56-789c-e3f2dca0c6f7.
        date_from (str | Unset):  Example: 2024-01-01.
        date_to (str | Unset):  Example: 2024-01-31.
        invoice_id (str | Unset):  Example: 6351830069.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StorageBreakdownList]
    """

    kwargs = _get_kwargs(
        billing_group_id=billing_group_id,
        date_from=date_from,
        date_to=date_to,
        invoice_id=invoice_id,
        offset=offset,
        limit=limit,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    billing_group_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    invoice_id: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | StorageBreakdownList | None:
    """Get the storage cost breakdown of a billing group

    Args:
        billing_group_id (UUID):  Example: ec1dc1e3-12a3-4b56-789c-e3f2dca0c6f7.
        date_from (str | Unset):  Example: 2024-01-01.
        date_to (str | Unset):  Example: 2024-01-31.
        invoice_id (str | Unset):  Example: 6351830069.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StorageBreakdownList
    """

    return (
        await asyncio_detailed(
            billing_group_id=billing_group_id,
            client=client,
            date_from=date_from,
            date_to=date_to,
            invoice_id=invoice_id,
            offset=offset,
            limit=limit,
            fields=fields,
        )
    ).parsed
