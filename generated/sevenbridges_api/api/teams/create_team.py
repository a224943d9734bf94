from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.team import Team
from ...models.team_create import TeamCreate
from ...types import Response


def _get_kwargs(
    *,
    body: TeamCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/teams",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Team | None:
    if response.status_code == 201:
        response_201 = Team.from_dict(response.json())

        return response_201

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
    *,
    client: AuthenticatedClient | Client,
    body: TeamCreate,
) -> Response[Error | Team]:
    """Create a team in a division

     Only administrators of the division may create teams. The new team has no members.

    Args:
        body (TeamCreate): A new team. Example: {'division': 'the-lab', 'name': 'Sequencing
            Core'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Team]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TeamCreate,
) -> Error | Team | None:
    """Create a team in a division

     Only administrators of the division may create teams. The new team has no members.

    Args:
        body (TeamCreate): A new team. Example: {'division': 'the-lab', 'name': 'Sequencing
            Core'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Team
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TeamCreate,
) -> Response[Error | Team]:
    """Create a team in a division

     Only administrators of the division may create teams. The new team has no members.

    Args:
        body (TeamCreate): A new team. Example: {'division': 'the-lab', 'name': 'Sequencing
            Core'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Team]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TeamCreate,
) -> Error | Team | None:
    """Create a team in a division

     Only administrators of the division may create teams. The new team has no members.

    Args:
        body (TeamCreate): A new team. Example: {'division': 'the-lab', 'name': 'Sequencing
            Core'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Team
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
