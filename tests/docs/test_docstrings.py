"""Docstring coverage of the public API, the text the reference pages render (Google style).

The public API is every name of ``sevenbridges.__all__``, with the public methods and properties
of those classes and of the package's classes they derive from. Every class, method, property
and function there has a docstring; a function's docstring has an ``Args:`` entry for each of its
parameters, a ``Returns:`` (or ``Yields:``) section unless it returns ``None``, and a ``Raises:``
section when its own body raises. Internal helpers (names starting with ``_``) are not checked.
``python tests/docs/test_docstrings.py`` prints what fails and why.
"""

from __future__ import annotations

import ast
import textwrap
from collections.abc import Iterator
from pathlib import Path

import griffe
import pytest

ROOT = Path(__file__).resolve().parents[2]
SEARCH_PATHS = [str(ROOT / "overlay"), str(ROOT / "generated")]
# Methods whose contract is Python's, not ours: no docstring sections asked of them.
DUNDER_OK = {"__repr__", "__str__", "__eq__", "__hash__", "__enter__", "__exit__", "__iter__",
             "__len__", "__getattr__", "__setattr__", "__dir__", "__get__", "__init__",
             "__post_init__", "__call__", "__missing__", "_missing_"}  # fmt: skip


def load() -> griffe.Module:
    return griffe.load(
        "sevenbridges",
        search_paths=SEARCH_PATHS,
        docstring_parser="google",
        resolve_aliases=True,
        resolve_external=False,
    )


def public_classes(package: griffe.Module) -> Iterator[griffe.Class]:
    """The classes of ``__all__`` and the package's classes they derive from."""
    seen: set[str] = set()
    pending: list[griffe.Object] = []
    for name in package.exports or []:
        member = package.get_member(name) if name in package.members else None
        if member is not None:
            pending.append(member.final_target if member.is_alias else member)
    while pending:
        obj = pending.pop()
        if not isinstance(obj, griffe.Class) or obj.path in seen:
            continue
        seen.add(obj.path)
        yield obj
        for base in obj.resolved_bases:
            if base.path.startswith("sevenbridges."):
                pending.append(base)


def public_functions(package: griffe.Module) -> Iterator[griffe.Function]:
    for name in package.exports or []:
        member = package.members.get(name)
        if member is None:
            continue
        target = member.final_target if member.is_alias else member
        if isinstance(target, griffe.Function):
            yield target


def sections(function: griffe.Object) -> dict[str, list[object]]:
    found: dict[str, list[object]] = {}
    if function.docstring is None:
        return found
    for section in function.docstring.parse("google", warn_unknown_params=False):
        if section.kind.value != "text":
            found.setdefault(section.kind.value, []).extend(section.value or [])
    return found


def raises_in_own_body(function: griffe.Function) -> bool:
    """Whether the function's own body (not a nested function's) has a ``raise`` statement."""
    source = function.source
    if not source:
        return False
    tree = ast.parse(textwrap.dedent(source))
    definition = tree.body[0]

    def walk(node: ast.AST) -> Iterator[ast.AST]:
        for child in ast.iter_child_nodes(node):
            if isinstance(
                child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef
            ):
                continue
            yield child
            yield from walk(child)

    return any(isinstance(node, ast.Raise) and node.exc is not None for node in walk(definition))


def is_generator(function: griffe.Function) -> bool:
    source = function.source
    if not source:
        return False
    definition = ast.parse(textwrap.dedent(source)).body[0]
    stack = list(ast.iter_child_nodes(definition))
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Yield | ast.YieldFrom):
            return True
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            stack.extend(ast.iter_child_nodes(node))
    return False


