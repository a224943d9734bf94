"""Files and folders: listing with filters and both paging styles, details, metadata, tags, folders,
copy/move, download URLs, search, the multi-file copy action and the bulk calls.

Access follows the project's permissions: `read` to see a file, `write` to change or delete it,
`copy` to copy or download it (and `write` in the destination). Project administrators have every
permission (see `Permissions.merged`).
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote_plus, urlsplit, urlunsplit

from ..context import Context
from ..errors import ADVANCE_ACCESS_MESSAGE, ApiError, bad_request
from ..request import Request
from ..routing import RouteTable
from ..state import Permissions, Project, utc_now
from ..stores.files import (
    FOLDER,
    FileRecord,
    FileStore,
    file_error,
    valid_metadata,
    valid_name,
    valid_tags,
)
from ..wire import JsonObject, Response, error_body, no_content, ok, select_fields
from .common import BULK_LIMIT, DEFAULT_LIMIT, MAX_LIMIT, paginated, single

routes = RouteTable()

# Without `fields`, list items show these keys: enough to tell folders from files and walk the tree.
FILE_LIST_KEYS = ("href", "id", "name", "type", "project", "parent", "dataset")
UPDATE_KEYS = ("name", "tags", "metadata")
FOLDER_UPDATE_CODES = {"name": 5023, "tags": 5027, "metadata": 5025}


# -- access ----------------------------------------------------------------------------------


def store(ctx: Context) -> FileStore:
    """The file store, its `href`s naming the server that answers."""
    files = ctx.state.files
    files.base_url = ctx.base_url
    return files


def permissions_in_project(ctx: Context, project_id: str, username: str) -> Permissions | None:
    project = ctx.state.projects.get(project_id)
    return ctx.state.permissions_in(project, username) if project is not None else None


def find_file(ctx: Context, file_id: Any, username: str) -> tuple[FileRecord, Permissions]:
    """A file the caller may read (404 5002 / 403 5001 otherwise), with the caller's permissions."""
    if not isinstance(file_id, str) or not file_id:
        raise file_error(5004)
    record = store(ctx).get(file_id)
    if record is None:
        raise file_error(5002, f"File '{file_id}' does not exist.")
    permissions = permissions_in_project(ctx, record.project, username)
    if permissions is None or not permissions.read:
        raise file_error(5001)
    return record, permissions


def readable_file(req: Request, ctx: Context) -> FileRecord:
    return find_file(ctx, req.params["file_id"], req.username)[0]


def writable_file(ctx: Context, file_id: Any, username: str) -> FileRecord:
    record, permissions = find_file(ctx, file_id, username)
    if not permissions.write:
        raise file_error(5001, f"You need write permission in '{record.project}' to change it.")
    return record


def project_id_value(value: Any) -> str:
    """`owner/project` (400 5005 for anything else)."""
    if isinstance(value, str):
        owner, sep, slug = value.partition("/")
        if sep and owner and slug and "/" not in slug:
            return value
    raise file_error(5005, f"Malformed project '{value}'. Expecting owner/project.")


def readable_dataset(ctx: Context, dataset_id: str, username: str) -> None:
    """A dataset the caller may list: public, or one they are a member of."""
    owner, _, slug = dataset_id.partition("/")
    dataset = ctx.state.datasets.get(owner, slug)
    if dataset is None:
        raise ApiError(90003, f"Dataset '{dataset_id}' does not exist.")
    if not dataset.public and username not in dataset.members:
        raise ApiError(90002, f"You are not a member of dataset '{dataset_id}'.")


def readable_project(ctx: Context, project_id: str, username: str) -> Project:
    project = ctx.state.projects.get(project_id)
    if project is None:
        raise file_error(3002, f"Project '{project_id}' does not exist.")
    permissions = ctx.state.permissions_in(project, username)
    if permissions is None or not permissions.read:
        raise file_error(3001)
    return project


