from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_list import AppList
from ...models.app_visibility import AppVisibility
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    project: str | Unset = UNSET,
    visibility: AppVisibility | Unset = UNSET,
    q: str | Unset = UNSET,
    id: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project"] = project

    json_visibility: str | Unset = UNSET
    if not isinstance(visibility, Unset):
        json_visibility = visibility.value

    params["visibility"] = json_visibility

    params["q"] = q

    params["id"] = id

    params["offset"] = offset

    params["limit"] = limit

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/apps",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppList | Error | None:
    if response.status_code == 200:
        response_200 = AppList.from_dict(response.json())

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
) -> Response[AppList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    project: str | Unset = UNSET,
    visibility: AppVisibility | Unset = UNSET,
    q: str | Unset = UNSET,
    id: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[AppList | Error]:
    """List the apps you can see

     Without `project` or `visibility`, the apps of every project you can read. List items hold `href`,
    `id` and `name` unless `fields` asks for more; `raw` is large, so prefer `fields=!raw` to `_all`
    when the CWL is not needed.

    Args:
        project (str | Unset):  Example: rfranklin/my-project.
        visibility (AppVisibility | Unset): Which apps to list. Example: public.
        q (str | Unset):  Example: fastqc.
        id (str | Unset):  Example: rfranklin/my-project/fastqc.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppList | Error]
    """

    kwargs = _get_kwargs(
        project=project,
        visibility=visibility,
        q=q,
        id=id,
        offset=offset,
        limit=limit,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    project: str | Unset = UNSET,
    visibility: AppVisibility | Unset = UNSET,
    q: str | Unset = UNSET,
    id: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> AppList | Error | None:
    """List the apps you can see

     Without `project` or `visibility`, the apps of every project you can read. List items hold `href`,
    `id` and `name` unless `fields` asks for more; `raw` is large, so prefer `fields=!raw` to `_all`
    when the CWL is not needed.

    Args:
        project (str | Unset):  Example: rfranklin/my-project.
        visibility (AppVisibility | Unset): Which apps to list. Example: public.
        q (str | Unset):  Example: fastqc.
        id (str | Unset):  Example: rfranklin/my-project/fastqc.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppList | Error
    """

    return sync_detailed(
        client=client,
        project=project,
        visibility=visibility,
        q=q,
        id=id,
        offset=offset,
        limit=limit,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    project: str | Unset = UNSET,
    visibility: AppVisibility | Unset = UNSET,
    q: str | Unset = UNSET,
    id: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[AppList | Error]:
    """List the apps you can see

     Without `project` or `visibility`, the apps of every project you can read. List items hold `href`,
    `id` and `name` unless `fields` asks for more; `raw` is large, so prefer `fields=!raw` to `_all`
    when the CWL is not needed.

    Args:
        project (str | Unset):  Example: rfranklin/my-project.
        visibility (AppVisibility | Unset): Which apps to list. Example: public.
        q (str | Unset):  Example: fastqc.
        id (str | Unset):  Example: rfranklin/my-project/fastqc.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppList | Error]
    """

    kwargs = _get_kwargs(
        project=project,
        visibility=visibility,
        q=q,
        id=id,
        offset=offset,
        limit=limit,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    project: str | Unset = UNSET,
    visibility: AppVisibility | Unset = UNSET,
    q: str | Unset = UNSET,
    id: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> AppList | Error | None:
    """List the apps you can see

     Without `project` or `visibility`, the apps of every project you can read. List items hold `href`,
    `id` and `name` unless `fields` asks for more; `raw` is large, so prefer `fields=!raw` to `_all`
    when the CWL is not needed.

    Args:
        project (str | Unset):  Example: rfranklin/my-project.
        visibility (AppVisibility | Unset): Which apps to list. Example: public.
        q (str | Unset):  Example: fastqc.
        id (str | Unset):  Example: rfranklin/my-project/fastqc.
        offset (int | Unset):  Example: 0.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            project=project,
            visibility=visibility,
            q=q,
            id=id,
            offset=offset,
            limit=limit,
            fields=fields,
        )
    ).parsed
