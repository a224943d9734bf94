from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.task_list import TaskList
from ...models.task_order_by import TaskOrderBy
from ...models.task_sort_order import TaskSortOrder
from ...models.task_status import TaskStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    project: str | Unset = UNSET,
    status: TaskStatus | Unset = UNSET,
    parent: UUID | Unset = UNSET,
    batch: bool | Unset = UNSET,
    origin_id: str | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    started_from: str | Unset = UNSET,
    started_to: str | Unset = UNSET,
    ended_from: str | Unset = UNSET,
    ended_to: str | Unset = UNSET,
    order_by: TaskOrderBy | Unset = UNSET,
    order: TaskSortOrder | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project"] = project

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_parent: str | Unset = UNSET
    if not isinstance(parent, Unset):
        json_parent = str(parent)
    params["parent"] = json_parent

    params["batch"] = batch

    params["origin_id"] = origin_id

    params["created_from"] = created_from

    params["created_to"] = created_to

    params["started_from"] = started_from

    params["started_to"] = started_to

    params["ended_from"] = ended_from

    params["ended_to"] = ended_to

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["order_by"] = json_order_by

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["offset"] = offset

    params["limit"] = limit

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TaskList | None:
    if response.status_code == 200:
        response_200 = TaskList.from_dict(response.json())

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
) -> Response[Error | TaskList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    project: str | Unset = UNSET,
    status: TaskStatus | Unset = UNSET,
    parent: UUID | Unset = UNSET,
    batch: bool | Unset = UNSET,
    origin_id: str | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    started_from: str | Unset = UNSET,
    started_to: str | Unset = UNSET,
    ended_from: str | Unset = UNSET,
    ended_to: str | Unset = UNSET,
    order_by: TaskOrderBy | Unset = UNSET,
    order: TaskSortOrder | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | TaskList]:
    """List the tasks you can see

     Without `project`, the tasks of every project you can read. Date filters take an ISO 8601 date or
    date-time; a bare date as an upper bound covers that whole day.

    Args:
        project (str | Unset):  Example: rfranklin/my-project.
        status (TaskStatus | Unset): Where a task is in its life cycle. Example: RUNNING.
        parent (UUID | Unset):  Example: 4c5f4b6a-1f0e-4d2b-9a3c-7e8d9f0a1b2c.
        batch (bool | Unset):  Example: True.
        origin_id (str | Unset):  Example: 7f6a5b4c-3d2e-4f1a-8b9c-0d1e2f3a4b5c.
        created_from (str | Unset):  Example: 2024-03-01.
        created_to (str | Unset):  Example: 2024-03-31.
        started_from (str | Unset):  Example: 2024-03-01T00:00:00Z.
        started_to (str | Unset):  Example: 2024-03-31.
        ended_from (str | Unset):  Example: 2024-03-01.
        ended_to (str | Unset):  Example: 2024-03-31.
        order_by (TaskOrderBy | Unset): A task property to sort by. Example: created_time.
        order (TaskSortOrder | Unset): A sort direction. Example: desc.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TaskList]
    """

    kwargs = _get_kwargs(
        project=project,
        status=status,
        parent=parent,
        batch=batch,
        origin_id=origin_id,
        created_from=created_from,
        created_to=created_to,
        started_from=started_from,
        started_to=started_to,
        ended_from=ended_from,
        ended_to=ended_to,
        order_by=order_by,
        order=order,
        offset=offset,
        limit=limit,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    project: str | Unset = UNSET,
    status: TaskStatus | Unset = UNSET,
    parent: UUID | Unset = UNSET,
    batch: bool | Unset = UNSET,
    origin_id: str | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    started_from: str | Unset = UNSET,
    started_to: str | Unset = UNSET,
    ended_from: str | Unset = UNSET,
    ended_to: str | Unset = UNSET,
    order_by: TaskOrderBy | Unset = UNSET,
    order: TaskSortOrder | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | TaskList | None:
    """List the tasks you can see

     Without `project`, the tasks of every project you can read. Date filters take an ISO 8601 date or
    date-time; a bare date as an upper bound covers that whole day.

    Args:
        project (str | Unset):  Example: rfranklin/my-project.
        status (TaskStatus | Unset): Where a task is in its life cycle. Example: RUNNING.
        parent (UUID | Unset):  Example: 4c5f4b6a-1f0e-4d2b-9a3c-7e8d9f0a1b2c.
        batch (bool | Unset):  Example: True.
        origin_id (str | Unset):  Example: 7f6a5b4c-3d2e-4f1a-8b9c-0d1e2f3a4b5c.
        created_from (str | Unset):  Example: 2024-03-01.
        created_to (str | Unset):  Example: 2024-03-31.
        started_from (str | Unset):  Example: 2024-03-01T00:00:00Z.
        started_to (str | Unset):  Example: 2024-03-31.
        ended_from (str | Unset):  Example: 2024-03-01.
        ended_to (str | Unset):  Example: 2024-03-31.
        order_by (TaskOrderBy | Unset): A task property to sort by. Example: created_time.
        order (TaskSortOrder | Unset): A sort direction. Example: desc.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TaskList
    """

    return sync_detailed(
        client=client,
        project=project,
        status=status,
        parent=parent,
        batch=batch,
        origin_id=origin_id,
        created_from=created_from,
        created_to=created_to,
        started_from=started_from,
        started_to=started_to,
        ended_from=ended_from,
        ended_to=ended_to,
        order_by=order_by,
        order=order,
        offset=offset,
        limit=limit,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    project: str | Unset = UNSET,
    status: TaskStatus | Unset = UNSET,
    parent: UUID | Unset = UNSET,
    batch: bool | Unset = UNSET,
    origin_id: str | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    started_from: str | Unset = UNSET,
    started_to: str | Unset = UNSET,
    ended_from: str | Unset = UNSET,
    ended_to: str | Unset = UNSET,
    order_by: TaskOrderBy | Unset = UNSET,
    order: TaskSortOrder | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | TaskList]:
    """List the tasks you can see

     Without `project`, the tasks of every project you can read. Date filters take an ISO 8601 date or
    date-time; a bare date as an upper bound covers that whole day.

    Args:
        project (str | Unset):  Example: rfranklin/my-project.
        status (TaskStatus | Unset): Where a task is in its life cycle. Example: RUNNING.
        parent (UUID | Unset):  Example: 4c5f4b6a-1f0e-4d2b-9a3c-7e8d9f0a1b2c.
        batch (bool | Unset):  Example: True.
        origin_id (str | Unset):  Example: 7f6a5b4c-3d2e-4f1a-8b9c-0d1e2f3a4b5c.
        created_from (str | Unset):  Example: 2024-03-01.
        created_to (str | Unset):  Example: 2024-03-31.
        started_from (str | Unset):  Example: 2024-03-01T00:00:00Z.
        started_to (str | Unset):  Example: 2024-03-31.
        ended_from (str | Unset):  Example: 2024-03-01.
        ended_to (str | Unset):  Example: 2024-03-31.
        order_by (TaskOrderBy | Unset): A task property to sort by. Example: created_time.
        order (TaskSortOrder | Unset): A sort direction. Example: desc.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TaskList]
    """

    kwargs = _get_kwargs(
        project=project,
        status=status,
        parent=parent,
        batch=batch,
        origin_id=origin_id,
        created_from=created_from,
        created_to=created_to,
        started_from=started_from,
        started_to=started_to,
        ended_from=ended_from,
        ended_to=ended_to,
        order_by=order_by,
        order=order,
        offset=offset,
        limit=limit,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    project: str | Unset = UNSET,
    status: TaskStatus | Unset = UNSET,
    parent: UUID | Unset = UNSET,
    batch: bool | Unset = UNSET,
    origin_id: str | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    started_from: str | Unset = UNSET,
    started_to: str | Unset = UNSET,
    ended_from: str | Unset = UNSET,
    ended_to: str | Unset = UNSET,
    order_by: TaskOrderBy | Unset = UNSET,
    order: TaskSortOrder | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | TaskList | None:
    """List the tasks you can see

     Without `project`, the tasks of every project you can read. Date filters take an ISO 8601 date or
    date-time; a bare date as an upper bound covers that whole day.

    Args:
        project (str | Unset):  Example: rfranklin/my-project.
        status (TaskStatus | Unset): Where a task is in its life cycle. Example: RUNNING.
        parent (UUID | Unset):  Example: 4c5f4b6a-1f0e-4d2b-9a3c-7e8d9f0a1b2c.
        batch (bool | Unset):  Example: True.
        origin_id (str | Unset):  Example: 7f6a5b4c-3d2e-4f1a-8b9c-0d1e2f3a4b5c.
        created_from (str | Unset):  Example: 2024-03-01.
        created_to (str | Unset):  Example: 2024-03-31.
        started_from (str | Unset):  Example: 2024-03-01T00:00:00Z.
        started_to (str | Unset):  Example: 2024-03-31.
        ended_from (str | Unset):  Example: 2024-03-01.
        ended_to (str | Unset):  Example: 2024-03-31.
        order_by (TaskOrderBy | Unset): A task property to sort by. Example: created_time.
        order (TaskSortOrder | Unset): A sort direction. Example: desc.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TaskList
    """

    return (
        await asyncio_detailed(
            client=client,
            project=project,
            status=status,
            parent=parent,
            batch=batch,
            origin_id=origin_id,
            created_from=created_from,
            created_to=created_to,
            started_from=started_from,
            started_to=started_to,
            ended_from=ended_from,
            ended_to=ended_to,
            order_by=order_by,
            order=order,
            offset=offset,
            limit=limit,
            fields=fields,
        )
    ).parsed