def destination_folder(
    ctx: Context, project: Any, parent: Any, username: str, *, denied_code: int = 5001
) -> FileRecord:
    """The folder named by exactly one of `project` (its root) and `parent`; the caller must be
    able to write there."""
    if project is not None and parent is not None:
        raise file_error(5031)
    if project is None and parent is None:
        raise file_error(5029, "Give either `project` or `parent`.")
    files = store(ctx)
    if project is not None:
        project_id = project_id_value(project)
        readable_project(ctx, project_id, username)
        folder = files.root_folder(project_id)
    else:
        if not isinstance(parent, str) or not parent:
            raise file_error(5026)
        folder = files.folder(parent)
        readable = permissions_in_project(ctx, folder.project, username)
        if readable is None or not readable.read:
            raise file_error(5026, f"Folder '{parent}' does not exist.")
    permissions = permissions_in_project(ctx, folder.project, username)
    if permissions is None or not permissions.write:
        raise file_error(
            denied_code, f"You need write permission in '{folder.project}' to add files there."
        )
    return folder


# -- rendering -------------------------------------------------------------------------------


def render(ctx: Context, record: FileRecord) -> JsonObject:
    return store(ctx).render(record)


def file_response(req: Request, ctx: Context, record: FileRecord, status: int = 200) -> Response:
    return single(req, render(ctx, record), status)


def error_json(error: ApiError) -> JsonObject:
    return error_body(error.status, error.code, error.message)


# -- listing ---------------------------------------------------------------------------------


def metadata_filters(req: Request) -> dict[str, list[str]]:
    """`metadata.<key>=<value>` parameters: key -> the values asked for."""
    return {
        name[len("metadata.") :]: values
        for name, values in req.query.items()
        if name.startswith("metadata.") and len(name) > len("metadata.")
    }


def metadata_matches(record: FileRecord, wanted: dict[str, list[str]]) -> bool:
    """AND across keys, OR across the values of one key; values compare as text."""
    for key, values in wanted.items():
        if key not in record.metadata:
            return False
        value = record.metadata[key]
        text = ("true" if value else "false") if isinstance(value, bool) else str(value)
        if text not in values:
            return False
    return True


def filtered(req: Request, records: Sequence[FileRecord]) -> list[FileRecord]:
    """The records matching the query's filters: OR within one filter, AND across filters."""
    names = req.query_list("name")
    tags = req.query_list("tag")
    tasks = req.query_list("origin.task")
    datasets = req.query_list("dataset")
    metadata = metadata_filters(req)
    return [
        r
        for r in records
        if (not names or r.name in names)
        and (not tags or any(tag in r.tags for tag in tags))
        and (not tasks or r.origin.get("task") in tasks)
        and (not datasets or r.origin.get("dataset") in datasets)
        and (not metadata or metadata_matches(r, metadata))
    ]


def listed_scope(req: Request, ctx: Context) -> list[FileRecord]:
    """What `project`, `parent` or (alone, advance access) `dataset` selects, before filters."""
    project = req.query_str("project")
    parent = req.query_str("parent")
    datasets = req.query_list("dataset")
    if datasets and not req.advance_access:
        raise ApiError(90002, ADVANCE_ACCESS_MESSAGE)
    if project is not None and parent is not None:
        raise file_error(5031)
    files = store(ctx)
    if project is not None:
        project_id = project_id_value(project)
        readable_project(ctx, project_id, req.username)
        return files.list_children(files.root_folder(project_id).id)
    if parent is not None:
        record = find_file(ctx, parent, req.username)[0]
        if not record.is_folder:
            raise file_error(5022)
        return files.list_children(record.id)
    if datasets:
        for dataset_id in datasets:
            readable_dataset(ctx, dataset_id, req.username)
        return [r for r in files.everything() if r.origin.get("dataset") in datasets]
    raise file_error(5029, "Give either `project` or `parent` to list files.")


def render_listed(req: Request, ctx: Context) -> Callable[[FileRecord], JsonObject]:
    with_dataset = bool(req.query_list("dataset"))

    def render_one(record: FileRecord) -> JsonObject:
        rendered = render(ctx, record)
        if with_dataset:
            rendered["dataset"] = record.origin.get("dataset")
        return rendered

    return render_one


def file_list(req: Request, ctx: Context, records: list[FileRecord]) -> Response:
    """Offset paging, or continuation-token paging when `cont_token` is given."""
    if req.query_str("cont_token") is not None:
        return scrolled(req, ctx, records)
    return paginated(req, ctx, records, render_listed(req, ctx), default_keys=FILE_LIST_KEYS)


def encode_token(seq: int) -> str:
    return base64.urlsafe_b64encode(f"after:{seq}".encode()).decode().rstrip("=")


