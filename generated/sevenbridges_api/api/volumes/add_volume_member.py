from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.volume_member import VolumeMember
from ...models.volume_member_create import VolumeMemberCreate
from ...types import Response


def _get_kwargs(
    owner: str,
    volume: str,
    *,
    body: VolumeMemberCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/storage/volumes/{owner}/{volume}/members".format(
            owner=quote(str(owner), safe=""),
            volume=quote(str(volume), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | VolumeMember | None:
    if response.status_code == 201:
        response_201 = VolumeMember.from_dict(response.json())

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
) -> Response[Error | VolumeMember]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    owner: str,
    volume: str,
    *,
    client: AuthenticatedClient | Client,
    body: VolumeMemberCreate,
) -> Response[Error | VolumeMember]:
    """Add a member to a volume

     Add a user by `username`, or an Enterprise team or division by `id` and `type`.

    Args:
        owner (str):  Example: rfranklin.
        volume (str):  Example: my_volume.
        body (VolumeMemberCreate): A new volume member, a user by `username` or a team or division
            by `id` with `type`. Example: {'username': 'francis-crick', 'permissions': {'read': True,
            'copy': True, 'write': False, 'admin': False}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VolumeMember]
    """

    kwargs = _get_kwargs(
        owner=owner,
        volume=volume,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    owner: str,
    volume: str,
    *,
    client: AuthenticatedClient | Client,
    body: VolumeMemberCreate,
) -> Error | VolumeMember | None:
    """Add a member to a volume

     Add a user by `username`, or an Enterprise team or division by `id` and `type`.

    Args:
        owner (str):  Example: rfranklin.
        volume (str):  Example: my_volume.
        body (VolumeMemberCreate): A new volume member, a user by `username` or a team or division
            by `id` with `type`. Example: {'username': 'francis-crick', 'permissions': {'read': True,
            'copy': True, 'write': False, 'admin': False}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VolumeMember
    """

    return sync_detailed(
        owner=owner,
        volume=volume,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    owner: str,
    volume: str,
    *,
    client: AuthenticatedClient | Client,
    body: VolumeMemberCreate,
) -> Response[Error | VolumeMember]:
    """Add a member to a volume

     Add a user by `username`, or an Enterprise team or division by `id` and `type`.

    Args:
        owner (str):  Example: rfranklin.
        volume (str):  Example: my_volume.
        body (VolumeMemberCreate): A new volume member, a user by `username` or a team or division
            by `id` with `type`. Example: {'username': 'francis-crick', 'permissions': {'read': True,
            'copy': True, 'write': False, 'admin': False}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VolumeMember]
    """

    kwargs = _get_kwargs(
        owner=owner,
        volume=volume,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    volume: str,
    *,
    client: AuthenticatedClient | Client,
    body: VolumeMemberCreate,
) -> Error | VolumeMember | None:
    """Add a member to a volume

     Add a user by `username`, or an Enterprise team or division by `id` and `type`.

    Args:
        owner (str):  Example: rfranklin.
        volume (str):  Example: my_volume.
        body (VolumeMemberCreate): A new volume member, a user by `username` or a team or division
            by `id` with `type`. Example: {'username': 'francis-crick', 'permissions': {'read': True,
            'copy': True, 'write': False, 'admin': False}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VolumeMember
    """

    return (
        await asyncio_detailed(
            owner=owner,
            volume=volume,
            client=client,
            body=body,
        )
    ).parsed
