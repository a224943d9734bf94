"""The spec itself: valid OpenAPI 3.0.3, and the conventions the generator depends on."""

from __future__ import annotations

import keyword
import re

import pytest
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from .spec_loader import SPEC_PATH, load_spec, operations, resolve

SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")


def test_spec_is_valid_openapi_3_0_3() -> None:
    spec_dict, _ = read_from_filename(str(SPEC_PATH))
    assert spec_dict["openapi"] == "3.0.3"
    validate(spec_dict)


def test_operation_ids_are_unique_snake_case_and_not_keywords() -> None:
    ids = [op["operationId"] for _, _, op in operations()]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, f"duplicate operationIds (the generator drops them): {duplicates}"
    for op_id in ids:
        assert SNAKE.match(op_id), f"operationId {op_id!r} is not snake_case"
        assert not keyword.iskeyword(op_id), f"operationId {op_id!r} is a Python keyword"


def test_every_operation_has_one_snake_case_tag_and_a_4xx_error() -> None:
    for method, path, op in operations():
        tags = op.get("tags", [])
        assert len(tags) == 1 and SNAKE.match(tags[0]), f"{method} {path}: tags {tags}"
        responses = op["responses"]
        assert "4XX" in responses, f"{method} {path} lacks the 4XX Error response"
        assert "default" not in responses and "5XX" not in responses, f"{method} {path}"
        error = resolve(responses["4XX"])
        assert error["content"]["application/json"]["schema"] == resolve(
            {"$ref": "#/components/schemas/Error"}
        )


def test_query_parameters_have_no_defaults() -> None:
    # A default makes the generator send the parameter on every call.
    for method, path, op in operations():
        item = load_spec()["paths"][path]
        for param in [*item.get("parameters", []), *op.get("parameters", [])]:
            param = resolve(param)
            assert "default" not in param.get("schema", {}), f"{method} {path} {param['name']}"


def test_composite_ids_are_split_into_segments() -> None:
    for _, path, _ in operations():
        assert "{id}" not in path or not path.startswith(
            ("/projects", "/apps", "/storage/volumes")
        ), path
    paths = load_spec()["paths"]
    assert "/projects/{owner}/{project}" in paths


def test_response_models_require_at_most_id_and_href() -> None:
    for name, schema in load_spec()["components"]["schemas"].items():
        if name.endswith(("Create", "Update")):
            continue
        required = set(schema.get("required", []))
        assert required <= {"id", "href"}, f"{name} requires {required}: fields= can drop them"


@pytest.mark.parametrize("name", sorted(load_spec()["components"]["schemas"]))
def test_every_schema_has_an_example_that_validates(name: str) -> None:
    schema = load_spec()["components"]["schemas"][name]
    assert "example" in schema, f"schema {name} has no example"
    resolved = resolve(schema)
    OAS30Validator(resolved).validate(schema["example"])


def test_every_json_response_has_an_example_through_its_schema() -> None:
    for method, path, op in operations():
        for status, response in op["responses"].items():
            response = resolve(response)
            for media in response.get("content", {}).values():
                has_example = "example" in media or "example" in media.get("schema", {})
                assert has_example, f"{method} {path} {status} has no example"
                if "example" in media:
                    OAS30Validator(media["schema"]).validate(media["example"])


EVERY_SUCCESS_HEADERS = (
    "X-RateLimit-Limit",
    "X-RateLimit-Remaining",
    "X-RateLimit-Reset",
    "X-Request-Id",
)


def test_list_responses_document_total_and_rate_limit_headers() -> None:
    # Every 2xx documents the rate-limit headers and the request id (CONTRIBUTING.md says so).
    for method, path, op in operations():
        for status, response in op["responses"].items():
            if not status.startswith("2"):
                continue
            response = resolve(response)
            headers = response.get("headers", {})
            for name in EVERY_SUCCESS_HEADERS:
                assert name in headers, f"{method} {path} {status} does not document {name}"
            if op.get("x-sbg-pagination") == "offset":
                assert "X-Total-Matching-Query" in headers, f"{method} {path}"


def test_vendor_extensions_have_known_values() -> None:
    for method, path, op in operations():
        if "x-sbg-pagination" in op:
            assert op["x-sbg-pagination"] in {"offset", "cont_token", "continuation_token"}, path
        if "x-sbg-advance-access" in op:
            assert op["x-sbg-advance-access"] is True, f"{method} {path}"
        if "x-sbg-bulk-limit" in op:
            assert op["x-sbg-bulk-limit"] == 100, f"{method} {path}"


def test_every_bulk_call_that_takes_items_states_its_limit() -> None:
    bulk_posts = [(m, p, op) for m, p, op in operations() if p.startswith("/bulk/") and m == "POST"]
    assert len(bulk_posts) >= 10
    for method, path, op in bulk_posts:
        assert op.get("x-sbg-bulk-limit") == 100, f"{method} {path} lacks x-sbg-bulk-limit"


def test_paged_lists_say_how_they_page() -> None:
    # A list whose responses carry X-Total-Matching-Query pages by offset; overlay and other
    # languages read x-sbg-pagination to know it.
    for method, path, op in operations():
        ok = resolve(op["responses"].get("200", {}))
        if "X-Total-Matching-Query" in ok.get("headers", {}):
            assert "x-sbg-pagination" in op, f"{method} {path} pages but has no x-sbg-pagination"
