"""Views lay out, the storage layer acts: no module under ``ui/`` opens a database
session itself; each read or write is a named function of ``storage`` (or ``live``)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from textwrap import dedent

import tearconsole

UI_DIR = Path(tearconsole.__file__).parent / "ui"


def session_calls(source: str) -> Iterator[tuple[int, str]]:
    """Every ``something.session()``: ``db.session()``, ``self.db.session()``..."""
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "session"
            and not node.args
            and not node.keywords
        ):
            yield node.lineno, ast.unparse(node)


def test_the_scan_finds_a_session_wherever_it_is_opened() -> None:
    source = dedent(
        """\
        with self.db.session() as session:
            pass
        def load(db):
            with db.session() as s, other():
                return page.db.session()
        self.session_id = runner.session_id
        console.session.perform(action)
        """
    )
    assert [line for line, _ in session_calls(source)] == [1, 4, 5]


def test_no_view_opens_a_database_session() -> None:
    files = sorted(UI_DIR.rglob("*.py"))
    assert len(files) > 40
    found = [
        f"{path.relative_to(UI_DIR.parent)}:{line}: {call}"
        for path in files
        for line, call in session_calls(path.read_text("utf-8"))
    ]
    assert found == []
