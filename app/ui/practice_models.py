"""Qt models of the practice windows: cases, a trainee's sessions, and the calibration
report's items, sections and history (all read-only, over plain dataclasses)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QWidget

from app.models import repository as repo
from app.scoring.calibration import (
    CalibrationHistory,
    HistoryPoint,
    ItemAgreement,
    SectionAgreement,
)
from app.scoring.practice import PracticeCase
from app.scoring.taxonomy import INTERVIEW_STATUSES
from app.services.practice import PracticeSession
from app.settings import settings
from app.ui import palette
from app.ui.vocabulary import technology_area_name
from app.ui.widgets import Column, RecordTableModel, local_number

AnyIndex = QModelIndex | QPersistentModelIndex
AGREES_ROLE = Qt.ItemDataRole.UserRole + 1
SAME_COLOUR = palette.SAME_BACKGROUND
DIFFERENT_COLOUR = palette.DIFFERENT_BACKGROUND
AGREEMENT_TEXT_COLOUR = palette.BANNER_TEXT
#: Shown for a number that does not exist (no score, no earlier session).
NO_VALUE = "\u2013"


def bold_label(label: QLabel, scale: float = 1.0) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def percent_text(value: float | None) -> str:
    return NO_VALUE if value is None else local_number(f"{value:.1f} %")


def signed_text(value: float | None, unit: str = "") -> str:
    if value is None:
        return NO_VALUE
    if round(value, 1) == 0:
        return local_number(f"{0:.1f}") + unit
    return local_number(f"{value:+.1f}") + unit


def kappa_text(value: float | None) -> str:
    return NO_VALUE if value is None else local_number(f"{value:.2f}")


def score_text(value: float | None) -> str:
    return NO_VALUE if value is None else f"{value:.0f}"


def started_text(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _agreement_text_colour(row: ItemAgreement) -> str | None:
    """Dark text on the green or red of a compared item, whatever the palette."""
    return None if row.agrees is None else AGREEMENT_TEXT_COLOUR


def read_only_table(model: QAbstractItemModel, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    return table


# --- models ---------------------------------------------------------------------------------


class PracticeCaseModel(QAbstractListModel):
    """The practice cases, by title (every title says the case is fictional)."""

    def __init__(self, cases: Sequence[PracticeCase], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cases = list(cases)

    def case(self, row: int) -> PracticeCase:
        """The case in ``row``."""
        return self._cases[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._cases)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        case = self._cases[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return case.title
        if role == Qt.ItemDataRole.ToolTipRole:
            area = technology_area_name(case.technology_area)
            return f"{case.title}\n{area}\n{case.level.get(settings().language)}"
        return None


class _SessionRow(NamedTuple):
    number: int
    session: PracticeSession
    summary: repo.InterviewSummary | None


class SessionModel(RecordTableModel[_SessionRow]):
    """A trainee's practice sessions of one case: when, which interview, how far, status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Session"), lambda row: str(row.number)),
                Column(self.tr("Started"), lambda row: started_text(row.session.started_at)),
                Column(
                    self.tr("Answered"),
                    lambda row: str(row.summary.answered_count) if row.summary else NO_VALUE,
                ),
                Column(self.tr("Status"), self._status),
            ],
            parent,
        )

    def set_sessions(
        self, rows: Sequence[tuple[PracticeSession, repo.InterviewSummary | None]]
    ) -> None:
        """Show these sessions (oldest first)."""
        self.set_rows([_SessionRow(n, *row) for n, row in enumerate(rows, start=1)])

    def session(self, row: int) -> PracticeSession:
        """The session in ``row``."""
        record: _SessionRow = self.record(row)
        return record.session

    def _status(self, row: _SessionRow) -> str:
        if row.summary is None:
            return NO_VALUE
        return self.tr(INTERVIEW_STATUSES.get(row.summary.status, row.summary.status))


