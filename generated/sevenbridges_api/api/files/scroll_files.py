from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.file_list import FileList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    project: str | Unset = UNSET,
    parent: str | Unset = UNSET,
    name: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    origin_task: str | Unset = UNSET,
    dataset: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cont_token: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project"] = project

    params["parent"] = parent

    json_name: list[str] | Unset = UNSET
    if not isinstance(name, Unset):
        json_name = name

    params["name"] = json_name

    json_tag: list[str] | Unset = UNSET
    if not isinstance(tag, Unset):
        json_tag = tag

    params["tag"] = json_tag

    params["origin.task"] = origin_task

    params["dataset"] = dataset

    params["limit"] = limit

    params["cont_token"] = cont_token

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/files/scroll",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FileList | None:
    if response.status_code == 200:
        response_200 = FileList.from_dict(response.json())

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
) -> Response[Error | FileList]:
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
    parent: str | Unset = UNSET,
    name: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    origin_task: str | Unset = UNSET,
    dataset: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cont_token: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | FileList]:
    """List the files of a project or folder by continuation token

     The continuation-token form of `GET /files`: start with `cont_token=init`, then follow the `next`
    link's `href` of each page (it carries the next token) until a page has no `next` link. Backward
    paging is not possible. Metadata filters are not supported here.

    Args:
        project (str | Unset):  Example: rfranklin/my-project.
        parent (str | Unset):  Example: 567890abc4f3066bc3750174.
        name (list[str] | Unset):  Example: ['chr20.intervals'].
        tag (list[str] | Unset):  Example: ['reference'].
        origin_task (str | Unset):  Example: 3f2e3c4b-6f55-4c5e-a4a8-5c7a2c1d0e9f.
        dataset (str | Unset):  Example: rfranklin/my-dataset.
        limit (int | Unset):  Example: 25.
        cont_token (str | Unset):  Example: init.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileList]
    """

    kwargs = _get_kwargs(
        project=project,
        parent=parent,
        name=name,
        tag=tag,
        origin_task=origin_task,
        dataset=dataset,
        limit=limit,
        cont_token=cont_token,
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
    parent: str | Unset = UNSET,
    name: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    origin_task: str | Unset = UNSET,
    dataset: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cont_token: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | FileList | None:
    """List the files of a project or folder by continuation token

     The continuation-token form of `GET /files`: start with `cont_token=init`, then follow the `next`
    link's `href` of each page (it carries the next token) until a page has no `next` link. Backward
    paging is not possible. Metadata filters are not supported here.

    Args:
        project (str | Unset):  Example: rfranklin/my-project.
        parent (str | Unset):  Example: 567890abc4f3066bc3750174.
        name (list[str] | Unset):  Example: ['chr20.intervals'].
        tag (list[str] | Unset):  Example: ['reference'].
        origin_task (str | Unset):  Example: 3f2e3c4b-6f55-4c5e-a4a8-5c7a2c1d0e9f.
        dataset (str | Unset):  Example: rfranklin/my-dataset.
        limit (int | Unset):  Example: 25.
        cont_token (str | Unset):  Example: init.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileList
    """

    return sync_detailed(
        client=client,
        project=project,
        parent=parent,
        name=name,
        tag=tag,
        origin_task=origin_task,
        dataset=dataset,
        limit=limit,
        cont_token=cont_token,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    project: str | Unset = UNSET,
    parent: str | Unset = UNSET,
    name: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    origin_task: str | Unset = UNSET,
    dataset: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cont_token: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | FileList]:
    """List the files of a project or folder by continuation token

     The continuation-token form of `GET /files`: start with `cont_token=init`, then follow the `next`
    link's `href` of each page (it carries the next token) until a page has no `next` link. Backward
    paging is not possible. Metadata filters are not supported here.

    Args:
        project (str | Unset):  Example: rfranklin/my-project.
        parent (str | Unset):  Example: 567890abc4f3066bc3750174.
        name (list[str] | Unset):  Example: ['chr20.intervals'].
        tag (list[str] | Unset):  Example: ['reference'].
        origin_task (str | Unset):  Example: 3f2e3c4b-6f55-4c5e-a4a8-5c7a2c1d0e9f.
        dataset (str | Unset):  Example: rfranklin/my-dataset.
        limit (int | Unset):  Example: 25.
        cont_token (str | Unset):  Example: init.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileList]
    """

    kwargs = _get_kwargs(
        project=project,
        parent=parent,
        name=name,
        tag=tag,
        origin_task=origin_task,
        dataset=dataset,
        limit=limit,
        cont_token=cont_token,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    project: str | Unset = UNSET,
    parent: str | Unset = UNSET,
    name: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    origin_task: str | Unset = UNSET,
    dataset: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cont_token: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | FileList | None:
    """List the files of a project or folder by continuation token

     The continuation-token form of `GET /files`: start with `cont_token=init`, then follow the `next`
    link's `href` of each page (it carries the next token) until a page has no `next` link. Backward
    paging is not possible. Metadata filters are not supported here.

    Args:
        project (str | Unset):  Example: rfranklin/my-project.
        parent (str | Unset):  Example: 567890abc4f3066bc3750174.
        name (list[str] | Unset):  Example: ['chr20.intervals'].
        tag (list[str] | Unset):  Example: ['reference'].
        origin_task (str | Unset):  Example: 3f2e3c4b-6f55-4c5e-a4a8-5c7a2c1d0e9f.
        dataset (str | Unset):  Example: rfranklin/my-dataset.
        limit (int | Unset):  Example: 25.
        cont_token (str | Unset):  Example: init.
        fields (str | Unset):  Example: id,name,!metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileList
    """

    return (
        await asyncio_detailed(
            client=client,
            project=project,
            parent=parent,
            name=name,
            tag=tag,
            origin_task=origin_task,
            dataset=dataset,
            limit=limit,
            cont_token=cont_token,
            fields=fields,
        )
    ).parsed
