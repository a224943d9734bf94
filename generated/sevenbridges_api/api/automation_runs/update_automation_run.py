from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automation_run import AutomationRun
from ...models.automation_run_update import AutomationRunUpdate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    run_id: str,
    *,
    body: AutomationRunUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/automation/runs/{run_id}".format(
            run_id=quote(str(run_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutomationRun | Error | None:
    if response.status_code == 200:
        response_200 = AutomationRun.from_dict(response.json())

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
) -> Response[AutomationRun | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationRunUpdate,
) -> Response[AutomationRun | Error]:
    """Edit an automation run

     Only the name changes once a run has started.

    Args:
        run_id (str):  Example: e5ed2ee7-8f3c-44e9-bc78-4cabd2ee441f.
        body (AutomationRunUpdate): Changes to a run; fields left out keep their value. Example:
            {'name': 'QC batch 12 (rerun of the 3rd)'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationRun | Error]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationRunUpdate,
) -> AutomationRun | Error | None:
    """Edit an automation run

     Only the name changes once a run has started.

    Args:
        run_id (str):  Example: e5ed2ee7-8f3c-44e9-bc78-4cabd2ee441f.
        body (AutomationRunUpdate): Changes to a run; fields left out keep their value. Example:
            {'name': 'QC batch 12 (rerun of the 3rd)'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationRun | Error
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationRunUpdate,
) -> Response[AutomationRun | Error]:
    """Edit an automation run

     Only the name changes once a run has started.

    Args:
        run_id (str):  Example: e5ed2ee7-8f3c-44e9-bc78-4cabd2ee441f.
        body (AutomationRunUpdate): Changes to a run; fields left out keep their value. Example:
            {'name': 'QC batch 12 (rerun of the 3rd)'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationRun | Error]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationRunUpdate,
) -> AutomationRun | Error | None:
    """Edit an automation run

     Only the name changes once a run has started.

    Args:
        run_id (str):  Example: e5ed2ee7-8f3c-44e9-bc78-4cabd2ee441f.
        body (AutomationRunUpdate): Changes to a run; fields left out keep their value. Example:
            {'name': 'QC batch 12 (rerun of the 3rd)'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationRun | Error
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            body=body,
        )
    ).parsed
