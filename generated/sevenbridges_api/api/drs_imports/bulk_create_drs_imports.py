from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.drs_import import DrsImport
from ...models.drs_import_bulk_create import DrsImportBulkCreate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: DrsImportBulkCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bulk/drs/imports/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DrsImport | Error | None:
    if response.status_code == 200:
        response_200 = DrsImport.from_dict(response.json())

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
) -> Response[DrsImport | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DrsImportBulkCreate,
) -> Response[DrsImport | Error]:
    """Start a bulk DRS import job

     Imports the objects that DRS URIs point to as files. The server imports at most 500 files per five
    minutes; a larger job continues after the window.

    Args:
        body (DrsImportBulkCreate): A bulk DRS import of up to 100 objects. Example: {'items':
            [{'drs_uri': 'drs://drs.example.org/1f1b4b3e-7c2d-4c5e-9a8b-0d1e2f3a4b5c', 'project':
            'rfranklin/my-project'}], 'conflict_resolution': 'SKIP'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DrsImport | Error]
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
    body: DrsImportBulkCreate,
) -> DrsImport | Error | None:
    """Start a bulk DRS import job

     Imports the objects that DRS URIs point to as files. The server imports at most 500 files per five
    minutes; a larger job continues after the window.

    Args:
        body (DrsImportBulkCreate): A bulk DRS import of up to 100 objects. Example: {'items':
            [{'drs_uri': 'drs://drs.example.org/1f1b4b3e-7c2d-4c5e-9a8b-0d1e2f3a4b5c', 'project':
            'rfranklin/my-project'}], 'conflict_resolution': 'SKIP'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DrsImport | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DrsImportBulkCreate,
) -> Response[DrsImport | Error]:
    """Start a bulk DRS import job

     Imports the objects that DRS URIs point to as files. The server imports at most 500 files per five
    minutes; a larger job continues after the window.

    Args:
        body (DrsImportBulkCreate): A bulk DRS import of up to 100 objects. Example: {'items':
            [{'drs_uri': 'drs://drs.example.org/1f1b4b3e-7c2d-4c5e-9a8b-0d1e2f3a4b5c', 'project':
            'rfranklin/my-project'}], 'conflict_resolution': 'SKIP'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DrsImport | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DrsImportBulkCreate,
) -> DrsImport | Error | None:
    """Start a bulk DRS import job

     Imports the objects that DRS URIs point to as files. The server imports at most 500 files per five
    minutes; a larger job continues after the window.

    Args:
        body (DrsImportBulkCreate): A bulk DRS import of up to 100 objects. Example: {'items':
            [{'drs_uri': 'drs://drs.example.org/1f1b4b3e-7c2d-4c5e-9a8b-0d1e2f3a4b5c', 'project':
            'rfranklin/my-project'}], 'conflict_resolution': 'SKIP'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DrsImport | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
