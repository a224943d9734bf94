"""api.users against the emulator."""

from __future__ import annotations

import pytest
import sevenbridges as sbg


def test_me_returns_the_token_owner_with_profile_fields(api: sbg.Api) -> None:
    me = api.users.me()
    assert me.username == "john_doe"
    assert me.email and "@" in me.email
    assert me.href and me.href.endswith("/users/john_doe")


def test_get_by_username_and_by_object(api: sbg.Api) -> None:
    me = api.users.me()
    assert api.users.get("john_doe") == me
    assert api.users.get(me).username == "john_doe"
    assert api.users.get("rfranklin").last_name == "Franklin"


def test_get_unknown_user_raises_not_found(api: sbg.Api) -> None:
    with pytest.raises(sbg.NotFound) as caught:
        api.users.get("nobody-here")
    assert caught.value.code == 2002


def test_query_users_of_a_division_with_role_filter(api: sbg.Api) -> None:
    everyone = api.users.query(division="the-lab")
    assert {"john_doe", "rfranklin", "francis-crick"} <= {u.username for u in everyone.all()}
    admins = api.users.query(division="the-lab", role="admin")
    assert [u.username for u in admins.all()] == ["john_doe"] or all(
        u.role == "admin" for u in admins.all()
    )
    assert admins.total is not None and admins.total < everyone.total  # type: ignore[operator]


def test_query_users_rejects_a_bad_role_before_sending(api: sbg.Api) -> None:
    with pytest.raises(sbg.ValidationError, match="role"):
        api.users.query(division="the-lab", role="boss")


def test_lazy_user_fetches_missing_fields_once(api: sbg.Api) -> None:
    listed = next(u for u in api.users.query(division="the-lab").all() if u.username == "rfranklin")
    assert listed.field("first_name") is None  # list items carry few fields
    assert listed.first_name == "Rosalind"  # first read fetches the whole user


def test_disable_user(api: sbg.Api) -> None:
    user = api.users.get("francis-crick")
    user.disable()
    with pytest.raises(sbg.SbgError):
        api.users.get("francis-crick").disable()
