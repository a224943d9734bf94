"""``sbg files``: list, upload, download, copy, move, delete, tag and annotate files.

Remote places are ``owner/project``, ``owner/project/folder/file`` or a file or folder id.
"""

from __future__ import annotations

import glob
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .output import (
    State,
    TransferProgress,
    message,
    partial_failure,
    print_json,
    record,
    table,
    transfer_report,
)

if TYPE_CHECKING:
    from ..models.file import File

app = typer.Typer(
    help="Files and folders: ls, upload, download, cp, mv, rm, tag, meta.",
    no_args_is_help=True,
    rich_markup_mode=None,
)

FILE_KEYS = ["id", "name", "type", "size", "project", "parent", "tags", "metadata"]


def key_values(pairs: list[str] | None, option: str) -> dict[str, str]:
    """``key=value`` arguments as a dict; a usage error (exit 2) for a malformed one."""
    result: dict[str, str] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise typer.BadParameter(f"expected key=value, got {pair!r}", param_hint=option)
        result[key.strip()] = value
    return result


def _row(item: File, path: str | None = None) -> dict[str, Any]:
    return {
        "path": path if path is not None else item.name,
        "name": item.name,
        "id": item.id,
        "type": "folder" if item.is_folder() else "file",
        "size": item.size if not item.is_folder() else None,
    }


def _matches(item: File, tags: list[str], metadata: dict[str, str]) -> bool:
    if item.is_folder():
        return not tags and not metadata
    have = set(item.tags or [])
    meta = item.metadata or {}
    return all(tag in have for tag in tags) and all(
        str(meta.get(key)) == value for key, value in metadata.items()
    )


@app.command("ls")
def list_files(
    ctx: typer.Context,
    where: Annotated[
        str, typer.Argument(help="owner/project, owner/project/folder, or a folder id")
    ],
    recursive: Annotated[
        bool, typer.Option("--recursive", "-r", help="Walk the folders below.")
    ] = False,
    tag: Annotated[
        list[str] | None, typer.Option(help="Only files with this tag (repeat).")
    ] = None,
    meta: Annotated[
        list[str] | None, typer.Option(help="Only files with this metadata key=value (repeat).")
    ] = None,
) -> None:
    """List the files and folders of a project or folder."""
    from .paths import destination

    state: State = ctx.obj
    filters = key_values(meta, "--meta")
    tags = list(tag or [])
    api = state.api
    project, folder = destination(api, where)
    rows: list[dict[str, Any]] = []
    if recursive:
        for path, folders, found in api.files.walk(project=project, parent=folder):
            prefix = f"{path}/" if path else ""
            if not tags and not filters:
                rows.extend(_row(sub, f"{prefix}{sub.name}/") for sub in folders)
            rows.extend(
                _row(item, f"{prefix}{item.name}")
                for item in found
                if _matches(item, tags, filters)
            )
    else:
        query = api.files.query(
            project=project, parent=folder, tags=tags or None, metadata=filters or None,
            fields="_all",
        )  # fmt: skip
        rows = [_row(item) for item in query.all()]
    if state.json:
        rows = [
            {key: value for key, value in row.items() if key != "path" or recursive} for row in rows
        ]
    table(state, rows, ["path" if recursive else "name", "type", "size", "id"])


def _local_paths(paths: list[str]) -> list[Path]:
    """The paths given, with glob patterns (quoted for the shell) expanded; a missing one is an
    error naming it."""
    from ..errors import ValidationError

    found: list[Path] = []
    for given in paths:
        if Path(given).exists():
            found.append(Path(given))
            continue
        if glob.has_magic(given):
            matches = sorted(glob.glob(given, recursive=True))
            if matches:
                found.extend(Path(match) for match in matches)
                continue
            raise ValidationError(f"No local file matches {given!r}")
        raise ValidationError(f"No such local file or directory: {given!r}")
    return found


@app.command("upload")
def upload(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive) or globs.")],
    to: Annotated[str, typer.Option("--to", help="owner/project or owner/project/folder.")],
    overwrite: Annotated[bool, typer.Option(help="Replace remote files of the same name.")] = False,
    parallel: Annotated[
        int | None,
        typer.Option(min=1, help="Files moving at once (default: up to 16).", show_default=False),
    ] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Parts in flight per file.", show_default=False)
    ] = None,
    part_size: Annotated[
        int | None,
        typer.Option(min=5, help="Part size in MiB (default 32).", show_default=False),
    ] = None,
) -> None:
    """Upload files and directories; run it again to resume (files already there are skipped)."""
    from .paths import destination

    state: State = ctx.obj
    local = _local_paths(paths)
    api = state.api
    project, folder = destination(api, to)
    with TransferProgress("upload") as shown:
        records = api.files.upload_many(
            local, project=project, parent=folder, overwrite=overwrite,
            files_in_flight=parallel, workers=workers, progress=shown.update,
            part_size=part_size * 2**20 if part_size is not None else None,
        )  # fmt: skip
    raise typer.Exit(transfer_report(state, records))


