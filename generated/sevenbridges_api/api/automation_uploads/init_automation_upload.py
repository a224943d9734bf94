from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automation_upload import AutomationUpload
from ...models.automation_upload_create import AutomationUploadCreate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: AutomationUploadCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/automation/upload",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutomationUpload | Error | None:
    if response.status_code == 201:
        response_201 = AutomationUpload.from_dict(response.json())

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
) -> Response[AutomationUpload | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AutomationUploadCreate,
) -> Response[AutomationUpload | Error]:
    """Start the upload of a code package file

     The server may answer with another `part_size` than the one asked for; use the one in the answer.
    Part sizes and counts follow the multipart rules of file uploads (5 MiB to 5 GiB, except the last
    part; at most 10,000 parts).

    Args:
        body (AutomationUploadCreate): A new code package upload. Example: {'name':
            'qc_package.zip', 'size': 10485760, 'part_size': 5242880}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationUpload | Error]
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
    body: AutomationUploadCreate,
) -> AutomationUpload | Error | None:
    """Start the upload of a code package file

     The server may answer with another `part_size` than the one asked for; use the one in the answer.
    Part sizes and counts follow the multipart rules of file uploads (5 MiB to 5 GiB, except the last
    part; at most 10,000 parts).

    Args:
        body (AutomationUploadCreate): A new code package upload. Example: {'name':
            'qc_package.zip', 'size': 10485760, 'part_size': 5242880}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationUpload | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AutomationUploadCreate,
) -> Response[AutomationUpload | Error]:
    """Start the upload of a code package file

     The server may answer with another `part_size` than the one asked for; use the one in the answer.
    Part sizes and counts follow the multipart rules of file uploads (5 MiB to 5 GiB, except the last
    part; at most 10,000 parts).

    Args:
        body (AutomationUploadCreate): A new code package upload. Example: {'name':
            'qc_package.zip', 'size': 10485760, 'part_size': 5242880}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationUpload | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AutomationUploadCreate,
) -> AutomationUpload | Error | None:
    """Start the upload of a code package file

     The server may answer with another `part_size` than the one asked for; use the one in the answer.
    Part sizes and counts follow the multipart rules of file uploads (5 MiB to 5 GiB, except the last
    part; at most 10,000 parts).

    Args:
        body (AutomationUploadCreate): A new code package upload. Example: {'name':
            'qc_package.zip', 'size': 10485760, 'part_size': 5242880}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationUpload | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
