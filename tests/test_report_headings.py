"""A PDF report never leaves a heading alone at the foot of a page: at every page height
from a short page to a long one, each heading shares its page with its first line."""

from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextBlock, QTextDocument

from tearconsole.reports.pdf import keep_headings_with_text, kept_with, report_document
from tearconsole.storage.db import Database
from tearconsole.storage.history import load_report
from tests.session_records import make_plan, make_session


def orphans(document: QTextDocument) -> list[str]:
    """Headings whose next block's first line (or, after a short block, the next
    block's first line too) is on a later page."""
    layout, page_h = document.documentLayout(), document.pageSize().height()
    found = []
    block: QTextBlock = document.begin()
    while block.isValid():
        after = block.next()
        if block.blockFormat().headingLevel() and after.isValid():
            top = layout.blockBoundingRect(block).top()
            first = layout.blockBoundingRect(after).top() + after.layout().lineAt(0).height()
            below = max(first, kept_with(document, after))
            if int(top // page_h) != int((below - 1) // page_h):
                found.append(block.text())
        block = after
    return found


def test_no_heading_ends_a_page(db: Database, qapp: object) -> None:
    made = make_session(db, make_plan(db))
    with db.session() as session:
        report = load_report(session, made.session_id, include_private=True)
    before = 0
    for height in range(420, 1300, 9):  # A4's body is about 980 here
        document = report_document(report)
        document.setPageSize(QSizeF(700, height))
        before += len(orphans(document))
        keep_headings_with_text(document)
        assert orphans(document) == [], height
    assert before > 0  # the heights tried do put headings at pages' feet without it
