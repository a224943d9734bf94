from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automation import Automation
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    automation_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/automation/automations/{automation_id}/actions/restore".format(
            automation_id=quote(str(automation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Automation | Error | None:
    if response.status_code == 200:
        response_200 = Automation.from_dict(response.json())

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
) -> Response[Automation | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    automation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Automation | Error]:
    """Restore an archived automation

    Args:
        automation_id (UUID):  Example: 5d7a6a3e-6f5b-4b0e-9d7c-0c1d2e3f4a5b.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Automation | Error]
    """

    kwargs = _get_kwargs(
        automation_id=automation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    automation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Automation | Error | None:
    """Restore an archived automation

    Args:
        automation_id (UUID):  Example: 5d7a6a3e-6f5b-4b0e-9d7c-0c1d2e3f4a5b.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Automation | Error
    """

    return sync_detailed(
        automation_id=automation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    automation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Automation | Error]:
    """Restore an archived automation

    Args:
        automation_id (UUID):  Example: 5d7a6a3e-6f5b-4b0e-9d7c-0c1d2e3f4a5b.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Automation | Error]
    """

    kwargs = _get_kwargs(
        automation_id=automation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    automation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Automation | Error | None:
    """Restore an archived automation

    Args:
        automation_id (UUID):  Example: 5d7a6a3e-6f5b-4b0e-9d7c-0c1d2e3f4a5b.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Automation | Error
    """

    return (
        await asyncio_detailed(
            automation_id=automation_id,
            client=client,
        )
    ).parsed
