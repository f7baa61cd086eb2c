"""Geometry checks shared by the window tests."""

from __future__ import annotations

from PySide6.QtWidgets import QListView


def entries_cut_off(view: QListView) -> list[int]:
    """The rows of ``view`` that do not lie whole inside its visible area's width."""
    model = view.model()
    width = view.viewport().width()
    rows = range(model.rowCount())
    return [
        row
        for row in rows
        if (rect := view.visualRect(model.index(row, 0))).left() < 0 or rect.right() >= width
    ]


def tallest_entry_in_lines(view: QListView) -> float:
    """The height of ``view``'s tallest row, in lines of its font."""
    model = view.model()
    heights = [view.visualRect(model.index(row, 0)).height() for row in range(model.rowCount())]
    return max(heights, default=0) / view.fontMetrics().height()
