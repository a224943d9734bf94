"""Where the API URL, the token, proxies and advance access come from.

Precedence (highest first): explicit ``Api(...)`` arguments; ``Config(profile=...)``; the
``SB_API_ENDPOINT`` and ``SB_AUTH_TOKEN`` environment variables; the ``[default]`` profile of
``$HOME/.sevenbridges/credentials``. Proxies and ``[mode] advance_access`` are read from
``$HOME/.sevenbridges/sevenbridges-python/config``.
"""

from __future__ import annotations

import configparser
import os
from pathlib import Path

from .errors import SbgError

ENV_ENDPOINT = "SB_API_ENDPOINT"
ENV_TOKEN = "SB_AUTH_TOKEN"


def _credentials_path() -> Path:
    return Path(os.path.expanduser("~")) / ".sevenbridges" / "credentials"


def _config_path() -> Path:
    return Path(os.path.expanduser("~")) / ".sevenbridges" / "sevenbridges-python" / "config"


def _read_ini(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser()
    if path.is_file():
        try:
            parser.read(path, encoding="utf-8")
        except configparser.Error as exc:
            raise SbgError(f"Cannot parse {path}: {exc}") from exc
    return parser


def _as_bool(value: str, where: str) -> bool:
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off", ""}:
        return False
    raise SbgError(f"{where}: expected true or false, got {value!r}")


class UserProfile:
    """One profile of the credentials file, plus the settings of the config file."""

    CREDENTIALS = str(_credentials_path())
    CONFIG = str(_config_path())

    def __init__(self, profile: str) -> None:
        self.profile = profile
        self._credentials_file = _credentials_path()
        self._config_file = _config_path()
        credentials = _read_ini(self._credentials_file)
        if not credentials.has_section(profile):
            known = ", ".join(credentials.sections()) or "none"
            raise SbgError(
                f"Profile {profile!r} not found in {self._credentials_file} (profiles there: {known})"
            )
        self._section = credentials[profile]
        self._config = _read_ini(self._config_file)

    @property
    def api_endpoint(self) -> str | None:
        return self._section.get("api_endpoint")

    @property
    def auth_token(self) -> str | None:
        return self._section.get("auth_token")

    @property
    def proxies(self) -> dict[str, str] | None:
        return _proxies_from(self._config)

    @property
    def advance_access(self) -> bool:
        return _advance_access_from(self._config, self._config_file)


def _proxies_from(config: configparser.ConfigParser) -> dict[str, str] | None:
    if not config.has_section("proxies"):
        return None
    proxies = {key: value for key, value in config["proxies"].items() if value}
    return proxies or None


def _advance_access_from(config: configparser.ConfigParser, path: Path) -> bool:
    if config.has_option("mode", "advance_access"):
        return _as_bool(config.get("mode", "advance_access"), f"{path} [mode] advance_access")
    return False


class Config:
    """Resolved connection settings: ``api_endpoint``, ``auth_token``, ``proxies``, ``advance_access``.

    ``Config(profile="cgc")`` reads that profile of the credentials file and fails, naming the file
    and the profile, when it is not there. ``Config()`` takes the environment variables when both are
    set, else the ``[default]`` profile when the credentials file has one.
    """

    def __init__(
        self,
        profile: str | None = None,
        proxies: dict[str, str] | None = None,
        advance_access: bool | None = None,
    ) -> None:
        self.profile = profile
        self.api_endpoint: str | None = None
        self.auth_token: str | None = None
        self.source = "nothing"
        config_file = _config_path()
        settings = _read_ini(config_file)
        file_proxies = _proxies_from(settings)
        file_advance = _advance_access_from(settings, config_file)

        if profile is not None:
            user_profile = UserProfile(profile)
            self.api_endpoint = user_profile.api_endpoint
            self.auth_token = user_profile.auth_token
            self.source = f"profile {profile!r} of {_credentials_path()}"
        elif os.environ.get(ENV_ENDPOINT) and os.environ.get(ENV_TOKEN):
            self.api_endpoint = os.environ[ENV_ENDPOINT]
            self.auth_token = os.environ[ENV_TOKEN]
            self.source = f"environment ({ENV_ENDPOINT}, {ENV_TOKEN})"
        elif _read_ini(_credentials_path()).has_section("default"):
            user_profile = UserProfile("default")
            self.api_endpoint = user_profile.api_endpoint
            self.auth_token = user_profile.auth_token
            self.source = f"profile 'default' of {_credentials_path()}"

        self.proxies = proxies if proxies is not None else file_proxies
        self.advance_access = advance_access if advance_access is not None else file_advance

    def __repr__(self) -> str:
        # Never show the token.
        return f"Config(api_endpoint={self.api_endpoint!r}, source={self.source!r})"


__all__ = ["ENV_ENDPOINT", "ENV_TOKEN", "Config", "UserProfile"]
