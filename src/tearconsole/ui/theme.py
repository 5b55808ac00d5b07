"""A calm, dark, low-glare look for a dim room: no pure white, large type, big targets."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from tearconsole.assets import assets_dir

BACKGROUND = "#14161b"
PANEL = "#1c1f26"
RAISED = "#252932"
LINE = "#2f3440"
TEXT = "#d6d9de"
MUTED = "#8c93a0"
ACCENT = "#7fa7b0"  # a quiet blue-green, for focus and selection
GO = "#5f8f6e"  # a muted green, never a bright one
WARN = "#c9a35a"  # amber
ALERT = "#b8665c"  # a soft red

BASE_POINT_SIZE = 12

#: Every checkbox's box can be seen on the dark theme (Fusion's is dark on dark), and a
#: checked one shows its tick (a filled square alone read as a button, not as "on").
CHECKBOX_RULES = f"""
QCheckBox {{ spacing: 10px; background: transparent; }}
QCheckBox::indicator {{ width: 18px; height: 18px; border: 1px solid {MUTED};
    border-radius: 4px; background: {PANEL}; }}
QCheckBox::indicator:checked {{ background: {ACCENT}; border-color: {ACCENT};
    image: url("{(assets_dir() / "icons" / "check.svg").as_posix()}"); }}
QCheckBox::indicator:focus {{ border-color: {ACCENT}; }}
"""

STYLESHEET = f"""
QWidget {{ background: {BACKGROUND}; color: {TEXT}; }}
QLabel {{ background: transparent; }}
QMainWindow::separator {{ background: {LINE}; width: 1px; height: 1px; }}
QFrame#sidebar {{ background: {PANEL}; border-right: 1px solid {LINE}; }}
QPushButton#nav {{
    background: transparent; border: none; border-radius: 8px;
    padding: 10px 14px; text-align: left; color: {MUTED};
}}
QPushButton#nav:checked {{ background: {RAISED}; color: {TEXT}; }}
QPushButton#nav:hover {{ color: {TEXT}; }}
QPushButton#nav:disabled {{ color: #4d535f; }}  /* waiting for the session to end */
QPushButton {{
    background: {RAISED}; border: 1px solid {LINE}; border-radius: 8px;
    padding: 8px 16px; min-height: 28px;
}}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:focus {{ border-color: {ACCENT}; }}
QPushButton:disabled {{ color: {MUTED}; }}
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QPlainTextEdit, QTextEdit {{
    background: {PANEL}; border: 1px solid {LINE}; border-radius: 6px; padding: 6px 8px;
    selection-background-color: {ACCENT}; selection-color: {BACKGROUND};
}}
QTableView, QListView, QTreeView {{
    background: {PANEL}; alternate-background-color: #20242c; border: 1px solid {LINE};
    border-radius: 8px; gridline-color: {LINE};
    selection-background-color: #34404a; selection-color: {TEXT};
}}
QHeaderView::section {{
    background: {PANEL}; color: {MUTED}; border: none; border-bottom: 1px solid {LINE};
    padding: 8px 10px;
}}
QLabel#pageTitle {{ font-size: {BASE_POINT_SIZE + 8}pt; font-weight: 600; }}
QLabel#muted {{ color: {MUTED}; }}
QStatusBar {{ background: {PANEL}; color: {MUTED}; border-top: 1px solid {LINE}; }}
QToolTip {{ background: {RAISED}; color: {TEXT}; border: 1px solid {LINE}; }}
QScrollBar:vertical {{ background: {PANEL}; width: 12px; }}
QScrollBar::handle:vertical {{ background: {LINE}; border-radius: 6px; min-height: 32px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; width: 0; }}
QLabel#warning {{ color: {WARN}; }}
{CHECKBOX_RULES}QPushButton[tight="tools"] {{ padding: 6px 10px; }}
QPushButton[tight="list"] {{ padding: 6px 8px; }}
/* The plan editor's spin box arrows: wide enough to hit in a dim room. */
QWidget#planEditor QAbstractSpinBox::up-button,
QWidget#planEditor QAbstractSpinBox::down-button {{ width: 20px; }}
"""


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, BACKGROUND),
        (QPalette.ColorRole.Base, PANEL),
        (QPalette.ColorRole.AlternateBase, RAISED),
        (QPalette.ColorRole.Text, TEXT),
        (QPalette.ColorRole.WindowText, TEXT),
        (QPalette.ColorRole.Button, RAISED),
        (QPalette.ColorRole.ButtonText, TEXT),
        (QPalette.ColorRole.Highlight, ACCENT),
        (QPalette.ColorRole.HighlightedText, BACKGROUND),
        (QPalette.ColorRole.PlaceholderText, MUTED),
        (QPalette.ColorRole.ToolTipBase, RAISED),
        (QPalette.ColorRole.ToolTipText, TEXT),
    ):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
