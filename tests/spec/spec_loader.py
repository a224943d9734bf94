"""Loading the spec and resolving its local references, for the spec tests."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

import yaml

# SBG_SPEC points the spec tests at another copy (e.g. a spec with an unmerged section added).
SPEC_PATH = Path(
    os.environ.get("SBG_SPEC") or Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"
)
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@cache
def load_spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.safe_load(handle)
    return spec


def resolve(node: Any, spec: dict[str, Any] | None = None, seen: tuple[str, ...] = ()) -> Any:
    """``node`` with every local ``$ref`` replaced by its target (recursion refused)."""
    spec = spec or load_spec()
    if isinstance(node, dict):
        if "$ref" in node:
            ref = node["$ref"]
            assert ref.startswith("#/"), f"only local references are used, got {ref}"
            if ref in seen:
                raise AssertionError(f"recursive reference {ref}")
            target: Any = spec
            for part in ref[2:].split("/"):
                target = target[part]
            return resolve(target, spec, (*seen, ref))
        return {key: resolve(value, spec, seen) for key, value in node.items()}
    if isinstance(node, list):
        return [resolve(item, spec, seen) for item in node]
    return node


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) for every operation of the spec."""
    found = []
    for path, item in load_spec()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                found.append((method.upper(), path, item[method]))
    return found
