"""httpx's own command line stays out of the client's start-up, and still works when asked for.

Each check runs in a fresh interpreter, since what is imported depends on what already was. The
development environment has click, rich and pygments installed (the ``[cli]`` extra), which is
when httpx would import them.
"""

from __future__ import annotations

from ..fresh_interpreter import fresh

CLI_LIBRARIES = '[m for m in ("click", "rich", "pygments") if m in sys.modules]'
REAL_CLI = 'type(sys.modules["httpx._main"]).__name__ == "module"'


def test_the_cli_libraries_are_installed_here() -> None:
    # What the next test relies on: without them httpx would not import its command line anyway.
    assert fresh("import click, rich, pygments\nresult = True") is True
    assert fresh(f"import httpx\nresult = [{CLI_LIBRARIES}, {REAL_CLI}]") == [
        ["click", "rich", "pygments"],
        True,
    ]


def test_api_start_up_does_not_import_the_httpx_command_line() -> None:
    code = (
        "import sevenbridges as sbg\n"
        "api = sbg.Api(url='https://api.example.com/v2', token='t' * 32)\n"
        f"result = [{CLI_LIBRARIES}, {REAL_CLI}]"
    )
    assert fresh(code) == [[], False]


def test_the_httpx_command_line_loads_on_first_use() -> None:
    code = (
        "import sevenbridges.http\n"
        "import httpx\n"
        "from httpx._main import print_response\n"
        f"result = [callable(print_response), {REAL_CLI}, 'rich' in sys.modules]"
    )
    assert fresh(code) == [True, True, True]
    code = (
        "import sevenbridges.http, httpx\n"
        "sys.argv = ['httpx', '--help']\n"
        "try:\n"
        "    httpx.main()\n"
        "except SystemExit as done:\n"
        "    result = [done.code, " + REAL_CLI + "]\n"
    )
    assert fresh(code) == [0, True]


def test_nothing_is_replaced_when_httpx_came_first() -> None:
    code = f"import httpx\nimport sevenbridges.http\nresult = [{REAL_CLI}, 'rich' in sys.modules]"
    assert fresh(code) == [True, True]
