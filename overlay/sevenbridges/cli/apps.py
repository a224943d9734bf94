"""``sbg apps``: list, show, install and copy apps."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .output import State, message, record, table

if TYPE_CHECKING:
    from ..models.app import App

app = typer.Typer(
    help="Apps: ls, show, install, copy.", no_args_is_help=True, rich_markup_mode=None
)

APP_KEYS = ["id", "name", "revision", "project", "href"]


def _show(state: State, found: App) -> None:
    """An app without its CWL (``apps show --cwl`` prints that)."""
    data = found.to_dict()
    data.pop("raw", None)
    record(state, data, APP_KEYS)


@app.command("ls")
def list_apps(
    ctx: typer.Context,
    project: Annotated[str | None, typer.Option(help="Only this project's apps.")] = None,
    public: Annotated[bool, typer.Option("--public", help="The public apps.")] = False,
    search: Annotated[str | None, typer.Option("--search", "-q", help="Search terms.")] = None,
) -> None:
    """List the apps you can see (of a project, or the public ones)."""
    state: State = ctx.obj
    apps = state.api.apps.query(
        project=project, visibility="public" if public else None, q=search
    ).all()
    rows = [{"id": a.id, "name": a.name, "revision": a.revision} for a in apps]
    table(state, rows, ["id", "name", "revision"])


@app.command("show")
def show(
    ctx: typer.Context,
    app_id: Annotated[str, typer.Argument(help="owner/project/app[/revision]")],
    cwl: Annotated[bool, typer.Option("--cwl", help="Print the app's CWL (as JSON).")] = False,
) -> None:
    """Show an app, or its CWL."""
    state: State = ctx.obj
    found = state.api.apps.get(app_id)
    if cwl:
        from .output import print_json

        print_json(found.to_dict().get("raw") or {})
        return
    _show(state, found)


@app.command("install")
def install(
    ctx: typer.Context,
    app_id: Annotated[str, typer.Argument(help="owner/project/app_name to install as.")],
    cwl_file: Annotated[Path, typer.Argument(help="The CWL document (JSON or YAML).")],
) -> None:
    """Install an app from a CWL file (a new revision when the app exists)."""
    from ..errors import ValidationError

    state: State = ctx.obj
    if not cwl_file.is_file():
        raise ValidationError(f"No such CWL file: {str(cwl_file)!r}")
    installed = state.api.apps.install_app(app_id, cwl_file.read_text(encoding="utf-8"))
    message(f"Installed {installed.id}")
    _show(state, installed)


@app.command("copy")
def copy(
    ctx: typer.Context,
    app_id: Annotated[str, typer.Argument(help="owner/project/app[/revision]")],
    project: Annotated[str, typer.Argument(help="The destination owner/project.")],
    name: Annotated[str | None, typer.Option(help="A new name for the copy.")] = None,
) -> None:
    """Copy an app into a project."""
    state: State = ctx.obj
    copied = state.api.apps.get(app_id).copy(project, name=name)
    message(f"Copied to {copied.id}")
    _show(state, copied)
