"""api.volumes over the emulator: every create_* variant, query/get/save/delete, listing by
continuation token, object info, members, and credentials kept out of reprs, logs and errors."""

from __future__ import annotations

import logging
import time
from typing import Any

import pytest
import sevenbridges as sbg
from sevenbridges_emulator import Emulator

from .file_fixtures import Recorder
from .storage_fixtures import ACCESS_KEY_ID, SECRET_KEY, fill_bucket, s3_volume

PEM = "-----BEGIN PRIVATE KEY-----\nMIIEvQ-not-a-real-key-SECRET\n-----END PRIVATE KEY-----\n"


def _create_body(recorder: Recorder) -> Any:
    (sent,) = recorder.calls("POST", "/storage/volumes")
    return sent.body


def test_create_s3_volume_sends_every_argument(api: sbg.Api) -> None:
    recorder = Recorder(api)
    volume = api.volumes.create_s3_volume(
        "runs", "lab-bucket", ACCESS_KEY_ID, SECRET_KEY, "RW",
        description="Sequencing runs", prefix="runs/",
        properties={"sse_algorithm": "AES256"}, endpoint="s3.eu-west-1.amazonaws.com",
    )  # fmt: skip
    assert _create_body(recorder) == {
        "name": "runs",
        "access_mode": "RW",
        "description": "Sequencing runs",
        "service": {
            "type": "S3",
            "bucket": "lab-bucket",
            "credentials": {"access_key_id": ACCESS_KEY_ID, "secret_access_key": SECRET_KEY},
            "endpoint": "s3.eu-west-1.amazonaws.com",
            "prefix": "runs/",
            "properties": {"sse_algorithm": "AES256"},
        },
    }
    assert volume.id == "john_doe/runs"
    assert volume.access_mode == sbg.VolumeAccessMode.READ_WRITE
    assert volume.service["type"] == sbg.VolumeType.S3
    assert volume.service["prefix"] == "runs/"
    assert volume.service["credentials"] == {"access_key_id": ACCESS_KEY_ID}


def test_create_every_other_kind(api: sbg.Api) -> None:
    recorder = Recorder(api)
    role = api.volumes.create_s3_volume_role_auth(
        "by_role", "lab-bucket", "arn:aws:iam::123456789012:role/sbg", "ext-id-77", "RO",
        prefix="in/",
    )  # fmt: skip
    google = api.volumes.create_google_volume(
        "gcs", "gbucket", "sa@proj.iam.gserviceaccount.com", PEM, "RW", description="g",
        root_url="https://storage.example.org",
    )  # fmt: skip
    iam = api.volumes.create_google_iam_volume(
        "gcs_iam", "gbucket", {"type": "external_account", "audience": "x"}, "RO"
    )
    oss = api.volumes.create_oss_volume(
        "ali", "abucket", "oss-cn-hangzhou.aliyuncs.com", "LTAI5t", "oss-secret", "RO",
        properties={"k": "v"},
    )  # fmt: skip
    services = [call.body["service"] for call in recorder.calls("POST", "/storage/volumes")]
    assert services[0]["credentials"] == {
        "role_arn": "arn:aws:iam::123456789012:role/sbg",
        "external_id": "ext-id-77",
    }
    assert services[1] == {
        "type": "GCS", "bucket": "gbucket", "root_url": "https://storage.example.org",
        "credentials": {"client_email": "sa@proj.iam.gserviceaccount.com", "private_key": PEM},
    }  # fmt: skip
    assert services[2]["credentials"] == {
        "configuration": {"type": "external_account", "audience": "x"}
    }
    assert services[3] == {
        "type": "OSS", "endpoint": "oss-cn-hangzhou.aliyuncs.com", "bucket": "abucket",
        "credentials": {"access_key_id": "LTAI5t", "secret_access_key": "oss-secret"},
        "properties": {"k": "v"},
    }  # fmt: skip
    assert [v.service["type"] for v in (role, google, iam, oss)] == ["S3", "GCS", "GCS", "OSS"]
    assert role.access_mode == "RO" and google.description == "g"
    assert "private_key" not in google.service["credentials"]


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda api: s3_volume(api, name="has space"), "has space"),
        (lambda api: s3_volume(api, name="x" * 33), "32"),
        (lambda api: s3_volume(api, access_mode="RX"), "RX"),
        (lambda api: api.volumes.create_s3_volume("v", "", "A", "S", "RW"), "bucket"),
        (
            lambda api: api.volumes.create_s3_volume("v", "b", "A", "S", "RW", properties=[1]),
            "properties",
        ),
        (
            lambda api: api.volumes.create_google_iam_volume("v", "b", "json-text", "RO"),
            "configuration",
        ),
        (
            lambda api: api.volumes.create_oss_volume("v", "b", "e", "A", "S", "RW"),
            "read-only",
        ),
        (lambda api: api.volumes.create_s3_volume_role_auth("v", "b", "", "e", "RO"), "role_arn"),
        (lambda api: api.volumes.get("no-owner"), "owner/volume"),
        (lambda api: api.volumes.get("a/../b"), "owner/volume"),
        (lambda api: api.volumes.query(limit=500), "500"),
    ],
)
def test_bad_arguments_fail_before_any_request(api: sbg.Api, call: Any, match: str) -> None:
    recorder = Recorder(api)
    with pytest.raises(sbg.ValidationError, match=match):
        call(api)
    assert recorder.sent == []


