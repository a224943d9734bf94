from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset import Dataset
from ...models.dataset_update import DatasetUpdate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    owner: str,
    dataset: str,
    *,
    body: DatasetUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/datasets/{owner}/{dataset}".format(
            owner=quote(str(owner), safe=""),
            dataset=quote(str(dataset), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Dataset | Error | None:
    if response.status_code == 200:
        response_200 = Dataset.from_dict(response.json())

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
) -> Response[Dataset | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    owner: str,
    dataset: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetUpdate,
) -> Response[Dataset | Error]:
    """Edit a dataset

     Only the owner or an administrator of the dataset may edit it; its id cannot change.

    Args:
        owner (str):  Example: rfranklin.
        dataset (str):  Example: photo-51.
        body (DatasetUpdate): Changes to a dataset; fields left out keep their value. Example:
            {'description': 'X-ray diffraction images of B-form DNA fibres.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Dataset | Error]
    """

    kwargs = _get_kwargs(
        owner=owner,
        dataset=dataset,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    owner: str,
    dataset: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetUpdate,
) -> Dataset | Error | None:
    """Edit a dataset

     Only the owner or an administrator of the dataset may edit it; its id cannot change.

    Args:
        owner (str):  Example: rfranklin.
        dataset (str):  Example: photo-51.
        body (DatasetUpdate): Changes to a dataset; fields left out keep their value. Example:
            {'description': 'X-ray diffraction images of B-form DNA fibres.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Dataset | Error
    """

    return sync_detailed(
        owner=owner,
        dataset=dataset,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    owner: str,
    dataset: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetUpdate,
) -> Response[Dataset | Error]:
    """Edit a dataset

     Only the owner or an administrator of the dataset may edit it; its id cannot change.

    Args:
        owner (str):  Example: rfranklin.
        dataset (str):  Example: photo-51.
        body (DatasetUpdate): Changes to a dataset; fields left out keep their value. Example:
            {'description': 'X-ray diffraction images of B-form DNA fibres.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Dataset | Error]
    """

    kwargs = _get_kwargs(
        owner=owner,
        dataset=dataset,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    dataset: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetUpdate,
) -> Dataset | Error | None:
    """Edit a dataset

     Only the owner or an administrator of the dataset may edit it; its id cannot change.

    Args:
        owner (str):  Example: rfranklin.
        dataset (str):  Example: photo-51.
        body (DatasetUpdate): Changes to a dataset; fields left out keep their value. Example:
            {'description': 'X-ray diffraction images of B-form DNA fibres.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Dataset | Error
    """

    return (
        await asyncio_detailed(
            owner=owner,
            dataset=dataset,
            client=client,
            body=body,
        )
    ).parsed