class ItemAgreementModel(RecordTableModel[ItemAgreement]):
    """Item by item: the trainee's answer, the reference answer and whether they agree."""

    def __init__(self, parent: QWidget | None = None) -> None:
        tip, colour = self._tooltip, _agreement_text_colour
        super().__init__(
            [
                Column(self.tr("Section"), self._section_title, tip, colour),
                Column(self.tr("Question"), lambda row: row.label, tip, colour),
                Column(self.tr("Your answer"), lambda row: row.trainee_text, tip, colour),
                Column(self.tr("Reference answer"), lambda row: row.reference_text, tip, colour),
                Column(self.tr("Agreement"), self.agreement_text, tip, colour),
            ],
            parent,
        )
        self._sections: dict[str, str] = {}

    def set_items(self, rows: Sequence[ItemAgreement], sections: dict[str, str]) -> None:
        """Show these comparisons; ``sections`` maps section ids to titles."""
        self._sections = dict(sections)
        self.set_rows(rows)

    def item(self, row: int) -> ItemAgreement:
        """The comparison in ``row``."""
        record: ItemAgreement = self.record(row)
        return record

    def agreement_text(self, row: ItemAgreement) -> str:
        """``same``, ``different`` or ``not compared``, as shown."""
        if row.agrees is None:
            return self.tr("not compared")
        return self.tr("same") if row.agrees else self.tr("different")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.BackgroundRole, AGREES_ROLE):
            return super().data(index, role)
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        agrees = self.record(index.row()).agrees
        if role == AGREES_ROLE:
            return agrees
        if agrees is None:
            return None
        return QBrush(QColor(SAME_COLOUR if agrees else DIFFERENT_COLOUR))

    def _section_title(self, row: ItemAgreement) -> str:
        return self._sections.get(row.section_id, row.section_id)

    def _tooltip(self, row: ItemAgreement) -> str:
        return f"{row.item_id}\n{self.tr('Rule')}: {row.rule}"


class DifferencesOnlyProxy(QSortFilterProxyModel):
    """Only the items where trainee and reference disagree, when switched on."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._only = False

    def set_differences_only(self, only: bool) -> None:
        """Hide the agreeing and uncompared items (or show everything again)."""
        self.beginFilterChange()
        self._only = only
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        if not self._only:
            return True
        source = self.sourceModel()
        return source.data(source.index(source_row, 0, source_parent), AGREES_ROLE) is False


class SectionAgreementModel(RecordTableModel[SectionAgreement]):
    """Per section: both scores, their difference and how many items agree."""

    def __init__(self, parent: QWidget | None = None) -> None:
        def title(row: SectionAgreement) -> str:
            return row.title

        super().__init__(
            [
                Column(self.tr("Section"), title, title),
                Column(
                    self.tr("Yours"),
                    lambda row: score_text(row.trainee_score),
                    title,
                    align_right=True,
                ),
                Column(
                    self.tr("Reference"),
                    lambda row: score_text(row.reference_score),
                    title,
                    align_right=True,
                ),
                Column(
                    self.tr("Difference"),
                    lambda row: signed_text(row.score_difference),
                    title,
                    align_right=True,
                ),
                Column(
                    self.tr("Items agreeing"),
                    lambda row: f"{row.agreed}/{row.compared}" if row.compared else NO_VALUE,
                    title,
                    align_right=True,
                ),
            ],
            parent,
        )

    def set_sections(self, rows: Sequence[SectionAgreement]) -> None:
        """Show these sections."""
        self.set_rows(rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.BackgroundRole or index.column() != 3:
            return super().data(index, role)
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        difference = self.record(index.row()).score_difference
        if difference is not None and abs(difference) >= 0.05:
            return QBrush(QColor(DIFFERENT_COLOUR))
        return None


class _HistoryRow(NamedTuple):
    number: int
    point: HistoryPoint


class HistoryModel(RecordTableModel[_HistoryRow]):
    """The trainee's sessions of the case, oldest first, with the change between them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        points = self.tr(" pt")  # after a change of agreement: percentage points
        super().__init__(
            [
                Column(self.tr("Session"), lambda row: str(row.number)),
                Column(self.tr("Started"), lambda row: started_text(row.point.at)),
                Column(
                    self.tr("Agreement"),
                    lambda row: percent_text(row.point.agreement),
                    align_right=True,
                ),
                Column(
                    self.tr("Change"),
                    lambda row: signed_text(row.point.agreement_change, points),
                    align_right=True,
                ),
                Column(self.tr("Kappa"), lambda row: kappa_text(row.point.kappa), align_right=True),
            ],
            parent,
        )
        self._current: int | None = None

    def set_history(self, history: CalibrationHistory, current: int | None) -> None:
        """Show ``history``; the session of interview ``current`` is shown in bold."""
        self._current = current
        self.set_rows([_HistoryRow(n, point) for n, point in enumerate(history.points, start=1)])

    def current_row(self) -> int | None:
        """The row of the session shown in bold, if it is listed."""
        ids = [self.record(row).point.interview_id for row in range(self.rowCount())]
        return ids.index(self._current) if self._current in ids else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.FontRole:
            return super().data(index, role)
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if self.record(index.row()).point.interview_id != self._current:
            return None
        font = QFont()
        font.setBold(True)
        return font
