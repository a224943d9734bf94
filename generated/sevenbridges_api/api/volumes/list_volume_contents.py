from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.volume_content_list import VolumeContentList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    owner: str,
    volume: str,
    *,
    prefix: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["prefix"] = prefix

    params["limit"] = limit

    params["continuation_token"] = continuation_token

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/storage/volumes/{owner}/{volume}/list".format(
            owner=quote(str(owner), safe=""),
            volume=quote(str(volume), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | VolumeContentList | None:
    if response.status_code == 200:
        response_200 = VolumeContentList.from_dict(response.json())

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
) -> Response[Error | VolumeContentList]:
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
    prefix: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | VolumeContentList]:
    """List the objects and prefixes of a volume

     Lists the objects directly under `prefix` and the sub-prefixes (ending in `/`) below it. The next
    page is the URL in `links[0].next`, which carries a `continuation_token`; there is no total and no
    way back.

    Args:
        owner (str):  Example: rfranklin.
        volume (str):  Example: my_volume.
        prefix (str | Unset):  Example: reads/.
        limit (int | Unset):  Example: 25.
        continuation_token (str | Unset):  Example: cmVhZHMvc2FtcGxlXzIuZnEuZ3o.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VolumeContentList]
    """

    kwargs = _get_kwargs(
        owner=owner,
        volume=volume,
        prefix=prefix,
        limit=limit,
        continuation_token=continuation_token,
        fields=fields,
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
    prefix: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | VolumeContentList | None:
    """List the objects and prefixes of a volume

     Lists the objects directly under `prefix` and the sub-prefixes (ending in `/`) below it. The next
    page is the URL in `links[0].next`, which carries a `continuation_token`; there is no total and no
    way back.

    Args:
        owner (str):  Example: rfranklin.
        volume (str):  Example: my_volume.
        prefix (str | Unset):  Example: reads/.
        limit (int | Unset):  Example: 25.
        continuation_token (str | Unset):  Example: cmVhZHMvc2FtcGxlXzIuZnEuZ3o.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VolumeContentList
    """

    return sync_detailed(
        owner=owner,
        volume=volume,
        client=client,
        prefix=prefix,
        limit=limit,
        continuation_token=continuation_token,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    owner: str,
    volume: str,
    *,
    client: AuthenticatedClient | Client,
    prefix: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | VolumeContentList]:
    """List the objects and prefixes of a volume

     Lists the objects directly under `prefix` and the sub-prefixes (ending in `/`) below it. The next
    page is the URL in `links[0].next`, which carries a `continuation_token`; there is no total and no
    way back.

    Args:
        owner (str):  Example: rfranklin.
        volume (str):  Example: my_volume.
        prefix (str | Unset):  Example: reads/.
        limit (int | Unset):  Example: 25.
        continuation_token (str | Unset):  Example: cmVhZHMvc2FtcGxlXzIuZnEuZ3o.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VolumeContentList]
    """

    kwargs = _get_kwargs(
        owner=owner,
        volume=volume,
        prefix=prefix,
        limit=limit,
        continuation_token=continuation_token,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    volume: str,
    *,
    client: AuthenticatedClient | Client,
    prefix: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | VolumeContentList | None:
    """List the objects and prefixes of a volume

     Lists the objects directly under `prefix` and the sub-prefixes (ending in `/`) below it. The next
    page is the URL in `links[0].next`, which carries a `continuation_token`; there is no total and no
    way back.

    Args:
        owner (str):  Example: rfranklin.
        volume (str):  Example: my_volume.
        prefix (str | Unset):  Example: reads/.
        limit (int | Unset):  Example: 25.
        continuation_token (str | Unset):  Example: cmVhZHMvc2FtcGxlXzIuZnEuZ3o.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VolumeContentList
    """

    return (
        await asyncio_detailed(
            owner=owner,
            volume=volume,
            client=client,
            prefix=prefix,
            limit=limit,
            continuation_token=continuation_token,
            fields=fields,
        )
    ).parsed
