from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.member import Member
from ...models.member_create import MemberCreate
from ...types import Response


def _get_kwargs(
    owner: str,
    project: str,
    *,
    body: MemberCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projects/{owner}/{project}/members".format(
            owner=quote(str(owner), safe=""),
            project=quote(str(project), safe=""),
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
    project: str,
    *,
    client: AuthenticatedClient | Client,
    body: MemberCreate,
) -> Response[Error | Member]:
    """Add a member to a project

     Add a user (by `username` or `email`), or an Enterprise team or division (by `id` and `type`).

    Args:
        owner (str):  Example: rfranklin.
        project (str):  Example: my-project.
        body (MemberCreate): A new member: a user by `username` or `email`, or a team or division
            by `id` with `type`. Example: {'username': 'francis-crick', 'permissions': {'read': True,
            'copy': True, 'write': False, 'execute': False, 'admin': False}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Member]
    """

    kwargs = _get_kwargs(
        owner=owner,
        project=project,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    owner: str,
    project: str,
    *,
    client: AuthenticatedClient | Client,
    body: MemberCreate,
) -> Error | Member | None:
    """Add a member to a project

     Add a user (by `username` or `email`), or an Enterprise team or division (by `id` and `type`).

    Args:
        owner (str):  Example: rfranklin.
        project (str):  Example: my-project.
        body (MemberCreate): A new member: a user by `username` or `email`, or a team or division
            by `id` with `type`. Example: {'username': 'francis-crick', 'permissions': {'read': True,
            'copy': True, 'write': False, 'execute': False, 'admin': False}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Member
    """

    return sync_detailed(
        owner=owner,
        project=project,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    owner: str,
    project: str,
    *,
    client: AuthenticatedClient | Client,
    body: MemberCreate,
) -> Response[Error | Member]:
    """Add a member to a project

     Add a user (by `username` or `email`), or an Enterprise team or division (by `id` and `type`).

    Args:
        owner (str):  Example: rfranklin.
        project (str):  Example: my-project.
        body (MemberCreate): A new member: a user by `username` or `email`, or a team or division
            by `id` with `type`. Example: {'username': 'francis-crick', 'permissions': {'read': True,
            'copy': True, 'write': False, 'execute': False, 'admin': False}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Member]
    """

    kwargs = _get_kwargs(
        owner=owner,
        project=project,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    project: str,
    *,
    client: AuthenticatedClient | Client,
    body: MemberCreate,
) -> Error | Member | None:
    """Add a member to a project

     Add a user (by `username` or `email`), or an Enterprise team or division (by `id` and `type`).

    Args:
        owner (str):  Example: rfranklin.
        project (str):  Example: my-project.
        body (MemberCreate): A new member: a user by `username` or `email`, or a team or division
            by `id` with `type`. Example: {'username': 'francis-crick', 'permissions': {'read': True,
            'copy': True, 'write': False, 'execute': False, 'admin': False}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Member
    """

    return (
        await asyncio_detailed(
            owner=owner,
            project=project,
            client=client,
            body=body,
        )
    ).parsed
