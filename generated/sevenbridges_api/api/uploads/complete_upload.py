from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.file_object import FileObject
from ...models.upload_complete import UploadComplete
from ...types import UNSET, Response, Unset


def _get_kwargs(
    upload_id: str,
    *,
    body: UploadComplete | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/upload/multipart/{upload_id}/complete".format(
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
) -> Error | FileObject | None:
    if response.status_code == 200:
        response_200 = FileObject.from_dict(response.json())

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
) -> Response[Error | FileObject]:
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
    body: UploadComplete | Unset = UNSET,
) -> Response[Error | FileObject]:
    """Complete a multipart upload

     Joins the reported parts into the new file and returns it. The body may be left out (the parts
    reported one by one are used) or list the parts (error 8015 if that list is malformed).

    Args:
        upload_id (str):  Example:
            ezCeGmsWvyLwLjDdw3WNXXfs0EK4GpcHXijP37fP7o1jbdh24IAFEF7New5wYyli.
        body (UploadComplete | Unset): The parts of an upload to join (optional; the reported
            parts are used without it). Example: {'parts': [{'part_number': 1, 'response': {'headers':
            {'ETag': '"43a5e127340f2b6602badfdebe610f30"'}}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileObject]
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
    body: UploadComplete | Unset = UNSET,
) -> Error | FileObject | None:
    """Complete a multipart upload

     Joins the reported parts into the new file and returns it. The body may be left out (the parts
    reported one by one are used) or list the parts (error 8015 if that list is malformed).

    Args:
        upload_id (str):  Example:
            ezCeGmsWvyLwLjDdw3WNXXfs0EK4GpcHXijP37fP7o1jbdh24IAFEF7New5wYyli.
        body (UploadComplete | Unset): The parts of an upload to join (optional; the reported
            parts are used without it). Example: {'parts': [{'part_number': 1, 'response': {'headers':
            {'ETag': '"43a5e127340f2b6602badfdebe610f30"'}}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileObject
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
    body: UploadComplete | Unset = UNSET,
) -> Response[Error | FileObject]:
    """Complete a multipart upload

     Joins the reported parts into the new file and returns it. The body may be left out (the parts
    reported one by one are used) or list the parts (error 8015 if that list is malformed).

    Args:
        upload_id (str):  Example:
            ezCeGmsWvyLwLjDdw3WNXXfs0EK4GpcHXijP37fP7o1jbdh24IAFEF7New5wYyli.
        body (UploadComplete | Unset): The parts of an upload to join (optional; the reported
            parts are used without it). Example: {'parts': [{'part_number': 1, 'response': {'headers':
            {'ETag': '"43a5e127340f2b6602badfdebe610f30"'}}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileObject]
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
    body: UploadComplete | Unset = UNSET,
) -> Error | FileObject | None:
    """Complete a multipart upload

     Joins the reported parts into the new file and returns it. The body may be left out (the parts
    reported one by one are used) or list the parts (error 8015 if that list is malformed).

    Args:
        upload_id (str):  Example:
            ezCeGmsWvyLwLjDdw3WNXXfs0EK4GpcHXijP37fP7o1jbdh24IAFEF7New5wYyli.
        body (UploadComplete | Unset): The parts of an upload to join (optional; the reported
            parts are used without it). Example: {'parts': [{'part_number': 1, 'response': {'headers':
            {'ETag': '"43a5e127340f2b6602badfdebe610f30"'}}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileObject
    """

    return (
        await asyncio_detailed(
            upload_id=upload_id,
            client=client,
            body=body,
        )
    ).parsed
