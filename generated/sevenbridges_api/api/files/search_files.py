from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.file_search_request import FileSearchRequest
from ...models.file_search_result import FileSearchResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: FileSearchRequest,
    cont_token: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["cont_token"] = cont_token

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/files/search",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FileSearchResult | None:
    if response.status_code == 200:
        response_200 = FileSearchResult.from_dict(response.json())

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
) -> Response[Error | FileSearchResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FileSearchRequest,
    cont_token: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Error | FileSearchResult]:
    """Search files with a query

     Runs a file query and returns one page of matches. Pass the returned `cont_token` (and the same
    query) to get the next page; a response without `cont_token` is the last page.

    Args:
        cont_token (str | Unset):  Example: init.
        limit (int | Unset):  Example: 25.
        body (FileSearchRequest): A file search. Example: {'query': "SELECT * FROM files WHERE
            metadata.sample_id = 'HCC1143'"}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileSearchResult]
    """

    kwargs = _get_kwargs(
        body=body,
        cont_token=cont_token,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: FileSearchRequest,
    cont_token: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Error | FileSearchResult | None:
    """Search files with a query

     Runs a file query and returns one page of matches. Pass the returned `cont_token` (and the same
    query) to get the next page; a response without `cont_token` is the last page.

    Args:
        cont_token (str | Unset):  Example: init.
        limit (int | Unset):  Example: 25.
        body (FileSearchRequest): A file search. Example: {'query': "SELECT * FROM files WHERE
            metadata.sample_id = 'HCC1143'"}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileSearchResult
    """

    return sync_detailed(
        client=client,
        body=body,
        cont_token=cont_token,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FileSearchRequest,
    cont_token: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Error | FileSearchResult]:
    """Search files with a query

     Runs a file query and returns one page of matches. Pass the returned `cont_token` (and the same
    query) to get the next page; a response without `cont_token` is the last page.

    Args:
        cont_token (str | Unset):  Example: init.
        limit (int | Unset):  Example: 25.
        body (FileSearchRequest): A file search. Example: {'query': "SELECT * FROM files WHERE
            metadata.sample_id = 'HCC1143'"}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileSearchResult]
    """

    kwargs = _get_kwargs(
        body=body,
        cont_token=cont_token,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FileSearchRequest,
    cont_token: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Error | FileSearchResult | None:
    """Search files with a query

     Runs a file query and returns one page of matches. Pass the returned `cont_token` (and the same
    query) to get the next page; a response without `cont_token` is the last page.

    Args:
        cont_token (str | Unset):  Example: init.
        limit (int | Unset):  Example: 25.
        body (FileSearchRequest): A file search. Example: {'query': "SELECT * FROM files WHERE
            metadata.sample_id = 'HCC1143'"}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileSearchResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            cont_token=cont_token,
            limit=limit,
        )
    ).parsed
