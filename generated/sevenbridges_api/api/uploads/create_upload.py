from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.upload import Upload
from ...models.upload_create import UploadCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: UploadCreate,
    overwrite: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["overwrite"] = overwrite

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/upload/multipart",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Upload | None:
    if response.status_code == 200:
        response_200 = Upload.from_dict(response.json())

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
) -> Response[Error | Upload]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadCreate,
    overwrite: bool | Unset = UNSET,
) -> Response[Error | Upload]:
    """Start a multipart upload

     Starts the upload of one file to the root of a project (`project`) or into a folder (`parent`); give
    exactly one of them. The server may answer with a `part_size` other than the one asked for (when it
    was left out or does not suit the storage); upload parts of the answered size. Parts are 5 MiB to 5
    GiB (the last may be smaller), at most 10,000 of them, at most 5 TiB in all; a zero-byte file is one
    empty part. A file of that name already in place is refused unless `overwrite=true`, which deletes
    it and creates the new one in its place.

    Args:
        overwrite (bool | Unset):  Example: False.
        body (UploadCreate): A new multipart upload to the root of `project` or into the folder
            `parent` (one of the two). Example: {'project': 'RFranklin/my-project', 'name':
            'CanFam3.1.dna_rm.toplevel.fa.gz', 'part_size': 5242880, 'size': 433759572}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Upload]
    """

    kwargs = _get_kwargs(
        body=body,
        overwrite=overwrite,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UploadCreate,
    overwrite: bool | Unset = UNSET,
) -> Error | Upload | None:
    """Start a multipart upload

     Starts the upload of one file to the root of a project (`project`) or into a folder (`parent`); give
    exactly one of them. The server may answer with a `part_size` other than the one asked for (when it
    was left out or does not suit the storage); upload parts of the answered size. Parts are 5 MiB to 5
    GiB (the last may be smaller), at most 10,000 of them, at most 5 TiB in all; a zero-byte file is one
    empty part. A file of that name already in place is refused unless `overwrite=true`, which deletes
    it and creates the new one in its place.

    Args:
        overwrite (bool | Unset):  Example: False.
        body (UploadCreate): A new multipart upload to the root of `project` or into the folder
            `parent` (one of the two). Example: {'project': 'RFranklin/my-project', 'name':
            'CanFam3.1.dna_rm.toplevel.fa.gz', 'part_size': 5242880, 'size': 433759572}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Upload
    """

    return sync_detailed(
        client=client,
        body=body,
        overwrite=overwrite,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadCreate,
    overwrite: bool | Unset = UNSET,
) -> Response[Error | Upload]:
    """Start a multipart upload

     Starts the upload of one file to the root of a project (`project`) or into a folder (`parent`); give
    exactly one of them. The server may answer with a `part_size` other than the one asked for (when it
    was left out or does not suit the storage); upload parts of the answered size. Parts are 5 MiB to 5
    GiB (the last may be smaller), at most 10,000 of them, at most 5 TiB in all; a zero-byte file is one
    empty part. A file of that name already in place is refused unless `overwrite=true`, which deletes
    it and creates the new one in its place.

    Args:
        overwrite (bool | Unset):  Example: False.
        body (UploadCreate): A new multipart upload to the root of `project` or into the folder
            `parent` (one of the two). Example: {'project': 'RFranklin/my-project', 'name':
            'CanFam3.1.dna_rm.toplevel.fa.gz', 'part_size': 5242880, 'size': 433759572}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Upload]
    """

    kwargs = _get_kwargs(
        body=body,
        overwrite=overwrite,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UploadCreate,
    overwrite: bool | Unset = UNSET,
) -> Error | Upload | None:
    """Start a multipart upload

     Starts the upload of one file to the root of a project (`project`) or into a folder (`parent`); give
    exactly one of them. The server may answer with a `part_size` other than the one asked for (when it
    was left out or does not suit the storage); upload parts of the answered size. Parts are 5 MiB to 5
    GiB (the last may be smaller), at most 10,000 of them, at most 5 TiB in all; a zero-byte file is one
    empty part. A file of that name already in place is refused unless `overwrite=true`, which deletes
    it and creates the new one in its place.

    Args:
        overwrite (bool | Unset):  Example: False.
        body (UploadCreate): A new multipart upload to the root of `project` or into the folder
            `parent` (one of the two). Example: {'project': 'RFranklin/my-project', 'name':
            'CanFam3.1.dna_rm.toplevel.fa.gz', 'part_size': 5242880, 'size': 433759572}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Upload
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            overwrite=overwrite,
        )
    ).parsed