def problems_of_function(function: griffe.Function) -> list[str]:
    where = function.path
    if function.docstring is None or not function.docstring.value.strip():
        return [f"{where}: no docstring"]
    if "property" in function.labels:
        return []
    found = sections(function)
    problems = []
    entries = [*found.get("parameters", []), *found.get("other parameters", [])]
    documented = {getattr(p, "name", "").lstrip("*") for p in entries}
    for parameter in function.parameters:
        name = parameter.name
        if name in ("self", "cls"):
            continue
        if name.lstrip("*") not in documented:
            problems.append(f"{where}: argument {name!r} not under Args")
    returns = function.returns
    returns_text = str(returns) if returns is not None else "None"
    if is_generator(function):
        if "yields" not in found and "returns" not in found:
            problems.append(f"{where}: no Yields section")
    elif returns_text not in ("None", "NoReturn") and "returns" not in found:
        problems.append(f"{where}: no Returns section (returns {returns_text})")
    if raises_in_own_body(function) and "raises" not in found:
        problems.append(f"{where}: raises, but no Raises section")
    return problems


def public_members(cls: griffe.Class) -> Iterator[griffe.Object]:
    for name, member in cls.members.items():
        if member.is_alias:
            continue
        if name.startswith("_") and name not in ("__call__",):
            continue
        if isinstance(member, griffe.Function) and "overload" in member.labels:
            continue
        yield member


def all_problems() -> list[str]:
    package = load()
    problems: list[str] = []
    for cls in public_classes(package):
        if cls.docstring is None or not cls.docstring.value.strip():
            problems.append(f"{cls.path}: no class docstring")
        for member in public_members(cls):
            if isinstance(member, griffe.Function):
                if member.name in DUNDER_OK:
                    continue
                problems.extend(problems_of_function(member))
            elif (
                isinstance(member, griffe.Attribute)
                and "property" in member.labels
                and member.docstring is None
            ):
                problems.append(f"{member.path}: property without a docstring")
    for function in public_functions(package):
        problems.extend(problems_of_function(function))
    return sorted(set(problems))


def test_public_api_docstrings_document_arguments_returns_and_raises() -> None:
    problems = all_problems()
    assert not problems, f"{len(problems)} docstring problems:\n" + "\n".join(problems)


def test_the_check_finds_a_missing_argument(tmp_path: Path) -> None:
    """The check can fail: a function with an undocumented argument, return and raise."""
    module = tmp_path / "docmod.py"
    module.write_text(
        'def f(a: int, b: int) -> int:\n    """Add.\n\n    Args:\n        a: one.\n    """\n'
        "    if a < 0:\n        raise ValueError(a)\n    return a + b\n",
        encoding="utf-8",
    )
    loaded = griffe.load("docmod", search_paths=[str(tmp_path)], docstring_parser="google")
    function = loaded["f"]
    assert isinstance(function, griffe.Function)
    found = problems_of_function(function)
    assert found == [
        "docmod.f: argument 'b' not under Args",
        "docmod.f: no Returns section (returns int)",
        "docmod.f: raises, but no Raises section",
    ]


if __name__ == "__main__":  # python tests/docs/test_docstrings.py: the list, one per line
    print("\n".join(all_problems()))
    pytest.main([__file__, "-q"])


def test_every_public_name_is_in_the_reference() -> None:
    """Each name of ``sevenbridges.__all__`` is rendered by a ``::: path`` line of the reference
    pages (its class or function, or its whole module)."""
    import importlib
    import re

    sbg = importlib.import_module("sevenbridges")
    rendered = set()
    for page in (ROOT / "docs" / "reference").glob("*.md"):
        rendered |= set(re.findall(r"^::: ([\w.]+)", page.read_text(encoding="utf-8"), re.M))
    missing = []
    for name in sbg.__all__:
        obj = getattr(sbg, name)
        module = getattr(obj, "__module__", None)
        if module is None or name.startswith("__"):
            continue
        if module not in rendered and f"{module}.{obj.__qualname__}" not in rendered:
            missing.append(f"{module}.{obj.__qualname__}")
    assert not missing, "not in docs/reference/*.md:\n" + "\n".join(missing)
