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
    *,
    body: AppRaw,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apps/{owner}/{project}/{app_name}/raw".format(
            owner=quote(str(owner), safe=""),
            project=quote(str(project), safe=""),
            app_name=quote(str(app_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: AppRaw,
) -> Response[AppRaw | Error]:
    """Install an app from its raw CWL

     Creates the app `owner/project/app_name` (revision 0), or adds the next revision when it exists. The
    body is the CWL document; the server also takes it as YAML with `Content-Type: application/yaml`.
    Needs write permission in the project.

    Args:
        owner (str):  Example: rfranklin.
        project (str):  Example: my-project.
        app_name (str):  Example: fastqc.
        body (AppRaw): An app's CWL document (a `CommandLineTool`, `Workflow` or
            `ExpressionTool`). In responses the Platform adds `sbg:` annotations such as `sbg:id`,
            `sbg:revision`, `sbg:latestRevision` and, for copies, `sbg:copyOf`. Example:
            {'cwlVersion': 'v1.0', 'class': 'CommandLineTool', 'label': 'FastQC', 'baseCommand':
            ['fastqc', '--noextract'], 'inputs': [{'id': 'reads', 'type': 'File[]', 'inputBinding':
            {'position': 2}}], 'outputs': [{'id': 'report', 'type': 'File[]', 'outputBinding':
            {'glob': '*_fastqc.html'}}], 'sbg:id': 'rfranklin/my-project/fastqc/3', 'sbg:revision': 3,
            'sbg:latestRevision': 3}.

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
    *,
    client: AuthenticatedClient | Client,
    body: AppRaw,
) -> AppRaw | Error | None:
    """Install an app from its raw CWL

     Creates the app `owner/project/app_name` (revision 0), or adds the next revision when it exists. The
    body is the CWL document; the server also takes it as YAML with `Content-Type: application/yaml`.
    Needs write permission in the project.

    Args:
        owner (str):  Example: rfranklin.
        project (str):  Example: my-project.
        app_name (str):  Example: fastqc.
        body (AppRaw): An app's CWL document (a `CommandLineTool`, `Workflow` or
            `ExpressionTool`). In responses the Platform adds `sbg:` annotations such as `sbg:id`,
            `sbg:revision`, `sbg:latestRevision` and, for copies, `sbg:copyOf`. Example:
            {'cwlVersion': 'v1.0', 'class': 'CommandLineTool', 'label': 'FastQC', 'baseCommand':
            ['fastqc', '--noextract'], 'inputs': [{'id': 'reads', 'type': 'File[]', 'inputBinding':
            {'position': 2}}], 'outputs': [{'id': 'report', 'type': 'File[]', 'outputBinding':
            {'glob': '*_fastqc.html'}}], 'sbg:id': 'rfranklin/my-project/fastqc/3', 'sbg:revision': 3,
            'sbg:latestRevision': 3}.

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
        body=body,
    ).parsed


async def asyncio_detailed(
    owner: str,
    project: str,
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: AppRaw,
) -> Response[AppRaw | Error]:
    """Install an app from its raw CWL

     Creates the app `owner/project/app_name` (revision 0), or adds the next revision when it exists. The
    body is the CWL document; the server also takes it as YAML with `Content-Type: application/yaml`.
    Needs write permission in the project.

    Args:
        owner (str):  Example: rfranklin.
        project (str):  Example: my-project.
        app_name (str):  Example: fastqc.
        body (AppRaw): An app's CWL document (a `CommandLineTool`, `Workflow` or
            `ExpressionTool`). In responses the Platform adds `sbg:` annotations such as `sbg:id`,
            `sbg:revision`, `sbg:latestRevision` and, for copies, `sbg:copyOf`. Example:
            {'cwlVersion': 'v1.0', 'class': 'CommandLineTool', 'label': 'FastQC', 'baseCommand':
            ['fastqc', '--noextract'], 'inputs': [{'id': 'reads', 'type': 'File[]', 'inputBinding':
            {'position': 2}}], 'outputs': [{'id': 'report', 'type': 'File[]', 'outputBinding':
            {'glob': '*_fastqc.html'}}], 'sbg:id': 'rfranklin/my-project/fastqc/3', 'sbg:revision': 3,
            'sbg:latestRevision': 3}.

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
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    project: str,
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: AppRaw,
) -> AppRaw | Error | None:
    """Install an app from its raw CWL

     Creates the app `owner/project/app_name` (revision 0), or adds the next revision when it exists. The
    body is the CWL document; the server also takes it as YAML with `Content-Type: application/yaml`.
    Needs write permission in the project.

    Args:
        owner (str):  Example: rfranklin.
        project (str):  Example: my-project.
        app_name (str):  Example: fastqc.
        body (AppRaw): An app's CWL document (a `CommandLineTool`, `Workflow` or
            `ExpressionTool`). In responses the Platform adds `sbg:` annotations such as `sbg:id`,
            `sbg:revision`, `sbg:latestRevision` and, for copies, `sbg:copyOf`. Example:
            {'cwlVersion': 'v1.0', 'class': 'CommandLineTool', 'label': 'FastQC', 'baseCommand':
            ['fastqc', '--noextract'], 'inputs': [{'id': 'reads', 'type': 'File[]', 'inputBinding':
            {'position': 2}}], 'outputs': [{'id': 'report', 'type': 'File[]', 'outputBinding':
            {'glob': '*_fastqc.html'}}], 'sbg:id': 'rfranklin/my-project/fastqc/3', 'sbg:revision': 3,
            'sbg:latestRevision': 3}.

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
            body=body,
        )
    ).parsed
