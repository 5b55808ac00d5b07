"""The pages' constructors are cut into the parts their screens have: no method of the
five big pages runs over 50 lines (their ``__init__`` calls ``_build_...`` methods)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import tearconsole

UI_DIR = Path(tearconsole.__file__).parent / "ui"
PAGES = {
    "library_page.py": "LibraryPage",
    "plan_editor/page.py": "PlanEditorPage",
    "history_page.py": "HistoryPage",
    "live/console.py": "LiveConsole",
    "live/page.py": "LivePage",
}
LONGEST = 50


def method_lengths(source: str, class_name: str) -> dict[str, int]:
    tree = ast.parse(source)
    found = next(
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef) and node.name == class_name
    )
    return {
        node.name: (node.end_lineno or node.lineno) - node.lineno + 1
        for node in found.body
        if isinstance(node, ast.FunctionDef)
    }


def test_lengths_are_counted_from_def_to_last_line() -> None:
    source = (
        "class A:\n    def __init__(self):\n        x = 1\n\n        y = 2\n    def f(self): pass\n"
    )
    assert method_lengths(source, "A") == {"__init__": 4, "f": 1}


@pytest.mark.parametrize("path", sorted(PAGES))
def test_a_page_is_built_from_its_parts(path: str) -> None:
    lengths = method_lengths((UI_DIR / path).read_text("utf-8"), PAGES[path])
    assert any(name.startswith("_build") for name in lengths)
    assert {name: n for name, n in lengths.items() if n > LONGEST} == {}
