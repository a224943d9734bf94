"""Collections: list behaviour, totals, next/previous pages, lazy all()."""

from __future__ import annotations

import pytest
import sevenbridges as sbg

from .file_fixtures import Recorder


@pytest.fixture
def seven_projects(api: sbg.Api) -> list[str]:
    group = api.billing_groups.query()[0]
    return [api.projects.create(name=f"p{i}", billing_group=group).id for i in range(7)]


def test_collection_is_a_list_of_the_current_page(api: sbg.Api, seven_projects: list[str]) -> None:
    page = api.projects.query(limit=3)
    assert len(page) == 3
    assert page.total == 7
    assert [p.id for p in page[:2]] == [p.id for p in list(page)[:2]]
    assert isinstance(page[0], sbg.Project)


def test_next_and_previous_pages(api: sbg.Api, seven_projects: list[str]) -> None:
    first = api.projects.query(limit=3)
    with pytest.raises(sbg.PaginationError):
        first.previous_page()
    second = first.next_page()
    third = second.next_page()
    assert len(third) == 1
    with pytest.raises(sbg.PaginationError):
        third.next_page()
    assert [p.id for p in third.previous_page()] == [p.id for p in second]
    seen = [p.id for p in first] + [p.id for p in second] + [p.id for p in third]
    assert sorted(seen) == sorted(seven_projects)


def test_all_yields_every_item_once(api: sbg.Api, seven_projects: list[str]) -> None:
    everything = api.projects.query(limit=2).all()
    assert sorted(p.id for p in everything) == sorted(seven_projects)


def test_all_is_lazy(api: sbg.Api, seven_projects: list[str]) -> None:
    # One page at a time (test_pages_concurrent.py covers the pages fetched ahead by default).
    api.concurrency = sbg.Concurrency(pages=1)
    first = api.projects.query(limit=2)
    before = api.remaining
    iterator = first.all()
    assert api.remaining == before  # nothing fetched until iteration reaches page two
    taken = [next(iterator) for _ in range(3)]
    assert len(taken) == 3 and api.remaining == before - 1


def test_offset_and_limit(api: sbg.Api, seven_projects: list[str]) -> None:
    assert len(api.projects.query(offset=5, limit=10)) == 2
    assert len(api.projects.query(limit=100)) == 7


@pytest.mark.parametrize("limit", [0, -1, -100])
def test_a_limit_below_one_is_refused_before_any_request(
    api: sbg.Api, seven_projects: list[str], limit: int
) -> None:
    """The compatible client turns limit <= 0 into 100 without a word; we refuse it (issue 13)."""
    recorder = Recorder(api)
    for call in (
        lambda: api.projects.query(limit=limit),
        lambda: api.billing_groups.query(limit=limit),
        lambda: api.files.search('IN "x/y" WHERE type = "FILE"', limit=limit),
    ):
        with pytest.raises(sbg.ValidationError, match=rf"limit .*got {limit}\b"):
            call()
    assert recorder.sent == []
