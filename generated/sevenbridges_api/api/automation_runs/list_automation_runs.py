from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automation_run_list import AutomationRunList
from ...models.automation_run_order import AutomationRunOrder
from ...models.automation_run_order_by import AutomationRunOrderBy
from ...models.automation_run_status import AutomationRunStatus
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    automation_id: UUID | Unset = UNSET,
    package_id: str | Unset = UNSET,
    status: AutomationRunStatus | Unset = UNSET,
    name: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    order_by: AutomationRunOrderBy | Unset = UNSET,
    order: AutomationRunOrder | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_automation_id: str | Unset = UNSET
    if not isinstance(automation_id, Unset):
        json_automation_id = str(automation_id)
    params["automation_id"] = json_automation_id

    params["package_id"] = package_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["name"] = name

    params["created_by"] = created_by

    params["created_from"] = created_from

    params["created_to"] = created_to

    params["project_id"] = project_id

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
        "url": "/automation/runs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutomationRunList | Error | None:
    if response.status_code == 200:
        response_200 = AutomationRunList.from_dict(response.json())

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
) -> Response[AutomationRunList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    automation_id: UUID | Unset = UNSET,
    package_id: str | Unset = UNSET,
    status: AutomationRunStatus | Unset = UNSET,
    name: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    order_by: AutomationRunOrderBy | Unset = UNSET,
    order: AutomationRunOrder | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[AutomationRunList | Error]:
    """List automation runs

     Runs of every automation you are a member of, newest first unless ordered otherwise.

    Args:
        automation_id (UUID | Unset):  Example: 5d7a6a3e-6f5b-4b0e-9d7c-0c1d2e3f4a5b.
        package_id (str | Unset):  Example: 65f1c0de2a9b4c0012d3e4f5.
        status (AutomationRunStatus | Unset): Where a run is in its life cycle. Example: RUNNING.
        name (str | Unset):  Example: QC batch 12.
        created_by (str | Unset):  Example: rfranklin.
        created_from (str | Unset):  Example: 2024-01-01.
        created_to (str | Unset):  Example: 2024-01-31T23:59:59Z.
        project_id (str | Unset):  Example: rfranklin/my-project.
        order_by (AutomationRunOrderBy | Unset): A field runs can be ordered by. Example:
            created_on.
        order (AutomationRunOrder | Unset): Ascending or descending order. Example: desc.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationRunList | Error]
    """

    kwargs = _get_kwargs(
        automation_id=automation_id,
        package_id=package_id,
        status=status,
        name=name,
        created_by=created_by,
        created_from=created_from,
        created_to=created_to,
        project_id=project_id,
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
    automation_id: UUID | Unset = UNSET,
    package_id: str | Unset = UNSET,
    status: AutomationRunStatus | Unset = UNSET,
    name: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    order_by: AutomationRunOrderBy | Unset = UNSET,
    order: AutomationRunOrder | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> AutomationRunList | Error | None:
    """List automation runs

     Runs of every automation you are a member of, newest first unless ordered otherwise.

    Args:
        automation_id (UUID | Unset):  Example: 5d7a6a3e-6f5b-4b0e-9d7c-0c1d2e3f4a5b.
        package_id (str | Unset):  Example: 65f1c0de2a9b4c0012d3e4f5.
        status (AutomationRunStatus | Unset): Where a run is in its life cycle. Example: RUNNING.
        name (str | Unset):  Example: QC batch 12.
        created_by (str | Unset):  Example: rfranklin.
        created_from (str | Unset):  Example: 2024-01-01.
        created_to (str | Unset):  Example: 2024-01-31T23:59:59Z.
        project_id (str | Unset):  Example: rfranklin/my-project.
        order_by (AutomationRunOrderBy | Unset): A field runs can be ordered by. Example:
            created_on.
        order (AutomationRunOrder | Unset): Ascending or descending order. Example: desc.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationRunList | Error
    """

    return sync_detailed(
        client=client,
        automation_id=automation_id,
        package_id=package_id,
        status=status,
        name=name,
        created_by=created_by,
        created_from=created_from,
        created_to=created_to,
        project_id=project_id,
        order_by=order_by,
        order=order,
        offset=offset,
        limit=limit,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    automation_id: UUID | Unset = UNSET,
    package_id: str | Unset = UNSET,
    status: AutomationRunStatus | Unset = UNSET,
    name: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    order_by: AutomationRunOrderBy | Unset = UNSET,
    order: AutomationRunOrder | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[AutomationRunList | Error]:
    """List automation runs

     Runs of every automation you are a member of, newest first unless ordered otherwise.

    Args:
        automation_id (UUID | Unset):  Example: 5d7a6a3e-6f5b-4b0e-9d7c-0c1d2e3f4a5b.
        package_id (str | Unset):  Example: 65f1c0de2a9b4c0012d3e4f5.
        status (AutomationRunStatus | Unset): Where a run is in its life cycle. Example: RUNNING.
        name (str | Unset):  Example: QC batch 12.
        created_by (str | Unset):  Example: rfranklin.
        created_from (str | Unset):  Example: 2024-01-01.
        created_to (str | Unset):  Example: 2024-01-31T23:59:59Z.
        project_id (str | Unset):  Example: rfranklin/my-project.
        order_by (AutomationRunOrderBy | Unset): A field runs can be ordered by. Example:
            created_on.
        order (AutomationRunOrder | Unset): Ascending or descending order. Example: desc.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationRunList | Error]
    """

    kwargs = _get_kwargs(
        automation_id=automation_id,
        package_id=package_id,
        status=status,
        name=name,
        created_by=created_by,
        created_from=created_from,
        created_to=created_to,
        project_id=project_id,
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
    automation_id: UUID | Unset = UNSET,
    package_id: str | Unset = UNSET,
    status: AutomationRunStatus | Unset = UNSET,
    name: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    order_by: AutomationRunOrderBy | Unset = UNSET,
    order: AutomationRunOrder | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> AutomationRunList | Error | None:
    """List automation runs

     Runs of every automation you are a member of, newest first unless ordered otherwise.

    Args:
        automation_id (UUID | Unset):  Example: 5d7a6a3e-6f5b-4b0e-9d7c-0c1d2e3f4a5b.
        package_id (str | Unset):  Example: 65f1c0de2a9b4c0012d3e4f5.
        status (AutomationRunStatus | Unset): Where a run is in its life cycle. Example: RUNNING.
        name (str | Unset):  Example: QC batch 12.
        created_by (str | Unset):  Example: rfranklin.
        created_from (str | Unset):  Example: 2024-01-01.
        created_to (str | Unset):  Example: 2024-01-31T23:59:59Z.
        project_id (str | Unset):  Example: rfranklin/my-project.
        order_by (AutomationRunOrderBy | Unset): A field runs can be ordered by. Example:
            created_on.
        order (AutomationRunOrder | Unset): Ascending or descending order. Example: desc.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationRunList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            automation_id=automation_id,
            package_id=package_id,
            status=status,
            name=name,
            created_by=created_by,
            created_from=created_from,
            created_to=created_to,
            project_id=project_id,
            order_by=order_by,
            order=order,
            offset=offset,
            limit=limit,
            fields=fields,
        )
    ).parsed
