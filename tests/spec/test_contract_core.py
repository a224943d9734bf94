"""Contract for the core areas: every operation of these tags, sent to the emulator, answers as the
spec documents it. An operation the emulator does not route fails here."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from openapi_schema_validator import OAS30Validator
from sevenbridges_emulator import Emulator

from .contract import check_documented, fill_path, operation_id, operations_tagged
from .spec_loader import resolve

COVERED_TAGS = ("endpoints", "rate_limit", "users", "projects", "billing", "invoices")

# Request bodies for the operations that take one.
BODIES: dict[str, Any] = {
    "create_project": {"name": "Contract two"},
    "update_project": {"description": "changed"},
    "add_project_member": {"username": "francis-crick", "permissions": {"read": True}},
    "update_project_member_permissions": {"write": True},
}
# Deletions run last so that the other operations still find their targets.
LAST = ("remove_project_member", "delete_project", "disable_user")


@pytest.fixture(scope="module")
def setup() -> Any:
    with Emulator() as emulator:
        client = httpx.Client(headers={"X-SBG-Auth-Token": emulator.token}, timeout=10)
        base = emulator.url
        group = client.get(f"{base}/billing/groups").json()["items"][0]["id"]
        BODIES["create_project"]["billing_group"] = group
        project = client.post(f"{base}/projects", json={"name": "Contract", "billing_group": group})
        owner, slug = project.json()["id"].split("/")
        client.post(
            f"{base}/projects/{owner}/{slug}/members",
            json={"username": "rfranklin", "permissions": {"read": True}},
        )
        invoice = client.get(f"{base}/billing/invoices").json()["items"][0]["id"]
        params = {"owner": owner, "project": slug, "username": "rfranklin",
                  "billing_group_id": group, "invoice_id": invoice}  # fmt: skip
        yield client, base, params
        client.close()


@pytest.mark.parametrize(
    ("method", "path", "operation"), operations_tagged(COVERED_TAGS, LAST), ids=operation_id
)
def test_operation_answers_as_documented(
    setup: Any, method: str, path: str, operation: dict[str, Any]
) -> None:
    client, base, params = setup
    op_id = operation["operationId"]
    url = fill_path(base, path, params)
    query = {"division": "the-lab"} if op_id == "list_users" else {}
    if op_id == "disable_user":
        url = f"{base}/users/francis-crick"
    response = client.request(method, url, params=query, json=BODIES.get(op_id))
    check_documented(method, path, operation, response)


def test_error_responses_match_the_error_schema(setup: Any) -> None:
    client, base, _ = setup
    error_schema = resolve({"$ref": "#/components/schemas/Error"})
    for url in (
        f"{base}/projects/nobody/nothing",
        f"{base}/users/nobody-here",
        f"{base}/billing/groups/nope",
    ):
        response = client.get(url)
        assert 400 <= response.status_code < 500
        OAS30Validator(error_schema).validate(response.json())
        assert response.json()["status"] == response.status_code
