"""Small building blocks shared by the windows: plain-text labels, banners, message boxes,
colours, formatting, and a read-only table model over records.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QTimer,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTableView,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QResizeEvent
    from PySide6.QtWidgets import QListView, QMessageBox
from app.scoring.wording import number_text
from app.ui import palette
from app.ui.qt_values import (
    ALIGN_RIGHT_MIDDLE,
    DISPLAY_ROLE,
    FONT_ROLE,
    FOREGROUND_ROLE,
    PLAIN_TEXT,
    SELECTABLE_BY_MOUSE,
    TEXT_ALIGNMENT_ROLE,
    TOOLTIP_ROLE,
    set_property,
)
from app.ui.table_fit import fit_columns, fit_rows_when_shown

#: A record shown by a ``RecordTableModel`` (a dataclass, a tuple, ...).
Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex

ERROR_COLOUR = palette.ERROR
OK_COLOUR = palette.OK
WARN_COLOUR = palette.WARN
#: Text on a coloured banner stays dark whatever the palette (light or dark).
BANNER_TEXT_COLOUR = palette.BANNER_TEXT


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = False) -> QLabel:
    """A label that never interprets its text as mark-up."""
    label = QLabel(text)
    set_property(label, "textFormat", PLAIN_TEXT)
    label.setWordWrap(wrap)
    if selectable:
        set_property(label, "textInteractionFlags", SELECTABLE_BY_MOUSE)
    return label


def error_line() -> QLabel:
    """A hidden line in the error colour for what a dialog refused (plain, selectable)."""
    label = plain_label(selectable=True)
    set_colour(label, ERROR_COLOUR)
    label.hide()
    return label


def show_error_line(label: QLabel, text: str) -> None:
    """Say on ``label`` (an ``error_line``) what was refused."""
    label.setText(text)
    label.show()


class ElidedLabel(QLabel):
    """A one-line plain-text label that ends in "…" when it is too narrow; the whole text
    is its tooltip and accessible description."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_property(self, "textFormat", PLAIN_TEXT)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""
        self._essential = ""
        self.set_full_text(text)

    def set_full_text(self, text: str, *, essential: str = "") -> None:
        """Show ``text`` (elided to the width the label has). Its beginning ``essential`` is
        never cut at its end: where the rest does not fit, it is shown alone, shortened in
        its middle if need be, so both its ends stay (a cluster's name and its
        "(fictional)" mark, say)."""
        self._full = text
        self._essential = essential if text.startswith(essential) else ""
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        from PySide6.QtCore import Qt  # not before the first paint (app.ui.qt_values)

        metrics = self.fontMetrics()
        width = max(self.width(), 1)
        shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        if self._essential and not shown.startswith(self._essential):
            # (Unchanged where it fits.)
            shown = metrics.elidedText(self._essential, Qt.TextElideMode.ElideMiddle, width)
        if shown != self.text():
            self.setText(shown)


def local_number(text: str) -> str:
    """A number written the English way ("1,234.5"), in the interface language's convention."""
    from PySide6.QtCore import QLocale

    return number_text(QLocale().name().split("_")[0], text)


def bold_font(widget: QWidget, scale: float = 1.0) -> QFont:
    """The widget's font, bold and ``scale`` times its size (for titles and verdicts)."""
    font = QFont(widget.font())
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    return font


def set_colour(label: QLabel, colour: str | None) -> None:
    """Colour a message label (None: the palette's text colour), readable on its palette."""
    sheet = ""
    if colour:
        background = label.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
        sheet = f"color: {palette.readable(colour, background).name()};"
    if label.styleSheet() != sheet:  # a new style sheet re-polishes the label: not for nothing
        label.setStyleSheet(sheet)


def mute(label: QLabel) -> None:
    """Show ``label`` in the quiet text colour (help lines, captions), still readable."""
    colours = label.palette()
    quiet = palette.muted_text(colours)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        colours.setColor(role, quiet)
    label.setPalette(colours)


def banner_style(colour: str, name: str = "Banner") -> str:
    """The style sheet of a rounded, coloured strip (a ``QFrame`` called ``name``)."""
    return (
        f"QFrame#{name} {{ background: {colour}; border-radius: 4px; }}"
        f" QFrame#{name} QLabel {{ color: {BANNER_TEXT_COLOUR}; }}"
    )


def banner(
    colour: str, text: str = "", *trailing: QWidget, selectable: bool = False
) -> tuple[QFrame, QLabel]:
    """A coloured strip: a plain-text label, then ``trailing`` widgets (buttons) beside it."""
    frame = QFrame()
    frame.setObjectName("Banner")
    frame.setStyleSheet(banner_style(colour))
    row = QHBoxLayout(frame)
    row.setContentsMargins(10, 4, 10, 4)
    label = plain_label(text, selectable=selectable)
    row.addWidget(label, 1)
    for widget in trailing:
        row.addWidget(widget)
    return frame, label


def show_message(parent: QWidget, title: str, text: str, *, error: bool = False) -> QMessageBox:
    """A non-blocking message box whose text is plain text; it deletes itself when closed."""
    # Qt classes used only when needed are imported then: each one a module loads before
    # the home window's first paint costs the start a millisecond or two.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information,
        title,
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    delete_on_close(box)
    box.open()
    return box


