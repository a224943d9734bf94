"""Contract for divisions, teams, datasets, markers and feedback: every operation of these tags, sent
to the emulator, answers as the spec documents it. An operation the emulator does not route fails
here."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from openapi_schema_validator import OAS30Validator
from sevenbridges_emulator import Emulator

from .contract import check_documented, fill_path, operation_id, operations_tagged
from .spec_loader import resolve

COVERED_TAGS = ("divisions", "teams", "datasets", "markers", "feedback")

SEED_TEAM = "5ec0a5e0-7ea3-4c0e-9b1a-000000000001"
# Deletions run last so that the other operations still find their targets.
LAST = ("remove_team_member", "remove_dataset_member", "delete_dataset", "delete_marker")


@pytest.fixture(scope="module")
def setup() -> Any:
    with Emulator() as emulator:
        headers = {"X-SBG-Auth-Token": emulator.token, "X-SBG-Advance-Access": "advance"}
        client = httpx.Client(headers=headers, timeout=10)
        base = emulator.url
        with emulator.state.lock:
            group = next(iter(emulator.state.billing_groups))
            project = emulator.state.add_project(emulator.username, "Contract", group)
            bam = emulator.state.files.add_file(
                project_id=project.id, parent_id=None, name="sample.bam", size=10, blob=None
            )
        marker_body = {
            "file": bam.id,
            "name": "BRCA1 exon 11",
            "chromosome": "chr17",
            "position": {"start": 43091434, "end": 43094860},
            "private": True,
        }
        marker = client.post(f"{base}/genome/markers", json=marker_body)
        assert marker.status_code == 201, marker.text
        member = client.post(
            f"{base}/datasets/{emulator.username}/pilot-cohort/members",
            json={"username": "rfranklin", "permissions": {"read": True}},
        )
        assert member.status_code == 201, member.text
        params = {
            "division_id": "the-lab",
            "team_id": SEED_TEAM,
            "owner": emulator.username,
            "dataset": "pilot-cohort",
            "username": "rfranklin",
            "marker_id": marker.json()["id"],
        }
        queries: dict[str, dict[str, str]] = {
            "list_teams": {"division": "the-lab", "_all": "true"},
            "list_markers": {"file": bam.id},
            "list_datasets": {"visibility": "public"},
        }
        bodies: dict[str, Any] = {
            "create_team": {"division": "the-lab", "name": "Contract team"},
            "update_team": {"name": "Renamed team"},
            "add_team_member": {"id": "francis-crick"},
            "update_dataset": {"description": "changed"},
            "add_dataset_member": {"username": "francis-crick", "permissions": {"copy": True}},
            "update_dataset_member_permissions": {"write": True},
            "create_marker": marker_body | {"name": "Second marker", "private": False},
            "update_marker": {"name": "Renamed marker", "position": {"end": 43091534}},
            "send_feedback": {"type": "IDEA", "text": "Contract feedback", "referrer": "tests"},
        }
        yield client, base, params, queries, bodies
        client.close()


@pytest.mark.parametrize(
    ("method", "path", "operation"), operations_tagged(COVERED_TAGS, LAST), ids=operation_id
)
def test_operation_answers_as_documented(
    setup: Any, method: str, path: str, operation: dict[str, Any]
) -> None:
    client, base, params, queries, bodies = setup
    op_id = operation["operationId"]
    body = bodies.get(op_id)
    if "requestBody" in operation:
        # The body sent is one the spec documents, so the emulator is held to the spec's shape.
        schema = resolve(operation["requestBody"])["content"]["application/json"]["schema"]
        OAS30Validator(schema).validate(body)
    url = fill_path(base, path, params)
    response = client.request(method, url, params=queries.get(op_id, {}), json=body)
    check_documented(method, path, operation, response)


def test_every_covered_tag_has_operations() -> None:
    tags = {tag for _, _, op in operations_tagged(COVERED_TAGS) for tag in op["tags"]}
    assert tags == set(COVERED_TAGS)


def test_error_responses_match_the_error_schema(setup: Any) -> None:
    client, base, _, _, _ = setup
    error_schema = resolve({"$ref": "#/components/schemas/Error"})
    for url in (
        f"{base}/divisions/nowhere",
        f"{base}/teams/nope",
        f"{base}/datasets/nobody/nothing",
        f"{base}/genome/markers/{'0' * 24}",
    ):
        response = client.get(url)
        assert 400 <= response.status_code < 500
        OAS30Validator(error_schema).validate(response.json())
        assert response.json()["status"] == response.status_code
