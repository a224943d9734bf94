from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automation_code_package_file import AutomationCodePackageFile
from ...models.automation_upload_complete import AutomationUploadComplete
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    upload_id: str,
    *,
    body: AutomationUploadComplete | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/automation/upload/{upload_id}/complete".format(
            upload_id=quote(str(upload_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutomationCodePackageFile | Error | None:
    if response.status_code == 200:
        response_200 = AutomationCodePackageFile.from_dict(response.json())

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
) -> Response[AutomationCodePackageFile | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationUploadComplete | Unset = UNSET,
) -> Response[AutomationCodePackageFile | Error]:
    """Complete a code package upload

     The body may be left out (the reported parts are used) or list the parts. Every part must have been
    reported. The answer's `id` is the `location` of a new code package.

    Args:
        upload_id (str):  Example: 8Kq3mZx0vTn2Lr5yWc7bHd9fJg1sAe4uPo6iQt8kXz2nMv0lBr3c.
        body (AutomationUploadComplete | Unset): The parts of a completed upload. Example:
            {'parts': [{'part_number': 1, 'response': {'headers': {'ETag':
            '"43a5e127340f2b6602badfdebe610f30"'}}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationCodePackageFile | Error]
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationUploadComplete | Unset = UNSET,
) -> AutomationCodePackageFile | Error | None:
    """Complete a code package upload

     The body may be left out (the reported parts are used) or list the parts. Every part must have been
    reported. The answer's `id` is the `location` of a new code package.

    Args:
        upload_id (str):  Example: 8Kq3mZx0vTn2Lr5yWc7bHd9fJg1sAe4uPo6iQt8kXz2nMv0lBr3c.
        body (AutomationUploadComplete | Unset): The parts of a completed upload. Example:
            {'parts': [{'part_number': 1, 'response': {'headers': {'ETag':
            '"43a5e127340f2b6602badfdebe610f30"'}}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationCodePackageFile | Error
    """

    return sync_detailed(
        upload_id=upload_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationUploadComplete | Unset = UNSET,
) -> Response[AutomationCodePackageFile | Error]:
    """Complete a code package upload

     The body may be left out (the reported parts are used) or list the parts. Every part must have been
    reported. The answer's `id` is the `location` of a new code package.

    Args:
        upload_id (str):  Example: 8Kq3mZx0vTn2Lr5yWc7bHd9fJg1sAe4uPo6iQt8kXz2nMv0lBr3c.
        body (AutomationUploadComplete | Unset): The parts of a completed upload. Example:
            {'parts': [{'part_number': 1, 'response': {'headers': {'ETag':
            '"43a5e127340f2b6602badfdebe610f30"'}}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationCodePackageFile | Error]
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationUploadComplete | Unset = UNSET,
) -> AutomationCodePackageFile | Error | None:
    """Complete a code package upload

     The body may be left out (the reported parts are used) or list the parts. Every part must have been
    reported. The answer's `id` is the `location` of a new code package.

    Args:
        upload_id (str):  Example: 8Kq3mZx0vTn2Lr5yWc7bHd9fJg1sAe4uPo6iQt8kXz2nMv0lBr3c.
        body (AutomationUploadComplete | Unset): The parts of a completed upload. Example:
            {'parts': [{'part_number': 1, 'response': {'headers': {'ETag':
            '"43a5e127340f2b6602badfdebe610f30"'}}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationCodePackageFile | Error
    """

    return (
        await asyncio_detailed(
            upload_id=upload_id,
            client=client,
            body=body,
        )
    ).parsed
