from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automation import Automation
from ...models.automation_create import AutomationCreate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: AutomationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/automation/automations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Automation | Error | None:
    if response.status_code == 201:
        response_201 = Automation.from_dict(response.json())

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
) -> Response[Automation | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AutomationCreate,
) -> Response[Automation | Error]:
    """Create an automation

     The caller becomes the automation's owner and its first admin member.

    Args:
        body (AutomationCreate): A new automation. Example: {'name': 'Nightly QC', 'description':
            'Runs QC on new sequencing batches', 'billing_group':
            'ec1dc1e3-12a3-4b56-789c-e3f2dca0c6f7', 'secret_settings': {'api_key': 's3cr3t'},
            'memory_limit': 1000}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Automation | Error]
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
    body: AutomationCreate,
) -> Automation | Error | None:
    """Create an automation

     The caller becomes the automation's owner and its first admin member.

    Args:
        body (AutomationCreate): A new automation. Example: {'name': 'Nightly QC', 'description':
            'Runs QC on new sequencing batches', 'billing_group':
            'ec1dc1e3-12a3-4b56-789c-e3f2dca0c6f7', 'secret_settings': {'api_key': 's3cr3t'},
            'memory_limit': 1000}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Automation | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AutomationCreate,
) -> Response[Automation | Error]:
    """Create an automation

     The caller becomes the automation's owner and its first admin member.

    Args:
        body (AutomationCreate): A new automation. Example: {'name': 'Nightly QC', 'description':
            'Runs QC on new sequencing batches', 'billing_group':
            'ec1dc1e3-12a3-4b56-789c-e3f2dca0c6f7', 'secret_settings': {'api_key': 's3cr3t'},
            'memory_limit': 1000}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Automation | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AutomationCreate,
) -> Automation | Error | None:
    """Create an automation

     The caller becomes the automation's owner and its first admin member.

    Args:
        body (AutomationCreate): A new automation. Example: {'name': 'Nightly QC', 'description':
            'Runs QC on new sequencing batches', 'billing_group':
            'ec1dc1e3-12a3-4b56-789c-e3f2dca0c6f7', 'secret_settings': {'api_key': 's3cr3t'},
            'memory_limit': 1000}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Automation | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
