"""A session report as PDF, through Qt: the report's rich text in a QTextDocument, the
timeline SVG rendered by QtSvg, printed page by page to a QPdfWriter.

This imports Qt (QtGui, QtSvg) and needs a QGuiApplication (``ensure_gui_application``
makes an offscreen one for the command line).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtSvg import QSvgRenderer

from tearconsole import __version__
from tearconsole.atomic import write_bytes
from tearconsole.core.records import SessionReport
from tearconsole.errors import UserError
from tearconsole.i18n import translate
from tearconsole.i18n.message import Message
from tearconsole.platform.fonts import font_for_text
from tearconsole.reports import common as c
from tearconsole.reports.html import QT_TIMELINE_WIDTH, TIMELINE_RESOURCE, report_html
from tearconsole.reports.timeline_svg import timeline_svg

PDF_DPI = 96  # layout units; text and rules stay vectors, the timeline is drawn at 3x
TIMELINE_SCALE = 3.0
BODY_POINT_SIZE = 10


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or an offscreen one when there is none (command line)."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["tearconsole"])


def timeline_image(
    report: SessionReport,
    scale: float = TIMELINE_SCALE,
    width: int = QT_TIMELINE_WIDTH,
    dark: bool = False,
) -> QImage:
    """The timeline drawn for rich text, rendered at ``scale`` times its size (the
    document shows it at 1x: 3x prints crisply, a screen wants its pixel ratio);
    ``dark``: on the app's dark page (a preview, never a file)."""
    svg = timeline_svg(report.timeline, width=width)
    svg = c.on_dark(svg) if dark else svg
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize()
    image = QImage(
        QSize(int(size.width() * scale), int(size.height() * scale)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(scale)
    image.fill(QColor(c.ON_DARK[c.PAGE] if dark else c.PAGE))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return image


def report_document(
    report: SessionReport,
    image_scale: float = TIMELINE_SCALE,
    timeline_width: int = QT_TIMELINE_WIDTH,
    dark: bool = False,
) -> QTextDocument:
    """The report as a QTextDocument, timeline included (also shown by the history page,
    which draws the timeline as wide as its view, ``dark`` like the rest of the app)."""
    document = QTextDocument()
    html = report_html(report, flavour="qt", timeline_width=timeline_width)
    font = QFont(document.defaultFont())
    font.setPointSize(BODY_POINT_SIZE)
    # A Japanese plan, cue or note: the whole report in a Japanese face, which the PDF
    # then embeds (rather than whatever fallback fontconfig finds glyph by glyph).
    document.setDefaultFont(font_for_text(font, html))
    document.addResource(
        QTextDocument.ResourceType.ImageResource.value,
        QUrl(TIMELINE_RESOURCE),
        timeline_image(report, image_scale, timeline_width, dark),
    )
    document.setHtml(c.on_dark(html) if dark else html)
    return document


def _first_line_bottom(document: QTextDocument, block: QTextBlock) -> float:
    box = document.documentLayout().blockBoundingRect(block)
    lines = block.layout()
    return box.top() + (lines.lineAt(0).height() if lines.lineCount() else box.height())


#: A block shorter than this (a line or two) keeps the next one's first line with it too,
#: so a heading never ends a page over one sentence with its table on the next.
SHORT_BLOCK = 48


def kept_with(document: QTextDocument, after: QTextBlock) -> float:
    """Where what must stay with a heading ends: the first line after it, and when that
    is a short block, the first line of the block after that too."""
    bottom = _first_line_bottom(document, after)
    further = after.next()
    if document.documentLayout().blockBoundingRect(after).height() < SHORT_BLOCK and (
        further.isValid()
    ):
        bottom = max(bottom, _first_line_bottom(document, further))
    return bottom


def keep_headings_with_text(document: QTextDocument) -> None:
    """A heading never ends a page: one whose next line (or short block and the line
    after it) falls on the next page starts that page itself (Qt's rich text has no
    keep-with-next). Needs the page size set."""
    page_h = document.pageSize().height()
    if page_h <= 0:
        return
    layout = document.documentLayout()
    always = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    for _ in range(64):  # a heading moved shifts every later one: look again, from the top
        block = document.begin()
        while block.isValid():
            after = block.next()
            heading = block.blockFormat()
            if heading.headingLevel() and after.isValid() and heading.pageBreakPolicy() != always:
                top = layout.blockBoundingRect(block).top()
                if int(top // page_h) != int((kept_with(document, after) - 1) // page_h):
                    moved = QTextBlockFormat()
                    moved.setPageBreakPolicy(always)
                    QTextCursor(block).mergeBlockFormat(moved)
                    break
            block = after
        else:
            return


def _print(document: QTextDocument, writer: QPdfWriter, footer: str) -> int:
    """Lay ``document`` out on the writer's pages with a quiet footer; the page count."""
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    footer_h = 28
    body = QSizeF(page.width(), page.height() - footer_h)
    document.setPageSize(body)
    keep_headings_with_text(document)
    pages = max(1, document.pageCount())
    painter = QPainter(writer)
    try:
        small = QFont(document.defaultFont())
        small.setPointSizeF(BODY_POINT_SIZE - 2)
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * body.height())
            clip = QRectF(0, number * body.height(), body.width(), body.height())
            painter.setClipRect(clip)
            document.drawContents(painter, clip)
            painter.restore()
            painter.setFont(small)
            painter.setPen(QColor(c.MUTED))
            line = QRectF(0, page.height() - footer_h + 8, page.width(), footer_h - 8)
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft, footer)
            painter.drawText(line, Qt.AlignmentFlag.AlignRight, f"{number + 1} / {pages}")
    finally:
        painter.end()
    return pages


def write_pdf(report: SessionReport, target: Path) -> int:
    """Write the report as an A4 PDF to ``target`` (atomically); the number of pages."""
    ensure_gui_application()
    document = report_document(report)
    # Rendered into memory, then saved whole: QPdfWriter writing to a file on a full
    # disk reports nothing and leaves a truncated PDF.
    content = QByteArray()
    buffer = QBuffer(content)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 16, 16, 14),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(
        translate("Report", "{plan}: session report").format(plan=report.facts.plan_name)
    )
    writer.setCreator(f"tearconsole {__version__}")
    footer = f"{report.facts.plan_name} · {c.mode_words(report)} · {c.when(report)}"
    pages = _print(document, writer, footer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    if content.isEmpty():
        raise UserError(
            Message.translate(
                "Report", "The report could not be drawn as a PDF, so {path} was not saved."
            ).format(path=target)
        )
    write_bytes(target, bytes(content.data()))
    return pages
