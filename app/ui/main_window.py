"""The home screen: every interview in the store, with search, filters and "New interview"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.errors import AppError
from app.models import Store
from app.models.quick_reads import list_interviews
from app.ui.home_filters import HomeFilters, empty_pages
from app.ui.home_model import InterviewFilterModel, InterviewTableModel
from app.ui.home_tools import HomeTools
from app.ui.reference_menu import ReferenceMenu, active_reference_or_none
from app.ui.widgets import coalesced, show_message
from app.ui.window_state import window_state

if TYPE_CHECKING:
    from app.scoring.reference import ReferenceSet
    from app.ui.interview.window import InterviewWindow
    from app.ui.practice_window import PracticeWindow

GEOMETRY_STATE = "main_window/geometry"


class InterviewTable(QTableView):
    """The interview list; Enter opens the current row like a double-click."""

    activated_row = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class MainWindow(HomeTools, QMainWindow):
    """Home: the interview list, search and filters, and the way into each interview."""

    interview_opened = Signal(int)

    def __init__(self, store: Store, reference: ReferenceSet | None = None) -> None:
        super().__init__()
        self.store = store
        self.reference = reference
        self._open_windows: dict[int, InterviewWindow] = {}
        self._supervisor_window: QWidget | None = None
        self._practice_window: PracticeWindow | None = None
        self.keys_dialog: QWidget | None = None
        self.setWindowTitle(self.tr("ClusterBench"))
        self.setMinimumSize(760, 420)
        self.model = InterviewTableModel(self)
        self.proxy = InterviewFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.filters = HomeFilters(self.proxy)
        self.filters.changed.connect(self._update_page)
        self.filters.new_button.clicked.connect(self.new_interview)
        self.search_edit = self.filters.search_edit
        self.status_filter = self.filters.status_filter
        self.mode_filter = self.filters.mode_filter
        self.date_filter = self.filters.date_filter
        self.date_from = self.filters.date_from
        self.date_to = self.filters.date_to
        self.new_button = self.filters.new_button
        self._build_table()
        self.empty_page, self.no_match_page, self.no_match_label = empty_pages(
            self.new_interview, self.clear_filters
        )
        self._build_menus()

        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty_page)
        self.pages.addWidget(self.no_match_page)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.filters)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)

        geometry = window_state().get(GEOMETRY_STATE)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 680)
        self.reload()
        self._build_home_tools()
        # An interview's row follows a moment after a burst of answers, not in the chart's way.
        self._reload_later = coalesced(self.reload, 500, self)
        self.search_edit.setFocus()

    # --- building ----------------------------------------------------------------------

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

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: QKeySequence | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False, run=slot: run())
        return action

    def _build_menus(self) -> None:
        standard = QKeySequence.StandardKey
        self.new_action = self._action(
            self.tr("&New interview\u2026"), self.new_interview, QKeySequence(standard.New)
        )
        self.open_bundle_action = self._action(
            self.tr("Open bundle for &review\u2026"),
            self.open_supervisor_view,
            QKeySequence("Ctrl+Shift+O"),
        )
        self.import_decision_action = self._action(
            self.tr("&Import supervisor decision\u2026"),
            self.choose_decision,
            QKeySequence("Ctrl+Shift+I"),
        )
        self.keys_action = self._action(
            self.tr("&Keys and trust\u2026"), self.open_keys, QKeySequence("Ctrl+Shift+K")
        )
        self.reference_menu = ReferenceMenu(self)
        self.reference_menu.changed.connect(self.use_active_reference)
        self.settings_action = self._action(
            self.tr("&Settings\u2026"), self.edit_settings, QKeySequence(standard.Preferences)
        )
        self.backups_action = self._action(self.tr("&Backups\u2026"), self.show_backups)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence(standard.Quit))
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_action, self.open_bundle_action, self.import_decision_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.keys_action)
        file_menu.addMenu(self.reference_menu)
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        practice_menu = self.menuBar().addMenu(self.tr("&Practice"))
        self.practice_action = self._action(
            self.tr("&Practice cases (fictional)\u2026"),
            self.open_practice,
            QKeySequence("Ctrl+Shift+T"),
        )
        practice_menu.addAction(self.practice_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = self._action(self.tr("&About ClusterBench"), self.show_about)
        help_menu.addAction(self.about_action)

    # --- public API --------------------------------------------------------------------

    def reload(self) -> None:
        """Read the interview list from the store again (keeps search and filters)."""
        self.model.set_interviews(list_interviews(self.store))
        self._update_page()

    def set_reference(self, reference: ReferenceSet | None) -> None:
        """Peer reference data to compare with, here and in every open interview."""
        self.reference = reference
        for window in self._open_windows.values():
            window.session.set_reference(reference)

    def use_active_reference(self) -> None:
        """Load the reference set now in use (another was chosen or imported)."""
        self.set_reference(active_reference_or_none())

    def clear_filters(self) -> None:
        """Show every interview again."""
        self.filters.clear()

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
        from app.ui.interview.window import InterviewWindow

        if self.reference is None:
            self.reference = active_reference_or_none()
        try:
            window = InterviewWindow(self.store, interview_id, self.reference)
        except AppError as error:
            self._warn(error.user_message)
            return None
        self._open_windows[interview_id] = window
        window.closed.connect(lambda: self._on_interview_window_closed(interview_id))
        window.answer_saved.connect(lambda _item_id: self._reload_later())
        window.reference_changed.connect(self.use_active_reference)
        window.show()
        self.interview_opened.emit(interview_id)
        return window

    def open_supervisor_view(self) -> QWidget:
        """Open a signed bundle for review, in the supervisor window."""
        from app.export.keys import default_trusted_keys_path
        from app.ui.supervisor.window import SupervisorWindow

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
        from app.ui.decision_import import choose_decision_file

        path = choose_decision_file(self)
        return path is not None and self.import_decision(path)

    def import_decision(self, path: Path | str) -> bool:
        """Verify and apply a decision (as ``clusterbench import-decision`` does); a returned
        interview opens with the comments."""
        from app.services.decisions import import_decision
        from app.ui.decision_import import decision_summary, refusal_text

        try:
            received, applied = import_decision(self.store, path)
        except AppError as error:
            self._warn(refusal_text(error))
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
        from app.settings import settings
        from app.ui.settings import SettingsDialog

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
        return self._practice_window

    def show_about(self) -> None:
        """Version, and what the shipped data is (and is not)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About ClusterBench"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("ClusterBench {version}").format(version=__version__))
        box.setInformativeText(about_text())
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.exec()

    # --- slots -------------------------------------------------------------------------

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
        state = window_state()
        state.set(GEOMETRY_STATE, self.saveGeometry())
        state.sync()
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