def delete_on_close(widget: QWidget) -> None:
    """Free ``widget`` once it is closed: nothing of a closed window stays in memory."""
    from PySide6.QtCore import Qt  # not before the first paint (app.ui.qt_values)

    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


def safe_file_stem(text: str) -> str:
    """``text`` usable as a file name on every platform."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text).strip(" .")
    return re.sub(r"\s+", " ", cleaned)[:80] or "report"


def documents_folder() -> Path:
    """The user's documents folder (the home folder where there is none)."""
    from PySide6.QtCore import QStandardPaths

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def local_time(moment: datetime) -> str:
    """A moment in local time: the time alone today, the date and time otherwise."""
    local = moment.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M:%S")
    return local.strftime("%Y-%m-%d %H:%M")


def size_text(size: int) -> str:
    """A file size for people: B, KB or MB."""
    if size >= 1024 * 1024:
        return local_number(f"{size / 1024 / 1024:.1f}") + " MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} B"


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column of a ``RecordTableModel``: header, cell text, and optional extras."""

    header: str
    text: Callable[[Row], str]
    tooltip: Callable[[Row], str | None] | None = None
    colour: Callable[[Row], str | None] | None = None
    align_right: bool = False
    monospace: bool = False


def monospace_font() -> QFont:
    """The system's fixed-width font (for ids and hashes)."""
    from PySide6.QtGui import QFontDatabase  # its types load when a table first needs it

    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


_ANSWERED_ROLES = frozenset(
    (DISPLAY_ROLE, TOOLTIP_ROLE, FOREGROUND_ROLE, FONT_ROLE, TEXT_ALIGNMENT_ROLE)
)


class RecordTableModel(QAbstractTableModel, Generic[Row]):
    """A read-only table over a list of records (score rows, bundle entries, ...)."""

    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_rows(self, rows: Sequence[Row]) -> None:
        """Replace the rows unless they equal those shown (most answers leave a table as it
        was: then its view is not repainted). Only for columns that show the row alone.

        (Never row by row: a changed row of a table whose rows fit their contents makes
        its header measure every row at once, shown or not; a reset lets the view measure
        what it shows when it shows it.)"""
        if list(rows) != self._rows:
            self.set_rows(rows)

    def record(self, row: int) -> Row:
        """The record behind ``row``."""
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = DISPLAY_ROLE) -> Any:
        # Called for every role of every cell painted or measured: plain int roles, and
        # the roles no column answers leave at once.
        if role not in _ANSWERED_ROLES:
            return None
        row, column_number = index.row(), index.column()  # -1 for an invalid index
        if not (0 <= row < len(self._rows) and 0 <= column_number < len(self._columns)):
            return None
        record = self._rows[row]
        column = self._columns[column_number]
        if role == DISPLAY_ROLE:
            return column.text(record)
        if role == TOOLTIP_ROLE:
            return column.tooltip(record) if column.tooltip is not None else None
        if role == FOREGROUND_ROLE:
            colour = column.colour(record) if column.colour is not None else None
            return palette.text_on_base(colour) if colour else None
        if role == FONT_ROLE:
            return monospace_font() if column.monospace else None
        return ALIGN_RIGHT_MIDDLE if column.align_right else None  # the alignment role

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE
    ) -> Any:
        if role != DISPLAY_ROLE or not 0 <= section < len(self._columns):
            return None  # (most calls: the header asks for every role of every section)
        from PySide6.QtCore import Qt  # not before the first paint (app.ui.qt_values)

        return self._columns[section].header if orientation == Qt.Orientation.Horizontal else None

    # (``flags`` is ``QAbstractTableModel``'s: enabled and selectable, never editable.)


def read_only_table(
    model: QAbstractTableModel, name: str, stretch_column: int, *, wrap: bool = False
) -> QTableView:
    """A table of records to read: whole rows selected, one column stretched; one line per
    row, or (``wrap``) rows that grow with wrapped text whenever the columns change width."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    read_only_rows(view, stretch_column)
    view.setWordWrap(wrap)
    if wrap:
        fit_rows_when_shown(view)
    else:
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view


def read_only_rows(view: QTableView, stretch_column: int) -> None:
    """Rows to read, not edit: one whole row selected at a time, alternate rows shaded, no
    row numbers, Tab leaving the table; columns fitted (``fit_columns``)."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.setTabKeyNavigation(False)
    fit_columns(view, stretch_column)


def wrap_entries(view: QListView) -> None:
    """Entries longer than ``view`` is wide wrap onto more lines instead of hiding behind a
    sideways scroll bar (a German page or case title, say), and re-flow when it is resized."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListView  # not before the home window's first paint

    view.setWordWrap(True)
    view.setSpacing(2)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def coalesced(call: Callable[[], object], delay_ms: int, parent: QObject) -> Callable[[], None]:
    """A request to ``call``: made once ``delay_ms`` after the last of a burst of requests."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    timer.timeout.connect(call)
    return lambda: timer.start()
