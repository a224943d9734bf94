from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app import App
from ...models.app_copy import AppCopy
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    owner: str,
    project: str,
    app_name: str,
    revision: int,
    *,
    body: AppCopy,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apps/{owner}/{project}/{app_name}/{revision}/actions/copy".format(
            owner=quote(str(owner), safe=""),
            project=quote(str(project), safe=""),
            app_name=quote(str(app_name), safe=""),
            revision=quote(str(revision), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> App | Error | None:
    if response.status_code == 200:
        response_200 = App.from_dict(response.json())

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
) -> Response[App | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    owner: str,
    project: str,
    app_name: str,
    revision: int,
    *,
    client: AuthenticatedClient | Client,
    body: AppCopy,
) -> Response[App | Error]:
    """Copy an app, up to one revision, to a project

    Args:
        owner (str):  Example: rfranklin.
        project (str):  Example: my-project.
        app_name (str):  Example: fastqc.
        revision (int):  Example: 3.
        body (AppCopy): Where to copy an app; `project` (`owner/project`) is required by the
            server. Example: {'project': 'rfranklin/my-project', 'name': 'FastQC copy', 'strategy':
            'clone'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[App | Error]
    """

    kwargs = _get_kwargs(
        owner=owner,
        project=project,
        app_name=app_name,
        revision=revision,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    owner: str,
    project: str,
    app_name: str,
    revision: int,
    *,
    client: AuthenticatedClient | Client,
    body: AppCopy,
) -> App | Error | None:
    """Copy an app, up to one revision, to a project

    Args:
        owner (str):  Example: rfranklin.
        project (str):  Example: my-project.
        app_name (str):  Example: fastqc.
        revision (int):  Example: 3.
        body (AppCopy): Where to copy an app; `project` (`owner/project`) is required by the
            server. Example: {'project': 'rfranklin/my-project', 'name': 'FastQC copy', 'strategy':
            'clone'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        App | Error
    """

    return sync_detailed(
        owner=owner,
        project=project,
        app_name=app_name,
        revision=revision,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    owner: str,
    project: str,
    app_name: str,
    revision: int,
    *,
    client: AuthenticatedClient | Client,
    body: AppCopy,
) -> Response[App | Error]:
    """Copy an app, up to one revision, to a project

    Args:
        owner (str):  Example: rfranklin.
        project (str):  Example: my-project.
        app_name (str):  Example: fastqc.
        revision (int):  Example: 3.
        body (AppCopy): Where to copy an app; `project` (`owner/project`) is required by the
            server. Example: {'project': 'rfranklin/my-project', 'name': 'FastQC copy', 'strategy':
            'clone'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[App | Error]
    """

    kwargs = _get_kwargs(
        owner=owner,
        project=project,
        app_name=app_name,
        revision=revision,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    project: str,
    app_name: str,
    revision: int,
    *,
    client: AuthenticatedClient | Client,
    body: AppCopy,
) -> App | Error | None:
    """Copy an app, up to one revision, to a project

    Args:
        owner (str):  Example: rfranklin.
        project (str):  Example: my-project.
        app_name (str):  Example: fastqc.
        revision (int):  Example: 3.
        body (AppCopy): Where to copy an app; `project` (`owner/project`) is required by the
            server. Example: {'project': 'rfranklin/my-project', 'name': 'FastQC copy', 'strategy':
            'clone'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        App | Error
    """

    return (
        await asyncio_detailed(
            owner=owner,
            project=project,
            app_name=app_name,
            revision=revision,
            client=client,
            body=body,
        )
    ).parsed
