from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automation_run import AutomationRun
from ...models.automation_run_action import AutomationRunAction
from ...models.automation_run_rerun import AutomationRunRerun
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    run_id: str,
    action: AutomationRunAction,
    *,
    body: AutomationRunRerun | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/automation/runs/{run_id}/actions/{action}".format(
            run_id=quote(str(run_id), safe=""),
            action=quote(str(action), safe=""),
        ),
    }

    if not isinstance(body, Unset):
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
    action: AutomationRunAction,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationRunRerun | Unset = UNSET,
) -> Response[AutomationRun | Error]:
    """Stop or rerun an automation run

     The body is only read by `rerun`: values given override the original run's; with `merge` (the
    default) given `inputs` and `settings` are merged into the original ones. Needs the execute
    permission.

    Args:
        run_id (str):  Example: e5ed2ee7-8f3c-44e9-bc78-4cabd2ee441f.
        action (AutomationRunAction): An action on a run. Example: stop.
        body (AutomationRunRerun | Unset): Overrides for a rerun; everything left out is taken
            from the original run. Example: {'inputs': {'y': 3}, 'merge': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationRun | Error]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        action=action,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    action: AutomationRunAction,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationRunRerun | Unset = UNSET,
) -> AutomationRun | Error | None:
    """Stop or rerun an automation run

     The body is only read by `rerun`: values given override the original run's; with `merge` (the
    default) given `inputs` and `settings` are merged into the original ones. Needs the execute
    permission.

    Args:
        run_id (str):  Example: e5ed2ee7-8f3c-44e9-bc78-4cabd2ee441f.
        action (AutomationRunAction): An action on a run. Example: stop.
        body (AutomationRunRerun | Unset): Overrides for a rerun; everything left out is taken
            from the original run. Example: {'inputs': {'y': 3}, 'merge': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationRun | Error
    """

    return sync_detailed(
        run_id=run_id,
        action=action,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    action: AutomationRunAction,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationRunRerun | Unset = UNSET,
) -> Response[AutomationRun | Error]:
    """Stop or rerun an automation run

     The body is only read by `rerun`: values given override the original run's; with `merge` (the
    default) given `inputs` and `settings` are merged into the original ones. Needs the execute
    permission.

    Args:
        run_id (str):  Example: e5ed2ee7-8f3c-44e9-bc78-4cabd2ee441f.
        action (AutomationRunAction): An action on a run. Example: stop.
        body (AutomationRunRerun | Unset): Overrides for a rerun; everything left out is taken
            from the original run. Example: {'inputs': {'y': 3}, 'merge': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationRun | Error]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        action=action,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    action: AutomationRunAction,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationRunRerun | Unset = UNSET,
) -> AutomationRun | Error | None:
    """Stop or rerun an automation run

     The body is only read by `rerun`: values given override the original run's; with `merge` (the
    default) given `inputs` and `settings` are merged into the original ones. Needs the execute
    permission.

    Args:
        run_id (str):  Example: e5ed2ee7-8f3c-44e9-bc78-4cabd2ee441f.
        action (AutomationRunAction): An action on a run. Example: stop.
        body (AutomationRunRerun | Unset): Overrides for a rerun; everything left out is taken
            from the original run. Example: {'inputs': {'y': 3}, 'merge': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationRun | Error
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            action=action,
            client=client,
            body=body,
        )
    ).parsed
