"""MkDocs hook: Sphinx cross-reference roles left in docstrings (``:class:`~pkg.Name```) render as
plain code (``Name``) in the reference pages instead of showing the role's markup."""

from __future__ import annotations

import re
from typing import Any

ROLE = re.compile(r":(?:py:)?(?:class|meth|func|data|attr|mod|exc|obj):<code>(~?)([\w.]+)</code>")


def _plain(match: re.Match[str]) -> str:
    tilde, target = match.group(1), match.group(2)
    return f"<code>{target.rsplit('.', 1)[-1] if tilde else target}</code>"


def on_page_content(html: str, **kwargs: Any) -> str:
    """Replace every rendered role by the code it names (the last part only after ``~``)."""
    return ROLE.sub(_plain, html)
