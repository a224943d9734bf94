"""Billing index, groups, breakdowns and invoices."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from emu_helpers import assert_error, assert_timestamps, is_uuid
from sevenbridges_emulator import Emulator

MISSING_GROUP = "00000000-0000-4000-8000-000000000000"


def test_billing_index(client: httpx.Client, emu: Emulator) -> None:
    assert client.get("/billing").json() == {
        "billing_groups_url": f"{emu.url}/billing/groups/",
        "invoices_url": f"{emu.url}/billing/invoices/",
    }
    assert client.get("/billing/groups/").status_code == 200


def test_list_and_get_group(client: httpx.Client, emu: Emulator, bg_id: str) -> None:
    listed = client.get("/billing/groups")
    assert listed.headers["X-Total-Matching-Query"] == "1"
    assert listed.json()["items"] == [
        {"href": f"{emu.url}/billing/groups/{bg_id}", "id": bg_id, "name": "Pilot Funds (john_doe)"}
    ]
    group = client.get(f"/billing/groups/{bg_id}").json()
    assert group == {
        "href": f"{emu.url}/billing/groups/{bg_id}",
        "id": bg_id,
        "owner": "john_doe",
        "name": "Pilot Funds (john_doe)",
        "type": "free",
        "pending": False,
        "disabled": False,
        "balance": {"currency": "USD", "amount": 100.0},
    }
    assert is_uuid(group["id"])
    assert client.get("/billing/groups", params={"fields": "_all"}).json()["items"] == [group]


def test_group_errors(client: httpx.Client, emu: Emulator, bg_id: str) -> None:
    assert_error(client.get(f"/billing/groups/{MISSING_GROUP}"), 404, 4002)
    assert_error(client.get("/billing/groups/not-a-uuid"), 400, 4005)
    assert_error(client.get("/billing/groups/not-a-uuid/breakdown/analysis"), 400, 4005)
    assert_error(client.get(f"/billing/groups/{MISSING_GROUP}/breakdown"), 404, 4002)
    with emu.state.lock:
        emu.state.billing_groups[bg_id].members.clear()
    assert_error(client.get(f"/billing/groups/{bg_id}"), 403, 4001)


def test_legacy_breakdown(client: httpx.Client, emu: Emulator, bg_id: str) -> None:
    body = client.get(f"/billing/groups/{bg_id}/breakdown").json()
    assert body["href"] == f"{emu.url}/billing/groups/{bg_id}/breakdown"
    assert body["project_breakdown"], "seeded costs should show"
    total = 0.0
    for project in body["project_breakdown"]:
        assert project["href"].startswith(f"{emu.url}/projects/john_doe/")
        spent = project["analysis_spending"]
        assert spent["currency"] == "USD" and isinstance(spent["amount"], float)
        tasks = sum(t["task_cost"]["amount"] for t in project["task_breakdown"])
        assert spent["amount"] == pytest.approx(tasks, abs=0.01)
        for task in project["task_breakdown"]:
            assert is_uuid(task["href"].rsplit("/", 1)[1])
            assert task["runner_username"]
        total += spent["amount"]
    assert body["total_spending"]["amount"] == pytest.approx(total, abs=0.01)


def check_analysis_item(item: dict[str, Any]) -> None:
    assert set(item) == {
        "project_name", "analysis_app_name", "analysis_name", "analysis_type", "analysis_id",
        "ran_by", "analysis_status", "analysis_cost", "refunded_amount", "time_started",
        "time_finished", "project_locked",
    }  # fmt: skip
    assert item["analysis_type"] == "TASK" and is_uuid(item["analysis_id"])
    cost = item["analysis_cost"]
    assert cost["currency"] == "USD" and isinstance(cost["amount"], float)
    parts = cost["breakdown"]
    assert set(parts) == {"storage", "computation", "data_transfer_in"}
    assert all(isinstance(v, float) for v in parts.values())
    assert cost["amount"] == pytest.approx(sum(parts.values()), abs=0.011)
    assert isinstance(item["refunded_amount"], float) and isinstance(item["project_locked"], bool)
    assert assert_timestamps(item) == 2


def test_analysis_breakdown(client: httpx.Client, bg_id: str) -> None:
    response = client.get(f"/billing/groups/{bg_id}/breakdown/analysis")
    body = response.json()
    total = int(response.headers["X-Total-Matching-Query"])
    assert total >= 5 and len(body["items"]) == total  # default limit 50 holds them all
    assert body["links"] == []
    for item in body["items"]:
        check_analysis_item(item)


def test_storage_breakdown(client: httpx.Client, bg_id: str) -> None:
    response = client.get(f"/billing/groups/{bg_id}/breakdown/storage")
    items = response.json()["items"]
    assert len(items) >= 5
    for item in items:
        assert set(item) == {
            "project_name",
            "project_created_by",
            "location",
            "active",
            "archived",
            "project_locked",
        }
        assert item["location"] == "aws:us-east-1"
        for measure in (item["active"], item["archived"]):
            assert measure["unit"] == "GB" and isinstance(measure["size"], float)
            assert set(measure["cost"]) == {"amount", "currency"}
            assert isinstance(measure["cost"]["amount"], float)


def test_egress_breakdown(client: httpx.Client, bg_id: str) -> None:
    items = client.get(f"/billing/groups/{bg_id}/breakdown/egress").json()["items"]
    assert len(items) >= 4
    for item in items:
        assert set(item) == {
            "project_name",
            "downloaded_by",
            "downloaded",
            "egress_cost",
            "project_locked",
        }
        assert item["downloaded"]["unit"] == "GB" and isinstance(item["downloaded"]["size"], float)
        assert item["egress_cost"]["currency"] == "USD"
        assert isinstance(item["egress_cost"]["amount"], float)


@pytest.mark.parametrize("kind", ["analysis", "storage", "egress"])
def test_breakdown_paging_and_fields(client: httpx.Client, bg_id: str, kind: str) -> None:
    path = f"/billing/groups/{bg_id}/breakdown/{kind}"
    everything = client.get(path).json()["items"]
    first = client.get(path, params={"limit": 2})
    assert first.json()["items"] == everything[:2]
    assert first.headers["X-Total-Matching-Query"] == str(len(everything))
    second = client.get(first.json()["links"][0]["href"]).json()
    assert second["items"] == everything[2:4]
    narrow = client.get(path, params={"fields": "project_name,project_locked", "limit": 1}).json()
    assert narrow["items"] == [
        {"project_name": everything[0]["project_name"], "project_locked": False}
    ]


def test_breakdown_filters(client: httpx.Client, emu: Emulator, bg_id: str) -> None:
    path = f"/billing/groups/{bg_id}/breakdown/analysis"
    everything = client.get(path).json()["items"]
    with emu.state.lock:
        invoice_id = next(iter(emu.state.invoices))
        expected = sum(1 for c in emu.state.analysis_charges if c.invoice_id == invoice_id)
    by_invoice = client.get(path, params={"invoice_id": invoice_id})
    assert 0 < len(by_invoice.json()["items"]) == expected < len(everything)
    assert by_invoice.headers["X-Total-Matching-Query"] == str(expected)
    starts = sorted(item["time_started"] for item in everything)
    middle_day = starts[len(starts) // 2][:10]
    later = client.get(path, params={"date_from": middle_day}).json()["items"]
    assert later and all(item["time_started"][:10] >= middle_day for item in later)
    earlier = client.get(path, params={"date_to": middle_day}).json()["items"]
    assert earlier and all(item["time_started"][:10] <= middle_day for item in earlier)
    assert len(later) + len(earlier) >= len(everything)
    both = client.get(
        path, params={"date_from": f"{middle_day}T00:00:00Z", "date_to": f"{middle_day}T23:59:59Z"}
    )
    assert all(item["time_started"].startswith(middle_day) for item in both.json()["items"])
    for kind in ("storage", "egress"):
        dated = client.get(
            f"/billing/groups/{bg_id}/breakdown/{kind}", params={"date_from": "2999-01-01"}
        )
        assert dated.json()["items"] == [] and dated.headers["X-Total-Matching-Query"] == "0"


@pytest.mark.parametrize("bad", ["yesterday", "2024-13-01", "2024-01-01T25:00:00"])
def test_breakdown_bad_dates(client: httpx.Client, bg_id: str, bad: str) -> None:
    for kind in ("analysis", "storage", "egress"):
        response = client.get(f"/billing/groups/{bg_id}/breakdown/{kind}", params={"date_to": bad})
        assert bad in assert_error(response, 400, 9021)["message"]


def test_list_invoices(client: httpx.Client, emu: Emulator, bg_id: str) -> None:
    response = client.get("/billing/invoices")
    assert response.headers["X-Total-Matching-Query"] == "2"
    items = response.json()["items"]
    assert all(set(item) == {"href", "id"} for item in items)
    assert items[0]["href"] == f"{emu.url}/billing/invoices/{items[0]['id']}"
    filtered = client.get("/billing/invoices", params={"billing_group": bg_id}).json()["items"]
    assert filtered == items
    assert_error(
        client.get("/billing/invoices", params={"billing_group": MISSING_GROUP}), 404, 4002
    )
    assert_error(client.get("/billing/invoices", params={"billing_group": "x"}), 400, 4005)


def test_get_invoice(client: httpx.Client) -> None:
    items = client.get("/billing/invoices", params={"fields": "_all"}).json()["items"]
    for item in items:
        invoice = client.get(f"/billing/invoices/{item['id']}").json()
        assert invoice == item
        assert set(invoice) == {
            "href", "id", "pending", "approval_date", "invoice_period",
            "analysis_costs", "storage_costs", "total",
        }  # fmt: skip
        assert set(invoice["invoice_period"]) == {"from", "to"}
        assert invoice["invoice_period"]["from"] < invoice["invoice_period"]["to"]
        for key in ("analysis_costs", "storage_costs", "total"):
            assert invoice[key]["currency"] == "USD" and isinstance(invoice[key]["amount"], float)
        assert invoice["total"]["amount"] == pytest.approx(
            invoice["analysis_costs"]["amount"] + invoice["storage_costs"]["amount"], abs=0.01
        )
    assert any(i["pending"] for i in items) and any(not i["pending"] for i in items)
    assert_error(client.get("/billing/invoices/999"), 404, 4002)
