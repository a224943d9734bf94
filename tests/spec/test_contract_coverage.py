"""Every operation of the spec is sent to the emulator by some contract test: each
`test_contract_<area>.py` declares the tags it covers, and together they must cover all tags."""

from __future__ import annotations

import importlib
from pathlib import Path

from .spec_loader import operations


def test_every_tag_has_a_contract_test() -> None:
    covered: dict[str, str] = {}
    for module_path in sorted(Path(__file__).parent.glob("test_contract_*.py")):
        if module_path.stem == "test_contract_coverage":
            continue
        module = importlib.import_module(f"{__package__}.{module_path.stem}")
        for tag in module.COVERED_TAGS:
            assert tag not in covered, f"tag {tag} covered by {covered[tag]} and {module_path.stem}"
            covered[tag] = module_path.stem
    untested = sorted(
        f"{method} {path}"
        for method, path, op in operations()
        if not set(op.get("tags", [])) & covered.keys()
    )
    assert not untested, f"operations no contract test sends: {untested}"
