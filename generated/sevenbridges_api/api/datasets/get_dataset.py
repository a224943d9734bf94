from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset import Dataset
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    owner: str,
    dataset: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datasets/{owner}/{dataset}".format(
            owner=quote(str(owner), safe=""),
            dataset=quote(str(dataset), safe=""),
        ),
        "params": params,
    }

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
    fields: str | Unset = UNSET,
) -> Response[Dataset | Error]:
    """Get a dataset

    Args:
        owner (str):  Example: rfranklin.
        dataset (str):  Example: photo-51.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Dataset | Error]
    """

    kwargs = _get_kwargs(
        owner=owner,
        dataset=dataset,
        fields=fields,
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
    fields: str | Unset = UNSET,
) -> Dataset | Error | None:
    """Get a dataset

    Args:
        owner (str):  Example: rfranklin.
        dataset (str):  Example: photo-51.
        fields (str | Unset):  Example: id,name,!metadata.

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
        fields=fields,
    ).parsed


async def asyncio_detailed(
    owner: str,
    dataset: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[Dataset | Error]:
    """Get a dataset

    Args:
        owner (str):  Example: rfranklin.
        dataset (str):  Example: photo-51.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Dataset | Error]
    """

    kwargs = _get_kwargs(
        owner=owner,
        dataset=dataset,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    dataset: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Dataset | Error | None:
    """Get a dataset

    Args:
        owner (str):  Example: rfranklin.
        dataset (str):  Example: photo-51.
        fields (str | Unset):  Example: id,name,!metadata.

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
            fields=fields,
        )
    ).parsed
