from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.metadata import Metadata
from ...types import Response


def _get_kwargs(
    file_id: str,
    *,
    body: Metadata,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/files/{file_id}/metadata".format(
            file_id=quote(str(file_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Metadata | None:
    if response.status_code == 200:
        response_200 = Metadata.from_dict(response.json())

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
) -> Response[Error | Metadata]:
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
    body: Metadata,
) -> Response[Error | Metadata]:
    """Merge keys into a file's metadata

     The keys given are set; other keys keep their value. A key set to `null` is removed.

    Args:
        file_id (str):  Example: 567890abc8a5639cc6722063.
        body (Metadata): A file's metadata, a free-form map of keys to values. Example:
            {'md5_sum': '3feb601b556d63db86669175f921463b', 'sbg_public_files_category': 'reference',
            'sample_id': 'HCC1143'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Metadata]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Metadata,
) -> Error | Metadata | None:
    """Merge keys into a file's metadata

     The keys given are set; other keys keep their value. A key set to `null` is removed.

    Args:
        file_id (str):  Example: 567890abc8a5639cc6722063.
        body (Metadata): A file's metadata, a free-form map of keys to values. Example:
            {'md5_sum': '3feb601b556d63db86669175f921463b', 'sbg_public_files_category': 'reference',
            'sample_id': 'HCC1143'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Metadata
    """

    return sync_detailed(
        file_id=file_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Metadata,
) -> Response[Error | Metadata]:
    """Merge keys into a file's metadata

     The keys given are set; other keys keep their value. A key set to `null` is removed.

    Args:
        file_id (str):  Example: 567890abc8a5639cc6722063.
        body (Metadata): A file's metadata, a free-form map of keys to values. Example:
            {'md5_sum': '3feb601b556d63db86669175f921463b', 'sbg_public_files_category': 'reference',
            'sample_id': 'HCC1143'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Metadata]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Metadata,
) -> Error | Metadata | None:
    """Merge keys into a file's metadata

     The keys given are set; other keys keep their value. A key set to `null` is removed.

    Args:
        file_id (str):  Example: 567890abc8a5639cc6722063.
        body (Metadata): A file's metadata, a free-form map of keys to values. Example:
            {'md5_sum': '3feb601b556d63db86669175f921463b', 'sbg_public_files_category': 'reference',
            'sample_id': 'HCC1143'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Metadata
    """

    return (
        await asyncio_detailed(
            file_id=file_id,
            client=client,
            body=body,
        )
    ).parsed
