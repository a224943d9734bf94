from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.import_export_state import ImportExportState
from ...models.import_list import ImportList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    volume: str | Unset = UNSET,
    location: str | Unset = UNSET,
    project: str | Unset = UNSET,
    state: list[ImportExportState] | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["volume"] = volume

    params["location"] = location

    params["project"] = project

    json_state: list[str] | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = []
        for state_item_data in state:
            state_item = state_item_data.value
            json_state.append(state_item)

    params["state"] = json_state

    params["offset"] = offset

    params["limit"] = limit

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/storage/imports",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ImportList | None:
    if response.status_code == 200:
        response_200 = ImportList.from_dict(response.json())

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
) -> Response[Error | ImportList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    volume: str | Unset = UNSET,
    location: str | Unset = UNSET,
    project: str | Unset = UNSET,
    state: list[ImportExportState] | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | ImportList]:
    """List import jobs

    Args:
        volume (str | Unset):  Example: rfranklin/my_volume.
        location (str | Unset):  Example: reads/sample_1.fq.gz.
        project (str | Unset):  Example: rfranklin/my-project.
        state (list[ImportExportState] | Unset):  Example: ['COMPLETED'].
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImportList]
    """

    kwargs = _get_kwargs(
        volume=volume,
        location=location,
        project=project,
        state=state,
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
    volume: str | Unset = UNSET,
    location: str | Unset = UNSET,
    project: str | Unset = UNSET,
    state: list[ImportExportState] | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | ImportList | None:
    """List import jobs

    Args:
        volume (str | Unset):  Example: rfranklin/my_volume.
        location (str | Unset):  Example: reads/sample_1.fq.gz.
        project (str | Unset):  Example: rfranklin/my-project.
        state (list[ImportExportState] | Unset):  Example: ['COMPLETED'].
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImportList
    """

    return sync_detailed(
        client=client,
        volume=volume,
        location=location,
        project=project,
        state=state,
        offset=offset,
        limit=limit,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    volume: str | Unset = UNSET,
    location: str | Unset = UNSET,
    project: str | Unset = UNSET,
    state: list[ImportExportState] | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | ImportList]:
    """List import jobs

    Args:
        volume (str | Unset):  Example: rfranklin/my_volume.
        location (str | Unset):  Example: reads/sample_1.fq.gz.
        project (str | Unset):  Example: rfranklin/my-project.
        state (list[ImportExportState] | Unset):  Example: ['COMPLETED'].
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImportList]
    """

    kwargs = _get_kwargs(
        volume=volume,
        location=location,
        project=project,
        state=state,
        offset=offset,
        limit=limit,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    volume: str | Unset = UNSET,
    location: str | Unset = UNSET,
    project: str | Unset = UNSET,
    state: list[ImportExportState] | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | ImportList | None:
    """List import jobs

    Args:
        volume (str | Unset):  Example: rfranklin/my_volume.
        location (str | Unset):  Example: reads/sample_1.fq.gz.
        project (str | Unset):  Example: rfranklin/my-project.
        state (list[ImportExportState] | Unset):  Example: ['COMPLETED'].
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImportList
    """

    return (
        await asyncio_detailed(
            client=client,
            volume=volume,
            location=location,
            project=project,
            state=state,
            offset=offset,
            limit=limit,
            fields=fields,
        )
    ).parsed
