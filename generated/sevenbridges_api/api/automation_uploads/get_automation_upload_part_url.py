from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automation_upload_part_url import AutomationUploadPartUrl
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    upload_id: str,
    part_number: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/automation/upload/{upload_id}/part/{part_number}".format(
            upload_id=quote(str(upload_id), safe=""),
            part_number=quote(str(part_number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutomationUploadPartUrl | Error | None:
    if response.status_code == 200:
        response_200 = AutomationUploadPartUrl.from_dict(response.json())

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
) -> Response[AutomationUploadPartUrl | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    upload_id: str,
    part_number: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AutomationUploadPartUrl | Error]:
    """Get the signed URL to send one part to

     Send the part's bytes with `method` to `url` with `headers` (and no API token), then report the
    response headers named in `report.headers`.

    Args:
        upload_id (str):  Example: 8Kq3mZx0vTn2Lr5yWc7bHd9fJg1sAe4uPo6iQt8kXz2nMv0lBr3c.
        part_number (int):  Example: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationUploadPartUrl | Error]
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
        part_number=part_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    upload_id: str,
    part_number: int,
    *,
    client: AuthenticatedClient | Client,
) -> AutomationUploadPartUrl | Error | None:
    """Get the signed URL to send one part to

     Send the part's bytes with `method` to `url` with `headers` (and no API token), then report the
    response headers named in `report.headers`.

    Args:
        upload_id (str):  Example: 8Kq3mZx0vTn2Lr5yWc7bHd9fJg1sAe4uPo6iQt8kXz2nMv0lBr3c.
        part_number (int):  Example: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationUploadPartUrl | Error
    """

    return sync_detailed(
        upload_id=upload_id,
        part_number=part_number,
        client=client,
    ).parsed


async def asyncio_detailed(
    upload_id: str,
    part_number: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AutomationUploadPartUrl | Error]:
    """Get the signed URL to send one part to

     Send the part's bytes with `method` to `url` with `headers` (and no API token), then report the
    response headers named in `report.headers`.

    Args:
        upload_id (str):  Example: 8Kq3mZx0vTn2Lr5yWc7bHd9fJg1sAe4uPo6iQt8kXz2nMv0lBr3c.
        part_number (int):  Example: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationUploadPartUrl | Error]
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
        part_number=part_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    upload_id: str,
    part_number: int,
    *,
    client: AuthenticatedClient | Client,
) -> AutomationUploadPartUrl | Error | None:
    """Get the signed URL to send one part to

     Send the part's bytes with `method` to `url` with `headers` (and no API token), then report the
    response headers named in `report.headers`.

    Args:
        upload_id (str):  Example: 8Kq3mZx0vTn2Lr5yWc7bHd9fJg1sAe4uPo6iQt8kXz2nMv0lBr3c.
        part_number (int):  Example: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationUploadPartUrl | Error
    """

    return (
        await asyncio_detailed(
            upload_id=upload_id,
            part_number=part_number,
            client=client,
        )
    ).parsed
