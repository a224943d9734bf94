from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.export import Export
from ...models.export_create import ExportCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ExportCreate,
    copy_only: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["copy_only"] = copy_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/storage/exports",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Export | None:
    if response.status_code == 201:
        response_201 = Export.from_dict(response.json())

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
) -> Response[Error | Export]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExportCreate,
    copy_only: bool | Unset = UNSET,
) -> Response[Error | Export]:
    """Start an export job

     Exports a file to a read-write volume. Unless `copy_only` is true the file then lives on the volume
    (its `storage` becomes `VOLUME`) and cannot be exported again.

    Args:
        copy_only (bool | Unset):  Example: True.
        body (ExportCreate): A new export job. Example: {'source': {'file':
            '567890abc8a5639cc6722063'}, 'destination': {'volume': 'rfranklin/my_volume', 'location':
            'results/sample_1.bam'}, 'properties': {'sse_algorithm': 'AES256'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Export]
    """

    kwargs = _get_kwargs(
        body=body,
        copy_only=copy_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ExportCreate,
    copy_only: bool | Unset = UNSET,
) -> Error | Export | None:
    """Start an export job

     Exports a file to a read-write volume. Unless `copy_only` is true the file then lives on the volume
    (its `storage` becomes `VOLUME`) and cannot be exported again.

    Args:
        copy_only (bool | Unset):  Example: True.
        body (ExportCreate): A new export job. Example: {'source': {'file':
            '567890abc8a5639cc6722063'}, 'destination': {'volume': 'rfranklin/my_volume', 'location':
            'results/sample_1.bam'}, 'properties': {'sse_algorithm': 'AES256'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Export
    """

    return sync_detailed(
        client=client,
        body=body,
        copy_only=copy_only,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExportCreate,
    copy_only: bool | Unset = UNSET,
) -> Response[Error | Export]:
    """Start an export job

     Exports a file to a read-write volume. Unless `copy_only` is true the file then lives on the volume
    (its `storage` becomes `VOLUME`) and cannot be exported again.

    Args:
        copy_only (bool | Unset):  Example: True.
        body (ExportCreate): A new export job. Example: {'source': {'file':
            '567890abc8a5639cc6722063'}, 'destination': {'volume': 'rfranklin/my_volume', 'location':
            'results/sample_1.bam'}, 'properties': {'sse_algorithm': 'AES256'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Export]
    """

    kwargs = _get_kwargs(
        body=body,
        copy_only=copy_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExportCreate,
    copy_only: bool | Unset = UNSET,
) -> Error | Export | None:
    """Start an export job

     Exports a file to a read-write volume. Unless `copy_only` is true the file then lives on the volume
    (its `storage` becomes `VOLUME`) and cannot be exported again.

    Args:
        copy_only (bool | Unset):  Example: True.
        body (ExportCreate): A new export job. Example: {'source': {'file':
            '567890abc8a5639cc6722063'}, 'destination': {'volume': 'rfranklin/my_volume', 'location':
            'results/sample_1.bam'}, 'properties': {'sse_algorithm': 'AES256'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Export
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            copy_only=copy_only,
        )
    ).parsed
