"""A bulk call whose second chunk fails loses no outcome (issue 10): files.bulk_delete of 150 ids,
the second request of 50 answered 500, raises a BulkError holding the 100 answered records and
naming the 50 items whose outcome is unknown.

The server is pytest-httpserver with an answer chosen by the request's body (the chunk holding
ids[100:] fails), so which chunk fails does not depend on which request arrives first: the bulk
engine sends chunks concurrently. The same failure is then planted in the emulator
(``fail_request``), where the deletions really happen.
"""

from __future__ import annotations

import json
import threading

import sevenbridges as sbg
from pytest_httpserver import HTTPServer
from sevenbridges_emulator import Emulator
from werkzeug import Request, Response

from .file_fixtures import seed_file, server_record

IDS = [f"{i:024x}" for i in range(150)]


def test_bulk_delete_whose_second_chunk_fails_loses_no_outcome(httpserver: HTTPServer) -> None:
    received: list[list[str]] = []
    lock = threading.Lock()

    def answer(request: Request) -> Response:
        file_ids = json.loads(request.data)["file_ids"]
        with lock:
            received.append(file_ids)
        if file_ids[0] == IDS[100]:
            error = {"status": 500, "code": 0, "message": "Internal server error"}
            return Response(json.dumps(error), status=500, content_type="application/json")
        items = [
            {"resource": {"id": i, "href": f"{httpserver.url_for('/v2/files/')}{i}", "name": i}}
            for i in file_ids
        ]
        return Response(json.dumps({"items": items}), status=200, content_type="application/json")

    httpserver.expect_request("/v2/bulk/files/delete", method="POST").respond_with_handler(answer)
    api = sbg.Api(url=httpserver.url_for("/v2"), token="t0k3n", error_handlers=[])
    try:
        api.files.bulk_delete(IDS)
    except sbg.BulkError as error:
        failure = error
    else:
        raise AssertionError("a failed chunk must raise BulkError")
    assert sorted(len(chunk) for chunk in received) == [50, 100]
    assert isinstance(failure, sbg.SbgError) and isinstance(failure.cause, sbg.ServerError)
    assert failure.status == 500
    assert len(failure.records) == 150
    answered = failure.records[:100]
    assert all(isinstance(r, sbg.FileBulkRecord) and r.valid for r in answered)
    assert [r.resource.id for r in answered] == IDS[:100]
    assert failure.records[100:] == [None] * 50
    assert failure.unknown == IDS[100:]
    assert failure.not_sent == []
    assert "100 items answered" in str(failure) and "50 with unknown outcome" in str(failure)


def test_on_the_emulator_a_lost_answer_leaves_its_chunk_unknown(
    api: sbg.Api, emulator: Emulator
) -> None:
    # The second bulk delete to arrive is carried out but its answer is lost (a 500): the client
    # cannot know what happened to those items, and says so. Chunks are sent concurrently, so
    # either chunk may be the one that arrives second.
    group = api.billing_groups.query()[0]
    project = api.projects.create(name="bulk-failure", billing_group=group)
    ids = [seed_file(emulator, project.id, f"f{i:03}.txt") for i in range(150)]
    emulator.fail_request("POST", "/bulk/files/delete", nth=2, after_handling=True)
    try:
        api.files.bulk_delete(ids)
    except sbg.BulkError as error:
        failure = error
    else:
        raise AssertionError("a failed chunk must raise BulkError")
    assert failure.unknown in (ids[:100], ids[100:])
    assert failure.not_sent == []
    assert len(failure.records) == 150
    for file_id, record in zip(ids, failure.records, strict=True):
        if file_id in failure.unknown:
            assert record is None
        else:
            assert record is not None and record.valid and record.resource.id == file_id
    # Every item was in fact deleted: the answered ones as their records say, the unknown ones
    # without the client being told.
    assert all(server_record(emulator, file_id) is None for file_id in ids)
