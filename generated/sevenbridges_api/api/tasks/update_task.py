from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.task import Task
from ...models.task_update import TaskUpdate
from ...types import Response


def _get_kwargs(
    task_id: UUID,
    *,
    body: TaskUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/tasks/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Task | None:
    if response.status_code == 200:
        response_200 = Task.from_dict(response.json())

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
    body: TaskUpdate,
) -> Response[Error | Task]:
    """Edit a task

     A DRAFT can change in every field (`inputs` are merged into the existing ones); other tasks can only
    be renamed and re-described (7026).

    Args:
        task_id (UUID):  Example: 234eca2d-6a5b-4c3e-9d8f-1a2b3c4d5e6f.
        body (TaskUpdate): Changes to a task; fields left out keep their value, and `inputs` are
            merged into the existing ones. Only `name` and `description` can change once the task has
            run. Example: {'name': 'FastQC run, lane 2', 'inputs': {'threads': 8}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Task]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: TaskUpdate,
) -> Error | Task | None:
    """Edit a task

     A DRAFT can change in every field (`inputs` are merged into the existing ones); other tasks can only
    be renamed and re-described (7026).

    Args:
        task_id (UUID):  Example: 234eca2d-6a5b-4c3e-9d8f-1a2b3c4d5e6f.
        body (TaskUpdate): Changes to a task; fields left out keep their value, and `inputs` are
            merged into the existing ones. Only `name` and `description` can change once the task has
            run. Example: {'name': 'FastQC run, lane 2', 'inputs': {'threads': 8}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Task
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    task_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: TaskUpdate,
) -> Response[Error | Task]:
    """Edit a task

     A DRAFT can change in every field (`inputs` are merged into the existing ones); other tasks can only
    be renamed and re-described (7026).

    Args:
        task_id (UUID):  Example: 234eca2d-6a5b-4c3e-9d8f-1a2b3c4d5e6f.
        body (TaskUpdate): Changes to a task; fields left out keep their value, and `inputs` are
            merged into the existing ones. Only `name` and `description` can change once the task has
            run. Example: {'name': 'FastQC run, lane 2', 'inputs': {'threads': 8}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Task]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: TaskUpdate,
) -> Error | Task | None:
    """Edit a task

     A DRAFT can change in every field (`inputs` are merged into the existing ones); other tasks can only
    be renamed and re-described (7026).

    Args:
        task_id (UUID):  Example: 234eca2d-6a5b-4c3e-9d8f-1a2b3c4d5e6f.
        body (TaskUpdate): Changes to a task; fields left out keep their value, and `inputs` are
            merged into the existing ones. Only `name` and `description` can change once the task has
            run. Example: {'name': 'FastQC run, lane 2', 'inputs': {'threads': 8}}.

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
            body=body,
        )
    ).parsed
