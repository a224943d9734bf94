from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_member_create import DatasetMemberCreate
from ...models.error import Error
from ...models.member import Member
from ...types import Response


def _get_kwargs(
    owner: str,
    dataset: str,
    *,
    body: DatasetMemberCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/datasets/{owner}/{dataset}/members".format(
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
) -> Error | Member | None:
    if response.status_code == 201:
        response_201 = Member.from_dict(response.json())

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
) -> Response[Error | Member]:
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
    body: DatasetMemberCreate,
) -> Response[Error | Member]:
    """Add a user to a dataset

     Only the owner or an administrator of the dataset may add members.

    Args:
        owner (str):  Example: rfranklin.
        dataset (str):  Example: photo-51.
        body (DatasetMemberCreate): A new member of a dataset. Example: {'username': 'francis-
            crick', 'permissions': {'read': True, 'copy': True, 'write': False, 'execute': False,
            'admin': False}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Member]
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
    body: DatasetMemberCreate,
) -> Error | Member | None:
    """Add a user to a dataset

     Only the owner or an administrator of the dataset may add members.

    Args:
        owner (str):  Example: rfranklin.
        dataset (str):  Example: photo-51.
        body (DatasetMemberCreate): A new member of a dataset. Example: {'username': 'francis-
            crick', 'permissions': {'read': True, 'copy': True, 'write': False, 'execute': False,
            'admin': False}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Member
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
    body: DatasetMemberCreate,
) -> Response[Error | Member]:
    """Add a user to a dataset

     Only the owner or an administrator of the dataset may add members.

    Args:
        owner (str):  Example: rfranklin.
        dataset (str):  Example: photo-51.
        body (DatasetMemberCreate): A new member of a dataset. Example: {'username': 'francis-
            crick', 'permissions': {'read': True, 'copy': True, 'write': False, 'execute': False,
            'admin': False}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Member]
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
    body: DatasetMemberCreate,
) -> Error | Member | None:
    """Add a user to a dataset

     Only the owner or an administrator of the dataset may add members.

    Args:
        owner (str):  Example: rfranklin.
        dataset (str):  Example: photo-51.
        body (DatasetMemberCreate): A new member of a dataset. Example: {'username': 'francis-
            crick', 'permissions': {'read': True, 'copy': True, 'write': False, 'execute': False,
            'admin': False}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Member
    """

    return (
        await asyncio_detailed(
            owner=owner,
            dataset=dataset,
            client=client,
            body=body,
        )
    ).parsed
