from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.team_list import TeamList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    division: str | Unset = UNSET,
    field_all_: bool | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["division"] = division

    params["_all"] = field_all_

    params["offset"] = offset

    params["limit"] = limit

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/teams",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TeamList | None:
    if response.status_code == 200:
        response_200 = TeamList.from_dict(response.json())

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
) -> Response[Error | TeamList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    division: str | Unset = UNSET,
    field_all_: bool | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | TeamList]:
    """List the teams of a division

     Without `_all`, only the teams of the division you are a member of; with `_all=true`, every team of
    the division.

    Args:
        division (str | Unset):  Example: the-lab.
        field_all_ (bool | Unset):  Example: True.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamList]
    """

    kwargs = _get_kwargs(
        division=division,
        field_all_=field_all_,
        offset=offset,
        limit=limit,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    division: str | Unset = UNSET,
    field_all_: bool | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | TeamList | None:
    """List the teams of a division

     Without `_all`, only the teams of the division you are a member of; with `_all=true`, every team of
    the division.

    Args:
        division (str | Unset):  Example: the-lab.
        field_all_ (bool | Unset):  Example: True.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamList
    """

    return sync_detailed(
        client=client,
        division=division,
        field_all_=field_all_,
        offset=offset,
        limit=limit,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    division: str | Unset = UNSET,
    field_all_: bool | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | TeamList]:
    """List the teams of a division

     Without `_all`, only the teams of the division you are a member of; with `_all=true`, every team of
    the division.

    Args:
        division (str | Unset):  Example: the-lab.
        field_all_ (bool | Unset):  Example: True.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamList]
    """

    kwargs = _get_kwargs(
        division=division,
        field_all_=field_all_,
        offset=offset,
        limit=limit,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    division: str | Unset = UNSET,
    field_all_: bool | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | TeamList | None:
    """List the teams of a division

     Without `_all`, only the teams of the division you are a member of; with `_all=true`, every team of
    the division.

    Args:
        division (str | Unset):  Example: the-lab.
        field_all_ (bool | Unset):  Example: True.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamList
    """

    return (
        await asyncio_detailed(
            client=client,
            division=division,
            field_all_=field_all_,
            offset=offset,
            limit=limit,
            fields=fields,
        )
    ).parsed
