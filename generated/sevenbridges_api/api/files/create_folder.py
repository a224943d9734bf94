from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.file_create import FileCreate
from ...models.file_object import FileObject
from ...types import Response


def _get_kwargs(
    *,
    body: FileCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/files",
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
    *,
    client: AuthenticatedClient | Client,
    body: FileCreate,
) -> Response[Error | FileObject]:
    """Create a folder

     Creates a folder at the root of a project (`project`) or inside a folder (`parent`); give exactly
    one of them. `type` must be `FOLDER` (error 5012 otherwise). A folder of that name already in place
    gives 5030.

    Args:
        body (FileCreate): A new folder, at the root of `project` or inside `parent` (one of the
            two). Example: {'name': 'fastq', 'project': 'rfranklin/my-project', 'type': 'FOLDER'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileObject]
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
    body: FileCreate,
) -> Error | FileObject | None:
    """Create a folder

     Creates a folder at the root of a project (`project`) or inside a folder (`parent`); give exactly
    one of them. `type` must be `FOLDER` (error 5012 otherwise). A folder of that name already in place
    gives 5030.

    Args:
        body (FileCreate): A new folder, at the root of `project` or inside `parent` (one of the
            two). Example: {'name': 'fastq', 'project': 'rfranklin/my-project', 'type': 'FOLDER'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileObject
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FileCreate,
) -> Response[Error | FileObject]:
    """Create a folder

     Creates a folder at the root of a project (`project`) or inside a folder (`parent`); give exactly
    one of them. `type` must be `FOLDER` (error 5012 otherwise). A folder of that name already in place
    gives 5030.

    Args:
        body (FileCreate): A new folder, at the root of `project` or inside `parent` (one of the
            two). Example: {'name': 'fastq', 'project': 'rfranklin/my-project', 'type': 'FOLDER'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileObject]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FileCreate,
) -> Error | FileObject | None:
    """Create a folder

     Creates a folder at the root of a project (`project`) or inside a folder (`parent`); give exactly
    one of them. `type` must be `FOLDER` (error 5012 otherwise). A folder of that name already in place
    gives 5030.

    Args:
        body (FileCreate): A new folder, at the root of `project` or inside `parent` (one of the
            two). Example: {'name': 'fastq', 'project': 'rfranklin/my-project', 'type': 'FOLDER'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileObject
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
