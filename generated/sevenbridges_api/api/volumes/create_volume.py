from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.volume import Volume
from ...models.volume_create import VolumeCreate
from ...types import Response


def _get_kwargs(
    *,
    body: VolumeCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/storage/volumes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Volume | None:
    if response.status_code == 201:
        response_201 = Volume.from_dict(response.json())

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
) -> Response[Error | Volume]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VolumeCreate,
) -> Response[Error | Volume]:
    """Connect a cloud bucket as a volume

     The `service` object says which cloud the bucket is on (`type`) and how to reach it. Azure and Ali
    Cloud OSS volumes are read-only (`RO`). Secrets are never returned.

    Args:
        body (VolumeCreate): A new volume. Example: {'name': 'my_volume', 'description':
            'Sequencing runs', 'access_mode': 'RW', 'service': {'type': 'S3', 'bucket': 'rfranklin-
            data', 'credentials': {'access_key_id': 'AKIAIOSFODNN7EXAMPLE', 'secret_access_key':
            'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Volume]
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
    body: VolumeCreate,
) -> Error | Volume | None:
    """Connect a cloud bucket as a volume

     The `service` object says which cloud the bucket is on (`type`) and how to reach it. Azure and Ali
    Cloud OSS volumes are read-only (`RO`). Secrets are never returned.

    Args:
        body (VolumeCreate): A new volume. Example: {'name': 'my_volume', 'description':
            'Sequencing runs', 'access_mode': 'RW', 'service': {'type': 'S3', 'bucket': 'rfranklin-
            data', 'credentials': {'access_key_id': 'AKIAIOSFODNN7EXAMPLE', 'secret_access_key':
            'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Volume
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VolumeCreate,
) -> Response[Error | Volume]:
    """Connect a cloud bucket as a volume

     The `service` object says which cloud the bucket is on (`type`) and how to reach it. Azure and Ali
    Cloud OSS volumes are read-only (`RO`). Secrets are never returned.

    Args:
        body (VolumeCreate): A new volume. Example: {'name': 'my_volume', 'description':
            'Sequencing runs', 'access_mode': 'RW', 'service': {'type': 'S3', 'bucket': 'rfranklin-
            data', 'credentials': {'access_key_id': 'AKIAIOSFODNN7EXAMPLE', 'secret_access_key':
            'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Volume]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: VolumeCreate,
) -> Error | Volume | None:
    """Connect a cloud bucket as a volume

     The `service` object says which cloud the bucket is on (`type`) and how to reach it. Azure and Ali
    Cloud OSS volumes are read-only (`RO`). Secrets are never returned.

    Args:
        body (VolumeCreate): A new volume. Example: {'name': 'my_volume', 'description':
            'Sequencing runs', 'access_mode': 'RW', 'service': {'type': 'S3', 'bucket': 'rfranklin-
            data', 'credentials': {'access_key_id': 'AKIAIOSFODNN7EXAMPLE', 'secret_access_key':
            'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Volume
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