def decode_token(token: str) -> int:
    """The creation number a continuation token continues after; `init` starts at the beginning."""
    if token == "init":
        return 0
    try:
        text = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        text = ""
    match = re.fullmatch(r"after:(\d+)", text)
    if match is None:
        raise bad_request(f"Invalid cont_token '{token}': start with cont_token=init.")
    return int(match.group(1))


def with_token(url: str, token: str) -> str:
    """The same URL with `cont_token` set; every other query parameter is kept as sent."""
    parts = urlsplit(url)
    kept = [
        pair
        for pair in parts.query.split("&")
        if pair and unquote_plus(pair.partition("=")[0]) != "cont_token"
    ]
    query = "&".join([*kept, f"cont_token={quote(token, safe='')}"])
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def scrolled(req: Request, ctx: Context, records: list[FileRecord]) -> Response:
    """One page by continuation token: items after the token, a `next` link while more remain."""
    if not req.advance_access:
        raise ApiError(90002, ADVANCE_ACCESS_MESSAGE)
    if req.query_str("offset") is not None:
        raise bad_request("`cont_token` cannot be combined with `offset`.")
    if metadata_filters(req):
        raise bad_request("Metadata filters are not supported with `cont_token`.")
    after = decode_token(req.query_str("cont_token") or "init")
    limit = req.query_int("limit", DEFAULT_LIMIT, minimum=1, maximum=MAX_LIMIT)
    remaining = [r for r in records if r.seq > after]
    page = remaining[:limit]
    render_one = render_listed(req, ctx)
    items = [select_fields(render_one(r), req.fields, FILE_LIST_KEYS) for r in page]
    links: list[JsonObject] = []
    if len(remaining) > limit:
        next_url = with_token(req.url, encode_token(page[-1].seq))
        links.append({"href": next_url, "rel": "next", "method": "GET"})
    body = {"href": req.url, "items": items, "links": links}
    return Response(status=200, body=body, headers={"X-Total-Matching-Query": str(len(records))})


@routes.get("/files")
def list_files(req: Request, ctx: Context) -> Response:
    return file_list(req, ctx, filtered(req, listed_scope(req, ctx)))


@routes.get("/files/scroll")
def scroll_files(req: Request, ctx: Context) -> Response:
    return scrolled(req, ctx, filtered(req, listed_scope(req, ctx)))


def folder_contents(req: Request, ctx: Context) -> list[FileRecord]:
    record = readable_file(req, ctx)
    if not record.is_folder:
        raise file_error(5022, f"'{record.name}' is a file, not a folder.")
    return store(ctx).list_children(record.id)


@routes.get("/files/{file_id}/list")
def list_folder(req: Request, ctx: Context) -> Response:
    return file_list(req, ctx, folder_contents(req, ctx))


@routes.get("/files/{file_id}/scroll")
def scroll_folder(req: Request, ctx: Context) -> Response:
    return scrolled(req, ctx, folder_contents(req, ctx))


# -- folders ---------------------------------------------------------------------------------


@routes.post("/files")
def create_folder(req: Request, ctx: Context) -> Response:
    body = req.json_object()
    reject_unknown(body, ("name", "project", "parent", "type"), "folder")
    kind = body.get("type")
    if not isinstance(kind, str) or kind.lower() != FOLDER:
        raise file_error(5012)
    name = valid_name(body.get("name"), folder=True)
    parent = destination_folder(ctx, body.get("project"), body.get("parent"), req.username)
    record = store(ctx).add_folder(project_id=None, parent_id=parent.id, name=name)
    return file_response(req, ctx, record, status=201)


def reject_unknown(body: JsonObject, allowed: Sequence[str], what: str) -> None:
    unknown = sorted(set(body) - set(allowed))
    if unknown:
        raise bad_request(
            f"Unknown field(s) in the {what}: {', '.join(unknown)}. Allowed: {', '.join(allowed)}."
        )


# -- one file --------------------------------------------------------------------------------


@routes.get("/files/{file_id}")
def get_file(req: Request, ctx: Context) -> Response:
    rendered = render(ctx, readable_file(req, ctx))
    if not req.advance_access:
        rendered.pop("parent", None)  # `parent` comes with advance access only
    return single(req, rendered)


