"""What the home screen offers beyond the list: the label path (record a label, merge two
records of one organisation, show the clusters due) and sending to ESCA (the outbox, a
sync that brings decisions back, the intake's settings, "Received by ESCA" in the list).

``HomeTools`` is mixed into ``MainWindow``; each action calls the same service function as
its command-line verb.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QWidget

from app.errors import AppError
from app.ui.home_menus import menu_action
from app.ui.widgets import show_message

if TYPE_CHECKING:
    from app.models import Store
    from app.services.outbox import SendProgress, SyncReport
    from app.ui.home_filters import HomeFilters
    from app.ui.home_model import InterviewFilterModel, InterviewTable, InterviewTableModel
    from app.ui.interview.window import InterviewWindow
    from app.ui.outbox_sender import OutboxSender
    from app.ui.outbox_window import OutboxWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class HomeTools(QMainWindow):
    """The label and ESCA actions of the home screen (the window is ``MainWindow``)."""

    store: Store
    model: InterviewTableModel
    proxy: InterviewFilterModel
    filters: HomeFilters
    table: InterviewTable
    _open_windows: dict[int, InterviewWindow]
    outbox_window: OutboxWindow | None = None
    label_dialog: QDialog | None = None
    _sender: OutboxSender | None = None

    def reload(self) -> None:
        """Read the interview list again (the window does it)."""
        raise NotImplementedError

    def open_interview(self, interview_id: int) -> object:
        """Open an interview (the window does it)."""
        raise NotImplementedError

    def _build_home_tools(self) -> None:
        """The Labels and ESCA menus, the label-due filter, receipts in the list."""
        labels_menu = QMenu(_tr("&Labels"), self)
        self.record_label_action = self._tool_action(
            labels_menu, _tr("&Record a label\u2026"), self.record_label, "Ctrl+Shift+L"
        )
        self.merge_action = self._tool_action(
            labels_menu, _tr("&Merge cluster records\u2026"), self.merge_clusters
        )
        self.due_action = self._tool_action(
            labels_menu, _tr("Show clusters &due within 6 months"), self.show_due
        )
        esca_menu = QMenu(_tr("&ESCA"), self)
        self.outbox_action = self._tool_action(
            esca_menu, _tr("&Outbox\u2026"), self.open_outbox, "Ctrl+Shift+B"
        )
        self.sync_action = self._tool_action(
            esca_menu, _tr("&Sync with ESCA"), self.sync_now, "Ctrl+Shift+S"
        )
        self.intake_action = self._tool_action(
            esca_menu, _tr("&Intake settings\u2026"), self.edit_intake
        )
        help_menu = self.menuBar().actions()[-1]
        self.menuBar().insertMenu(help_menu, labels_menu)
        self.menuBar().insertMenu(help_menu, esca_menu)
        self.filters.due_changed.connect(self.set_due_within)

    def _tool_action(
        self, menu: QMenu, text: str, slot: Callable[[], object], shortcut: str = ""
    ) -> QAction:
        action = menu_action(self, text, slot, shortcut)
        menu.addAction(action)
        return action

    # --- the label path ------------------------------------------------------------------

    def selected_interview_id(self) -> int | None:
        """The interview of the current row, if any."""
        index = self.table.currentIndex()
        return self.proxy.interview_id(index.row()) if index.isValid() else None

    def record_label(self) -> QDialog | None:
        """Record the label the selected interview's cluster received."""
        from app.ui.label_dialogs import RecordLabelDialog

        interview_id = self.selected_interview_id()
        if interview_id is None:
            self._tool_message(_tr("Select the benchmarking that led to the label first."))
            return None
        self.label_dialog = dialog = RecordLabelDialog(self.store, interview_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.recorded is not None:
            from app.ui.label_dialogs import label_line

            self._tool_message(label_line(dialog.recorded), error=False)
            self.set_due_within(self.filters.due_within())
        return dialog

    def merge_clusters(self) -> QDialog:
        """Merge two records of one cluster organisation."""
        from app.ui.label_dialogs import MergeClustersDialog

        self.label_dialog = dialog = MergeClustersDialog(self.store, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
        return dialog

    def show_due(self) -> None:
        """Turn on the label-due filter (6 months unless changed)."""
        self.filters.due_filter.setChecked(True)

    def set_due_within(self, months: int | None) -> None:
        """Show only interviews whose label expires or re-benchmarking is due in ``months``."""
        from app.services.labels import interview_ids_due

        if months is None:
            self.proxy.set_only_ids(None)
        else:
            try:
                self.proxy.set_only_ids(interview_ids_due(self.store, within_months=months))
            except AppError as error:
                self._tool_message(error.user_message)
                return
        self.filters.changed.emit()

    # --- ESCA ----------------------------------------------------------------------------

    def outbox_sender(self) -> OutboxSender:
        """The app's sender for this store (listened to from here)."""
        from app.ui.outbox_sender import shared_sender

        sender = shared_sender(self.store)
        if sender is not self._sender:
            self._sender = sender
            sender.finished.connect(self._on_sender_finished)
            sender.progressed.connect(self._on_sender_progressed)
        return sender

    def start_listening(self) -> None:
        """Show what ESCA said and follow the sender from now on (called after the first
        paint, when the outbox code has loaded)."""
        self.outbox_sender()
        self.show_receipts()

    def open_outbox(self) -> OutboxWindow:
        """The outbox: bundles on their way to ESCA, sending and syncing."""
        from app.ui.outbox_window import OutboxWindow

        window = self.outbox_window
        if window is None or window.sender_ is not self.outbox_sender():
            window = OutboxWindow(self.outbox_sender(), self)
            self.outbox_window = window
        window.refresh()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def sync_now(self) -> bool:
        """Send what is queued and apply the supervisors' decisions (asks what is missing)."""
        return self.open_outbox().send(fetch=True)

    def edit_intake(self) -> bool:
        """The intake's address and key."""
        from app.ui.intake_dialog import IntakeDialog

        return IntakeDialog(self.store, self).exec() == QDialog.DialogCode.Accepted

    def show_receipts(self) -> None:
        """Read what ESCA's intake said about each interview, for the list and the headers."""
        from app.services.outbox import receipt_statuses

        try:
            self.model.set_receipts(receipt_statuses(self.store))
        except AppError:
            return  # the store is being replaced (a restore)
        for window in self._open_windows.values():
            window.header.show_receipt()

    def _on_sender_progressed(self, step: SendProgress) -> None:
        if step.state != "sending" or step.sent == 0:  # a new state, not every chunk
            self.show_receipts()

    def _on_sender_finished(self, report: SyncReport) -> None:
        from app.models import repository as repo

        self.reload()
        self.show_receipts()
        for decided in report.decisions:
            interview_id = repo.find_interview_by_uuid(self.store, decided.interview_uuid)
            if not decided.applied or interview_id is None:
                continue
            window = self._open_windows.get(interview_id)
            if window is not None:
                window.refresh_from_store()
            elif decided.outcome == "returned":
                self.open_interview(interview_id)

    def _tool_message(self, text: str, *, error: bool = True) -> QWidget:
        return show_message(self, _tr("ClusterBench"), text, error=error)
