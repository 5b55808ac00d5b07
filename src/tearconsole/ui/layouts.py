"""Rows and columns of a screen's parts, and the lists its pages show, built one way."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

#: A part of a row or column: a widget or a layout, alone or with its stretch factor.
Part = QWidget | QLayout | tuple[QWidget | QLayout, int]
#: A page's margins (left, top, right, bottom) around its one column.
PAGE_MARGINS = (24, 20, 24, 20)


def fill(layout: QBoxLayout, *parts: Part) -> None:
    for part in parts:
        item, stretch = part if isinstance(part, tuple) else (part, 0)
        if isinstance(item, QLayout):
            layout.addLayout(item, stretch)
        else:
            layout.addWidget(item, stretch)


def row(*parts: Part) -> QHBoxLayout:
    """``parts`` side by side."""
    layout = QHBoxLayout()
    fill(layout, *parts)
    return layout


def page_column(
    parent: QWidget, *parts: Part, margins: tuple[int, int, int, int] = PAGE_MARGINS
) -> QVBoxLayout:
    """``parts`` one under the other, with a page's margins (``parent``'s layout)."""
    layout = QVBoxLayout(parent)
    layout.setContentsMargins(*margins)
    fill(layout, *parts)
    return layout


def list_table(model: QAbstractItemModel, row_height: int) -> QTableView:
    """A list of whole rows to choose from: one row selected at a time, no grid, no row
    numbers, rows ``row_height`` pixels high, sorted by clicking a heading."""
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(row_height)
    return table


__all__ = ["PAGE_MARGINS", "Part", "fill", "list_table", "page_column", "row"]
