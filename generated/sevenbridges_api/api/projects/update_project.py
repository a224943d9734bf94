from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.project import Project
from ...models.project_update import ProjectUpdate
from ...types import Response


def _get_kwargs(
    owner: str,
    project: str,
    *,
    body: ProjectUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/projects/{owner}/{project}".format(
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
) -> Error | Project | None:
    if response.status_code == 200:
        response_200 = Project.from_dict(response.json())

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
) -> Response[Error | Project]:
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
    body: ProjectUpdate,
) -> Response[Error | Project]:
    """Edit a project

     The project's short name (the second part of its id) cannot change.

    Args:
        owner (str):  Example: rfranklin.
        project (str):  Example: my-project.
        body (ProjectUpdate): Changes to a project; fields left out keep their value. Example:
            {'description': 'Re-described', 'settings': {'locked': True}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Project]
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
    body: ProjectUpdate,
) -> Error | Project | None:
    """Edit a project

     The project's short name (the second part of its id) cannot change.

    Args:
        owner (str):  Example: rfranklin.
        project (str):  Example: my-project.
        body (ProjectUpdate): Changes to a project; fields left out keep their value. Example:
            {'description': 'Re-described', 'settings': {'locked': True}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Project
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
    body: ProjectUpdate,
) -> Response[Error | Project]:
    """Edit a project

     The project's short name (the second part of its id) cannot change.

    Args:
        owner (str):  Example: rfranklin.
        project (str):  Example: my-project.
        body (ProjectUpdate): Changes to a project; fields left out keep their value. Example:
            {'description': 'Re-described', 'settings': {'locked': True}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Project]
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
    body: ProjectUpdate,
) -> Error | Project | None:
    """Edit a project

     The project's short name (the second part of its id) cannot change.

    Args:
        owner (str):  Example: rfranklin.
        project (str):  Example: my-project.
        body (ProjectUpdate): Changes to a project; fields left out keep their value. Example:
            {'description': 'Re-described', 'settings': {'locked': True}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Project
    """

    return (
        await asyncio_detailed(
            owner=owner,
            project=project,
            client=client,
            body=body,
        )
    ).parsed