def checked_changes(record: FileRecord, body: JsonObject, *, merge: bool) -> JsonObject:
    """The validated new `name`/`tags`/`metadata` of a file (all of them when not merging)."""
    reject_unknown(body, UPDATE_KEYS, "file update")
    if record.is_folder:
        for key in UPDATE_KEYS:
            if key in body:
                raise file_error(FOLDER_UPDATE_CODES[key])
        return {}
    changes: JsonObject = {}
    if body.get("name") is not None:
        changes["name"] = valid_name(body["name"])
    if "tags" in body or not merge:
        changes["tags"] = valid_tags(body["tags"]) if body.get("tags") is not None else []
    if "metadata" in body or not merge:
        given = body.get("metadata")
        new = valid_metadata(given, allow_null=merge) if given is not None else {}
        changes["metadata"] = merged_metadata(record.metadata, new) if merge else new
    return changes


def merged_metadata(current: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """`current` with `changes` applied key by key; a null value removes its key."""
    result = dict(current)
    for key, value in changes.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = value
    return result


def apply_changes(ctx: Context, record: FileRecord, changes: JsonObject) -> None:
    if "name" in changes:
        store(ctx).rename(record, changes["name"])
    if "tags" in changes:
        record.tags = changes["tags"]
    if "metadata" in changes:
        record.metadata = changes["metadata"]
    if changes:
        record.modified_on = utc_now()


def edit_file(req: Request, ctx: Context, *, merge: bool) -> Response:
    record = writable_file(ctx, req.params["file_id"], req.username)
    changes = checked_changes(record, req.json_object(), merge=merge)
    apply_changes(ctx, record, changes)
    return file_response(req, ctx, record)


@routes.patch("/files/{file_id}")
def update_file(req: Request, ctx: Context) -> Response:
    return edit_file(req, ctx, merge=True)


@routes.put("/files/{file_id}")
def replace_file(req: Request, ctx: Context) -> Response:
    return edit_file(req, ctx, merge=False)


def delete_one(ctx: Context, file_id: Any, username: str) -> FileRecord:
    """Delete a file or an empty folder; returns the deleted record."""
    record = writable_file(ctx, file_id, username)
    files = store(ctx)
    if record.parent is None:
        raise file_error(5001, "A project's root folder cannot be deleted.")
    if record.is_folder and files.list_children(record.id):
        raise file_error(5021)
    files.remove(record)
    return record


@routes.delete("/files/{file_id}")
def delete_file(req: Request, ctx: Context) -> Response:
    delete_one(ctx, req.params["file_id"], req.username)
    return no_content()


# -- metadata and tags -----------------------------------------------------------------------


@routes.get("/files/{file_id}/metadata")
def get_file_metadata(req: Request, ctx: Context) -> Response:
    return ok(dict(readable_file(req, ctx).metadata))


def change_metadata(req: Request, ctx: Context, *, merge: bool) -> Response:
    record = writable_file(ctx, req.params["file_id"], req.username)
    if record.is_folder:
        raise file_error(5025)
    new = valid_metadata(req.json_object(), allow_null=True)
    if merge:
        record.metadata = merged_metadata(record.metadata, new)
    else:
        record.metadata = {key: value for key, value in new.items() if value is not None}
    record.modified_on = utc_now()
    return ok(dict(record.metadata))


@routes.put("/files/{file_id}/metadata")
def replace_file_metadata(req: Request, ctx: Context) -> Response:
    return change_metadata(req, ctx, merge=False)


@routes.patch("/files/{file_id}/metadata")
def update_file_metadata(req: Request, ctx: Context) -> Response:
    return change_metadata(req, ctx, merge=True)


@routes.put("/files/{file_id}/tags")
def replace_file_tags(req: Request, ctx: Context) -> Response:
    record = writable_file(ctx, req.params["file_id"], req.username)
    if record.is_folder:
        raise file_error(5027)
    tags = valid_tags(req.json())
    apply_changes(ctx, record, {"tags": tags})
    return ok(list(record.tags))


# -- copy, move, download --------------------------------------------------------------------


def copyable_file(ctx: Context, file_id: Any, username: str) -> FileRecord:
    record, permissions = find_file(ctx, file_id, username)
    if not permissions.copy:
        raise file_error(5014)
    return record


def optional_name(body: JsonObject, *, folder: bool = False) -> str | None:
    name = body.get("name")
    return None if name is None else valid_name(name, folder=folder)


@routes.post("/files/{file_id}/actions/copy")
def copy_file(req: Request, ctx: Context) -> Response:
    body = req.json_object()
    reject_unknown(body, ("project", "parent", "name"), "copy request")
    source = copyable_file(ctx, req.params["file_id"], req.username)
    if source.is_folder:
        raise file_error(5018)
    parent = destination_folder(ctx, body.get("project"), body.get("parent"), req.username)
    copied = store(ctx).copy_file(source, parent, optional_name(body))
    return file_response(req, ctx, copied, status=201)


def move_one(
    ctx: Context, file_id: Any, parent_id: Any, name: str | None, username: str
) -> FileRecord:
    """Move a file or folder into `parent_id`; write access on both ends (403 5032)."""
    record, permissions = find_file(ctx, file_id, username)
    if not permissions.write:
        raise file_error(5032)
    if parent_id is None:
        raise file_error(5029, "Give the destination folder as `parent`.")
    parent = destination_folder(ctx, None, parent_id, username, denied_code=5032)
    return store(ctx).move(record, parent, name)


@routes.post("/files/{file_id}/actions/move")
def move_file(req: Request, ctx: Context) -> Response:
    body = req.json_object()
    reject_unknown(body, ("parent", "name"), "move request")
    record = find_file(ctx, req.params["file_id"], req.username)[0]
    parent = body.get("parent")
    if isinstance(parent, str):
        target = store(ctx).get(parent)
        if target is not None and target.project != record.project:
            raise file_error(5015)
    moved = move_one(
        ctx, record.id, parent, optional_name(body, folder=record.is_folder), req.username
    )
    return file_response(req, ctx, moved)


@routes.get("/files/{file_id}/download_info")
def get_file_download_info(req: Request, ctx: Context) -> Response:
    record = copyable_file(ctx, req.params["file_id"], req.username)
    if record.is_folder:
        raise file_error(5017)
    if record.blob is None:
        raise file_error(5002, f"File '{record.id}' has no stored content to download.")
    try:
        url, _expires = ctx.state.storage.download_url(record.blob, record.name)
    except KeyError:
        raise file_error(5002, f"The content of file '{record.id}' is gone.") from None
    return ok({"url": url})


# -- several files at once -------------------------------------------------------------------


def id_list(body: JsonObject, key: str) -> list[Any]:
    values = body.get(key)
    if not isinstance(values, list):
        raise bad_request(f"'{key}' must be a list of file ids.")
    if len(values) > BULK_LIMIT:
        raise bad_request(f"At most {BULK_LIMIT} items per call; got {len(values)}.")
    return values


@routes.post("/action/files/copy")
def copy_files(req: Request, ctx: Context) -> Response:
    body = req.json_object()
    reject_unknown(body, ("project", "file_ids"), "copy request")
    file_ids = id_list(body, "file_ids")
    parent = destination_folder(ctx, body.get("project"), None, req.username)
    outcome: JsonObject = {}
    for file_id in file_ids:
        try:
            source = copyable_file(ctx, file_id, req.username)
            copied = store(ctx).copy_file(source, parent)
            outcome[str(file_id)] = {"new_file_id": copied.id, "new_file_name": copied.name}
        except ApiError as error:
            outcome[str(file_id)] = {
                "status": error.status,
                "code": error.code,
                "message": error.message,
            }
    return ok(outcome)


def bulk_response(records: list[JsonObject]) -> Response:
    return ok({"items": records})


def bulk_records(
    req: Request, ctx: Context, items: list[Any], action: Callable[[Any], FileRecord]
) -> Response:
    """One `{resource}` or `{error}` record per item, in input order."""
    records: list[JsonObject] = []
    for item in items:
        try:
            record = action(item)
        except ApiError as error:
            records.append({"error": error_json(error)})
        else:
            records.append({"resource": select_fields(render(ctx, record), req.fields)})
    return bulk_response(records)


@routes.post("/bulk/files/get")
def bulk_get_files(req: Request, ctx: Context) -> Response:
    file_ids = id_list(req.json_object(), "file_ids")
    return bulk_records(req, ctx, file_ids, lambda f: find_file(ctx, f, req.username)[0])


@routes.post("/bulk/files/delete")
def bulk_delete_files(req: Request, ctx: Context) -> Response:
    file_ids = id_list(req.json_object(), "file_ids")
    results: list[JsonObject] = []
    for file_id in file_ids:
        try:
            rendered = render(ctx, writable_file(ctx, file_id, req.username))
            delete_one(ctx, file_id, req.username)
            results.append({"resource": select_fields(rendered, req.fields)})
        except ApiError as error:
            results.append({"error": error_json(error)})
    return bulk_response(results)


def bulk_change(req: Request, ctx: Context, *, merge: bool) -> Response:
    items = id_list(req.json_object(), "items")

    def change(item: Any) -> FileRecord:
        if not isinstance(item, dict):
            raise bad_request("Each item must be an object with `file_id`.")
        fields = {key: value for key, value in item.items() if key not in ("id", "file_id")}
        record = writable_file(ctx, item.get("file_id", item.get("id")), req.username)
        apply_changes(ctx, record, checked_changes(record, fields, merge=merge))
        return record

    return bulk_records(req, ctx, items, change)


@routes.post("/bulk/files/update")
def bulk_update_files(req: Request, ctx: Context) -> Response:
    return bulk_change(req, ctx, merge=False)


@routes.post("/bulk/files/edit")
def bulk_edit_files(req: Request, ctx: Context) -> Response:
    return bulk_change(req, ctx, merge=True)


# -- search ----------------------------------------------------------------------------------

_STRING = r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\""
_SEARCH = re.compile(
    r"\s*SELECT\s+\*\s+FROM\s+files(?:\s+WHERE\s+(?P<where>.+?))?\s*;?\s*",
    re.IGNORECASE | re.DOTALL,
)
_SEARCH_IN = re.compile(
    rf"\s*IN\s+(?P<scope>{_STRING})(?:\s+WHERE\s+(?P<where>.+?))?"
    rf"(?:\s+LIMIT\s+(?P<limit>\d+))?(?:\s+TOKEN\s+(?P<token>{_STRING}|\S+))?\s*;?\s*",
    re.IGNORECASE | re.DOTALL,
)
_CONDITION = re.compile(
    rf"\s*(?P<field>[A-Za-z_][\w.]*)\s*(?:(?P<eq>=)\s*(?P<value>{_STRING})"
    rf"|IN\s*\((?P<values>\s*(?:{_STRING})(?:\s*,\s*(?:{_STRING}))*\s*)\))\s*",
    re.IGNORECASE | re.DOTALL,
)
_QUOTED = re.compile(_STRING)
SEARCH_FIELDS = ("name", "project", "type", "tag", "origin.task", "origin.dataset")


@dataclass
class SearchQuery:
    """A parsed search: conditions (field, accepted values), and what an `IN` query adds: the
    project (or folder path inside it) searched, and the LIMIT and TOKEN it carries."""

    conditions: list[tuple[str, list[str]]]
    scope: str | None = None
    limit: int | None = None
    token: str | None = None


def unquote_search(literal: str) -> str:
    """The text of a quoted literal (a doubled quote inside stands for one); a bare word as is."""
    if len(literal) >= 2 and literal[0] == literal[-1] and literal[0] in "'\"":
        quote = literal[0]
        return literal[1:-1].replace(quote * 2, quote)
    return literal


def split_conditions(where: str) -> list[str]:
    """`a = 'x' AND b = "y and z"` -> the conditions, splitting on AND outside quotes."""
    parts: list[str] = []
    start, quote, i = 0, "", 0
    while i < len(where):
        char = where[i]
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif re.match(r"\sAND\s", where[i : i + 5], re.IGNORECASE):
            parts.append(where[start:i])
            start = i = i + 5
            continue
        i += 1
    parts.append(where[start:])
    return parts


def parse_search(query: Any) -> SearchQuery:
    """The documented search language, `IN "owner/project[/folder/path]" [WHERE <conditions>]
    [LIMIT n] [TOKEN t]`, and the SQL-like `SELECT * FROM files [WHERE <conditions>]`. A
    condition is `<field> = "<v>"` or `<field> IN ("<v>", ...)` (single or double quotes) joined
    by AND, where a field is one of `SEARCH_FIELDS` or `metadata.<key>`."""
    if not isinstance(query, str) or not query.strip():
        raise bad_request("'query' must be a non-empty string.")
    scoped = _SEARCH_IN.fullmatch(query)
    match = scoped or _SEARCH.fullmatch(query)
    if match is None:
        raise bad_request(
            'Unsupported query: expected IN "owner/project" [WHERE ...] [LIMIT n] [TOKEN t] '
            "or SELECT * FROM files [WHERE ...]."
        )
    parsed = SearchQuery(conditions=[])
    if scoped is not None:
        parsed.scope = unquote_search(scoped.group("scope")).strip("/")
        parsed.limit = int(scoped.group("limit")) if scoped.group("limit") else None
        parsed.token = unquote_search(scoped.group("token")) if scoped.group("token") else None
    where = match.group("where")
    if where is None:
        return parsed
    for part in split_conditions(where):
        condition = _CONDITION.fullmatch(part)
        if condition is None:
            raise bad_request(f"Unsupported condition in the query: {part.strip()!r}.")
        name = condition.group("field")
        if name not in SEARCH_FIELDS and not name.startswith("metadata."):
            raise bad_request(
                f"Cannot search by '{name}'. Fields: {', '.join(SEARCH_FIELDS)}, metadata.<key>."
            )
        raw = condition.group("value") or condition.group("values") or ""
        values = [unquote_search(v) for v in _QUOTED.findall(raw)]
        if name == "type":
            values = [v.lower() for v in values]  # `type = "FILE"` as documented
        parsed.conditions.append((name, values))
    return parsed


def search_scope(ctx: Context, scope: str, username: str) -> FileRecord:
    """The folder an `IN "owner/project[/path]"` query searches (404 when it does not exist)."""
    owner, _, rest = scope.partition("/")
    slug, _, path = rest.partition("/")
    project_id = f"{owner}/{slug}"
    if not owner or not slug or project_id not in ctx.state.projects:
        raise file_error(3002, f"Project '{project_id}' of the query does not exist.")
    permissions = permissions_in_project(ctx, project_id, username)
    if permissions is None or not permissions.read:
        raise file_error(3002, f"Project '{project_id}' of the query does not exist.")
    files = store(ctx)
    folder = files.root_folder(project_id)
    for name in (part for part in path.split("/") if part):
        child = files.child_named(folder.id, name)
        if child is None or not child.is_folder:
            raise file_error(5026, f"Folder '{path}' of the query does not exist in {project_id}.")
        folder = child
    return folder


def search_value(record: FileRecord, name: str) -> list[str]:
    """The values of a searchable field of a record, as text."""
    if name == "tag":
        return list(record.tags)
    if name.startswith("metadata."):
        value = record.metadata.get(name[len("metadata.") :])
        return [] if value is None else [str(value)]
    if name.startswith("origin."):
        value = record.origin.get(name[len("origin.") :])
        return [] if value is None else [str(value)]
    return [str(getattr(record, name))]


@routes.post("/files/search")
def search_files(req: Request, ctx: Context) -> Response:
    body = req.json_object()
    reject_unknown(body, ("query",), "search request")
    query = parse_search(body.get("query"))
    files = store(ctx)
    scope = search_scope(ctx, query.scope, req.username) if query.scope is not None else None
    matches = [
        r
        for r in files.everything()
        if (p := permissions_in_project(ctx, r.project, req.username)) is not None
        and p.read
        and (scope is None or (r.id != scope.id and files.is_inside(r, scope.id)))
        and all(set(search_value(r, name)) & set(values) for name, values in query.conditions)
    ]
    after = decode_token(query.token or req.query_str("cont_token") or "init")
    limit = req.query_int("limit", DEFAULT_LIMIT, minimum=1, maximum=MAX_LIMIT)
    if query.limit is not None:
        if not 1 <= query.limit <= MAX_LIMIT:
            raise bad_request(f"LIMIT must be from 1 to {MAX_LIMIT}, got {query.limit}.")
        limit = query.limit
    remaining = [r for r in matches if r.seq > after]
    page = remaining[:limit]
    token = encode_token(page[-1].seq) if len(remaining) > limit else None
    return ok(
        {
            "count": len(matches),
            "cont_token": token,
            "result_set": [render(ctx, r) for r in page],
        }
    )
