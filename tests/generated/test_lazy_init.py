"""The generated package's `__init__` modules resolve names lazily (templates/lazy_exports.jinja).

What is loaded at import depends on what the interpreter has already imported, so those checks run
in a fresh interpreter each; the checks of names and classes run in this one.
"""

from __future__ import annotations

import ast
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest
import sevenbridges_api
import sevenbridges_api.models as models

from ..fresh_interpreter import fresh

PACKAGE = Path(sevenbridges_api.__file__).parent




LOADED_MODELS = 'sorted(m for m in sys.modules if m.startswith("sevenbridges_api.models."))'


def test_importing_the_models_package_loads_no_model() -> None:
    loaded = fresh(f"import sevenbridges_api.models\nresult = {LOADED_MODELS}")
    assert loaded == []


def test_importing_one_model_by_name_loads_it_and_what_it_references_only() -> None:
    loaded = fresh(f"from sevenbridges_api.models import Project\nresult = {LOADED_MODELS}")
    assert isinstance(loaded, list)
    assert "sevenbridges_api.models.project" in loaded
    assert "sevenbridges_api.models.task" not in loaded
    assert len(loaded) < 10, loaded  # against 247 when models/__init__ imported every model


def test_an_endpoint_module_loads_only_the_models_it_uses() -> None:
    loaded = fresh(f"import sevenbridges_api.api.projects.get_project\nresult = {LOADED_MODELS}")
    assert isinstance(loaded, list)
    assert {"sevenbridges_api.models.project", "sevenbridges_api.models.error"} <= set(loaded)
    assert len(loaded) < 10, loaded


def test_a_model_module_does_not_import_httpx_through_the_package_root() -> None:
    loaded = fresh(
        "import sevenbridges_api.models.project\n"
        "result = ['httpx' in sys.modules, 'sevenbridges_api.client' in sys.modules]"
    )
    assert loaded == [False, False]


def test_models_that_reference_each_other_parse_nested_objects_in_a_fresh_interpreter() -> None:
    result = fresh(
        "from sevenbridges_api.models import Permissions, Project, ProjectCategory\n"
        "p = Project.from_dict({'id': 'a/b', 'category': 'PRIVATE', 'permissions': {'read': True}})\n"
        "result = [type(p.permissions) is Permissions, p.permissions.read,\n"
        "          p.category is ProjectCategory.PRIVATE, p.to_dict()['permissions']]"
    )
    assert result == [True, True, True, {"read": True}]


def test_the_package_root_resolves_the_clients_lazily() -> None:
    result = fresh(
        "import sevenbridges_api\n"
        "before = 'httpx' in sys.modules\n"
        "from sevenbridges_api import AuthenticatedClient, Client\n"
        "import sevenbridges_api.client as c\n"
        "result = [before, Client is c.Client, AuthenticatedClient is c.AuthenticatedClient]"
    )
    assert result == [False, True, True]


def test_first_reads_from_many_threads_at_once_all_get_the_same_class() -> None:
    result = fresh(
        "import threading\n"
        "import sevenbridges_api.models as models\n"
        "names = ['Project', 'Task', 'FileObject', 'Volume', 'App', 'Upload']\n"
        "barrier = threading.Barrier(8)\n"
        "seen = []\n"
        "def read():\n"
        "    barrier.wait(timeout=60)\n"
        "    seen.append([id(getattr(models, n)) for n in names])\n"
        "threads = [threading.Thread(target=read) for _ in range(8)]\n"
        "[t.start() for t in threads]\n"
        "[t.join(timeout=60) for t in threads]\n"
        "result = [len(seen), len({tuple(s) for s in seen})]"
    )
    assert result == [8, 1]


def test_every_name_in_all_is_the_class_of_that_name_from_its_own_module() -> None:
    assert len(models.__all__) == len(set(models.__all__)) > 200
    for name in models.__all__:
        value = getattr(models, name)
        assert value.__name__ == name
        assert value.__module__.startswith("sevenbridges_api.models.")
        assert value is getattr(sys.modules[value.__module__], name)


def test_every_model_module_is_reachable_through_a_name() -> None:
    modules = {info.name for info in pkgutil.iter_modules(models.__path__)}
    reached = {getattr(models, name).__module__.rsplit(".", 1)[1] for name in models.__all__}
    assert modules == reached


def test_dir_lists_every_name_before_it_is_loaded() -> None:
    listed = fresh("import sevenbridges_api.models as m\nresult = sorted(dir(m))")
    assert isinstance(listed, list)
    assert set(models.__all__) <= set(listed)


def test_an_unknown_name_raises_attribute_error_naming_it() -> None:
    with pytest.raises(AttributeError, match="'NoSuchModel'"):
        models.NoSuchModel  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(ImportError, match="NoSuchModel"):
        from sevenbridges_api.models import NoSuchModel  # type: ignore[attr-defined]  # noqa: F401


@pytest.mark.parametrize("init", ["__init__.py", "models/__init__.py"])
def test_type_checkers_see_every_name_as_an_import_and_never_the_lazy_getattr(init: str) -> None:
    """Imports under `if TYPE_CHECKING:` for mypy and editors; `__getattr__` only in `else:`, so
    a misspelt name stays a type error instead of becoming `object`."""
    tree = ast.parse((PACKAGE / init).read_text(encoding="utf-8"))
    checks = [
        node
        for node in tree.body
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name)
        if node.test.id == "TYPE_CHECKING"
    ]
    assert len(checks) == 1
    imported = {
        alias.name
        for node in checks[0].body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    exported = next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign)
        if [getattr(t, "id", None) for t in node.targets] == ["__all__"]
    )
    assert imported == set(exported)
    top_level_functions = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
    assert "__getattr__" not in top_level_functions
    assert "__getattr__" in {n.name for n in checks[0].orelse if isinstance(n, ast.FunctionDef)}
