from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.task import Task
from ...models.task_action import TaskAction
from ...models.task_create import TaskCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TaskCreate,
    action: TaskAction | Unset = UNSET,
    batch: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_action: str | Unset = UNSET
    if not isinstance(action, Unset):
        json_action = action.value

    params["action"] = json_action

    params["batch"] = batch

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tasks",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: TaskCreate,
    action: TaskAction | Unset = UNSET,
    batch: bool | Unset = UNSET,
) -> Response[Error | Task]:
    """Create a task (a draft, or run it at once)

     Creates a DRAFT task. With `action=run` it is also submitted, unless its inputs have validation
    errors: then it stays a DRAFT and the response lists them in `errors`. Needs execute permission in
    the project.

    Args:
        action (TaskAction | Unset): An action to perform together with the request. Example: run.
        batch (bool | Unset):  Example: False.
        body (TaskCreate): A new task. Example: {'name': 'RFranklin, Experiment IV',
            'description': 'my draft task', 'project': 'rfranklin/my-project', 'app': 'rfranklin/my-
            project/fastqc', 'use_interruptible_instances': False, 'execution_settings':
            {'instance_type': 'c4.2xlarge;ebs-gp2;2000', 'max_parallel_instances': 1}, 'inputs':
            {'reads': [{'class': 'File', 'path': '567890abc3d8130ea4047731', 'name':
            'sample_1.fastq'}]}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Task]
    """

    kwargs = _get_kwargs(
        body=body,
        action=action,
        batch=batch,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TaskCreate,
    action: TaskAction | Unset = UNSET,
    batch: bool | Unset = UNSET,
) -> Error | Task | None:
    """Create a task (a draft, or run it at once)

     Creates a DRAFT task. With `action=run` it is also submitted, unless its inputs have validation
    errors: then it stays a DRAFT and the response lists them in `errors`. Needs execute permission in
    the project.

    Args:
        action (TaskAction | Unset): An action to perform together with the request. Example: run.
        batch (bool | Unset):  Example: False.
        body (TaskCreate): A new task. Example: {'name': 'RFranklin, Experiment IV',
            'description': 'my draft task', 'project': 'rfranklin/my-project', 'app': 'rfranklin/my-
            project/fastqc', 'use_interruptible_instances': False, 'execution_settings':
            {'instance_type': 'c4.2xlarge;ebs-gp2;2000', 'max_parallel_instances': 1}, 'inputs':
            {'reads': [{'class': 'File', 'path': '567890abc3d8130ea4047731', 'name':
            'sample_1.fastq'}]}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Task
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
        batch=batch,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TaskCreate,
    action: TaskAction | Unset = UNSET,
    batch: bool | Unset = UNSET,
) -> Response[Error | Task]:
    """Create a task (a draft, or run it at once)

     Creates a DRAFT task. With `action=run` it is also submitted, unless its inputs have validation
    errors: then it stays a DRAFT and the response lists them in `errors`. Needs execute permission in
    the project.

    Args:
        action (TaskAction | Unset): An action to perform together with the request. Example: run.
        batch (bool | Unset):  Example: False.
        body (TaskCreate): A new task. Example: {'name': 'RFranklin, Experiment IV',
            'description': 'my draft task', 'project': 'rfranklin/my-project', 'app': 'rfranklin/my-
            project/fastqc', 'use_interruptible_instances': False, 'execution_settings':
            {'instance_type': 'c4.2xlarge;ebs-gp2;2000', 'max_parallel_instances': 1}, 'inputs':
            {'reads': [{'class': 'File', 'path': '567890abc3d8130ea4047731', 'name':
            'sample_1.fastq'}]}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Task]
    """

    kwargs = _get_kwargs(
        body=body,
        action=action,
        batch=batch,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TaskCreate,
    action: TaskAction | Unset = UNSET,
    batch: bool | Unset = UNSET,
) -> Error | Task | None:
    """Create a task (a draft, or run it at once)

     Creates a DRAFT task. With `action=run` it is also submitted, unless its inputs have validation
    errors: then it stays a DRAFT and the response lists them in `errors`. Needs execute permission in
    the project.

    Args:
        action (TaskAction | Unset): An action to perform together with the request. Example: run.
        batch (bool | Unset):  Example: False.
        body (TaskCreate): A new task. Example: {'name': 'RFranklin, Experiment IV',
            'description': 'my draft task', 'project': 'rfranklin/my-project', 'app': 'rfranklin/my-
            project/fastqc', 'use_interruptible_instances': False, 'execution_settings':
            {'instance_type': 'c4.2xlarge;ebs-gp2;2000', 'max_parallel_instances': 1}, 'inputs':
            {'reads': [{'class': 'File', 'path': '567890abc3d8130ea4047731', 'name':
            'sample_1.fastq'}]}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Task
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
            batch=batch,
        )
    ).parsed
