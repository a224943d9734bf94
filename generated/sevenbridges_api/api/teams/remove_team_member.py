from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    team_id: str,
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/teams/{team_id}/members/{username}".format(
            team_id=quote(str(team_id), safe=""),
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    team_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Remove a member from a team

     Only administrators of the team's division may remove members.

    Args:
        team_id (str):  Example: 5ec0a5e0-7ea3-4c0e-9b1a-000000000001.
        username (str):  Example: rfranklin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        username=username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | None:
    """Remove a member from a team

     Only administrators of the team's division may remove members.

    Args:
        team_id (str):  Example: 5ec0a5e0-7ea3-4c0e-9b1a-000000000001.
        username (str):  Example: rfranklin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        team_id=team_id,
        username=username,
        client=client,
    ).parsed


async def asyncio_detailed(
    team_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Remove a member from a team

     Only administrators of the team's division may remove members.

    Args:
        team_id (str):  Example: 5ec0a5e0-7ea3-4c0e-9b1a-000000000001.
        username (str):  Example: rfranklin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | None:
    """Remove a member from a team

     Only administrators of the team's division may remove members.

    Args:
        team_id (str):  Example: 5ec0a5e0-7ea3-4c0e-9b1a-000000000001.
        username (str):  Example: rfranklin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            username=username,
            client=client,
        )
    ).parsed
