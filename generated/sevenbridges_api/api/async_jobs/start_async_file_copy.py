from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.async_file_copy_create import AsyncFileCopyCreate
from ...models.async_job import AsyncJob
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: AsyncFileCopyCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/async/files/copy",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AsyncJob | Error | None:
    if response.status_code == 200:
        response_200 = AsyncJob.from_dict(response.json())

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
) -> Response[AsyncJob | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AsyncFileCopyCreate,
) -> Response[AsyncJob | Error]:
    """Start a job copying files and folders

     Each item copies a file or folder (`file`) to the root of a project (`project`) or into a folder
    (`parent`), optionally renamed (`name`). Folder structure is preserved. Poll the job with `GET
    /async/files/copy/{job_id}`.

    Args:
        body (AsyncFileCopyCreate): The items of a copy or move job. Example: {'items': [{'file':
            '567890abc8a5639cc6722063', 'parent': '567890abc4f3066bc3750174'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncJob | Error]
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
    body: AsyncFileCopyCreate,
) -> AsyncJob | Error | None:
    """Start a job copying files and folders

     Each item copies a file or folder (`file`) to the root of a project (`project`) or into a folder
    (`parent`), optionally renamed (`name`). Folder structure is preserved. Poll the job with `GET
    /async/files/copy/{job_id}`.

    Args:
        body (AsyncFileCopyCreate): The items of a copy or move job. Example: {'items': [{'file':
            '567890abc8a5639cc6722063', 'parent': '567890abc4f3066bc3750174'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncJob | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AsyncFileCopyCreate,
) -> Response[AsyncJob | Error]:
    """Start a job copying files and folders

     Each item copies a file or folder (`file`) to the root of a project (`project`) or into a folder
    (`parent`), optionally renamed (`name`). Folder structure is preserved. Poll the job with `GET
    /async/files/copy/{job_id}`.

    Args:
        body (AsyncFileCopyCreate): The items of a copy or move job. Example: {'items': [{'file':
            '567890abc8a5639cc6722063', 'parent': '567890abc4f3066bc3750174'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncJob | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AsyncFileCopyCreate,
) -> AsyncJob | Error | None:
    """Start a job copying files and folders

     Each item copies a file or folder (`file`) to the root of a project (`project`) or into a folder
    (`parent`), optionally renamed (`name`). Folder structure is preserved. Poll the job with `GET
    /async/files/copy/{job_id}`.

    Args:
        body (AsyncFileCopyCreate): The items of a copy or move job. Example: {'items': [{'file':
            '567890abc8a5639cc6722063', 'parent': '567890abc4f3066bc3750174'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncJob | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
