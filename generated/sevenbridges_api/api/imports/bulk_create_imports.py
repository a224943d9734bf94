from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.import_bulk_create import ImportBulkCreate
from ...models.import_bulk_response import ImportBulkResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ImportBulkCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bulk/storage/imports/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ImportBulkResponse | None:
    if response.status_code == 200:
        response_200 = ImportBulkResponse.from_dict(response.json())

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
) -> Response[Error | ImportBulkResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImportBulkCreate,
) -> Response[Error | ImportBulkResponse]:
    """Start several import jobs

     Each item answers with the job or the error that refused it, in the order sent.

    Args:
        body (ImportBulkCreate): Up to 100 new import jobs. Example: {'items': [{'source':
            {'volume': 'rfranklin/my_volume', 'location': 'reads/sample_1.fq.gz'}, 'destination':
            {'project': 'rfranklin/my-project'}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImportBulkResponse]
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
    body: ImportBulkCreate,
) -> Error | ImportBulkResponse | None:
    """Start several import jobs

     Each item answers with the job or the error that refused it, in the order sent.

    Args:
        body (ImportBulkCreate): Up to 100 new import jobs. Example: {'items': [{'source':
            {'volume': 'rfranklin/my_volume', 'location': 'reads/sample_1.fq.gz'}, 'destination':
            {'project': 'rfranklin/my-project'}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImportBulkResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImportBulkCreate,
) -> Response[Error | ImportBulkResponse]:
    """Start several import jobs

     Each item answers with the job or the error that refused it, in the order sent.

    Args:
        body (ImportBulkCreate): Up to 100 new import jobs. Example: {'items': [{'source':
            {'volume': 'rfranklin/my_volume', 'location': 'reads/sample_1.fq.gz'}, 'destination':
            {'project': 'rfranklin/my-project'}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImportBulkResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ImportBulkCreate,
) -> Error | ImportBulkResponse | None:
    """Start several import jobs

     Each item answers with the job or the error that refused it, in the order sent.

    Args:
        body (ImportBulkCreate): Up to 100 new import jobs. Example: {'items': [{'source':
            {'volume': 'rfranklin/my_volume', 'location': 'reads/sample_1.fq.gz'}, 'destination':
            {'project': 'rfranklin/my-project'}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImportBulkResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
