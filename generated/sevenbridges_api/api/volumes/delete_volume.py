from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    owner: str,
    volume: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/storage/volumes/{owner}/{volume}".format(
            owner=quote(str(owner), safe=""),
            volume=quote(str(volume), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error]:
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
) -> Response[Any | Error]:
    """Delete a deactivated volume

     A volume must be deactivated before it can be deleted. The bucket itself is untouched.

    Args:
        owner (str):  Example: rfranklin.
        volume (str):  Example: my_volume.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        owner=owner,
        volume=volume,
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
) -> Any | Error | None:
    """Delete a deactivated volume

     A volume must be deactivated before it can be deleted. The bucket itself is untouched.

    Args:
        owner (str):  Example: rfranklin.
        volume (str):  Example: my_volume.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        owner=owner,
        volume=volume,
        client=client,
    ).parsed


async def asyncio_detailed(
    owner: str,
    volume: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Delete a deactivated volume

     A volume must be deactivated before it can be deleted. The bucket itself is untouched.

    Args:
        owner (str):  Example: rfranklin.
        volume (str):  Example: my_volume.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        owner=owner,
        volume=volume,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    volume: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | None:
    """Delete a deactivated volume

     A volume must be deactivated before it can be deleted. The bucket itself is untouched.

    Args:
        owner (str):  Example: rfranklin.
        volume (str):  Example: my_volume.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            owner=owner,
            volume=volume,
            client=client,
        )
    ).parsed
