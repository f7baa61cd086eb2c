"""Practice for trainees: fictional cases, their narrative beside the interview, calibration.

``PracticeWindow`` lists the shipped (fictional) practice cases; "Start practice" creates a
practice-mode interview of the case's fictional cluster, opens it in the normal interview
window and docks the case narrative beside it (read-only plain text). The
``CalibrationReportDialog`` compares the trainee's answers with the reference expert's:
item by item, Cohen's kappa over the yes/no and choice judgements, section scores, the
largest differences with their explanation, and the trend over the trainee's sessions of
the same case. Every window says that the case is fictional and the interview a practice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.models import Store
from app.models import repository as repo
from app.models.practice import (
    CalibrationOverview,
    PracticeSession,
    calibration_overview,
    practice_case_id,
    practice_sessions,
    start_practice_interview,
)
from app.scoring.calibration import (
    CalibrationHistory,
    HistoryPoint,
    ItemAgreement,
    SectionAgreement,
)
from app.scoring.practice import (
    PracticeCase,
    PracticeCaseError,
    load_practice_cases,
    practice_case_by_id,
)
from app.scoring.taxonomy import COUNTRIES, INTERVIEW_STATUSES
from app.ui.keys_dialog import while_alive
from app.ui.settings import settings
from app.ui.widgets import Column, RecordTableModel, banner, plain_label, show_message
from app.ui.workers import run_task

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex
#: Opens an interview in its window (the home window's ``open_interview``).
OpenInterview = Callable[[int], QWidget | None]
AGREES_ROLE = Qt.ItemDataRole.UserRole + 1
SAME_COLOUR = "#e3f1e4"
DIFFERENT_COLOUR = "#fbe3e1"
AGREEMENT_TEXT_COLOUR = "#1d1d1d"
FICTIONAL_COLOUR = "#fff4d6"
NARRATIVE_DOCK = "PracticeNarrativeDock"
#: Shown for a number that does not exist (no score, no earlier session).
NO_VALUE = "\u2013"


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def _percent(value: float | None) -> str:
    return NO_VALUE if value is None else f"{value:.1f} %"


def _signed(value: float | None, unit: str = "") -> str:
    if value is None:
        return NO_VALUE
    if round(value, 1) == 0:
        return f"{0:.1f}{unit}"
    return f"{value:+.1f}{unit}"


def _kappa(value: float | None) -> str:
    return NO_VALUE if value is None else f"{value:.2f}"


def _score(value: float | None) -> str:
    return NO_VALUE if value is None else f"{value:.0f}"


def _started(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _agreement_text_colour(row: ItemAgreement) -> str | None:
    """Dark text on the green or red of a compared item, whatever the palette."""
    return None if row.agrees is None else AGREEMENT_TEXT_COLOUR


def _read_only_table(model: QAbstractItemModel, name: str) -> QTableView:
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


# --- models --------------------------------------------------------------------------------


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
            return f"{case.title}\n{case.technology_area}\n{case.level}"
        return None


class _SessionRow(NamedTuple):
    number: int
    session: PracticeSession
    summary: repo.InterviewSummary | None


class SessionModel(RecordTableModel):
    """A trainee's practice sessions of one case: when, which interview, how far, status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Session"), lambda row: str(row.number)),
                Column(self.tr("Started"), lambda row: _started(row.session.started_at)),
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


class ItemAgreementModel(RecordTableModel):
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


