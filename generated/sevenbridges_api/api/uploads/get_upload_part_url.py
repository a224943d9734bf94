from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.upload_part_url import UploadPartUrl
from ...types import Response


def _get_kwargs(
    upload_id: str,
    part_number: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/upload/multipart/{upload_id}/part/{part_number}".format(
            upload_id=quote(str(upload_id), safe=""),
            part_number=quote(str(part_number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UploadPartUrl | None:
    if response.status_code == 200:
        response_200 = UploadPartUrl.from_dict(response.json())

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
) -> Response[Error | UploadPartUrl]:
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
) -> Response[Error | UploadPartUrl]:
    """Get the signed URL to send one part to

     Send the part's bytes with `method` to `url`, with the `headers` given and without the API token;
    then collect the response headers named in `report.headers` (the `ETag`) and report them with `POST
    /upload/multipart/{upload_id}/part`. A status in `success_codes` means the part arrived.

    Args:
        upload_id (str):  Example:
            ezCeGmsWvyLwLjDdw3WNXXfs0EK4GpcHXijP37fP7o1jbdh24IAFEF7New5wYyli.
        part_number (int):  Example: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UploadPartUrl]
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
) -> Error | UploadPartUrl | None:
    """Get the signed URL to send one part to

     Send the part's bytes with `method` to `url`, with the `headers` given and without the API token;
    then collect the response headers named in `report.headers` (the `ETag`) and report them with `POST
    /upload/multipart/{upload_id}/part`. A status in `success_codes` means the part arrived.

    Args:
        upload_id (str):  Example:
            ezCeGmsWvyLwLjDdw3WNXXfs0EK4GpcHXijP37fP7o1jbdh24IAFEF7New5wYyli.
        part_number (int):  Example: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UploadPartUrl
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
) -> Response[Error | UploadPartUrl]:
    """Get the signed URL to send one part to

     Send the part's bytes with `method` to `url`, with the `headers` given and without the API token;
    then collect the response headers named in `report.headers` (the `ETag`) and report them with `POST
    /upload/multipart/{upload_id}/part`. A status in `success_codes` means the part arrived.

    Args:
        upload_id (str):  Example:
            ezCeGmsWvyLwLjDdw3WNXXfs0EK4GpcHXijP37fP7o1jbdh24IAFEF7New5wYyli.
        part_number (int):  Example: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UploadPartUrl]
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
) -> Error | UploadPartUrl | None:
    """Get the signed URL to send one part to

     Send the part's bytes with `method` to `url`, with the `headers` given and without the API token;
    then collect the response headers named in `report.headers` (the `ETag`) and report them with `POST
    /upload/multipart/{upload_id}/part`. A status in `success_codes` means the part arrived.

    Args:
        upload_id (str):  Example:
            ezCeGmsWvyLwLjDdw3WNXXfs0EK4GpcHXijP37fP7o1jbdh24IAFEF7New5wYyli.
        part_number (int):  Example: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UploadPartUrl
    """

    return (
        await asyncio_detailed(
            upload_id=upload_id,
            part_number=part_number,
            client=client,
        )
    ).parsed
