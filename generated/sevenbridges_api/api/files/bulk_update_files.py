from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_file_response import BulkFileResponse
from ...models.bulk_file_update import BulkFileUpdate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: BulkFileUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bulk/files/update",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkFileResponse | Error | None:
    if response.status_code == 200:
        response_200 = BulkFileResponse.from_dict(response.json())

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
) -> Response[BulkFileResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkFileUpdate,
) -> Response[BulkFileResponse | Error]:
    """Replace the details of several files

     At most 100 items per call. Sets each file's `name`, `tags` and `metadata` to the values given,
    replacing all existing information and erasing what is left out. Each item of the answer, in input
    order, holds the file (`resource`) or the error for that item (`error`).

    Args:
        body (BulkFileUpdate): The files of a bulk update or edit (at most 100). Example:
            {'items': [{'file_id': '567890abc8a5639cc6722063', 'name': 'sample_1.fastq', 'tags':
            ['raw'], 'metadata': {'sample_id': 'HCC1143'}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkFileResponse | Error]
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
    body: BulkFileUpdate,
) -> BulkFileResponse | Error | None:
    """Replace the details of several files

     At most 100 items per call. Sets each file's `name`, `tags` and `metadata` to the values given,
    replacing all existing information and erasing what is left out. Each item of the answer, in input
    order, holds the file (`resource`) or the error for that item (`error`).

    Args:
        body (BulkFileUpdate): The files of a bulk update or edit (at most 100). Example:
            {'items': [{'file_id': '567890abc8a5639cc6722063', 'name': 'sample_1.fastq', 'tags':
            ['raw'], 'metadata': {'sample_id': 'HCC1143'}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkFileResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkFileUpdate,
) -> Response[BulkFileResponse | Error]:
    """Replace the details of several files

     At most 100 items per call. Sets each file's `name`, `tags` and `metadata` to the values given,
    replacing all existing information and erasing what is left out. Each item of the answer, in input
    order, holds the file (`resource`) or the error for that item (`error`).

    Args:
        body (BulkFileUpdate): The files of a bulk update or edit (at most 100). Example:
            {'items': [{'file_id': '567890abc8a5639cc6722063', 'name': 'sample_1.fastq', 'tags':
            ['raw'], 'metadata': {'sample_id': 'HCC1143'}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkFileResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkFileUpdate,
) -> BulkFileResponse | Error | None:
    """Replace the details of several files

     At most 100 items per call. Sets each file's `name`, `tags` and `metadata` to the values given,
    replacing all existing information and erasing what is left out. Each item of the answer, in input
    order, holds the file (`resource`) or the error for that item (`error`).

    Args:
        body (BulkFileUpdate): The files of a bulk update or edit (at most 100). Example:
            {'items': [{'file_id': '567890abc8a5639cc6722063', 'name': 'sample_1.fastq', 'tags':
            ['raw'], 'metadata': {'sample_id': 'HCC1143'}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkFileResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
