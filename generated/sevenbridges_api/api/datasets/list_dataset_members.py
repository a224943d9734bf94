from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.member_list import MemberList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    owner: str,
    dataset: str,
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
        "url": "/datasets/{owner}/{dataset}/members".format(
            owner=quote(str(owner), safe=""),
            dataset=quote(str(dataset), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MemberList | None:
    if response.status_code == 200:
        response_200 = MemberList.from_dict(response.json())

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
) -> Response[Error | MemberList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    owner: str,
    dataset: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | MemberList]:
    """List the members of a dataset

    Args:
        owner (str):  Example: rfranklin.
        dataset (str):  Example: photo-51.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MemberList]
    """

    kwargs = _get_kwargs(
        owner=owner,
        dataset=dataset,
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
    dataset: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | MemberList | None:
    """List the members of a dataset

    Args:
        owner (str):  Example: rfranklin.
        dataset (str):  Example: photo-51.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MemberList
    """

    return sync_detailed(
        owner=owner,
        dataset=dataset,
        client=client,
        offset=offset,
        limit=limit,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    owner: str,
    dataset: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | MemberList]:
    """List the members of a dataset

    Args:
        owner (str):  Example: rfranklin.
        dataset (str):  Example: photo-51.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MemberList]
    """

    kwargs = _get_kwargs(
        owner=owner,
        dataset=dataset,
        offset=offset,
        limit=limit,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    dataset: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | MemberList | None:
    """List the members of a dataset

    Args:
        owner (str):  Example: rfranklin.
        dataset (str):  Example: photo-51.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MemberList
    """

    return (
        await asyncio_detailed(
            owner=owner,
            dataset=dataset,
            client=client,
            offset=offset,
            limit=limit,
            fields=fields,
        )
    ).parsed
