from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.import_ import Import
from ...models.import_create import ImportCreate
from ...types import Response


def _get_kwargs(
    *,
    body: ImportCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/storage/imports",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Import | None:
    if response.status_code == 201:
        response_201 = Import.from_dict(response.json())

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
) -> Response[Error | Import]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImportCreate,
) -> Response[Error | Import]:
    """Start an import job

     Imports an object (or, for a location ending in `/`, everything under it as a folder) from a volume
    into a project or folder. The job runs on its own; read it to see its state.

    Args:
        body (ImportCreate): A new import job. Example: {'source': {'volume':
            'rfranklin/my_volume', 'location': 'reads/sample_1.fq.gz'}, 'destination': {'project':
            'rfranklin/my-project', 'name': 'sample_1.fq.gz'}, 'overwrite': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Import]
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
    body: ImportCreate,
) -> Error | Import | None:
    """Start an import job

     Imports an object (or, for a location ending in `/`, everything under it as a folder) from a volume
    into a project or folder. The job runs on its own; read it to see its state.

    Args:
        body (ImportCreate): A new import job. Example: {'source': {'volume':
            'rfranklin/my_volume', 'location': 'reads/sample_1.fq.gz'}, 'destination': {'project':
            'rfranklin/my-project', 'name': 'sample_1.fq.gz'}, 'overwrite': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Import
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImportCreate,
) -> Response[Error | Import]:
    """Start an import job

     Imports an object (or, for a location ending in `/`, everything under it as a folder) from a volume
    into a project or folder. The job runs on its own; read it to see its state.

    Args:
        body (ImportCreate): A new import job. Example: {'source': {'volume':
            'rfranklin/my_volume', 'location': 'reads/sample_1.fq.gz'}, 'destination': {'project':
            'rfranklin/my-project', 'name': 'sample_1.fq.gz'}, 'overwrite': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Import]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ImportCreate,
) -> Error | Import | None:
    """Start an import job

     Imports an object (or, for a location ending in `/`, everything under it as a folder) from a volume
    into a project or folder. The job runs on its own; read it to see its state.

    Args:
        body (ImportCreate): A new import job. Example: {'source': {'volume':
            'rfranklin/my_volume', 'location': 'reads/sample_1.fq.gz'}, 'destination': {'project':
            'rfranklin/my-project', 'name': 'sample_1.fq.gz'}, 'overwrite': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Import
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
