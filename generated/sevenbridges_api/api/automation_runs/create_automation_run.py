from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automation_run import AutomationRun
from ...models.automation_run_create import AutomationRunCreate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: AutomationRunCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/automation/runs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutomationRun | Error | None:
    if response.status_code == 201:
        response_201 = AutomationRun.from_dict(response.json())

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
) -> Response[AutomationRun | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AutomationRunCreate,
) -> Response[AutomationRun | Error]:
    """Start a run of a code package

     The run starts at once. `inputs`, `settings` and `secret_settings` are free-form; the secret
    settings override the automation's. Needs the execute permission.

    Args:
        body (AutomationRunCreate): A new run of a code package. Example: {'package':
            '65f1c0de2a9b4c0012d3e4f5', 'name': 'QC batch 12', 'inputs': {'x': 1, 'y': 2}, 'settings':
            {'notify': True}, 'memory_limit': 1000}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationRun | Error]
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
    body: AutomationRunCreate,
) -> AutomationRun | Error | None:
    """Start a run of a code package

     The run starts at once. `inputs`, `settings` and `secret_settings` are free-form; the secret
    settings override the automation's. Needs the execute permission.

    Args:
        body (AutomationRunCreate): A new run of a code package. Example: {'package':
            '65f1c0de2a9b4c0012d3e4f5', 'name': 'QC batch 12', 'inputs': {'x': 1, 'y': 2}, 'settings':
            {'notify': True}, 'memory_limit': 1000}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationRun | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AutomationRunCreate,
) -> Response[AutomationRun | Error]:
    """Start a run of a code package

     The run starts at once. `inputs`, `settings` and `secret_settings` are free-form; the secret
    settings override the automation's. Needs the execute permission.

    Args:
        body (AutomationRunCreate): A new run of a code package. Example: {'package':
            '65f1c0de2a9b4c0012d3e4f5', 'name': 'QC batch 12', 'inputs': {'x': 1, 'y': 2}, 'settings':
            {'notify': True}, 'memory_limit': 1000}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationRun | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AutomationRunCreate,
) -> AutomationRun | Error | None:
    """Start a run of a code package

     The run starts at once. `inputs`, `settings` and `secret_settings` are free-form; the secret
    settings override the automation's. Needs the execute permission.

    Args:
        body (AutomationRunCreate): A new run of a code package. Example: {'package':
            '65f1c0de2a9b4c0012d3e4f5', 'name': 'QC batch 12', 'inputs': {'x': 1, 'y': 2}, 'settings':
            {'notify': True}, 'memory_limit': 1000}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationRun | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
