"""The home screen: every interview in the store, with search, filters and "New interview"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from app.errors import AppError
from app.models import Store
from app.models.quick_reads import demo_interview_id, list_interviews
from app.settings import settings
from app.ui.first_paint import FirstPaint
from app.ui.home_filters import HomeFilters, empty_pages
from app.ui.home_menus import build_home_menus, home_commands
from app.ui.home_model import InterviewFilterModel, InterviewTable, InterviewTableModel
from app.ui.home_tools import HomeTools
from app.ui.reference_menu import ReferenceMenu, active_reference_or_none
from app.ui.welcome import WelcomePanel
from app.ui.widgets import coalesced, delete_on_close, plain_label, show_message
from app.ui.window_fit import fit_to_screen

if TYPE_CHECKING:
    from app.scoring.reference import ReferenceSet
    from app.ui.interview.window import InterviewWindow
    from app.ui.practice_window import PracticeWindow

GEOMETRY_STATE = "main_window/geometry"


class MainWindow(HomeTools, QMainWindow):
    """Home: the interview list, search and filters, and the way into each interview.

    It is the application's main window: closing it closes every other window (each keeps
    what was typed) and ends the application.
    """

    interview_opened = Signal(int)
    new_action: QAction
    open_bundle_action: QAction
    import_decision_action: QAction
    keys_action: QAction
    reference_menu: ReferenceMenu
    settings_action: QAction
    backups_action: QAction
    quit_action: QAction
    practice_action: QAction
    guide_action: QAction
    shortcuts_action: QAction
    welcome_action: QAction
    about_action: QAction

    def __init__(self, store: Store, reference: ReferenceSet | None = None) -> None:
        super().__init__()
        self.store = store
        self.reference = reference
        self._open_windows: dict[int, InterviewWindow] = {}
        self._supervisor_window: QWidget | None = None
        self._practice_window: PracticeWindow | None = None
        #: Whether the user guide was opened (only from here): else it cannot be open.
        self._guide_opened = False
        self.keys_dialog: QWidget | None = None
        self.shortcut_sheet: QWidget | None = None
        self.setWindowTitle(self.tr("ClusterBench"))
        self.setMinimumSize(640, 400)

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
        build_home_menus(self)
        self.welcome = WelcomePanel(
            open_demo=self.open_demo,
            new_interview=self.new_interview,
            open_practice=self.open_practice,
            open_guide=self.open_user_guide,
            hide_for_good=self.hide_welcome,
        )
        self.welcome.setVisible(settings().show_welcome)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty_page)
        self.pages.addWidget(self.no_match_page)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.welcome)
        layout.addWidget(self.filters)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.count_label = plain_label(wrap=False)
        self.statusBar().addPermanentWidget(self.count_label)
        fit_to_screen(self, QSize(1100, 680), state=GEOMETRY_STATE)
        self.reload()
        self._build_home_tools()
        # An interview's row follows a moment after a burst of answers, not in the chart's way.
        self._reload_later = coalesced(self.reload, 500, self)
        self.search_edit.setFocus()

    # --- building ----------------------------------------------------------------------

    def _build_table(self) -> None:
        table = InterviewTable(self.proxy)
        table.setAccessibleName(self.tr("Interviews"))
        table.doubleClicked.connect(self._on_table_activated)
        table.activated_row.connect(self._on_table_activated)
        # (The window, not the table: a frameless table is never painted itself.)
        FirstPaint(self, table.sort_newest_first)
        self.table = table

    # --- public API --------------------------------------------------------------------

    def reload(self) -> None:
        """Read the interview list from the store again (keeps search and filters)."""
        self.model.set_interviews(list_interviews(self.store))
        self.welcome.set_demo_available(demo_interview_id(self.store) is not None)
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
        # Freed when closed: nothing of a closed interview stays in memory.
        delete_on_close(window)
        self._open_windows[interview_id] = window
        window.closed.connect(lambda: self._on_interview_window_closed(interview_id))
        window.answer_saved.connect(lambda _item_id: self._reload_later())
        window.reference_changed.connect(self.use_active_reference)
        window.show()
        self.interview_opened.emit(interview_id)
        return window

    def open_demo(self) -> QWidget | None:
        """Open the fictional demo interview."""
        demo = demo_interview_id(self.store)
        return None if demo is None else self.open_interview(demo)

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
        delete_on_close(window)
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
        """Show the settings dialog (and start again when a change needs it)."""
        from app.ui.settings import edit_settings

        edit_settings(self)

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

    def show_about(self) -> QWidget:
        """Version, and what the shipped data is (and is not)."""
        from app.ui.help_window import show_about  # not before the first paint

        return show_about(self)

    def open_user_guide(self) -> QWidget:
        """The offline user guide."""
        from app.ui.help_window import open_user_guide  # not before the first paint

        self._guide_opened = True
        return open_user_guide()

    def open_shortcut_sheet(self) -> QWidget:
        """Every key of the home window."""
        from app.ui.command_palette import ShortcutSheet

        sheet = ShortcutSheet(home_commands(self), self)
        delete_on_close(sheet)
        sheet.open()
        self.shortcut_sheet = sheet
        return sheet

    def show_welcome(self) -> None:
        """Show the welcome again (and from now on)."""
        settings().show_welcome = True
        self.welcome.show_data_folder()
        self.welcome.show()

    def hide_welcome(self) -> None:
        """Hide the welcome for good (Help > Welcome shows it again)."""
        settings().show_welcome = False
        self.welcome.hide()
        self.search_edit.setFocus()

    def quit_application(self) -> None:
        """Close every window (each keeps what was typed) and end the application."""
        self.close()

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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Back to the window on a later day (say, after a night asleep): "today 09:30"
        becomes the date it was."""
        if event.type() == QEvent.Type.ActivationChange and self.model.shows_an_earlier_day():
            self.reload()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Close every window opened from here, then end the application.

        Each window keeps what was typed as it closes. Ending explicitly (rather than when
        the last window closes) means no hidden window can keep the process, and with it
        the store's lock, alive.
        """
        for window in self._windows_opened():
            window.close()
        super().closeEvent(event)
        if event.isAccepted():
            QCoreApplication.quit()

    def _windows_opened(self) -> list[QWidget]:
        others: list[QWidget | None] = [
            self._supervisor_window,
            self._practice_window,
            self.outbox_window,
        ]
        if self._guide_opened:  # (the guide's module is not loaded otherwise)
            from app.ui.help_window import user_guide_window

            others.append(user_guide_window())
        return [*self._open_windows.values(), *filter(None, others)]
