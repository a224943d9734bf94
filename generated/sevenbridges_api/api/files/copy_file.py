from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.file_copy_request import FileCopyRequest
from ...models.file_object import FileObject
from ...types import Response


def _get_kwargs(
    file_id: str,
    *,
    body: FileCopyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/files/{file_id}/actions/copy".format(
            file_id=quote(str(file_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FileObject | None:
    if response.status_code == 201:
        response_201 = FileObject.from_dict(response.json())

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
) -> Response[Error | FileObject]:
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
    body: FileCopyRequest,
) -> Response[Error | FileObject]:
    """Copy a file to a project or a folder

     Two uses of one call; give exactly one of `project` and `parent`:
    * `project`: copy the file to the root of that project;
    * `parent`: copy the file into that folder.
    `name` renames the copy (by default it keeps the source's name). Folders cannot be copied this
    way (error 5018; use `POST /async/files/copy`).

    Args:
        file_id (str):  Example: 567890abc8a5639cc6722063.
        body (FileCopyRequest): Where to copy a file: the root of `project`, or the folder
            `parent` (one of the two); `name` renames the copy. Example: {'project': 'rfranklin/my-
            other-project', 'name': 'chr20_copy.intervals'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileObject]
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
    body: FileCopyRequest,
) -> Error | FileObject | None:
    """Copy a file to a project or a folder

     Two uses of one call; give exactly one of `project` and `parent`:
    * `project`: copy the file to the root of that project;
    * `parent`: copy the file into that folder.
    `name` renames the copy (by default it keeps the source's name). Folders cannot be copied this
    way (error 5018; use `POST /async/files/copy`).

    Args:
        file_id (str):  Example: 567890abc8a5639cc6722063.
        body (FileCopyRequest): Where to copy a file: the root of `project`, or the folder
            `parent` (one of the two); `name` renames the copy. Example: {'project': 'rfranklin/my-
            other-project', 'name': 'chr20_copy.intervals'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileObject
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
    body: FileCopyRequest,
) -> Response[Error | FileObject]:
    """Copy a file to a project or a folder

     Two uses of one call; give exactly one of `project` and `parent`:
    * `project`: copy the file to the root of that project;
    * `parent`: copy the file into that folder.
    `name` renames the copy (by default it keeps the source's name). Folders cannot be copied this
    way (error 5018; use `POST /async/files/copy`).

    Args:
        file_id (str):  Example: 567890abc8a5639cc6722063.
        body (FileCopyRequest): Where to copy a file: the root of `project`, or the folder
            `parent` (one of the two); `name` renames the copy. Example: {'project': 'rfranklin/my-
            other-project', 'name': 'chr20_copy.intervals'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileObject]
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
    body: FileCopyRequest,
) -> Error | FileObject | None:
    """Copy a file to a project or a folder

     Two uses of one call; give exactly one of `project` and `parent`:
    * `project`: copy the file to the root of that project;
    * `parent`: copy the file into that folder.
    `name` renames the copy (by default it keeps the source's name). Folders cannot be copied this
    way (error 5018; use `POST /async/files/copy`).

    Args:
        file_id (str):  Example: 567890abc8a5639cc6722063.
        body (FileCopyRequest): Where to copy a file: the root of `project`, or the folder
            `parent` (one of the two); `name` renames the copy. Example: {'project': 'rfranklin/my-
            other-project', 'name': 'chr20_copy.intervals'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileObject
    """

    return (
        await asyncio_detailed(
            file_id=file_id,
            client=client,
            body=body,
        )
    ).parsed
