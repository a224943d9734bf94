from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_raw import AppRaw
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    owner: str,
    project: str,
    app_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/apps/{owner}/{project}/{app_name}/raw".format(
            owner=quote(str(owner), safe=""),
            project=quote(str(project), safe=""),
            app_name=quote(str(app_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppRaw | Error | None:
    if response.status_code == 200:
        response_200 = AppRaw.from_dict(response.json())

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
) -> Response[AppRaw | Error]:
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
    *,
    client: AuthenticatedClient | Client,
) -> Response[AppRaw | Error]:
    """Get the raw CWL of the latest revision of an app

    Args:
        owner (str):  Example: rfranklin.
        project (str):  Example: my-project.
        app_name (str):  Example: fastqc.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppRaw | Error]
    """

    kwargs = _get_kwargs(
        owner=owner,
        project=project,
        app_name=app_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    owner: str,
    project: str,
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> AppRaw | Error | None:
    """Get the raw CWL of the latest revision of an app

    Args:
        owner (str):  Example: rfranklin.
        project (str):  Example: my-project.
        app_name (str):  Example: fastqc.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppRaw | Error
    """

    return sync_detailed(
        owner=owner,
        project=project,
        app_name=app_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    owner: str,
    project: str,
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AppRaw | Error]:
    """Get the raw CWL of the latest revision of an app

    Args:
        owner (str):  Example: rfranklin.
        project (str):  Example: my-project.
        app_name (str):  Example: fastqc.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppRaw | Error]
    """

    kwargs = _get_kwargs(
        owner=owner,
        project=project,
        app_name=app_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    project: str,
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> AppRaw | Error | None:
    """Get the raw CWL of the latest revision of an app

    Args:
        owner (str):  Example: rfranklin.
        project (str):  Example: my-project.
        app_name (str):  Example: fastqc.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppRaw | Error
    """

    return (
        await asyncio_detailed(
            owner=owner,
            project=project,
            app_name=app_name,
            client=client,
        )
    ).parsed
