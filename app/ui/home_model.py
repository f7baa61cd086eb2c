"""The home screen's interview list: a table model over ``InterviewSummary`` (with what
ESCA's intake said about each interview's bundle) and its filter."""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from app.models.quick_reads import InterviewSummary
from app.scoring.taxonomy import (
    INTERVIEW_MODES,
    INTERVIEW_STATUSES,
    unmarked_fiction,
)
from app.ui.outbox_model import receipt_text
from app.ui.vocabulary import country_name, technology_area_name
from app.ui.widgets import AnyIndex, Column, RecordTableModel

if TYPE_CHECKING:
    from app.services.outbox import ReceiptStatus

#: The interview id behind a row.
INTERVIEW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The value a column sorts by (numbers and dates, not their text).
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

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


class InterviewTableModel(RecordTableModel[InterviewSummary]):
    """One row per interview: cluster, country, area, mode, status, answers, last change."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._receipts: Mapping[str, ReceiptStatus] = {}
        super().__init__(
            [
                Column(_tr("Cluster"), lambda s: fictional_name(s.cluster_name, s.fictional)),
                Column(_tr("Country"), lambda s: country_name(s.country)),
                Column(_tr("Technology area"), lambda s: technology_area_name(s.technology_area)),
                Column(_tr("Mode"), _mode_text),
                Column(_tr("Status"), lambda s: _tr(INTERVIEW_STATUSES.get(s.status, s.status))),
                Column(_tr("Answered"), lambda s: str(s.answered_count), align_right=True),
                Column(_tr("Updated"), lambda s: _format_time(s.updated_at)),
                Column(_tr("ESCA"), self.receipt_text),
            ],
            parent,
        )

    def set_receipts(self, receipts: Mapping[str, ReceiptStatus]) -> None:
        """What ESCA's intake said about each interview's bundle (by interview UUID)."""
        self._receipts = dict(receipts)
        if self.rowCount():
            column = COLUMNS.index("esca")
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    def receipt_text(self, summary: InterviewSummary) -> str:
        """ "Received by ESCA on ..." for the interview's newest bundle ("" when none)."""
        status = self._receipts.get(summary.uuid)
        return receipt_text(status) if status is not None else ""

    def set_interviews(self, interviews: Sequence[InterviewSummary]) -> None:
        """Replace the list (after a reload from the store)."""
        self.set_rows(interviews)

    def interview(self, row: int) -> InterviewSummary:
        """The summary shown in ``row``."""
        summary: InterviewSummary = self.record(row)
        return summary

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        summary = self.interview(index.row())
        if role == SORT_ROLE:
            return self._sort_value(index, summary)
        if role == INTERVIEW_ID_ROLE:
            return summary.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(summary, COLUMNS[index.column()])
        if role == Qt.ItemDataRole.FontRole and is_practice(summary):
            font = QFont()
            font.setItalic(True)
            return font
        return super().data(index, role)

    def _sort_value(self, index: AnyIndex, summary: InterviewSummary) -> Any:
        """Numbers and times by value; every other column by its text as shown (the proxy
        compares text in the language's alphabetical order)."""
        column = COLUMNS[index.column()]
        if column == "answered":
            return summary.answered_count
        if column == "updated":
            return summary.updated_at.timestamp()
        return str(super().data(index, Qt.ItemDataRole.DisplayRole)).casefold()


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


def _format_time(moment: datetime) -> str:
    local = moment.astimezone()
    if local.date() == date.today():
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
