"""The home screen: every interview in the store, with search, filters and "New interview"."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.errors import AppError
from app.models import Store
from app.models import repository as repo
from app.scoring.taxonomy import INTERVIEW_MODES, INTERVIEW_STATUSES
from app.ui.home_model import InterviewFilterModel, InterviewTableModel
from app.ui.settings import SettingsDialog, settings
from app.ui.widgets import bold_font, show_message

if TYPE_CHECKING:
    from app.scoring.reference import ReferenceSet
    from app.ui.interview_window import InterviewWindow

log = logging.getLogger(__name__)

GEOMETRY_STATE = "main_window/geometry"


class InterviewTable(QTableView):
    """The interview list; Enter opens the current row like a double-click."""

    activated_row = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class MainWindow(QMainWindow):
    """Home: the interview list, search and filters, and the way into each interview."""

    interview_opened = Signal(int)

    def __init__(self, store: Store, reference: Any = None) -> None:
        super().__init__()
        self.store = store
        self.reference = reference
        self._open_windows: dict[int, InterviewWindow] = {}
        self._supervisor_window: QWidget | None = None
        self._practice_window: Any = None
        self.keys_dialog: QWidget | None = None
        self.setWindowTitle(self.tr("ClusterBench"))
        self.setMinimumSize(760, 420)

        self.model = InterviewTableModel(self)
        self.proxy = InterviewFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self._build_filters()
        self._build_table()
        self._build_empty_states()
        self._build_menus()

        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty_page)
        self.pages.addWidget(self.no_match_page)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(self._filter_row)
        layout.addLayout(self._date_row)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)

        geometry = settings().state(GEOMETRY_STATE)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 680)
        self.reload()
        self.search_edit.setFocus()

    # --- building ----------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search cluster, expert or country"))
        self.search_edit.setAccessibleName(self.tr("Search interviews"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)

        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        for code, label in INTERVIEW_STATUSES.items():
            self.status_filter.addItem(self.tr(label), code)
        self.status_filter.currentIndexChanged.connect(self._on_filters_changed)

        self.mode_filter = QComboBox()
        self.mode_filter.setAccessibleName(self.tr("Filter by mode"))
        self.mode_filter.addItem(self.tr("All modes"), "")
        for code, label in INTERVIEW_MODES.items():
            self.mode_filter.addItem(self.tr(label), code)
        self.mode_filter.currentIndexChanged.connect(self._on_filters_changed)

        self.new_button = QPushButton(self.tr("New interview"))
        self.new_button.setAccessibleName(self.tr("New interview"))
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_interview)

        row = QHBoxLayout()
        row.addWidget(self.search_edit, 3)
        row.addWidget(self.status_filter, 1)
        row.addWidget(self.mode_filter, 1)
        row.addWidget(self.new_button)
        self._filter_row = row

        self.date_filter = QCheckBox(self.tr("Changed between"))
        self.date_filter.setAccessibleName(self.tr("Filter by date"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-3))
        self.date_to = QDateEdit(today)
        for edit, name in ((self.date_from, "From date"), (self.date_to, "To date")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(self.tr(name))
            edit.setEnabled(False)
            edit.dateChanged.connect(self._on_filters_changed)
        self.date_filter.toggled.connect(self._on_date_filter_toggled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_filter)
        date_row.addWidget(self.date_from)
        date_row.addWidget(QLabel(self.tr("and")))
        date_row.addWidget(self.date_to)
        date_row.addStretch(1)
        self._date_row = date_row

    def _build_table(self) -> None:
        table = InterviewTable()
        table.setModel(self.proxy)
        table.setAccessibleName(self.tr("Interviews"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(True)
        table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
        table.setAlternatingRowColors(True)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(self._on_table_activated)
        table.activated_row.connect(self._on_table_activated)
        self.table = table

    def _build_empty_states(self) -> None:
        self.empty_page = QWidget()
        box = QVBoxLayout(self.empty_page)
        box.addStretch(1)
        title = QLabel(self.tr("No interviews yet"))
        title.setFont(bold_font(title, 1.4))
        hint = QLabel(
            self.tr(
                "Start a benchmarking interview with a cluster organisation, or reopen the "
                "practice interview with its fictional cluster to learn the flow."
            )
        )
        hint.setWordWrap(True)
        start = QPushButton(self.tr("New interview\u2026"))
        start.setAccessibleName(self.tr("Start a new interview"))
        start.clicked.connect(self.new_interview)
        for widget in (title, hint):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(widget)
        box.addWidget(start, 0, Qt.AlignmentFlag.AlignCenter)
        box.addStretch(2)

        self.no_match_page = QWidget()
        box = QVBoxLayout(self.no_match_page)
        box.addStretch(1)
        self.no_match_label = QLabel(self.tr("No interview matches the search and filters."))
        self.no_match_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        clear = QPushButton(self.tr("Clear search and filters"))
        clear.setAccessibleName(self.tr("Clear search and filters"))
        clear.clicked.connect(self.clear_filters)
        box.addWidget(self.no_match_label)
        box.addWidget(clear, 0, Qt.AlignmentFlag.AlignCenter)
        box.addStretch(2)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New interview\u2026"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_interview)
        self.open_bundle_action = QAction(self.tr("Open bundle for &review\u2026"), self)
        self.open_bundle_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_bundle_action.triggered.connect(self.open_supervisor_view)
        self.import_decision_action = QAction(self.tr("&Import supervisor decision\u2026"), self)
        self.import_decision_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_decision_action.triggered.connect(self.choose_decision)
        self.keys_action = QAction(self.tr("&Keys and trust\u2026"), self)
        self.keys_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.keys_action.triggered.connect(self.open_keys)
        self.settings_action = QAction(self.tr("&Settings\u2026"), self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.edit_settings)
        self.backups_action = QAction(self.tr("&Backups\u2026"), self)
        self.backups_action.triggered.connect(self.show_backups)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_bundle_action)
        file_menu.addAction(self.import_decision_action)
        file_menu.addSeparator()
        file_menu.addAction(self.keys_action)
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        practice_menu = self.menuBar().addMenu(self.tr("&Practice"))
        self.practice_action = QAction(self.tr("&Practice cases (fictional)\u2026"), self)
        self.practice_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.practice_action.triggered.connect(self.open_practice)
        practice_menu.addAction(self.practice_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About ClusterBench"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    # --- public API --------------------------------------------------------------------

    def reload(self) -> None:
        """Read the interview list from the store again (keeps search and filters)."""
        self.model.set_interviews(repo.list_interviews(self.store))
        self._update_page()

    def set_reference(self, reference: Any) -> None:
        """Peer reference data, once loaded; used by interviews opened afterwards."""
        self.reference = reference

    def clear_filters(self) -> None:
        """Show every interview again."""
        self.search_edit.clear()
        self.status_filter.setCurrentIndex(0)
        self.mode_filter.setCurrentIndex(0)
        self.date_filter.setChecked(False)

    def new_interview(self) -> int | None:
        """Ask for the details, create the interview and open it; return its id."""
        from app.ui.new_interview_dialog import NewInterviewDialog

        dialog = NewInterviewDialog(self.store, self)
        if dialog.exec() != NewInterviewDialog.DialogCode.Accepted:
            return None
        interview_id = dialog.created_interview_id
        self.reload()
        if interview_id is not None:
            self.open_interview(interview_id)
        return interview_id

    def open_interview(self, interview_id: int) -> InterviewWindow | None:
        """Show the interview window for ``interview_id`` (raise it when already open)."""
        existing = self._open_windows.get(interview_id)
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        from app.ui.interview_window import InterviewWindow

        if self.reference is None:
            self.reference = load_default_reference()
        try:
            window = InterviewWindow(self.store, interview_id, self.reference)
        except AppError as error:
            self._warn(error.user_message)
            return None
        self._open_windows[interview_id] = window
        window.closed.connect(lambda: self._on_interview_window_closed(interview_id))
        window.answer_saved.connect(lambda _item_id: self.reload())
        window.show()
        self.interview_opened.emit(interview_id)
        return window

    def open_supervisor_view(self) -> QWidget:
        """Open a signed bundle for review, in the supervisor window."""
        from app.export.keys import default_trusted_keys_path
        from app.ui.supervisor import SupervisorWindow

        existing = self._supervisor_window
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
        window = SupervisorWindow(self.store, default_trusted_keys_path())
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(self._on_supervisor_window_destroyed)
        self._supervisor_window = window
        window.show()
        return window

    def open_keys(self) -> QWidget:
        """This computer's signing key, and the trusted keys."""
        from app.ui.keys_dialog import open_keys_dialog

        self.keys_dialog = open_keys_dialog(self)
        return self.keys_dialog

    def choose_decision(self) -> bool:
        """Ask for a supervisor's decision file and import it."""
        from app.ui.report_dialog import choose_decision_file

        path = choose_decision_file(self)
        return path is not None and self.import_decision(path)

    def import_decision(self, path: Path | str) -> bool:
        """Verify and apply a decision; a returned interview opens with the comments."""
        from app.ui.report_dialog import decision_summary, import_decision_file

        actor = settings().expert_name or "expert"
        try:
            received, applied = import_decision_file(self.store, path, actor=actor)
        except AppError as error:
            self._warn(error.user_message)
            return False
        self.reload()
        window = self._open_windows.get(applied.interview_id)
        if window is not None:
            window.refresh_from_store()
        elif applied.reopened:
            self.open_interview(applied.interview_id)
        show_message(self, self.tr("Supervisor decision"), decision_summary(received, applied))
        return True

    def edit_settings(self) -> None:
        """Show the settings dialog."""
        SettingsDialog(settings(), self).exec()

    def show_backups(self) -> None:
        """List the store's backups; restore one (only with no interview open)."""
        from app.ui.backups_dialog import BackupsDialog

        if self._open_windows:
            self._warn(self.tr("Close the open interviews before working with backups."))
            return
        BackupsDialog(self.store, self.replace_store, self).exec()

    def replace_store(self, store: Store) -> None:
        """Use a reopened store (after a restore)."""
        self.store = store
        if self._practice_window is not None:
            self._practice_window.set_store(store)
        self.reload()

    def open_practice(self) -> QWidget:
        """The fictional practice cases for trainees."""
        from app.ui.practice_window import open_practice_window

        if self._practice_window is None:
            self._practice_window = open_practice_window(None, self.store, self.open_interview)
            self._practice_window.practice_started.connect(lambda _id: self.reload())
        else:
            self._practice_window.show()
            self._practice_window.raise_()
            self._practice_window.activateWindow()
        window: QWidget = self._practice_window
        return window

    def show_about(self) -> None:
        """Version, and what the shipped data is (and is not)."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About ClusterBench"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("ClusterBench {version}").format(version=__version__))
        box.setInformativeText(about_text())
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.exec()

    # --- slots -------------------------------------------------------------------------

    def _on_search_edit_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_page()

    def _on_filters_changed(self, *_args: object) -> None:
        self.proxy.set_status(self.status_filter.currentData() or None)
        self.proxy.set_mode(self.mode_filter.currentData() or None)
        if self.date_filter.isChecked():
            self.proxy.set_date_range(
                _to_date(self.date_from.date()), _to_date(self.date_to.date())
            )
        else:
            self.proxy.set_date_range(None, None)
        self._update_page()

    def _on_date_filter_toggled(self, checked: bool) -> None:
        self.date_from.setEnabled(checked)
        self.date_to.setEnabled(checked)
        self._on_filters_changed()

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_interview(self.proxy.interview_id(index.row()))

    def _on_supervisor_window_destroyed(self) -> None:
        self._supervisor_window = None

    def _on_interview_window_closed(self, interview_id: int) -> None:
        self._open_windows.pop(interview_id, None)
        self.reload()

    # --- helpers -----------------------------------------------------------------------

    def _update_page(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if total == 0:
            self.pages.setCurrentWidget(self.empty_page)
        elif shown == 0:
            self.pages.setCurrentWidget(self.no_match_page)
        else:
            self.pages.setCurrentWidget(self.table)
        if shown == total:
            self.count_label.setText(
                self.tr("1 interview") if total == 1 else self.tr("{n} interviews").format(n=total)
            )
        else:
            self.count_label.setText(
                self.tr("{shown} of {n} interviews").format(shown=shown, n=total)
            )

    def _warn(self, message: str) -> None:
        show_message(self, self.tr("ClusterBench"), message, error=True)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Close the interview windows too and remember the window's place."""
        for window in list(self._open_windows.values()):
            window.close()
        if self._practice_window is not None:
            self._practice_window.close()
        settings().set_state(GEOMETRY_STATE, self.saveGeometry())
        settings().sync()
        super().closeEvent(event)


def about_text() -> str:
    """What the About box says about the shipped questionnaire and peer data."""
    return QCoreApplication.translate(
        "MainWindow",
        "Guided ECEI cluster-management benchmarking interviews, offline.\n\n"
        "The questionnaire pack shipped with the app is a public reconstruction of the ECEI "
        "benchmarking interview: its thresholds and weights are assumptions, not ESCA's "
        "licensed catalogue.\n\n"
        "The peer reference data is SYNTHETIC: generated clusters, not real results. The "
        "demo cluster is fictional.",
    )


def load_default_reference() -> ReferenceSet | None:
    """The shipped reference set, or None when it cannot be loaded (peers then hidden)."""
    from app.scoring.reference import default_reference

    try:
        return default_reference()
    except AppError:
        log.exception("could not load the shipped reference data")
        return None


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
