from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.file_list import FileList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    file_id: str,
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cont_token: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["cont_token"] = cont_token

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/files/{file_id}/list".format(
            file_id=quote(str(file_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FileList | None:
    if response.status_code == 200:
        response_200 = FileList.from_dict(response.json())

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
) -> Response[Error | FileList]:
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
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cont_token: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | FileList]:
    """List the contents of a folder

     Lists the files and sub-folders directly inside the folder. Paging is by `offset`/`limit`; with
    advance access `cont_token=init` pages by continuation token instead (follow the `next` link's
    `href`; see also `GET /files/{file_id}/scroll`). Listing a file that is not a folder gives 5022.

    Args:
        file_id (str):  Example: 567890abc8a5639cc6722063.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        cont_token (str | Unset):  Example: init.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileList]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        offset=offset,
        limit=limit,
        cont_token=cont_token,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cont_token: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | FileList | None:
    """List the contents of a folder

     Lists the files and sub-folders directly inside the folder. Paging is by `offset`/`limit`; with
    advance access `cont_token=init` pages by continuation token instead (follow the `next` link's
    `href`; see also `GET /files/{file_id}/scroll`). Listing a file that is not a folder gives 5022.

    Args:
        file_id (str):  Example: 567890abc8a5639cc6722063.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        cont_token (str | Unset):  Example: init.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileList
    """

    return sync_detailed(
        file_id=file_id,
        client=client,
        offset=offset,
        limit=limit,
        cont_token=cont_token,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cont_token: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | FileList]:
    """List the contents of a folder

     Lists the files and sub-folders directly inside the folder. Paging is by `offset`/`limit`; with
    advance access `cont_token=init` pages by continuation token instead (follow the `next` link's
    `href`; see also `GET /files/{file_id}/scroll`). Listing a file that is not a folder gives 5022.

    Args:
        file_id (str):  Example: 567890abc8a5639cc6722063.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        cont_token (str | Unset):  Example: init.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileList]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        offset=offset,
        limit=limit,
        cont_token=cont_token,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cont_token: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | FileList | None:
    """List the contents of a folder

     Lists the files and sub-folders directly inside the folder. Paging is by `offset`/`limit`; with
    advance access `cont_token=init` pages by continuation token instead (follow the `next` link's
    `href`; see also `GET /files/{file_id}/scroll`). Listing a file that is not a folder gives 5022.

    Args:
        file_id (str):  Example: 567890abc8a5639cc6722063.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        cont_token (str | Unset):  Example: init.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileList
    """

    return (
        await asyncio_detailed(
            file_id=file_id,
            client=client,
            offset=offset,
            limit=limit,
            cont_token=cont_token,
            fields=fields,
        )
    ).parsed
