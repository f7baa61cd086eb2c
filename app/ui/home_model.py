"""The home screen's interview list: a table model over ``InterviewSummary`` (with what
ESCA's intake said about each interview's bundle), its filter and its view."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence, Set
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from app.models.quick_reads import InterviewSummary
from app.scoring.taxonomy import (
    INTERVIEW_MODES,
    INTERVIEW_STATUSES,
    unmarked_fiction,
)
from app.ui.outbox_model import receipt_text
from app.ui.qt_values import (
    ALIGN_RIGHT_MIDDLE,
    FONT_ROLE,
    KEY_ENTER,
    KEY_RETURN,
    TEXT_ALIGNMENT_ROLE,
    TOOLTIP_ROLE,
    USER_ROLE,
)
from app.ui.vocabulary import country_name, technology_area_name
from app.ui.widgets import AnyIndex, Column, read_only_rows

if TYPE_CHECKING:
    from app.services.outbox import ReceiptStatus

#: The interview id behind a row.
INTERVIEW_ID_ROLE = USER_ROLE + 1
#: The value a column sorts by (numbers and dates, not their text).
SORT_ROLE = USER_ROLE + 2

COLUMNS = (
    "cluster", "country", "technology_area", "mode", "status", "answered", "updated", "esca"
)  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate("InterviewTableModel", text)


def fictional_name(name: str, fictional: bool) -> str:
    """A cluster name that says it is fictional (once) when it is."""
    if unmarked_fiction(name, fictional):
        return _tr("{name} (fictional)").format(name=name)
    return name


def is_practice(summary: InterviewSummary) -> bool:
    """Practice interviews and fictional clusters never lead to a label."""
    return summary.mode == "practice" or summary.fictional


class InterviewTableModel(QStandardItemModel):
    """One row per interview: cluster, country, area, mode, status, answers, last change,
    and what ESCA's intake said about its bundle.

    The cells are C++ items, so painting the list and fitting its columns to their contents
    never calls back into Python, however many interviews there are. A reload touches only
    the rows that changed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self._receipts: Mapping[str, ReceiptStatus] = {}
        self._columns: tuple[Column[InterviewSummary], ...] = (
            Column(_tr("Cluster"), lambda s: fictional_name(s.cluster_name, s.fictional)),
            Column(_tr("Country"), lambda s: country_name(s.country)),
            Column(_tr("Technology area"), lambda s: technology_area_name(s.technology_area)),
            Column(_tr("Mode"), _mode_text),
            Column(_tr("Status"), lambda s: _tr(INTERVIEW_STATUSES.get(s.status, s.status))),
            Column(_tr("Answered"), lambda s: str(s.answered_count), align_right=True),
            Column(_tr("Updated"), lambda s: _format_time(s.updated_at, self._shown_on)),
            Column(_tr("ESCA"), self.receipt_text),
        )
        self.setHorizontalHeaderLabels([column.header for column in self._columns])
        self._templates = [_template_item(column.align_right) for column in self._columns]
        self._italic = QFont()
        self._italic.setItalic(True)
        self._summaries: list[InterviewSummary] = []
        self._shown_on: date | None = None  # the day that "today 09:30" refers to

    def set_receipts(self, receipts: Mapping[str, ReceiptStatus]) -> None:
        """What ESCA's intake said about each interview's bundle (by interview UUID)."""
        self._receipts = dict(receipts)
        column = COLUMNS.index("esca")
        changed: list[int] = []
        with self._one_signal(changed, column, column):
            for row, summary in enumerate(self._summaries):
                text = self.receipt_text(summary)
                item = self.item(row, column)
                if item.text() != text:
                    item.setText(text)
                    item.setData(text.casefold(), SORT_ROLE)
                    changed.append(row)

    def receipt_text(self, summary: InterviewSummary) -> str:
        """ "Received by ESCA on ..." for the interview's newest bundle ("" when none)."""
        status = self._receipts.get(summary.uuid)
        return receipt_text(status) if status is not None else ""

    def set_interviews(
        self, interviews: Sequence[InterviewSummary], today: date | None = None
    ) -> None:
        """Show ``interviews`` (after a reload from the store): rows of interviews now gone
        are removed, changed rows refilled and new ones added; the others stay untouched.

        (Cells are refilled in place and rows taken out, never replaced or removed: Qt
        would delete items that Python still refers to.)"""
        today = today or date.today()
        every_row = today != self._shown_on  # "today 09:30" became yesterday's date
        self._shown_on = today
        wanted = {summary.id: summary for summary in interviews}
        for row in reversed(range(len(self._summaries))):
            if self._summaries[row].id not in wanted:
                self.takeRow(row)  # its items go with the returned list
                del self._summaries[row]
        changed: list[int] = []
        with self._one_signal(changed, 0, len(COLUMNS) - 1):
            for row, shown in enumerate(self._summaries):
                summary = wanted.pop(shown.id)
                if every_row or summary != shown:
                    self._summaries[row] = summary
                    self._fill([self.item(row, c) for c in range(len(COLUMNS))], summary)
                    changed.append(row)
        for summary in wanted.values():
            items = [template.clone() for template in self._templates]
            self._fill(items, summary, new=True)
            self._summaries.append(summary)
            self.appendRow(items)

    def shows_an_earlier_day(self) -> bool:
        """Whether the list was filled on an earlier day (its "today 09:30" is stale)."""
        return self._shown_on is not None and self._shown_on != date.today()

    def interview(self, row: int) -> InterviewSummary:
        """The summary shown in ``row``."""
        return self._summaries[row]

    @contextmanager
    def _one_signal(self, rows: list[int], first: int, last: int) -> Iterator[None]:
        """Change cells quietly, then tell the views once about the ``rows`` changed
        between columns ``first`` and ``last`` (a signal per cell would have the filter
        sort the list again for each of them)."""
        blocked = self.blockSignals(True)
        try:
            yield
        finally:
            self.blockSignals(blocked)
        if rows:
            self.dataChanged.emit(self.index(min(rows), first), self.index(max(rows), last))

    def _fill(
        self, items: Sequence[QStandardItem], summary: InterviewSummary, *, new: bool = False
    ) -> None:
        """Write ``summary`` into one row's cells (``new`` ones have no tooltip or font to
        clear)."""
        font = self._italic if is_practice(summary) else None
        for item, name, column in zip(items, COLUMNS, self._columns, strict=True):
            text = column.text(summary)
            item.setText(text)
            item.setData(_sort_value(name, summary, text), SORT_ROLE)
            tooltip = _tooltip(summary, name)
            if tooltip is not None or not new:
                item.setData(tooltip, TOOLTIP_ROLE)
            if font is not None or not new:
                item.setData(font, FONT_ROLE)
        items[0].setData(summary.id, INTERVIEW_ID_ROLE)


