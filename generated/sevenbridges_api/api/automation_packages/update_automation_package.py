from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automation_package import AutomationPackage
from ...models.automation_package_update import AutomationPackageUpdate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    package_id: str,
    *,
    body: AutomationPackageUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/automation/packages/{package_id}".format(
            package_id=quote(str(package_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutomationPackage | Error | None:
    if response.status_code == 200:
        response_200 = AutomationPackage.from_dict(response.json())

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
) -> Response[AutomationPackage | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationPackageUpdate,
) -> Response[AutomationPackage | Error]:
    """Edit a code package

     Only `custom_url` and `memory_limit` can change. Needs the write permission.

    Args:
        package_id (str):  Example: 65f1c0de2a9b4c0012d3e4f5.
        body (AutomationPackageUpdate): Changes to a code package; fields left out keep their
            value. Example: {'custom_url': 'https://example.org/qc-dashboard'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationPackage | Error]
    """

    kwargs = _get_kwargs(
        package_id=package_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationPackageUpdate,
) -> AutomationPackage | Error | None:
    """Edit a code package

     Only `custom_url` and `memory_limit` can change. Needs the write permission.

    Args:
        package_id (str):  Example: 65f1c0de2a9b4c0012d3e4f5.
        body (AutomationPackageUpdate): Changes to a code package; fields left out keep their
            value. Example: {'custom_url': 'https://example.org/qc-dashboard'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationPackage | Error
    """

    return sync_detailed(
        package_id=package_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationPackageUpdate,
) -> Response[AutomationPackage | Error]:
    """Edit a code package

     Only `custom_url` and `memory_limit` can change. Needs the write permission.

    Args:
        package_id (str):  Example: 65f1c0de2a9b4c0012d3e4f5.
        body (AutomationPackageUpdate): Changes to a code package; fields left out keep their
            value. Example: {'custom_url': 'https://example.org/qc-dashboard'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationPackage | Error]
    """

    kwargs = _get_kwargs(
        package_id=package_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationPackageUpdate,
) -> AutomationPackage | Error | None:
    """Edit a code package

     Only `custom_url` and `memory_limit` can change. Needs the write permission.

    Args:
        package_id (str):  Example: 65f1c0de2a9b4c0012d3e4f5.
        body (AutomationPackageUpdate): Changes to a code package; fields left out keep their
            value. Example: {'custom_url': 'https://example.org/qc-dashboard'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationPackage | Error
    """

    return (
        await asyncio_detailed(
            package_id=package_id,
            client=client,
            body=body,
        )
    ).parsed
