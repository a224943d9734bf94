from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.download_info import DownloadInfo
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    file_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/files/{file_id}/download_info".format(
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DownloadInfo | Error | None:
    if response.status_code == 200:
        response_200 = DownloadInfo.from_dict(response.json())

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
) -> Response[DownloadInfo | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DownloadInfo | Error]:
    """Get a signed download URL for a file

     The URL is a pre-signed storage URL: fetch it without the API token, optionally with `Range`
    headers. Folders give 5017; files on an inactive volume give 5034.

    Args:
        file_id (str):  Example: 567890abc8a5639cc6722063.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadInfo | Error]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DownloadInfo | Error | None:
    """Get a signed download URL for a file

     The URL is a pre-signed storage URL: fetch it without the API token, optionally with `Range`
    headers. Folders give 5017; files on an inactive volume give 5034.

    Args:
        file_id (str):  Example: 567890abc8a5639cc6722063.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadInfo | Error
    """

    return sync_detailed(
        file_id=file_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DownloadInfo | Error]:
    """Get a signed download URL for a file

     The URL is a pre-signed storage URL: fetch it without the API token, optionally with `Range`
    headers. Folders give 5017; files on an inactive volume give 5034.

    Args:
        file_id (str):  Example: 567890abc8a5639cc6722063.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadInfo | Error]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DownloadInfo | Error | None:
    """Get a signed download URL for a file

     The URL is a pre-signed storage URL: fetch it without the API token, optionally with `Range`
    headers. Folders give 5017; files on an inactive volume give 5034.

    Args:
        file_id (str):  Example: 567890abc8a5639cc6722063.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadInfo | Error
    """

    return (
        await asyncio_detailed(
            file_id=file_id,
            client=client,
        )
    ).parsed