def _template_item(align_right: bool) -> QStandardItem:
    """A read-only cell that every cell of its column copies."""
    item = QStandardItem()
    item.setEditable(False)
    item.setDragEnabled(False)
    item.setDropEnabled(False)
    if align_right:
        item.setData(ALIGN_RIGHT_MIDDLE, TEXT_ALIGNMENT_ROLE)
    return item


def _sort_value(column: str, summary: InterviewSummary, text: str) -> object:
    """Numbers and times by value; every other column by its text as shown (the proxy
    compares text in the language's alphabetical order)."""
    if column == "answered":
        return summary.answered_count
    if column == "updated":
        return summary.updated_at.timestamp()
    return text.casefold()


def _mode_text(summary: InterviewSummary) -> str:
    label = _tr(INTERVIEW_MODES.get(summary.mode, summary.mode))
    return f"\u25cb {label}" if summary.mode == "practice" else label


def _tooltip(summary: InterviewSummary, column: str) -> str | None:
    if is_practice(summary):
        return _tr(
            "Practice interview with a fictional cluster: for learning the flow; it never "
            "leads to a label."
        )
    if column == "cluster":
        return _tr("Expert: {expert}").format(expert=summary.expert)
    return None


def _format_time(moment: datetime, today: date | None) -> str:
    local = moment.astimezone()
    if local.date() == today:
        return _tr("today {time}").format(time=local.strftime("%H:%M"))
    return local.strftime("%Y-%m-%d %H:%M")


