from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.file_copy_action import FileCopyAction
from ...models.file_copy_action_result import FileCopyActionResult
from ...types import Response


def _get_kwargs(
    *,
    body: FileCopyAction,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/action/files/copy",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FileCopyActionResult | None:
    if response.status_code == 200:
        response_200 = FileCopyActionResult.from_dict(response.json())

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
) -> Response[Error | FileCopyActionResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FileCopyAction,
) -> Response[Error | FileCopyActionResult]:
    """Copy several files to a project

     Copies each file of `file_ids` to the root of `project`. The answer maps each source file id to the
    id and name of its copy, or to an error for a file that could not be copied.

    Args:
        body (FileCopyAction): Files to copy to the root of a project. Example: {'project':
            'rfranklin/my-other-project', 'file_ids': ['567890abc8a5639cc6722063',
            '567890abc8a5639cc6722065']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileCopyActionResult]
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
    body: FileCopyAction,
) -> Error | FileCopyActionResult | None:
    """Copy several files to a project

     Copies each file of `file_ids` to the root of `project`. The answer maps each source file id to the
    id and name of its copy, or to an error for a file that could not be copied.

    Args:
        body (FileCopyAction): Files to copy to the root of a project. Example: {'project':
            'rfranklin/my-other-project', 'file_ids': ['567890abc8a5639cc6722063',
            '567890abc8a5639cc6722065']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileCopyActionResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FileCopyAction,
) -> Response[Error | FileCopyActionResult]:
    """Copy several files to a project

     Copies each file of `file_ids` to the root of `project`. The answer maps each source file id to the
    id and name of its copy, or to an error for a file that could not be copied.

    Args:
        body (FileCopyAction): Files to copy to the root of a project. Example: {'project':
            'rfranklin/my-other-project', 'file_ids': ['567890abc8a5639cc6722063',
            '567890abc8a5639cc6722065']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileCopyActionResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FileCopyAction,
) -> Error | FileCopyActionResult | None:
    """Copy several files to a project

     Copies each file of `file_ids` to the root of `project`. The answer maps each source file id to the
    id and name of its copy, or to an error for a file that could not be copied.

    Args:
        body (FileCopyAction): Files to copy to the root of a project. Example: {'project':
            'rfranklin/my-other-project', 'file_ids': ['567890abc8a5639cc6722063',
            '567890abc8a5639cc6722065']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileCopyActionResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
