"""Fitting tables to their room: columns as wide as their contents, whole rows on a short
screen, the current row in view, and columns as narrow as their contents so the stretched
one keeps its room. A table measures its contents only once it is shown: one on a tab
behind another costs nothing until it is looked at."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

#: A table's columns fit the rows in view and those nearest them, up to this many (with
#: Qt's default, 1,000, a long list had every row measured on every change).
FITTED_ROWS = 200


def fit_columns(view: QTableView, stretch_column: int) -> None:
    """Columns as wide as their contents (measured over the ``FITTED_ROWS`` rows nearest
    the view) from the first time ``view`` is shown, ``stretch_column`` taking the width
    left. (Fitted from the start, a table on a hidden tab was measured over and over while
    its window opened.)"""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # until shown
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    header.setResizeContentsPrecision(FITTED_ROWS)
    _FitColumnsWhenShown(view)


class _FitColumnsWhenShown(QObject):
    """Turns a table's waiting columns into columns fitted to their contents when it is
    first shown (before it is painted); columns set otherwise meanwhile (``keep_narrow``)
    stay as they are."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Show:
            self._view.removeEventFilter(self)
            header = self._view.horizontalHeader()
            for column in range(header.count()):
                if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Fixed:
                    header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return False


def at_least_rows(view: QTableView, rows: int, *, sideways: bool = False) -> None:
    """Never shorter than its header and ``rows`` whole rows (those it has, at their
    height; one line each for the rest), and (``sideways``) the scroll bar that narrow
    columns bring in, so a short screen shows whole rows rather than one row and half of
    the next."""
    model = view.model()
    listed = min(rows, model.rowCount()) if model is not None else 0
    line = view.fontMetrics().height() + 4  # a row of one line, before the style is known
    heights = sum(max(view.rowHeight(row), line) for row in range(listed))
    heights += (rows - listed) * view.verticalHeader().defaultSectionSize()
    bar = view.horizontalScrollBar().sizeHint().height() if sideways else 0
    view.setMinimumHeight(
        view.horizontalHeader().sizeHint().height() + heights + bar + 2 * view.frameWidth()
    )


def keep_in_view(view: QTableView, row_of: Callable[[], int | None]) -> None:
    """Scroll ``view`` to the row ``row_of()`` names whenever its rows or its height change."""

    def show() -> None:
        row = row_of()
        model = view.model()
        if row is not None and model is not None:
            view.scrollTo(model.index(row, 0))

    view.verticalScrollBar().rangeChanged.connect(show)


#: How many rows (those in view first) ``narrow_columns`` measures for a column's width.
CONTENT_ROWS_MEASURED = 40


def narrow_columns(view: QTableView, stretch_column: int, share: float = 1 / 7) -> None:
    """Every column but ``stretch_column`` as wide as its header, its text wrapped beyond
    ``share`` of the table's width, so the stretched column keeps room in a narrow panel
    and in longer languages."""
    header = view.horizontalHeader()
    model = view.model()
    if model is None:
        return
    cap = int(view.viewport().width() * share)
    # Widths from the rows in view and a few dozen more, not every row of a long pack.
    header.setResizeContentsPrecision(CONTENT_ROWS_MEASURED)
    for column in range(model.columnCount()):
        if column == stretch_column:
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        wanted = min(view.sizeHintForColumn(column), cap)
        header.resizeSection(column, max(header.sectionSizeHint(column), wanted))


class _NarrowColumns(QObject):
    """Narrows a table's columns again whenever its viewport changes size or its rows
    change (``keep_narrow``); a hidden table (a tab behind another) waits until it is
    shown, so refilling it costs nothing while nobody sees it."""

    def __init__(self, view: QTableView, stretch_column: int) -> None:
        super().__init__(view)
        self._view, self._stretch = view, stretch_column
        self._stale = True
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:
            model.modelReset.connect(self.apply)

    def apply(self) -> None:
        if not self._view.isVisible():
            self._stale = True
            return
        self._stale = False
        narrow_columns(self._view, self._stretch)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.Resize or (kind == QEvent.Type.Show and self._stale):
            self.apply()
        return False


def keep_narrow(view: QTableView, stretch_column: int) -> None:
    """``narrow_columns`` now and whenever ``view``'s width or rows change."""
    _NarrowColumns(view, stretch_column).apply()


class _RowsFitWhenShown(QObject):
    """Rows as tall as their wrapped text while the table is shown; while it is hidden (a
    tab behind another) its rows keep their heights, so refilling it measures nothing."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._rows = view.verticalHeader()
        view.installEventFilter(self)
        self._rows.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.Show:
            self._rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        elif kind == QEvent.Type.Hide:
            self._rows.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return False


def fit_rows_when_shown(view: QTableView) -> None:
    """Rows of ``view`` fit their wrapped text, measured only while it is shown."""
    _RowsFitWhenShown(view)