class InterviewFilterModel(QSortFilterProxyModel):
    """Search (cluster, expert, country) and filters (status, mode, date range)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._status: str | None = None
        self._mode: str | None = None
        self._date_range: tuple[date, date] | None = None
        self._only_ids: Set[int] | None = None
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)  # "Österreich" among the O's, as the language sorts
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        """Keep rows whose cluster, expert or country contains ``text`` (any case)."""
        self.beginFilterChange()
        self._search = text.strip().casefold()
        self._rows_filter_changed()

    def set_status(self, status: str | None) -> None:
        """Keep only interviews with ``status`` (None: all)."""
        self.beginFilterChange()
        self._status = status or None
        self._rows_filter_changed()

    def set_mode(self, mode: str | None) -> None:
        """Keep only interviews held in ``mode`` (None: all)."""
        self.beginFilterChange()
        self._mode = mode or None
        self._rows_filter_changed()

    def set_date_range(self, first: date | None, last: date | None) -> None:
        """Keep interviews last changed between ``first`` and ``last`` (inclusive)."""
        self.beginFilterChange()
        self._date_range = (first, last) if first and last else None
        self._rows_filter_changed()

    def set_only_ids(self, interview_ids: Set[int] | None) -> None:
        """Keep only these interviews (None: all), e.g. those whose label is due."""
        self.beginFilterChange()
        self._only_ids = None if interview_ids is None else frozenset(interview_ids)
        self._rows_filter_changed()

    def _rows_filter_changed(self) -> None:
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def interview_id(self, proxy_row: int) -> int:
        """The interview id in visible row ``proxy_row``."""
        return int(self.index(proxy_row, 0).data(INTERVIEW_ID_ROLE))

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, InterviewTableModel):
            return True
        summary = model.interview(source_row)
        if self._only_ids is not None and summary.id not in self._only_ids:
            return False
        if self._status and summary.status != self._status:
            return False
        if self._mode and summary.mode != self._mode:
            return False
        if self._date_range:
            first, last = self._date_range
            if not first <= summary.updated_at.astimezone().date() <= last:
                return False
        if self._search:
            haystack = " ".join(
                (
                    summary.cluster_name,
                    summary.expert,
                    summary.country,
                    country_name(summary.country),
                )
            ).casefold()
            return self._search in haystack
        return True


class InterviewTable(QTableView):
    """The interview list, newest first, sortable by any column; Enter opens the current
    row like a double-click."""

    activated_row = Signal(QModelIndex)

    def __init__(self, model: InterviewFilterModel) -> None:
        super().__init__()
        self.setModel(model)
        read_only_rows(self, COLUMNS.index("cluster"))

    def sort_newest_first(self) -> None:
        """Sort by "Updated", newest first, with the header's arrow; from then on a click
        on a header sorts by its column.

        Called once the window is first painted: sorting needs ``Qt``'s enums
        (``app.ui.qt_values``), and the store lists the interviews newest first already,
        so the first frame shows them in this order."""
        from PySide6.QtCore import Qt

        self.horizontalHeader().setSortIndicator(
            COLUMNS.index("updated"), Qt.SortOrder.DescendingOrder
        )
        self.setSortingEnabled(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (KEY_RETURN, KEY_ENTER) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex())
            return
        super().keyPressEvent(event)
