from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_group import BillingGroup
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    billing_group_id: UUID,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/billing/groups/{billing_group_id}".format(
            billing_group_id=quote(str(billing_group_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillingGroup | Error | None:
    if response.status_code == 200:
        response_200 = BillingGroup.from_dict(response.json())

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
) -> Response[BillingGroup | Error]:
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
    fields: str | Unset = UNSET,
) -> Response[BillingGroup | Error]:
    """Get a billing group

    Args:
        billing_group_id (UUID):  Example: ec1dc1e3-12a3-4b56-789c-e3f2dca0c6f7.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingGroup | Error]
    """

    kwargs = _get_kwargs(
        billing_group_id=billing_group_id,
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
    fields: str | Unset = UNSET,
) -> BillingGroup | Error | None:
    """Get a billing group

    Args:
        billing_group_id (UUID):  Example: ec1dc1e3-12a3-4b56-789c-e3f2dca0c6f7.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingGroup | Error
    """

    return sync_detailed(
        billing_group_id=billing_group_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    billing_group_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[BillingGroup | Error]:
    """Get a billing group

    Args:
        billing_group_id (UUID):  Example: ec1dc1e3-12a3-4b56-789c-e3f2dca0c6f7.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingGroup | Error]
    """

    kwargs = _get_kwargs(
        billing_group_id=billing_group_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    billing_group_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> BillingGroup | Error | None:
    """Get a billing group

    Args:
        billing_group_id (UUID):  Example: ec1dc1e3-12a3-4b56-789c-e3f2dca0c6f7.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingGroup | Error
    """

    return (
        await asyncio_detailed(
            billing_group_id=billing_group_id,
            client=client,
            fields=fields,
        )
    ).parsed
