from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.team import Team
from ...models.team_update import TeamUpdate
from ...types import Response


def _get_kwargs(
    team_id: str,
    *,
    body: TeamUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/teams/{team_id}".format(
            team_id=quote(str(team_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Team | None:
    if response.status_code == 200:
        response_200 = Team.from_dict(response.json())

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
) -> Response[Error | Team]:
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
    body: TeamUpdate,
) -> Response[Error | Team]:
    """Rename a team

     Only administrators of the team's division may rename it.

    Args:
        team_id (str):  Example: 5ec0a5e0-7ea3-4c0e-9b1a-000000000001.
        body (TeamUpdate): A team's new name. Example: {'name': 'Sequencing and Imaging Core'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Team]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TeamUpdate,
) -> Error | Team | None:
    """Rename a team

     Only administrators of the team's division may rename it.

    Args:
        team_id (str):  Example: 5ec0a5e0-7ea3-4c0e-9b1a-000000000001.
        body (TeamUpdate): A team's new name. Example: {'name': 'Sequencing and Imaging Core'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Team
    """

    return sync_detailed(
        team_id=team_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TeamUpdate,
) -> Response[Error | Team]:
    """Rename a team

     Only administrators of the team's division may rename it.

    Args:
        team_id (str):  Example: 5ec0a5e0-7ea3-4c0e-9b1a-000000000001.
        body (TeamUpdate): A team's new name. Example: {'name': 'Sequencing and Imaging Core'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Team]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TeamUpdate,
) -> Error | Team | None:
    """Rename a team

     Only administrators of the team's division may rename it.

    Args:
        team_id (str):  Example: 5ec0a5e0-7ea3-4c0e-9b1a-000000000001.
        body (TeamUpdate): A team's new name. Example: {'name': 'Sequencing and Imaging Core'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Team
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
            body=body,
        )
    ).parsed
