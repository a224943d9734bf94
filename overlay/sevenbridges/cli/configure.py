"""``sbg configure``: write a profile of the credentials file, readable by its owner only."""

from __future__ import annotations

import configparser
import contextlib
import os
import re
from pathlib import Path

from ..config import _credentials_path
from ..errors import ValidationError

_PROFILE = re.compile(r"^[A-Za-z0-9_.-]+$")


def save_profile(profile: str, url: str, token: str) -> Path:
    """Add or replace ``[profile]`` (``api_endpoint``, ``auth_token``) in the credentials file.

    Args:
        profile: the profile name (letters, digits, ``_``, ``.``, ``-``).
        url: the API URL (``https://.../v2``).
        token: the API token.

    Returns:
        The path of the credentials file, written atomically with mode 0600 (its folder 0700).

    Raises:
        ValidationError: a bad profile name, URL or token (the token itself is never shown).
    """
    if not _PROFILE.match(profile):
        raise ValidationError(
            f"Invalid profile name {profile!r}: use letters, digits, '_', '.' or '-'"
        )
    url = url.strip()
    if not url.startswith(("https://", "http://")) or any(ch.isspace() for ch in url):
        raise ValidationError(f"Invalid API URL {url!r}: expected https://host/v2")
    token = token.strip()
    if not token or any(ch.isspace() or not ch.isprintable() for ch in token):
        raise ValidationError("The token must be one word of printable characters")

    path = _credentials_path()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    parser = configparser.ConfigParser()
    if path.is_file():
        parser.read(path, encoding="utf-8")
    if not parser.has_section(profile):
        parser.add_section(profile)
    parser.set(profile, "api_endpoint", url.replace("%", "%%"))
    parser.set(profile, "auth_token", token.replace("%", "%%"))  # read back with interpolation

    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            parser.write(handle)
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    return path
