"""Practice for trainees: fictional cases, their narrative beside the interview, calibration.

``PracticeWindow`` lists the shipped (fictional) practice cases; "Start practice" starts a
practice interview of the case's fictional cluster (``app.services.practice``, the same as
``clusterbench practice start``), opens it in the normal interview window and docks the
case narrative beside it (``case_narrative``). ``calibration_report`` compares the trainee
with the reference expert. Every window says that the case is fictional and the interview
a practice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.models import Store
from app.models import repository as repo
from app.scoring.practice import PracticeCase, load_practice_cases
from app.services.practice import (
    PracticeSession,
    practice_case_of,
    practice_sessions,
    start_practice,
)
from app.settings import settings
from app.ui.calibration_report import CalibrationReportDialog
from app.ui.case_narrative import NarrativeView, NarrativeWindow, dock_narrative, not_practice
from app.ui.practice_models import PracticeCaseModel, SessionModel, bold_label, read_only_table
from app.ui.vocabulary import country_name, technology_area_name
from app.ui.widgets import plain_label, show_message, wrap_entries
from app.ui.window_fit import fit_to_screen

log = logging.getLogger(__name__)

#: Opens an interview in its window (the home window's ``open_interview``).
OpenInterview = Callable[[int], QWidget | None]


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
        self.setWindowTitle(self.tr("Practice cases (fictional)"))
        self.setAccessibleName(self.tr("Practice cases"))
        self._build()
        self._build_actions()
        if self.cases:
            self.case_list.setCurrentIndex(self.case_model.index(0, 0))
        fit_to_screen(self, QSize(1180, 760), state="practice_window/geometry")

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.case_model = PracticeCaseModel(self.cases, self)
        self.case_list = QListView()
        self.case_list.setModel(self.case_model)
        self.case_list.setAccessibleName(self.tr("Practice cases"))
        self.case_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        wrap_entries(self.case_list)
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

        self.title_label = bold_label(plain_label(), 1.2)
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
        self.session_table = read_only_table(self.session_model, self.tr("Your sessions"))
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
            interview_id = start_practice(self.store, case, trainee=trainee)
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
            self.tr("Technology area: {area}").format(
                area=technology_area_name(case.technology_area)
            ),
            self.tr("Country: {country}").format(country=country_name(case.country)),
        ]
        if case.level:
            level = case.level.get(settings().language)
            lines.append(self.tr("What to watch for: {level}").format(level=level))
        if case.reference_expert:
            who = case.reference_expert.get(settings().language)
            lines.append(self.tr("Reference: {who}").format(who=who))
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


def open_calibration_report(
    parent: QWidget | None, store: Store, interview_id: int
) -> CalibrationReportDialog | None:
    """Show the calibration report of a practice interview (None, with a note, otherwise)."""
    if practice_case_of(store, interview_id) is None:
        not_practice(parent)
        return None
    dialog = CalibrationReportDialog(store, interview_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def open_case_narrative(window: QMainWindow, store: Store, interview_id: int) -> QDockWidget | None:
    """Dock the case narrative of a practice interview in its window."""
    case = practice_case_of(store, interview_id)
    if case is None:
        not_practice(window)
        return None
    return dock_narrative(window, case)
