from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.marker import Marker
from ...models.marker_create import MarkerCreate
from ...types import Response


def _get_kwargs(
    *,
    body: MarkerCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/genome/markers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Marker | None:
    if response.status_code == 201:
        response_201 = Marker.from_dict(response.json())

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
) -> Response[Error | Marker]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MarkerCreate,
) -> Response[Error | Marker]:
    """Create a marker on a file

     Needs advance access.

    Args:
        body (MarkerCreate): A new marker. Example: {'file': '567890abc8a5639cc6722063', 'name':
            'BRCA1 exon 11', 'chromosome': 'chr17', 'position': {'start': 43091434, 'end': 43094860},
            'private': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Marker]
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
    body: MarkerCreate,
) -> Error | Marker | None:
    """Create a marker on a file

     Needs advance access.

    Args:
        body (MarkerCreate): A new marker. Example: {'file': '567890abc8a5639cc6722063', 'name':
            'BRCA1 exon 11', 'chromosome': 'chr17', 'position': {'start': 43091434, 'end': 43094860},
            'private': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Marker
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MarkerCreate,
) -> Response[Error | Marker]:
    """Create a marker on a file

     Needs advance access.

    Args:
        body (MarkerCreate): A new marker. Example: {'file': '567890abc8a5639cc6722063', 'name':
            'BRCA1 exon 11', 'chromosome': 'chr17', 'position': {'start': 43091434, 'end': 43094860},
            'private': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Marker]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MarkerCreate,
) -> Error | Marker | None:
    """Create a marker on a file

     Needs advance access.

    Args:
        body (MarkerCreate): A new marker. Example: {'file': '567890abc8a5639cc6722063', 'name':
            'BRCA1 exon 11', 'chromosome': 'chr17', 'position': {'start': 43091434, 'end': 43094860},
            'private': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Marker
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