@app.command("download")
def download(
    ctx: typer.Context,
    sources: Annotated[
        list[str], typer.Argument(help="Files or folders (paths or ids), or owner/project.")
    ],
    to: Annotated[Path, typer.Option("--to", help="Local directory (created if missing).")] = Path(
        "."
    ),
    overwrite: Annotated[bool, typer.Option(help="Replace local files.")] = False,
    parallel: Annotated[
        int | None,
        typer.Option(min=1, help="Files moving at once (default: up to 16).", show_default=False),
    ] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Parts in flight per file.", show_default=False)
    ] = None,
) -> None:
    """Download files, folders (recursively) or whole projects; run it again to resume."""
    from .paths import resolve

    state: State = ctx.obj
    api = state.api
    items: list[File] = []
    for source in sources:
        place = resolve(api, source)
        if place.file is None:
            items.extend(api.files.query(project=place.project).all())
        else:
            items.append(place.file)
    to.mkdir(parents=True, exist_ok=True)
    with TransferProgress("download") as shown:
        records = api.files.download_many(
            items,
            to,
            overwrite=overwrite,
            files_in_flight=parallel,
            workers=workers,
            progress=shown.update,
        )
    raise typer.Exit(transfer_report(state, records))


def _file(state: State, text: str) -> File:
    from .paths import resolve

    place = resolve(state.api, text)
    if place.file is None:
        raise typer.BadParameter(f"{text!r} is a project; name a file or folder")
    return place.file


@app.command("cp")
def copy(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(help="The file (path or id).")],
    to: Annotated[str, typer.Argument(help="owner/project or owner/project/folder.")],
    name: Annotated[str | None, typer.Option(help="A new name for the copy.")] = None,
) -> None:
    """Copy a file into a project or folder."""
    from .paths import destination

    state: State = ctx.obj
    item = _file(state, source)
    project, folder = destination(state.api, to)
    copied = (
        item.copy(project, name=name) if folder is None else item.copy_to_folder(folder, name=name)
    )
    message(f"Copied {item.id} to {copied.id}")
    record(state, copied.to_dict(), FILE_KEYS)


@app.command("mv")
def move(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(help="The file or folder (path or id).")],
    to: Annotated[str, typer.Argument(help="A folder of the same project (path or id).")],
    name: Annotated[str | None, typer.Option(help="A new name.")] = None,
) -> None:
    """Move a file or folder into a folder of the same project, optionally renaming it."""
    from .paths import destination

    state: State = ctx.obj
    item = _file(state, source)
    _, folder = destination(state.api, to)
    if folder is None:
        raise typer.BadParameter(f"{to!r} is a project; name a folder in it", param_hint="TO")
    moved = item.move_to_folder(folder, name=name)
    message(f"Moved {item.id} into {folder.id}")
    record(state, moved.to_dict(), FILE_KEYS)


@app.command("rm")
def remove(
    ctx: typer.Context,
    files: Annotated[list[str], typer.Argument(help="Files (paths or ids).")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask.")] = False,
) -> None:
    """Delete files (folders only when empty)."""
    from .projects import confirm_or_refuse

    state: State = ctx.obj
    items = [_file(state, text) for text in files]
    confirm_or_refuse(yes, f"Delete {len(items)} file(s)?")
    records = state.api.files.bulk_delete(items)
    rows = [
        {
            "file": text,
            "id": item.id,
            "deleted": result.valid,
            "error": str(result.error or "") or None,
        }
        for text, item, result in zip(files, items, records, strict=True)
    ]
    if state.json:
        print_json(rows)
    failed = [(row["file"], row["error"] or "not deleted") for row in rows if not row["deleted"]]
    message(f"Deleted {len(rows) - len(failed)} of {len(rows)}")
    raise typer.Exit(partial_failure(failed))


@app.command("tag")
def tag(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(help="The file (path or id).")],
    add: Annotated[list[str] | None, typer.Option(help="Add this tag (repeat).")] = None,
    remove: Annotated[list[str] | None, typer.Option(help="Remove this tag (repeat).")] = None,
    clear: Annotated[bool, typer.Option(help="Remove every tag first.")] = False,
) -> None:
    """Show or change a file's tags."""
    state: State = ctx.obj
    item = _file(state, file)
    if add or remove or clear:
        tags = [] if clear else list(item.tags or [])
        tags = [t for t in tags if t not in set(remove or [])]
        tags += [t for t in add or [] if t not in tags]
        item.tags = tags
        item.save()
    current = list(item.tags or [])
    if state.json:
        record(state, {"id": item.id, "tags": current})
    else:
        print("\n".join(current))


@app.command("meta")
def meta(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(help="The file (path or id).")],
    pairs: Annotated[list[str] | None, typer.Argument(help="key=value to set.")] = None,
    unset: Annotated[list[str] | None, typer.Option(help="Remove this key (repeat).")] = None,
    replace: Annotated[
        bool, typer.Option(help="Replace all metadata with the pairs given.")
    ] = False,
) -> None:
    """Show or change a file's metadata."""
    state: State = ctx.obj
    changes = key_values(pairs, "PAIRS")
    item = _file(state, file)
    if replace:
        item.metadata = changes
        item.save()
    elif changes or unset:
        for key, value in changes.items():
            item.metadata[key] = value
        for key in unset or []:
            item.metadata.pop(key, None)
        item.save()
    record(state, dict(item.metadata or {}))
