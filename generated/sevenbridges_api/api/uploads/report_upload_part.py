from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.upload_part import UploadPart
from ...types import Response


def _get_kwargs(
    upload_id: str,
    *,
    body: UploadPart,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/upload/multipart/{upload_id}/part".format(
            upload_id=quote(str(upload_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error]:
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
    body: UploadPart,
) -> Response[Any | Error]:
    """Report a part as sent

     Pass on the headers the storage answered with (the `ETag`, verbatim, quotes included). An invalid
    report gives 8014. The server also accepts this path with a trailing slash.

    Args:
        upload_id (str):  Example:
            ezCeGmsWvyLwLjDdw3WNXXfs0EK4GpcHXijP37fP7o1jbdh24IAFEF7New5wYyli.
        body (UploadPart): A part that was sent, as reported to the server and listed in an
            upload's `parts`. Example: {'part_number': 1, 'response': {'headers': {'ETag':
            '"43a5e127340f2b6602badfdebe610f30"'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
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
    body: UploadPart,
) -> Any | Error | None:
    """Report a part as sent

     Pass on the headers the storage answered with (the `ETag`, verbatim, quotes included). An invalid
    report gives 8014. The server also accepts this path with a trailing slash.

    Args:
        upload_id (str):  Example:
            ezCeGmsWvyLwLjDdw3WNXXfs0EK4GpcHXijP37fP7o1jbdh24IAFEF7New5wYyli.
        body (UploadPart): A part that was sent, as reported to the server and listed in an
            upload's `parts`. Example: {'part_number': 1, 'response': {'headers': {'ETag':
            '"43a5e127340f2b6602badfdebe610f30"'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
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
    body: UploadPart,
) -> Response[Any | Error]:
    """Report a part as sent

     Pass on the headers the storage answered with (the `ETag`, verbatim, quotes included). An invalid
    report gives 8014. The server also accepts this path with a trailing slash.

    Args:
        upload_id (str):  Example:
            ezCeGmsWvyLwLjDdw3WNXXfs0EK4GpcHXijP37fP7o1jbdh24IAFEF7New5wYyli.
        body (UploadPart): A part that was sent, as reported to the server and listed in an
            upload's `parts`. Example: {'part_number': 1, 'response': {'headers': {'ETag':
            '"43a5e127340f2b6602badfdebe610f30"'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
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
    body: UploadPart,
) -> Any | Error | None:
    """Report a part as sent

     Pass on the headers the storage answered with (the `ETag`, verbatim, quotes included). An invalid
    report gives 8014. The server also accepts this path with a trailing slash.

    Args:
        upload_id (str):  Example:
            ezCeGmsWvyLwLjDdw3WNXXfs0EK4GpcHXijP37fP7o1jbdh24IAFEF7New5wYyli.
        body (UploadPart): A part that was sent, as reported to the server and listed in an
            upload's `parts`. Example: {'part_number': 1, 'response': {'headers': {'ETag':
            '"43a5e127340f2b6602badfdebe610f30"'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            upload_id=upload_id,
            client=client,
            body=body,
        )
    ).parsed
