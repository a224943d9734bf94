"""``sbg projects``: list, show, create and delete projects, and manage their members."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from .output import State, message, record, table

app = typer.Typer(
    help="Projects: ls, show, create, rm, members.", no_args_is_help=True, rich_markup_mode=None
)
members = typer.Typer(
    help="Members of a project: ls, add, rm.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(members, name="members")

PERMISSIONS = ("read", "copy", "write", "execute", "admin")


def confirm_or_refuse(yes: bool, question: str) -> None:
    """Ask ``question`` at a terminal; elsewhere ``--yes`` is required (a usage error without)."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise typer.BadParameter("not at a terminal: pass --yes to confirm", param_hint="--yes")
    if not typer.confirm(question):
        raise typer.Exit(1)


@app.command("ls")
def list_projects(
    ctx: typer.Context,
    owner: Annotated[str | None, typer.Option(help="Only this owner's projects.")] = None,
    name: Annotated[str | None, typer.Option(help="Only projects of this name.")] = None,
) -> None:
    """List the projects you can see."""
    state: State = ctx.obj
    rows = [
        {"id": p.id, "name": p.name, "category": p.category, "billing_group": p.billing_group}
        for p in state.api.projects.query(owner=owner, name=name).all()
    ]
    table(state, rows, ["id", "name", "category", "billing_group"])


@app.command("show")
def show(ctx: typer.Context, project: Annotated[str, typer.Argument(help="owner/project")]) -> None:
    """Show a project."""
    state: State = ctx.obj
    found = state.api.projects.get(project)
    record(state, found.to_dict(), ["id", "name", "billing_group", "description"])


@app.command("create")
def create(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The project's name.")],
    billing_group: Annotated[
        str | None,
        typer.Option(
            help="Billing group id (default: your only billing group).", show_default=False
        ),
    ] = None,
    description: Annotated[str | None, typer.Option(help="Description.")] = None,
    tag: Annotated[list[str] | None, typer.Option(help="A tag (repeat for more).")] = None,
) -> None:
    """Create a project."""
    state: State = ctx.obj
    api = state.api
    if billing_group is None:
        groups = list(api.billing_groups.query().all())
        if len(groups) != 1:
            raise typer.BadParameter(
                f"you have {len(groups)} billing groups: choose one", param_hint="--billing-group"
            )
        billing_group = str(groups[0].id)
    created = api.projects.create(
        name=name, billing_group=billing_group, description=description, tags=tag
    )
    message(f"Created {created.id}")
    record(state, created.to_dict(), ["id", "name", "billing_group", "description"])


@app.command("rm")
def remove(
    ctx: typer.Context,
    project: Annotated[str, typer.Argument(help="owner/project")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask.")] = False,
) -> None:
    """Delete a project and everything in it."""
    state: State = ctx.obj
    found = state.api.projects.get(project)
    confirm_or_refuse(yes, f"Delete {found.id} and all its files?")
    found.delete()
    message(f"Deleted {found.id}")


@members.command("ls")
def list_members(
    ctx: typer.Context, project: Annotated[str, typer.Argument(help="owner/project")]
) -> None:
    """List a project's members and their permissions."""
    state: State = ctx.obj
    rows = []
    for member in state.api.projects.get(project).get_members().all():
        permissions = dict(member.permissions or {})  # fetched when the listing leaves it out
        granted = [name for name in PERMISSIONS if permissions.get(name)]
        row = member.to_dict()
        row["permissions"] = permissions if state.json else ",".join(granted)
        rows.append(row)
    table(state, rows, ["username", "type", "permissions"])


@members.command("add")
def add_member(
    ctx: typer.Context,
    project: Annotated[str, typer.Argument(help="owner/project")],
    username: Annotated[str, typer.Argument(help="The user to add.")],
    permission: Annotated[
        list[str] | None,
        typer.Option(
            help=f"A permission to grant: {', '.join(PERMISSIONS)} (repeat; read is always given).",
        ),
    ] = None,
) -> None:
    """Add a member to a project."""
    state: State = ctx.obj
    granted = {"read": True}
    for name in permission or []:
        if name not in PERMISSIONS:
            raise typer.BadParameter(
                f"{name!r} is not one of {', '.join(PERMISSIONS)}", param_hint="--permission"
            )
        granted[name] = True
    member = state.api.projects.get(project).add_member(username, permissions=granted)
    message(f"Added {member.username} to {project}")
    record(state, member.to_dict(), ["username", "permissions"])


@members.command("rm")
def remove_member(
    ctx: typer.Context,
    project: Annotated[str, typer.Argument(help="owner/project")],
    username: Annotated[str, typer.Argument(help="The member to remove.")],
) -> None:
    """Remove a member from a project."""
    state: State = ctx.obj
    state.api.projects.get(project).remove_member(username)
    message(f"Removed {username} from {project}")
