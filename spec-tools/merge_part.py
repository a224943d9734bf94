"""Merge a spec part (a YAML fragment with `tags`, `paths` and `components` sections) into the spec.

Parts let several people write sections of `spec/openapi.yaml` at once without editing the same
file. The merge is textual, so the spec's comments and layout survive: each section of the part is
appended at the end of the same section of the spec. A key defined on both sides is refused.

    python spec-tools/merge_part.py spec/openapi.yaml spec/parts/files.yaml -o build/spec.yaml
    python spec-tools/merge_part.py spec/openapi.yaml spec/parts/*.yaml --in-place
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

# (top-level key, second-level key or None): the sections a part may add to.
SECTIONS = (
    ("tags", None),
    ("paths", None),
    ("components", "headers"),
    ("components", "parameters"),
    ("components", "responses"),
    ("components", "schemas"),
)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _is_content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _section_span(lines: list[str], top: str, sub: str | None) -> tuple[int, int] | None:
    """(first body line, end) of a section: `top:` at column 0, or `  sub:` under it."""
    start = next((i for i, line in enumerate(lines) if line.rstrip() == f"{top}:"), None)
    if start is None:
        return None
    if sub is not None:
        end_top = _block_end(lines, start, 0)
        start = next(
            (i for i in range(start + 1, end_top) if lines[i].rstrip() == f"  {sub}:"), None
        )
        if start is None:
            return None
        return start + 1, _block_end(lines, start, 2)
    return start + 1, _block_end(lines, start, 0)


def _block_end(lines: list[str], key_line: int, key_indent: int) -> int:
    """The index after the last content line nested under the key at `key_line`."""
    end = key_line + 1
    for i in range(key_line + 1, len(lines)):
        line = lines[i]
        if _is_content(line) and _indent(line) <= key_indent:
            break
        if _is_content(line):
            end = i + 1
    return end


def _keys(text: str, top: str, sub: str | None) -> list[str]:
    node = yaml.safe_load(text) or {}
    node = node.get(top) or {}
    if sub is not None:
        node = node.get(sub) or {}
    if isinstance(node, list):
        return [item["name"] for item in node]
    return list(node)


def merge(base: str, part: str, part_name: str) -> str:
    lines = base.splitlines()
    part_lines = part.splitlines()
    for top, sub in SECTIONS:
        span = _section_span(part_lines, top, sub)
        if span is None:
            continue
        body = part_lines[span[0] : span[1]]
        if not any(_is_content(line) for line in body):
            continue
        clash = set(_keys(base, top, sub)) & set(_keys(part, top, sub))
        if clash:
            where = f"{top}.{sub}" if sub else top
            raise SystemExit(f"{part_name}: {where} already has {sorted(clash)}")
        target = _section_span(lines, top, sub)
        if target is None:
            raise SystemExit(f"the spec has no section {top}.{sub or ''}")
        lines[target[1] : target[1]] = ["", *body] if top == "paths" else body
    merged = "\n".join(lines) + "\n"
    yaml.safe_load(merged)  # still YAML
    return merged


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path)
    parser.add_argument("parts", type=Path, nargs="+")
    out = parser.add_mutually_exclusive_group(required=True)
    out.add_argument("-o", "--output", type=Path)
    out.add_argument("--in-place", action="store_true")
    args = parser.parse_args(argv)
    text = args.spec.read_text(encoding="utf-8")
    for part in args.parts:
        text = merge(text, part.read_text(encoding="utf-8"), str(part))
    target = args.spec if args.in_place else args.output
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
