from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.permissions import Permissions
from ...types import Response


def _get_kwargs(
    owner: str,
    dataset: str,
    username: str,
    *,
    body: Permissions,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/datasets/{owner}/{dataset}/members/{username}/permissions".format(
            owner=quote(str(owner), safe=""),
            dataset=quote(str(dataset), safe=""),
            username=quote(str(username), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Permissions | None:
    if response.status_code == 200:
        response_200 = Permissions.from_dict(response.json())

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
) -> Response[Error | Permissions]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    owner: str,
    dataset: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: Permissions,
) -> Response[Error | Permissions]:
    """Change a dataset member's permissions

     Permissions left out keep their value. The owner always keeps `admin`.

    Args:
        owner (str):  Example: rfranklin.
        dataset (str):  Example: photo-51.
        username (str):  Example: rfranklin.
        body (Permissions): A member's permissions in a project. Example: {'read': True, 'copy':
            True, 'write': True, 'execute': True, 'admin': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Permissions]
    """

    kwargs = _get_kwargs(
        owner=owner,
        dataset=dataset,
        username=username,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    owner: str,
    dataset: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: Permissions,
) -> Error | Permissions | None:
    """Change a dataset member's permissions

     Permissions left out keep their value. The owner always keeps `admin`.

    Args:
        owner (str):  Example: rfranklin.
        dataset (str):  Example: photo-51.
        username (str):  Example: rfranklin.
        body (Permissions): A member's permissions in a project. Example: {'read': True, 'copy':
            True, 'write': True, 'execute': True, 'admin': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Permissions
    """

    return sync_detailed(
        owner=owner,
        dataset=dataset,
        username=username,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    owner: str,
    dataset: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: Permissions,
) -> Response[Error | Permissions]:
    """Change a dataset member's permissions

     Permissions left out keep their value. The owner always keeps `admin`.

    Args:
        owner (str):  Example: rfranklin.
        dataset (str):  Example: photo-51.
        username (str):  Example: rfranklin.
        body (Permissions): A member's permissions in a project. Example: {'read': True, 'copy':
            True, 'write': True, 'execute': True, 'admin': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Permissions]
    """

    kwargs = _get_kwargs(
        owner=owner,
        dataset=dataset,
        username=username,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    dataset: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: Permissions,
) -> Error | Permissions | None:
    """Change a dataset member's permissions

     Permissions left out keep their value. The owner always keeps `admin`.

    Args:
        owner (str):  Example: rfranklin.
        dataset (str):  Example: photo-51.
        username (str):  Example: rfranklin.
        body (Permissions): A member's permissions in a project. Example: {'read': True, 'copy':
            True, 'write': True, 'execute': True, 'admin': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Permissions
    """

    return (
        await asyncio_detailed(
            owner=owner,
            dataset=dataset,
            username=username,
            client=client,
            body=body,
        )
    ).parsed
