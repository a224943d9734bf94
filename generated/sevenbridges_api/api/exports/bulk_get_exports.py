from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.export_bulk_get import ExportBulkGet
from ...models.export_bulk_response import ExportBulkResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ExportBulkGet,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bulk/storage/exports/get",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ExportBulkResponse | None:
    if response.status_code == 200:
        response_200 = ExportBulkResponse.from_dict(response.json())

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
) -> Response[Error | ExportBulkResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExportBulkGet,
    fields: str | Unset = UNSET,
) -> Response[Error | ExportBulkResponse]:
    """Get several export jobs

    Args:
        fields (str | Unset):  Example: id,name,!metadata.
        body (ExportBulkGet): Up to 100 export job ids. Example: {'export_ids':
            ['3nSRkLMFm9VFUKjTQhqBxRg4DhNWsMme']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExportBulkResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ExportBulkGet,
    fields: str | Unset = UNSET,
) -> Error | ExportBulkResponse | None:
    """Get several export jobs

    Args:
        fields (str | Unset):  Example: id,name,!metadata.
        body (ExportBulkGet): Up to 100 export job ids. Example: {'export_ids':
            ['3nSRkLMFm9VFUKjTQhqBxRg4DhNWsMme']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExportBulkResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExportBulkGet,
    fields: str | Unset = UNSET,
) -> Response[Error | ExportBulkResponse]:
    """Get several export jobs

    Args:
        fields (str | Unset):  Example: id,name,!metadata.
        body (ExportBulkGet): Up to 100 export job ids. Example: {'export_ids':
            ['3nSRkLMFm9VFUKjTQhqBxRg4DhNWsMme']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExportBulkResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExportBulkGet,
    fields: str | Unset = UNSET,
) -> Error | ExportBulkResponse | None:
    """Get several export jobs

    Args:
        fields (str | Unset):  Example: id,name,!metadata.
        body (ExportBulkGet): Up to 100 export job ids. Example: {'export_ids':
            ['3nSRkLMFm9VFUKjTQhqBxRg4DhNWsMme']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExportBulkResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            fields=fields,
        )
    ).parsed
