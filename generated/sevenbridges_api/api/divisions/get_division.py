from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.division import Division
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    division_id: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/divisions/{division_id}".format(
            division_id=quote(str(division_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Division | Error | None:
    if response.status_code == 200:
        response_200 = Division.from_dict(response.json())

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
) -> Response[Division | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    division_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[Division | Error]:
    """Get a division

     Only members of the division may see it. Its users are listed by `GET /users?division=` and its
    teams by `GET /teams?division=`.

    Args:
        division_id (str):  Example: the-lab.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Division | Error]
    """

    kwargs = _get_kwargs(
        division_id=division_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    division_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Division | Error | None:
    """Get a division

     Only members of the division may see it. Its users are listed by `GET /users?division=` and its
    teams by `GET /teams?division=`.

    Args:
        division_id (str):  Example: the-lab.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Division | Error
    """

    return sync_detailed(
        division_id=division_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    division_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[Division | Error]:
    """Get a division

     Only members of the division may see it. Its users are listed by `GET /users?division=` and its
    teams by `GET /teams?division=`.

    Args:
        division_id (str):  Example: the-lab.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Division | Error]
    """

    kwargs = _get_kwargs(
        division_id=division_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    division_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Division | Error | None:
    """Get a division

     Only members of the division may see it. Its users are listed by `GET /users?division=` and its
    teams by `GET /teams?division=`.

    Args:
        division_id (str):  Example: the-lab.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Division | Error
    """

    return (
        await asyncio_detailed(
            division_id=division_id,
            client=client,
            fields=fields,
        )
    ).parsed
