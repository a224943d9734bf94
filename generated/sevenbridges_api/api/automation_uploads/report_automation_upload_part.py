from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automation_upload_part_report import AutomationUploadPartReport
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    upload_id: str,
    *,
    body: AutomationUploadPartReport,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/automation/upload/{upload_id}/part".format(
            upload_id=quote(str(upload_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutomationUploadPartReport | Error | None:
    if response.status_code == 200:
        response_200 = AutomationUploadPartReport.from_dict(response.json())

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
) -> Response[AutomationUploadPartReport | Error]:
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
    body: AutomationUploadPartReport,
) -> Response[AutomationUploadPartReport | Error]:
    """Report a part as sent

     The `ETag` is passed on verbatim as the storage returned it (quoted or not).

    Args:
        upload_id (str):  Example: 8Kq3mZx0vTn2Lr5yWc7bHd9fJg1sAe4uPo6iQt8kXz2nMv0lBr3c.
        body (AutomationUploadPartReport): A part that was sent, with the storage's response
            headers. Example: {'part_number': 1, 'response': {'headers': {'ETag':
            '"43a5e127340f2b6602badfdebe610f30"'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationUploadPartReport | Error]
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
    body: AutomationUploadPartReport,
) -> AutomationUploadPartReport | Error | None:
    """Report a part as sent

     The `ETag` is passed on verbatim as the storage returned it (quoted or not).

    Args:
        upload_id (str):  Example: 8Kq3mZx0vTn2Lr5yWc7bHd9fJg1sAe4uPo6iQt8kXz2nMv0lBr3c.
        body (AutomationUploadPartReport): A part that was sent, with the storage's response
            headers. Example: {'part_number': 1, 'response': {'headers': {'ETag':
            '"43a5e127340f2b6602badfdebe610f30"'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationUploadPartReport | Error
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
    body: AutomationUploadPartReport,
) -> Response[AutomationUploadPartReport | Error]:
    """Report a part as sent

     The `ETag` is passed on verbatim as the storage returned it (quoted or not).

    Args:
        upload_id (str):  Example: 8Kq3mZx0vTn2Lr5yWc7bHd9fJg1sAe4uPo6iQt8kXz2nMv0lBr3c.
        body (AutomationUploadPartReport): A part that was sent, with the storage's response
            headers. Example: {'part_number': 1, 'response': {'headers': {'ETag':
            '"43a5e127340f2b6602badfdebe610f30"'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationUploadPartReport | Error]
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
    body: AutomationUploadPartReport,
) -> AutomationUploadPartReport | Error | None:
    """Report a part as sent

     The `ETag` is passed on verbatim as the storage returned it (quoted or not).

    Args:
        upload_id (str):  Example: 8Kq3mZx0vTn2Lr5yWc7bHd9fJg1sAe4uPo6iQt8kXz2nMv0lBr3c.
        body (AutomationUploadPartReport): A part that was sent, with the storage's response
            headers. Example: {'part_number': 1, 'response': {'headers': {'ETag':
            '"43a5e127340f2b6602badfdebe610f30"'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationUploadPartReport | Error
    """

    return (
        await asyncio_detailed(
            upload_id=upload_id,
            client=client,
            body=body,
        )
    ).parsed
