"""An API change reaches users with no overlay edit: a field and an operation added to a copy of the
spec, regenerated into a temporary package, are usable through the unchanged overlay.

The regenerated package is put first on ``sys.path`` of a child interpreter, beside this checkout's
overlay, so the overlay under test is exactly the one in the repository.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml
from pytest_httpserver import HTTPServer

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent

CHILD = textwrap.dedent(
    """
    import os, sys
    import sevenbridges as sbg
    import sevenbridges_api
    from sevenbridges_api.models.project import Project as ProjectModel

    assert sevenbridges_api.__file__.startswith(sys.argv[1]), sevenbridges_api.__file__
    api = sbg.Api(url=os.environ["URL"], token="t0k3n", error_handlers=[])
    project = api.projects.get("o/p")
    # A spec field: an attribute of the regenerated model, not an unknown extra.
    assert "storage_class" in ProjectModel.__annotations__
    assert "storage_class" not in project._model.additional_properties
    print("field", project.storage_class, project.field("storage_class"))
    summary = api.call("get_project_storage", "o", "p")
    print("operation", type(summary).__name__, summary.used_bytes)
    """
)


def _changed_spec(directory: Path) -> Path:
    spec = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text())
    schemas = spec["components"]["schemas"]
    schemas["Project"]["properties"]["storage_class"] = {"type": "string", "nullable": True}
    schemas["ProjectStorage"] = {
        "type": "object",
        "properties": {"used_bytes": {"type": "integer"}},
    }
    spec["paths"]["/projects/{owner}/{project}/storage"] = {
        "parameters": [
            {"$ref": "#/components/parameters/Owner"},
            {"$ref": "#/components/parameters/Project"},
        ],
        "get": {
            "tags": ["projects"],
            "operationId": "get_project_storage",
            "summary": "Storage used by a project",
            "responses": {
                "200": {
                    "description": "The storage summary",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/ProjectStorage"}
                        }
                    },
                },
                "4XX": {"$ref": "#/components/responses/Error"},
            },
        },
    }
    path = directory / "openapi.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return path


def test_spec_field_and_operation_reach_the_overlay_without_edits(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    spec = _changed_spec(tmp_path)
    out = tmp_path / "gen"
    out.mkdir()
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    subprocess.run(
        [str(BIN / "openapi-python-client"), "generate", "--path", str(spec), "--meta", "none",
         "--overwrite", "--fail-on-warning", "--config", str(ROOT / "templates" / "config.yaml"),
         "--custom-template-path", str(ROOT / "templates"), "--output-path", "sevenbridges_api"],
        cwd=out, env=env, check=True, capture_output=True,
    )  # fmt: skip
    httpserver.expect_request("/v2/projects/o/p").respond_with_json(
        {"id": "o/p", "name": "P", "storage_class": "cold"}
    )
    httpserver.expect_request("/v2/projects/o/p/storage").respond_with_json({"used_bytes": 42})
    child_env = {
        **env,
        "URL": httpserver.url_for("/v2"),
        "PYTHONPATH": os.pathsep.join([str(out), str(ROOT / "overlay")]),
    }
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(out)],
        env=child_env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["field cold cold", "operation ProjectStorage 42"]
