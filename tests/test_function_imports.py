"""An import inside a function says in a word why it is there (what it keeps off which
path, or what it would otherwise loop with; bench/startup.py measures the start's paths)."""

from __future__ import annotations

import ast
from pathlib import Path

import tearconsole

PACKAGE_DIR = Path(tearconsole.__file__).parent
CHECKED = sorted(PACKAGE_DIR.rglob("*.py"))


def unexplained(source: str) -> list[int]:
    """Lines of function-level imports with no comment on them, none on the line above,
    and not continuing a block of imports that has one."""
    lines = source.splitlines()
    found = []
    explained: set[int] = set()
    imports = sorted(
        {
            node.lineno
            for function in ast.walk(ast.parse(source))
            if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
            for node in ast.walk(function)
            if isinstance(node, ast.Import | ast.ImportFrom)
        }
    )
    for number in imports:
        above = number - 1
        while above > 0 and not lines[above - 1].strip():
            above -= 1
        if (
            "#" in lines[number - 1]
            or lines[above - 1].strip().startswith("#")
            or above in explained
        ):
            explained.add(number)
        else:
            found.append(number)
    return found


def test_the_check_sees_an_unexplained_import() -> None:
    source = (
        "def f():\n"
        "    import json  # only for --json\n"
        "    import csv\n"
        "\n"
        "def g():\n"
        "    # the rest: not for --version\n"
        "    import os\n"
        "\n"
        "    import sys\n"
        "    x = 1\n"
        "    import re\n"
    )
    assert unexplained(source) == [11]


def test_every_function_level_import_says_why() -> None:
    assert len(CHECKED) > 10
    missing = {
        str(path.relative_to(PACKAGE_DIR)): lines
        for path in CHECKED
        if (lines := unexplained(path.read_text("utf-8")))
    }
    assert missing == {}
