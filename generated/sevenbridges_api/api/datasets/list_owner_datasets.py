from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_list import DatasetList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    owner: str,
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datasets/{owner}".format(
            owner=quote(str(owner), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatasetList | Error | None:
    if response.status_code == 200:
        response_200 = DatasetList.from_dict(response.json())

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
) -> Response[DatasetList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    owner: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[DatasetList | Error]:
    """List the datasets of one owner that you can see

    Args:
        owner (str):  Example: rfranklin.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetList | Error]
    """

    kwargs = _get_kwargs(
        owner=owner,
        offset=offset,
        limit=limit,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    owner: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> DatasetList | Error | None:
    """List the datasets of one owner that you can see

    Args:
        owner (str):  Example: rfranklin.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetList | Error
    """

    return sync_detailed(
        owner=owner,
        client=client,
        offset=offset,
        limit=limit,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    owner: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[DatasetList | Error]:
    """List the datasets of one owner that you can see

    Args:
        owner (str):  Example: rfranklin.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetList | Error]
    """

    kwargs = _get_kwargs(
        owner=owner,
        offset=offset,
        limit=limit,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> DatasetList | Error | None:
    """List the datasets of one owner that you can see

    Args:
        owner (str):  Example: rfranklin.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetList | Error
    """

    return (
        await asyncio_detailed(
            owner=owner,
            client=client,
            offset=offset,
            limit=limit,
            fields=fields,
        )
    ).parsed
