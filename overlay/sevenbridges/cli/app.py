"""The ``sbg`` application: global options, error handling and exit codes, small commands.

Everything heavy (the client, Rich) is imported inside the commands, so ``sbg --help`` costs
little more than Typer itself.
"""

from __future__ import annotations

import importlib
import logging
import sys
import traceback
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from .output import State, clean, message, record

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3
EXIT_INTERRUPTED = 130


# Command groups: name -> (module of this package, its Typer app, one line of help). Each is built
# only when used, so ``sbg --help`` and ``sbg files upload --help`` do not pay for the others.
GROUPS: dict[str, tuple[str, str, str]] = {
    "projects": ("projects", "app", "Projects: ls, show, create, rm, members."),
    "files": ("files", "app", "Files and folders: ls, upload, download, cp, mv, rm, tag, meta."),
    "apps": ("apps", "app", "Apps: ls, show, install, copy."),
    "tasks": ("tasks", "app", "Tasks: ls, show, run, abort, wait, outputs."),
    "volumes": ("storage", "volumes", "Volumes: ls, browse."),
    "imports": ("storage", "imports", "Imports from volumes: submit, ls, wait."),
    "exports": ("storage", "exports", "Exports to volumes: submit, ls, wait."),
}


class _Root(TyperGroup):
    """The root group: builds command groups on first use; turns errors into a one-line message
    and an exit code."""

    def list_commands(self, ctx: Any) -> list[str]:
        return [*super().list_commands(ctx), *GROUPS]

    def get_command(self, ctx: Any, name: str) -> Any:
        if name not in GROUPS:
            return super().get_command(ctx, name)
        module_name, attribute, _ = GROUPS[name]
        module = importlib.import_module(f".{module_name}", __package__)
        command = typer.main.get_command(getattr(module, attribute))
        command.name = name
        return command

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        limit = formatter.width - 6 - max(len(name) for name in self.list_commands(ctx))
        rows: list[tuple[str, str]] = []
        for name in self.list_commands(ctx):
            group = GROUPS.get(name)
            line = group[2] if group else self.commands[name].get_short_help_str(limit)
            rows.append((name, line))
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.BadParameter):
            raise
        except KeyboardInterrupt:
            message("sbg: interrupted; run the same command again to carry on where it stopped")
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except Exception as exc:
            if type(exc).__module__.startswith(("typer", "click")):
                raise  # usage errors: Typer prints them and exits with 2
            state = ctx.obj if isinstance(ctx.obj, State) else State()
            if state.debug:
                traceback.print_exc(file=sys.stderr)
            message(f"sbg: {describe(exc)}")
            raise typer.Exit(EXIT_ERROR) from None


def describe(exc: BaseException) -> str:
    """One line about an error: its message, and its kind for errors of the Python runtime."""
    from ..errors import SbgError

    text = clean(exc)
    if isinstance(exc, SbgError):
        return f"{type(exc).__name__}: {text}" if exc.status not in (None, -1) else text
    if isinstance(exc, OSError):
        return text or type(exc).__name__
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


app = typer.Typer(
    cls=_Root,
    name="sbg",
    help="The Seven Bridges API from the command line (Platform, CGC, CAVATICA, the emulator).",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback()
def main(
    ctx: typer.Context,
    profile: Annotated[
        str | None,
        typer.Option(help="Profile of ~/.sevenbridges/credentials to use.", show_default=False),
    ] = None,
    url: Annotated[
        str | None,
        typer.Option(
            help="API URL (default: $SB_API_ENDPOINT or the profile's).", show_default=False
        ),
    ] = None,
    token: Annotated[
        str | None,
        typer.Option(
            help="API token (default: $SB_AUTH_TOKEN or the profile's; prefer those, a token "
            "on the command line lands in the shell history).",
            show_default=False,
        ),
    ] = None,
    json_output: Annotated[
        bool, typer.Option("--json", help="Print JSON on stdout (messages go to stderr).")
    ] = False,
    debug: Annotated[
        bool, typer.Option(help="Show tracebacks and log requests on stderr.")
    ] = False,
) -> None:
    """Settings are resolved as sbg.Api() resolves them: --url/--token, then --profile, then
    SB_API_ENDPOINT and SB_AUTH_TOKEN, then the [default] profile of ~/.sevenbridges/credentials."""
    ctx.obj = State(profile=profile, url=url, token=token, json=json_output, debug=debug)
    if debug:
        logging.basicConfig(level=logging.DEBUG, stream=sys.stderr)


@app.command()
def whoami(ctx: typer.Context) -> None:
    """Show the user the token belongs to."""
    state: State = ctx.obj
    user = state.api.users.me()
    data = user.to_dict()
    data["api"] = state.api.url
    keys = ["username", "email", "first_name", "last_name", "api"]
    record(state, data if state.json else {key: data.get(key) for key in keys}, keys)


@app.command(short_help="Write a profile (API URL, token) to the credentials file.")
def configure(
    ctx: typer.Context,
    url: Annotated[
        str | None, typer.Option(help="API URL of the profile.", show_default=False)
    ] = None,
    profile: Annotated[str | None, typer.Option(help="Profile name.", show_default=False)] = None,
    token_stdin: Annotated[
        bool, typer.Option("--token-stdin", help="Read the token from standard input.")
    ] = False,
) -> None:
    """Write a profile (API URL and token) to ~/.sevenbridges/credentials.

    The token is asked for without echo (or read from stdin with --token-stdin); the file is
    readable by you only (mode 0600).
    """
    from .configure import save_profile

    state: State = ctx.obj
    name = profile or state.profile or "default"
    endpoint = url or state.url or typer.prompt("API URL", default="https://api.sbgenomics.com/v2")
    if state.token:
        token = state.token
    elif token_stdin:
        token = sys.stdin.readline().strip()
    else:
        token = typer.prompt("API token", hide_input=True)
    path = save_profile(name, endpoint, token)
    message(f"Saved profile {name!r} to {path}")


@app.command(
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
    add_help_option=False,
    short_help="Start the bundled emulator (sbg emulator --help).",
)
def emulator(ctx: typer.Context) -> None:
    """Start the bundled emulator (options: sbg emulator --help); stop it with Ctrl-C.

    It prints its API URL and token; try it with
    sbg --url URL --token TOKEN whoami.
    """
    from sevenbridges_emulator.__main__ import main as emulator_main

    raise typer.Exit(emulator_main(ctx.args))
