"""Where settings come from, in which order, and the errors when they are missing or wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
import sevenbridges as sbg
from sevenbridges_emulator import Emulator


def _write_credentials(home: Path, text: str) -> Path:
    path = home / ".sevenbridges" / "credentials"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_nothing_configured_names_what_is_missing(home: Path) -> None:
    with pytest.raises(sbg.SbgError) as caught:
        sbg.Api()
    message = str(caught.value)
    assert "url" in message and "token" in message and "SB_API_ENDPOINT" in message


def test_environment_variables_are_used(
    home: Path, emulator: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SB_API_ENDPOINT", emulator.url)
    monkeypatch.setenv("SB_AUTH_TOKEN", emulator.token)
    assert sbg.Api().users.me().username == "john_doe"


def test_default_profile_of_credentials_file(home: Path, emulator: Emulator) -> None:
    _write_credentials(
        home, f"[default]\napi_endpoint = {emulator.url}\nauth_token = {emulator.token}\n"
    )
    assert sbg.Api().users.me().username == "john_doe"


def test_named_profile_wins_over_environment(
    home: Path, emulator: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SB_API_ENDPOINT", "https://api.sbgenomics.com/v2")
    monkeypatch.setenv("SB_AUTH_TOKEN", "wrong")
    _write_credentials(
        home, f"[emu]\napi_endpoint = {emulator.url}\nauth_token = {emulator.token}\n"
    )
    api = sbg.Api(config=sbg.Config(profile="emu"))
    assert api.url == emulator.url
    assert api.users.me().username == "john_doe"


def test_explicit_arguments_win_over_everything(
    home: Path, emulator: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SB_API_ENDPOINT", "https://api.sbgenomics.com/v2")
    monkeypatch.setenv("SB_AUTH_TOKEN", "wrong")
    api = sbg.Api(url=emulator.url, token=emulator.token)
    assert api.users.me().username == "john_doe"


def test_unknown_profile_names_the_file_and_the_profile(home: Path) -> None:
    path = _write_credentials(home, "[default]\napi_endpoint = https://x/v2\nauth_token = t\n")
    with pytest.raises(sbg.SbgError) as caught:
        sbg.Config(profile="nope")
    assert "'nope'" in str(caught.value) and str(path) in str(caught.value)


def test_advance_access_and_proxies_from_the_config_file(home: Path) -> None:
    config = home / ".sevenbridges" / "sevenbridges-python" / "config"
    config.parent.mkdir(parents=True)
    config.write_text("[mode]\nadvance_access = True\n[proxies]\nhttps_proxy = http://proxy:3128\n")
    settings = sbg.Config()
    assert settings.advance_access is True
    assert settings.proxies == {"https_proxy": "http://proxy:3128"}


def test_insecure_url_is_refused_unless_debug(home: Path) -> None:
    with pytest.raises(sbg.SbgError, match="insecure"):
        sbg.Api(url="http://api.example.com/v2", token="t")
    assert sbg.Api(url="http://api.example.com/v2", token="t", debug=True).url.startswith("http://")


def test_token_never_appears_in_reprs(emulator: Emulator) -> None:
    api = sbg.Api(url=emulator.url, token=emulator.token)
    me = api.users.me()
    for text in (repr(api), repr(me), repr(api.session.auth), repr(sbg.Config())):
        assert emulator.token not in text


def test_default_timeout_is_always_set(emulator: Emulator) -> None:
    api = sbg.Api(url=emulator.url, token=emulator.token)
    assert api.session.timeout.read == 300
    assert sbg.Api(url=emulator.url, token=emulator.token, timeout=5).session.timeout.read == 5
