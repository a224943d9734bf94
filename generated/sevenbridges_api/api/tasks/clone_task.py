from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.task import Task
from ...models.task_action import TaskAction
from ...types import UNSET, Response, Unset


def _get_kwargs(
    task_id: UUID,
    *,
    action: TaskAction | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_action: str | Unset = UNSET
    if not isinstance(action, Unset):
        json_action = action.value

    params["action"] = json_action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tasks/{task_id}/actions/clone".format(
            task_id=quote(str(task_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Task | None:
    if response.status_code == 201:
        response_201 = Task.from_dict(response.json())

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
) -> Response[Error | Task]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    action: TaskAction | Unset = UNSET,
) -> Response[Error | Task]:
    """Copy a task into a new draft (and run it)

     The copy has the same app, inputs and settings. With `action=run` it is also submitted, unless it
    has validation errors. Takes no body.

    Args:
        task_id (UUID):  Example: 234eca2d-6a5b-4c3e-9d8f-1a2b3c4d5e6f.
        action (TaskAction | Unset): An action to perform together with the request. Example: run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Task]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        action=action,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    action: TaskAction | Unset = UNSET,
) -> Error | Task | None:
    """Copy a task into a new draft (and run it)

     The copy has the same app, inputs and settings. With `action=run` it is also submitted, unless it
    has validation errors. Takes no body.

    Args:
        task_id (UUID):  Example: 234eca2d-6a5b-4c3e-9d8f-1a2b3c4d5e6f.
        action (TaskAction | Unset): An action to perform together with the request. Example: run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Task
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        action=action,
    ).parsed


async def asyncio_detailed(
    task_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    action: TaskAction | Unset = UNSET,
) -> Response[Error | Task]:
    """Copy a task into a new draft (and run it)

     The copy has the same app, inputs and settings. With `action=run` it is also submitted, unless it
    has validation errors. Takes no body.

    Args:
        task_id (UUID):  Example: 234eca2d-6a5b-4c3e-9d8f-1a2b3c4d5e6f.
        action (TaskAction | Unset): An action to perform together with the request. Example: run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Task]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        action=action,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    action: TaskAction | Unset = UNSET,
) -> Error | Task | None:
    """Copy a task into a new draft (and run it)

     The copy has the same app, inputs and settings. With `action=run` it is also submitted, unless it
    has validation errors. Takes no body.

    Args:
        task_id (UUID):  Example: 234eca2d-6a5b-4c3e-9d8f-1a2b3c4d5e6f.
        action (TaskAction | Unset): An action to perform together with the request. Example: run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Task
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            action=action,
        )
    ).parsed
