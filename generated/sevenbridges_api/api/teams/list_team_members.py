from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.team_member_list import TeamMemberList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    team_id: str,
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
        "url": "/teams/{team_id}/members".format(
            team_id=quote(str(team_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TeamMemberList | None:
    if response.status_code == 200:
        response_200 = TeamMemberList.from_dict(response.json())

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
) -> Response[Error | TeamMemberList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | TeamMemberList]:
    """List the members of a team

    Args:
        team_id (str):  Example: 5ec0a5e0-7ea3-4c0e-9b1a-000000000001.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamMemberList]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        offset=offset,
        limit=limit,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | TeamMemberList | None:
    """List the members of a team

    Args:
        team_id (str):  Example: 5ec0a5e0-7ea3-4c0e-9b1a-000000000001.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamMemberList
    """

    return sync_detailed(
        team_id=team_id,
        client=client,
        offset=offset,
        limit=limit,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | TeamMemberList]:
    """List the members of a team

    Args:
        team_id (str):  Example: 5ec0a5e0-7ea3-4c0e-9b1a-000000000001.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamMemberList]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        offset=offset,
        limit=limit,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | TeamMemberList | None:
    """List the members of a team

    Args:
        team_id (str):  Example: 5ec0a5e0-7ea3-4c0e-9b1a-000000000001.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamMemberList
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
            offset=offset,
            limit=limit,
            fields=fields,
        )
    ).parsed
