"""Server-given names made safe for the local terminal and disk.

A file name comes from whoever named the file on the Platform. Shown raw on a progress bar, an
escape sequence in it can rewrite the terminal; used raw as a local path, ``..``, ``/`` or a NUL
can leave the chosen folder or fail. :func:`safe_name` is the one function that turns a server
value into text fit for both (progress bars now, many-file and folder downloads later).
"""

from __future__ import annotations

import unicodedata

# Unicode categories never shown or written as they are: controls (C0, DEL, C1 such as the
# 8-bit CSI), format characters (bidi overrides, zero-width), surrogates, private use, and line
# and paragraph separators.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})
_SEPARATORS = frozenset({"/", "\\"})
MAX_NAME_BYTES = 255  # the usual limit of one path component (ext4, APFS, NTFS in UTF-16 units)
REPLACEMENT = "_"


def safe_name(value: object) -> str:
    """``value`` as one safe local path component that is also safe to print on a terminal.

    Control and format characters (escape sequences, bidi overrides, NUL, newlines) and path
    separators become ``_``; ``""``, ``.`` and ``..`` become underscores; the result is cut to at
    most 255 UTF-8 bytes without splitting a character. Ordinary names, Unicode included, come
    back unchanged.

    Args:
        value: a name sent by the server (anything else is shown through ``str()``).

    Returns:
        The safe name, never empty.
    """
    text = value if isinstance(value, str) else str(value)
    cleaned = "".join(
        REPLACEMENT
        if char in _SEPARATORS or unicodedata.category(char) in _UNSAFE_CATEGORIES
        else char
        for char in text
    )
    if cleaned in {"", ".", ".."}:
        cleaned = REPLACEMENT * max(len(cleaned), 1)
    encoded = cleaned.encode("utf-8")
    if len(encoded) > MAX_NAME_BYTES:
        cleaned = encoded[:MAX_NAME_BYTES].decode("utf-8", errors="ignore")
    return cleaned


__all__ = ["safe_name"]
