from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automation_member import AutomationMember
from ...models.automation_member_update import AutomationMemberUpdate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    automation_id: UUID,
    member_id: str,
    *,
    body: AutomationMemberUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/automation/automations/{automation_id}/members/{member_id}".format(
            automation_id=quote(str(automation_id), safe=""),
            member_id=quote(str(member_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutomationMember | Error | None:
    if response.status_code == 200:
        response_200 = AutomationMember.from_dict(response.json())

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
) -> Response[AutomationMember | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    automation_id: UUID,
    member_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationMemberUpdate,
) -> Response[AutomationMember | Error]:
    """Change a member's permissions

     Permissions left out keep their value. Needs the admin permission.

    Args:
        automation_id (UUID):  Example: 5d7a6a3e-6f5b-4b0e-9d7c-0c1d2e3f4a5b.
        member_id (str):  Example: francis-crick.
        body (AutomationMemberUpdate): New permissions of a member; permissions left out keep
            their value. Example: {'permissions': {'write': True}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationMember | Error]
    """

    kwargs = _get_kwargs(
        automation_id=automation_id,
        member_id=member_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    automation_id: UUID,
    member_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationMemberUpdate,
) -> AutomationMember | Error | None:
    """Change a member's permissions

     Permissions left out keep their value. Needs the admin permission.

    Args:
        automation_id (UUID):  Example: 5d7a6a3e-6f5b-4b0e-9d7c-0c1d2e3f4a5b.
        member_id (str):  Example: francis-crick.
        body (AutomationMemberUpdate): New permissions of a member; permissions left out keep
            their value. Example: {'permissions': {'write': True}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationMember | Error
    """

    return sync_detailed(
        automation_id=automation_id,
        member_id=member_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    automation_id: UUID,
    member_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationMemberUpdate,
) -> Response[AutomationMember | Error]:
    """Change a member's permissions

     Permissions left out keep their value. Needs the admin permission.

    Args:
        automation_id (UUID):  Example: 5d7a6a3e-6f5b-4b0e-9d7c-0c1d2e3f4a5b.
        member_id (str):  Example: francis-crick.
        body (AutomationMemberUpdate): New permissions of a member; permissions left out keep
            their value. Example: {'permissions': {'write': True}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationMember | Error]
    """

    kwargs = _get_kwargs(
        automation_id=automation_id,
        member_id=member_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    automation_id: UUID,
    member_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationMemberUpdate,
) -> AutomationMember | Error | None:
    """Change a member's permissions

     Permissions left out keep their value. Needs the admin permission.

    Args:
        automation_id (UUID):  Example: 5d7a6a3e-6f5b-4b0e-9d7c-0c1d2e3f4a5b.
        member_id (str):  Example: francis-crick.
        body (AutomationMemberUpdate): New permissions of a member; permissions left out keep
            their value. Example: {'permissions': {'write': True}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationMember | Error
    """

    return (
        await asyncio_detailed(
            automation_id=automation_id,
            member_id=member_id,
            client=client,
            body=body,
        )
    ).parsed