def test_credentials_never_in_repr_logs_or_errors(
    api: sbg.Api, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    volume = s3_volume(api)
    shown = [repr(volume), str(volume), repr(volume.to_dict()), repr(volume.service)]
    # The same name again: the server refuses it, and the error says nothing of the secret.
    with pytest.raises(sbg.Conflict) as conflict:
        s3_volume(api)
    shown += [str(conflict.value), repr(conflict.value)]
    # A secret of the wrong type is named by its type only.
    with pytest.raises(sbg.ValidationError) as wrong_type:
        api.volumes.create_s3_volume("v2", "b", ACCESS_KEY_ID, SECRET_KEY.encode(), "RW")
    with pytest.raises(sbg.ValidationError) as gcs:
        api.volumes.create_google_volume("v3", "b", "sa@x", b"-----BEGIN PRIVATE KEY-----", "RW")
    shown += [str(wrong_type.value), repr(wrong_type.value), str(gcs.value)]
    assert "bytes" in str(wrong_type.value)
    # New credentials saved: sent to the API, shown nowhere.
    volume.service["credentials"] = {"access_key_id": "AKIA2", "secret_access_key": "NEW-SECRET-9"}
    volume.save()
    shown += [repr(volume), repr(volume.service), repr(volume.to_dict())]
    assert volume.service["credentials"] == {"access_key_id": "AKIA2"}
    text = "\n".join([*shown, caplog.text])
    for secret in (SECRET_KEY, "NEW-SECRET-9", "BEGIN PRIVATE KEY"):
        assert secret not in text


def test_query_get_save_and_delete(api: sbg.Api) -> None:
    volume = s3_volume(api)
    assert [v.id for v in api.volumes.query().all()] == [volume.id]
    fetched = api.volumes.get(volume.id)
    assert fetched == volume and api.volumes.get(fetched) == volume
    recorder = Recorder(api)
    fetched.description = "raw reads"
    fetched.access_mode = "RO"
    fetched.save()
    (patch,) = recorder.calls("PATCH")
    assert patch.body == {"description": "raw reads", "access_mode": "RO"}
    assert api.volumes.get(volume.id).access_mode == "RO"
    fetched.access_mode = "WRITE-ONLY"
    with pytest.raises(sbg.ValidationError, match="WRITE-ONLY"):
        fetched.save()
    with pytest.raises(sbg.ReadOnlyPropertyError):
        fetched.name = "renamed"
    fetched.reload()
    with pytest.raises(sbg.ResourceNotModified):
        fetched.save()
    with pytest.raises(sbg.BadRequest, match="deactivate"):
        fetched.delete()  # the API deletes only deactivated volumes
    sent = len(recorder.sent)
    fetched.active = "no"
    with pytest.raises(sbg.ValidationError, match="active"):
        fetched.save()
    fetched.reload()
    fetched.description = 42
    with pytest.raises(sbg.ValidationError, match="description"):
        fetched.save()
    assert len(recorder.sent) == sent + 1  # the reload only
    fetched.reload()
    fetched.active = False
    fetched.save()
    fetched.delete()
    with pytest.raises(sbg.NotFound):
        api.volumes.get(volume.id)


def test_save_sends_only_the_service_keys_changed(api: sbg.Api) -> None:
    volume = api.volumes.create_s3_volume(
        "props", "b", ACCESS_KEY_ID, SECRET_KEY, "RW", properties={"sse_algorithm": "AES256"}
    )
    recorder = Recorder(api)
    volume.service["properties"]["aws_storage_class"] = "STANDARD_IA"
    volume.save()
    (patch,) = recorder.calls("PATCH")
    assert patch.body == {
        "service": {"properties": {"sse_algorithm": "AES256", "aws_storage_class": "STANDARD_IA"}}
    }
    assert volume.service["properties"]["aws_storage_class"] == "STANDARD_IA"
    volume.service["credentials"] = "not-a-dict"
    with pytest.raises(sbg.ValidationError, match="credentials"):
        volume.save()
    assert len(recorder.sent) == 1


def test_list_follows_continuation_tokens_lazily(api: sbg.Api, emulator: Emulator) -> None:
    volume = s3_volume(api)
    objects = {f"sample_{i}.fq": b"ACGT" * i for i in range(7)}
    objects |= {"reads/a.fq": b"A", "reads/b.fq": b"B", "runs/2024/x.bam": b"X"}
    fill_bucket(emulator, volume, objects)
    api.concurrency = sbg.Concurrency(pages=1)  # one page at a time (prefetch: the next test)
    recorder = Recorder(api)
    page = volume.list(limit=3)
    assert isinstance(page, sbg.VolumeCollection)
    assert [o.location for o in page] == ["sample_0.fq"]
    assert [p.prefix for p in page.prefixes] == ["reads/", "runs/"]
    assert page.total is None
    with pytest.raises(sbg.PaginationError):
        page.previous_page()
    assert len(recorder.sent) == 1
    walker = page.all()
    assert next(walker).location == "sample_0.fq"
    assert len(recorder.sent) == 1  # the next page is fetched only when it is reached
    rest = [o.location for o in walker]
    assert rest == [f"sample_{i}.fq" for i in range(1, 7)]
    assert len(recorder.sent) == 3
    tokens = [call.param("continuation_token") for call in recorder.sent]
    assert tokens[0] == [] and all(t for t in tokens[1:])
    assert [call.param("limit") for call in recorder.sent] == [["3"]] * 3
    assert [p.prefix for p in volume.list(limit=1).all_prefixes()] == ["reads/", "runs/"]
    under = volume.list(prefix="reads/")
    assert [(o.location, o.volume) for o in under] == [
        ("reads/a.fq", volume.id), ("reads/b.fq", volume.id),
    ]  # fmt: skip
    assert under.prefixes == [] and not under.has_next_page()
    with pytest.raises(sbg.PaginationError):
        under.next_page()
    with pytest.raises(sbg.ValidationError, match="limit"):
        volume.list(limit=101)
    with pytest.raises(sbg.ValidationError, match="prefix"):
        volume.list(prefix=7)  # type: ignore[arg-type]


def test_list_all_fetches_the_next_page_ahead_in_order(api: sbg.Api, emulator: Emulator) -> None:
    volume = s3_volume(api)
    fill_bucket(emulator, volume, {f"sample_{i}.fq": b"ACGT" for i in range(8)})
    recorder = Recorder(api)
    walker = volume.list(limit=3).all()
    assert next(walker).location == "sample_0.fq"
    # While the caller holds an object of the first page, the second is already asked for.
    deadline = time.monotonic() + 30
    while len(recorder.sent) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(recorder.sent) == 2
    assert [o.location for o in walker] == [f"sample_{i}.fq" for i in range(1, 8)]
    assert len(recorder.sent) == 3


def test_object_info(api: sbg.Api, emulator: Emulator) -> None:
    volume = s3_volume(api)
    fill_bucket(emulator, volume, {"reads/a.fq": b"ACGT"})
    info = volume.get_volume_object_info("reads/a.fq")
    assert isinstance(info, sbg.VolumeObject)
    assert (info.location, info.volume, info.type) == ("reads/a.fq", volume.id, "s3")
    assert info.metadata["size"] == 4
    listed = volume.list(prefix="reads/", fields="href,location")[0]
    assert listed.metadata["size"] == 4  # a partial item fetches the rest once
    with pytest.raises(sbg.NotFound):
        volume.get_volume_object_info("reads/missing.fq")
    recorder = Recorder(api)
    for bad in ("", "/reads/a.fq", "../other/a.fq", "reads/../../x", None):
        with pytest.raises(sbg.ValidationError):
            volume.get_volume_object_info(bad)  # type: ignore[arg-type]
    assert recorder.sent == []


def test_members_with_volume_permissions(api: sbg.Api) -> None:
    volume = s3_volume(api)
    assert [(m.username, m.permissions["admin"]) for m in volume.get_members()] == [
        ("john_doe", True)
    ]
    member = volume.add_member("rfranklin", permissions={"write": True})
    assert dict(member.permissions) == {"read": True, "copy": False, "write": True, "admin": False}
    member.permissions["copy"] = True
    member.save()
    assert volume.get_member("rfranklin").permissions["copy"] is True
    team = volume.add_member_team(
        "5ec0a5e0-7ea3-4c0e-9b1a-000000000001", permissions={"read": True}
    )
    division = volume.add_member_division("the-lab", permissions={"read": True})
    assert (team.type, division.type) == ("TEAM", "DIVISION")
    assert len(list(volume.get_members().all())) == 4
    volume.remove_member("rfranklin")
    with pytest.raises(sbg.NotFound):
        volume.get_member("rfranklin")
    with pytest.raises(sbg.Conflict):
        volume.add_member("john_doe", permissions={"read": True})
    recorder = Recorder(api)
    with pytest.raises(sbg.ValidationError, match="execute"):
        volume.add_member("francis-crick", permissions={"execute": True})
    with pytest.raises(sbg.ValidationError, match="e-mail"):
        volume.add_member_email("francis.crick@example.org")
    assert recorder.sent == []


def test_create_azure_volume_with_either_kind_of_credentials(api: sbg.Api) -> None:
    recorder = Recorder(api)
    by_sas = api.volumes.create_azure_volume(
        "az_sas", "labstorage", "data", sas="sv=2022-11-02&sig=SECRETSIG", prefix="runs/"
    )
    by_app = api.volumes.create_azure_volume(
        "az_app", "labstorage", "data", "RO", tenant_id="t-1", client_id="c-1",
        client_secret="app-secret", endpoint="https://labstorage.blob.core.windows.net",
        properties={"resource_id": "/subscriptions/1/rg/lab"},
    )  # fmt: skip
    services = [call.body["service"] for call in recorder.calls("POST", "/storage/volumes")]
    assert services == [
        {
            "type": "AZURE", "storage_account": "labstorage", "container": "data",
            "credentials": {"sas": "sv=2022-11-02&sig=SECRETSIG"}, "prefix": "runs/",
        },
        {
            "type": "AZURE", "storage_account": "labstorage", "container": "data",
            "credentials": {"tenant_id": "t-1", "client_id": "c-1", "client_secret": "app-secret"},
            "endpoint": "https://labstorage.blob.core.windows.net",
            "properties": {"resource_id": "/subscriptions/1/rg/lab"},
        },
    ]  # fmt: skip
    assert [v.service["type"] for v in (by_sas, by_app)] == ["AZURE", "AZURE"]
    assert by_sas.access_mode == "RO" and by_app.service["container"] == "data"
    shown = repr([by_sas.to_dict(), by_app.to_dict(), by_sas, by_app])
    assert "SECRETSIG" not in shown and "app-secret" not in shown


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({}, "one of the two"),
        ({"sas": "SECRETSIG", "client_secret": "app-secret"}, "one of the two"),
        ({"tenant_id": "t", "client_id": "c"}, "client_secret is required"),
        ({"sas": ""}, "sas is required"),
        ({"sas": "SECRETSIG", "access_mode": "RW"}, "read-only"),
        ({"sas": "SECRETSIG", "storage_account": ""}, "storage_account"),
    ],
)
def test_bad_azure_arguments_fail_before_any_request(
    api: sbg.Api, kwargs: dict[str, Any], match: str
) -> None:
    recorder = Recorder(api)
    arguments: dict[str, Any] = {"name": "az", "storage_account": "acct", "container": "c"}
    with pytest.raises(sbg.ValidationError, match=match) as refused:
        api.volumes.create_azure_volume(**(arguments | kwargs))
    assert recorder.sent == []
    assert "SECRETSIG" not in str(refused.value) and "app-secret" not in str(refused.value)