class SectionAgreementModel(RecordTableModel):
    """Per section: both scores, their difference and how many items agree."""

    def __init__(self, parent: QWidget | None = None) -> None:
        def title(row: SectionAgreement) -> str:
            return row.title

        super().__init__(
            [
                Column(self.tr("Section"), title, title),
                Column(
                    self.tr("Yours"), lambda row: _score(row.trainee_score), title, align_right=True
                ),
                Column(
                    self.tr("Reference"),
                    lambda row: _score(row.reference_score),
                    title,
                    align_right=True,
                ),
                Column(
                    self.tr("Difference"),
                    lambda row: _signed(row.score_difference),
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


class HistoryModel(RecordTableModel):
    """The trainee's sessions of the case, oldest first, with the change between them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Session"), lambda row: str(row.number)),
                Column(self.tr("Started"), lambda row: _started(row.point.at)),
                Column(
                    self.tr("Agreement"),
                    lambda row: _percent(row.point.agreement),
                    align_right=True,
                ),
                Column(
                    self.tr("Change"),
                    lambda row: _signed(row.point.agreement_change, " pt"),
                    align_right=True,
                ),
                Column(self.tr("Kappa"), lambda row: _kappa(row.point.kappa), align_right=True),
            ],
            parent,
        )
        self._current: int | None = None

    def set_history(self, history: CalibrationHistory, current: int | None) -> None:
        """Show ``history``; the session of interview ``current`` is shown in bold."""
        self._current = current
        self.set_rows([_HistoryRow(n, point) for n, point in enumerate(history.points, start=1)])

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


# --- the narrative -------------------------------------------------------------------------


class NarrativeView(QWidget):
    """A case's narrative, read-only plain text, under a banner saying it is fictional."""

    def __init__(self, case: PracticeCase | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner, _banner_label = banner(
            FICTIONAL_COLOUR,
            self.tr("Fictional practice case: read it as the cluster manager's account."),
        )
        self.title_label = _bold(plain_label(), 1.1)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Case narrative"))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text, 1)
        if case is not None:
            self.set_case(case)

    def set_case(self, case: PracticeCase) -> None:
        """Show ``case``'s narrative."""
        self.title_label.setText(case.title)
        self.text.setPlainText(case.narrative)


class NarrativeWindow(QWidget):
    """The narrative on its own, when there is no interview window to dock it into."""

    def __init__(self, case: PracticeCase, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("[Practice] {title} \u2014 narrative").format(title=case.title))
        self.setAccessibleName(self.tr("Case narrative"))
        self.view = NarrativeView(case, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        self.addAction(close)
        self.resize(480, 760)


def _translate(text: str) -> str:
    return QCoreApplication.translate("PracticeWindow", text)


def dock_narrative(window: QMainWindow, case: PracticeCase) -> QDockWidget:
    """Dock ``case``'s narrative in ``window`` on the right, tabbed with what is there."""
    existing = window.findChild(QDockWidget, NARRATIVE_DOCK)
    if isinstance(existing, QDockWidget):
        view = existing.widget()
        if isinstance(view, NarrativeView):
            view.set_case(case)
        existing.show()
        existing.raise_()
        return existing
    dock = QDockWidget(_translate("Case narrative (fictional)"), window)
    dock.setObjectName(NARRATIVE_DOCK)
    dock.setAccessibleName(_translate("Case narrative (fictional)"))
    dock.setWidget(NarrativeView(case, dock))
    area = Qt.DockWidgetArea.RightDockWidgetArea
    neighbours = [
        other
        for other in window.findChildren(QDockWidget)
        if other is not dock and not other.isHidden() and window.dockWidgetArea(other) == area
    ]
    window.addDockWidget(area, dock)
    if neighbours:
        window.tabifyDockWidget(neighbours[0], dock)
    dock.show()
    dock.raise_()
    return dock


# --- the calibration report ----------------------------------------------------------------


class CalibrationReportView(QWidget):
    """A practice session against the reference: summary, items, sections, differences, trend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview: CalibrationOverview | None = None
        self.heading = _bold(plain_label(), 1.2)
        self.heading.setAccessibleName(self.tr("Report heading"))
        self.banner, _banner_label = banner(
            FICTIONAL_COLOUR,
            self.tr(
                "Practice on a fictional case: these numbers compare you with a reference "
                "expert; they never lead to a label."
            ),
        )
        self.agreement_label = _bold(plain_label(wrap=False, selectable=True), 1.3)
        self.agreement_label.setAccessibleName(self.tr("Item agreement"))
        self.kappa_label = _bold(plain_label(wrap=False, selectable=True), 1.3)
        self.kappa_label.setAccessibleName(self.tr("Cohen's kappa"))
        self.indicator_label = _bold(plain_label(wrap=False, selectable=True), 1.3)
        self.indicator_label.setAccessibleName(self.tr("Indicators with the same pass/fail"))
        self.kappa_explanation = plain_label(selectable=True)
        self.kappa_explanation.setAccessibleName(self.tr("What kappa rests on"))
        self.verdicts_label = plain_label(selectable=True)
        self.verdicts_label.setAccessibleName(self.tr("Verdicts"))

        figures = QHBoxLayout()
        for caption, label in (
            (self.tr("Item agreement"), self.agreement_label),
            (self.tr("Cohen's kappa (yes/no and choices)"), self.kappa_label),
            (self.tr("Indicators with the same pass/fail"), self.indicator_label),
        ):
            box = QVBoxLayout()
            box.addWidget(plain_label(caption, wrap=False))
            box.addWidget(label)
            figures.addLayout(box)
            figures.addSpacing(24)
        figures.addStretch(1)

        self.item_model = ItemAgreementModel(self)
        self.item_proxy = DifferencesOnlyProxy(self)
        self.item_proxy.setSourceModel(self.item_model)
        self.item_table = _read_only_table(self.item_proxy, self.tr("Item by item agreement"))
        header = self.item_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 150), (2, 150), (3, 150), (4, 96)):
            self.item_table.setColumnWidth(column, width)
        self.differences_only = QCheckBox(self.tr("Show &differences only"))
        self.differences_only.setAccessibleName(self.tr("Show only the items that differ"))
        self.differences_only.toggled.connect(self._on_differences_only_toggled)
        items_box = QGroupBox(self.tr("Item by item"))
        items_layout = QVBoxLayout(items_box)
        items_layout.addWidget(self.differences_only)
        items_layout.addWidget(self.item_table)

        self.section_model = SectionAgreementModel(self)
        self.section_table = _read_only_table(self.section_model, self.tr("Section scores"))
        self.section_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.section_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        sections_box = QGroupBox(self.tr("Section scores (0\u2013100)"))
        QVBoxLayout(sections_box).addWidget(self.section_table)

        self.differences_text = QPlainTextEdit()
        self.differences_text.setReadOnly(True)
        self.differences_text.setAccessibleName(self.tr("Largest differences explained"))
        differences_box = QGroupBox(self.tr("Largest differences, explained"))
        QVBoxLayout(differences_box).addWidget(self.differences_text)

        self.trend_label = plain_label(selectable=True)
        self.trend_label.setAccessibleName(self.tr("Change across sessions"))
        self.history_model = HistoryModel(self)
        self.history_table = _read_only_table(self.history_model, self.tr("Sessions of this case"))
        history_header = self.history_table.horizontalHeader()
        history_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        history_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        history_box = QGroupBox(self.tr("Your sessions of this case"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.trend_label)
        history_layout.addWidget(self.history_table)

        side = QSplitter(Qt.Orientation.Vertical)
        for group in (sections_box, differences_box, history_box):
            side.addWidget(group)
        side.setSizes([300, 260, 180])
        side.setChildrenCollapsible(False)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(items_box)
        main.addWidget(side)
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 2)
        main.setChildrenCollapsible(False)
        self.splitter = main

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addLayout(figures)
        layout.addWidget(self.kappa_explanation)
        layout.addWidget(self.verdicts_label)
        layout.addWidget(main, 1)

    def set_overview(self, overview: CalibrationOverview, pack_sections: dict[str, str]) -> None:
        """Show a session's report; ``pack_sections`` maps section ids to titles."""
        self.overview = overview
        report = overview.report
        self.heading.setText(
            self.tr("Calibration report: {case} \u00b7 {trainee}").format(
                case=overview.case.title, trainee=overview.trainee
            )
        )
        if report.agreement is None:
            self.agreement_label.setText("\u2013")
        else:
            self.agreement_label.setText(
                self.tr("{agreement} ({agreed} of {compared})").format(
                    agreement=_percent(report.agreement),
                    agreed=report.agreed,
                    compared=report.compared,
                )
            )
        kappa = report.kappa
        self.kappa_label.setText(
            f"{_kappa(kappa.value)} \u00b7 {kappa.interpretation}"
            if kappa.value is not None
            else kappa.interpretation
        )
        self.indicator_label.setText(_percent(report.indicator_agreement))
        self.kappa_explanation.setText(kappa.explanation)
        verdicts = [
            self.tr("{mark} {label} \u2014 you: {trainee}; reference: {reference} ({same})").format(
                mark="\u2713" if verdict.agrees else "\u2717",
                label=verdict.label,
                trainee=verdict.trainee,
                reference=verdict.reference,
                same=self.tr("same") if verdict.agrees else self.tr("different"),
            )
            for verdict in report.verdicts
        ]
        self.verdicts_label.setText("\n".join(verdicts))
        self.item_model.set_items(report.items, pack_sections)
        self.section_model.set_sections(report.sections)
        self.section_table.resizeRowsToContents()
        self.differences_text.setPlainText(self.differences_text_for(overview))
        self.trend_label.setText(overview.history.summary())
        self.history_model.set_history(overview.history, overview.interview_id)

    def differences_text_for(self, overview: CalibrationOverview) -> str:
        """The largest differences as numbered plain-text paragraphs."""
        differences = overview.report.largest_differences
        if not differences:
            return self.tr("No differences: every compared answer agrees with the reference.")
        blocks = []
        for number, difference in enumerate(differences, start=1):
            lines = [f"{number}. {difference.label} ({difference.section_title})"]
            lines.append(difference.explanation)
            if difference.rationale:
                lines.append(self.tr("Reference expert: {why}").format(why=difference.rationale))
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks)

    def _on_differences_only_toggled(self, checked: bool) -> None:
        self.item_proxy.set_differences_only(checked)


class CalibrationReportDialog(QDialog):
    """Computes a practice session's calibration off the GUI thread and shows it."""

    report_ready = Signal(object)
    report_failed = Signal(str)

    def __init__(self, store: Store, interview_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.interview_id = interview_id
        self.pack = repo.pack_of(store, interview_id)
        self.setWindowTitle(self.tr("[Practice] Calibration report"))
        self.setAccessibleName(self.tr("Calibration report"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.status_label = plain_label()
        self.status_label.setAccessibleName(self.tr("Calculation status"))
        self.view = CalibrationReportView(self)
        self.view.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.refresh_button = self.buttons.addButton(
            self.tr("&Recalculate"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.refresh_button.setAccessibleName(self.tr("Recalculate the report"))
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.setToolTip(self.tr("Recalculate with the latest answers (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the report"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(1320, 820)
        self.refresh()

    def refresh(self) -> None:
        """Compare the interview's current answers with the reference again."""
        self.refresh_button.setEnabled(False)
        self.status_label.setText(self.tr("Comparing your answers with the reference\u2026"))
        self.status_label.setVisible(True)
        run_task(
            calibration_overview,
            self.store,
            self.interview_id,
            on_done=while_alive(self, self._on_overview_ready),
            on_error=while_alive(self, self._on_overview_failed),
        )

    def _on_overview_ready(self, overview: CalibrationOverview) -> None:
        sections = {s.id: s.title.get(settings().language) for s in self.pack.sections}
        self.view.set_overview(overview, sections)
        self.view.setVisible(True)
        self.status_label.setVisible(False)
        self.refresh_button.setEnabled(True)
        self.setWindowTitle(
            self.tr("[Practice] Calibration report \u2014 {case}").format(case=overview.case.title)
        )
        self.report_ready.emit(overview)

    def _on_overview_failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        if isinstance(error, AppError):
            message = error.user_message
        else:
            log.error("calibration failed", exc_info=error)
            message = self.tr("The report could not be calculated ({kind}).").format(
                kind=type(error).__name__
            )
        self.status_label.setText(message)
        self.report_failed.emit(message)


# --- the practice window -------------------------------------------------------------------


class PracticeWindow(QMainWindow):
    """Practice cases for trainees: read a case, start a session, see the calibration."""

    practice_started = Signal(int)

    def __init__(
        self,
        store: Store,
        open_interview: OpenInterview | None = None,
        parent: QWidget | None = None,
        *,
        cases: Sequence[PracticeCase] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._open_interview = open_interview
        self.cases = list(cases) if cases is not None else load_practice_cases()
        self.report_dialog: CalibrationReportDialog | None = None
        self.narrative_window: NarrativeWindow | None = None
        self.message_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Practice cases (fictional) \u2014 ClusterBench"))
        self.setAccessibleName(self.tr("Practice cases"))
        self._build()
        self._build_actions()
        if self.cases:
            self.case_list.setCurrentIndex(self.case_model.index(0, 0))
        self.resize(1180, 760)

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.case_model = PracticeCaseModel(self.cases, self)
        self.case_list = QListView()
        self.case_list.setModel(self.case_model)
        self.case_list.setAccessibleName(self.tr("Practice cases"))
        self.case_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.case_list.selectionModel().currentChanged.connect(self._on_case_list_current_changed)
        cases_box = QGroupBox(self.tr("Cases"))
        cases_layout = QVBoxLayout(cases_box)
        cases_layout.addWidget(
            plain_label(
                self.tr(
                    "Every case is fictional: invented clusters, people and numbers, with a "
                    "reference expert's answers to compare yours with."
                )
            )
        )
        cases_layout.addWidget(self.case_list, 1)

        self.title_label = _bold(plain_label(), 1.2)
        self.description_label = plain_label(selectable=True)
        self.description_label.setAccessibleName(self.tr("Case description"))
        self.narrative = NarrativeView()
        self.narrative.banner.setVisible(False)
        self.narrative.title_label.setVisible(False)

        self.trainee_edit = QLineEdit(settings().expert_name)
        self.trainee_edit.setAccessibleName(self.tr("Trainee name"))
        self.trainee_edit.setPlaceholderText(self.tr("Your name"))
        self.trainee_edit.textChanged.connect(self._on_trainee_edit_text_changed)
        self.start_button = QPushButton(self.tr("&Start practice"))
        self.start_button.setAccessibleName(self.tr("Start a practice interview of this case"))
        self.start_button.setToolTip(self.tr("Start a practice interview (Ctrl+Enter)"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        start_row = QFormLayout()
        trainee_row = QHBoxLayout()
        trainee_row.addWidget(self.trainee_edit, 1)
        trainee_row.addWidget(self.start_button)
        start_row.addRow(self.tr("&Trainee:"), trainee_row)
        trainee_label = start_row.labelForField(trainee_row)
        if isinstance(trainee_label, QLabel):
            trainee_label.setBuddy(self.trainee_edit)

        self.session_model = SessionModel(self)
        self.session_table = _read_only_table(self.session_model, self.tr("Your sessions"))
        self.session_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.session_table.doubleClicked.connect(lambda _index: self.open_report())
        self.sessions_hint = plain_label()
        self.continue_button = QPushButton(self.tr("&Continue interview"))
        self.continue_button.setAccessibleName(self.tr("Continue the selected session"))
        self.continue_button.setToolTip(self.tr("Continue the selected session (Ctrl+O)"))
        self.continue_button.clicked.connect(self.continue_session)
        self.report_button = QPushButton(self.tr("Calibration &report"))
        self.report_button.setAccessibleName(self.tr("Open the calibration report"))
        self.report_button.setToolTip(self.tr("Compare the selected session (Ctrl+R)"))
        self.report_button.clicked.connect(self.open_report)
        session_buttons = QHBoxLayout()
        session_buttons.addWidget(self.continue_button)
        session_buttons.addWidget(self.report_button)
        session_buttons.addStretch(1)
        sessions_box = QGroupBox(self.tr("Your sessions of this case"))
        sessions_layout = QVBoxLayout(sessions_box)
        sessions_layout.addWidget(self.sessions_hint)
        sessions_layout.addWidget(self.session_table, 1)
        sessions_layout.addLayout(session_buttons)

        narrative_box = QGroupBox(self.tr("Narrative (what the cluster manager tells you)"))
        QVBoxLayout(narrative_box).addWidget(self.narrative)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.title_label)
        right_layout.addWidget(self.description_label)
        right_layout.addWidget(narrative_box, 3)
        right_layout.addLayout(start_row)
        right_layout.addWidget(sessions_box, 2)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(cases_box)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 880])
        self.setCentralWidget(splitter)
        self.setTabOrder(self.case_list, self.narrative.text)
        self.setTabOrder(self.narrative.text, self.trainee_edit)
        self.setTabOrder(self.trainee_edit, self.start_button)
        self.setTabOrder(self.start_button, self.session_table)

    def _build_actions(self) -> None:
        specs: list[tuple[str, str, list[QKeySequence], Callable[[], Any]]] = [
            ("start", self.tr("Start practice"), [QKeySequence("Ctrl+Return"),
                                                  QKeySequence("Ctrl+Enter")],
             self._on_start_button_clicked),
            ("continue", self.tr("Continue interview"), [QKeySequence("Ctrl+O")],
             self.continue_session),
            ("report", self.tr("Calibration report"), [QKeySequence("Ctrl+R")], self.open_report),
            ("refresh", self.tr("Refresh the sessions"),
             [QKeySequence(QKeySequence.StandardKey.Refresh)], self.refresh_sessions),
            ("close", self.tr("Close"), [QKeySequence(QKeySequence.StandardKey.Close)],
             self.close),
        ]  # fmt: skip
        self.actions_by_name: dict[str, QAction] = {}
        for name, title, keys, slot in specs:
            action = QAction(title, self)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            self.addAction(action)
            self.actions_by_name[name] = action

    # --- public API --------------------------------------------------------------------

    def current_case(self) -> PracticeCase | None:
        """The case chosen in the list."""
        index = self.case_list.currentIndex()
        return self.case_model.case(index.row()) if index.isValid() else None

    def select_case(self, case_id: str) -> bool:
        """Choose the case with ``case_id``; False when there is none."""
        for row in range(self.case_model.rowCount()):
            if self.case_model.case(row).id == case_id:
                self.case_list.setCurrentIndex(self.case_model.index(row, 0))
                return True
        return False

    def set_store(self, store: Store) -> None:
        """Use a reopened store (after a backup was restored)."""
        self.store = store
        self.refresh_sessions()

    def trainee(self) -> str:
        """The trainee's name as typed."""
        return self.trainee_edit.text().strip()

    def start_practice(self) -> int | None:
        """Start a practice interview of the chosen case; open it with the narrative."""
        case = self.current_case()
        trainee = self.trainee()
        if case is None:
            return None
        if not trainee:
            self._warn(self.tr("Type your name first: your sessions are kept under it."))
            self.trainee_edit.setFocus()
            return None
        try:
            interview_id = start_practice_interview(self.store, case, trainee=trainee)
        except AppError as error:
            self._warn(error.user_message)
            return None
        self.refresh_sessions()
        self.session_table.selectRow(self.session_model.rowCount() - 1)
        self.practice_started.emit(interview_id)
        self.open_session(interview_id, case)
        return interview_id

    def open_session(self, interview_id: int, case: PracticeCase) -> QWidget | None:
        """Open a session's interview and put the case narrative beside it."""
        window = self._open_interview(interview_id) if self._open_interview else None
        if isinstance(window, QMainWindow):
            dock_narrative(window, case)
            return window
        self.narrative_window = NarrativeWindow(case)
        self.narrative_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.narrative_window.show()
        return self.narrative_window

    def continue_session(self) -> QWidget | None:
        """Reopen the selected session's interview."""
        session = self.selected_session()
        case = self.current_case()
        if session is None or case is None:
            return None
        return self.open_session(session.interview_id, case)

    def selected_session(self) -> PracticeSession | None:
        """The session chosen in the table (the newest when none is)."""
        rows = self.session_table.selectionModel().selectedRows()
        if rows:
            return self.session_model.session(rows[0].row())
        count = self.session_model.rowCount()
        return self.session_model.session(count - 1) if count else None

    def open_report(self) -> CalibrationReportDialog | None:
        """Show the calibration report of the selected session."""
        session = self.selected_session()
        if session is None:
            return None
        dialog = CalibrationReportDialog(self.store, session.interview_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._on_report_dialog_destroyed)
        self.report_dialog = dialog
        dialog.show()
        return dialog

    def refresh_sessions(self) -> None:
        """Read the trainee's sessions of the chosen case from the store again."""
        case = self.current_case()
        trainee = self.trainee()
        rows: list[tuple[PracticeSession, repo.InterviewSummary | None]] = []
        if case is not None and trainee:
            summaries = {s.id: s for s in repo.list_interviews(self.store)}
            rows = [
                (session, summaries.get(session.interview_id))
                for session in practice_sessions(self.store, trainee=trainee, cases=self.cases)
                if session.case_id == case.id
            ]
        self.session_model.set_sessions(rows)
        if not trainee:
            hint = self.tr("Type your name to see your sessions.")
        elif rows:
            hint = self.tr("Double-click a session (or press Ctrl+R) for its calibration report.")
        else:
            hint = self.tr("No session of this case yet: read the narrative, then start one.")
        self.sessions_hint.setText(hint)
        has_rows = bool(rows)
        self.continue_button.setEnabled(has_rows)
        self.report_button.setEnabled(has_rows)
        self.actions_by_name["continue"].setEnabled(has_rows)
        self.actions_by_name["report"].setEnabled(has_rows)

    # --- slots -------------------------------------------------------------------------

    def _on_case_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        case = self.case_model.case(current.row())
        self.title_label.setText(case.title)
        lines = [
            self.tr("Technology area: {area}").format(area=case.technology_area),
            self.tr("Country: {country}").format(country=COUNTRIES.get(case.country, case.country)),
        ]
        if case.level:
            lines.append(self.tr("What to watch for: {level}").format(level=case.level))
        if case.reference_expert:
            lines.append(self.tr("Reference: {who}").format(who=case.reference_expert))
        self.description_label.setText("\n".join(lines))
        self.narrative.set_case(case)
        self.refresh_sessions()

    def _on_trainee_edit_text_changed(self, _text: str) -> None:
        self.refresh_sessions()

    def _on_start_button_clicked(self) -> None:
        self.start_practice()

    def _on_report_dialog_destroyed(self) -> None:
        self.report_dialog = None

    # --- helpers -----------------------------------------------------------------------

    def _warn(self, message: str) -> None:
        self.message_box = show_message(self, self.tr("Practice"), message, error=True)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Sessions may have changed while the window was hidden."""
        super().showEvent(event)
        self.refresh_sessions()


# --- entry points for the home and interview windows ---------------------------------------


def open_practice_window(
    parent: QWidget | None, store: Store, open_interview: OpenInterview | None = None
) -> PracticeWindow:
    """Show the practice cases; sessions open through ``open_interview``.

    Closing the window hides it, so the caller can keep it and show it again.
    """
    window = PracticeWindow(store, open_interview, parent)
    window.setWindowFlag(Qt.WindowType.Window, True)
    window.show()
    return window


def _case_of(store: Store, interview_id: int) -> PracticeCase | None:
    try:
        case_id = practice_case_id(store, interview_id)
        return practice_case_by_id(case_id) if case_id else None
    except PracticeCaseError:
        log.exception("the practice case of interview %s cannot be read", interview_id)
        return None


def _not_practice(parent: QWidget | None) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        _translate("Practice"),
        _translate("This interview is not a practice case, so it has no reference answers."),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def open_calibration_report(
    parent: QWidget | None, store: Store, interview_id: int
) -> CalibrationReportDialog | None:
    """Show the calibration report of a practice interview (None, with a note, otherwise)."""
    if _case_of(store, interview_id) is None:
        _not_practice(parent)
        return None
    dialog = CalibrationReportDialog(store, interview_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def open_case_narrative(window: QMainWindow, store: Store, interview_id: int) -> QDockWidget | None:
    """Dock the case narrative of a practice interview in its window."""
    case = _case_of(store, interview_id)
    if case is None:
        _not_practice(window)
        return None
    return dock_narrative(window, case)
