"""Backups of the store: list them with their check, take one now, restore a good one.

The list shows at once what a quick look finds (time, reason, size, a whole SQLite file);
SQLite's full integrity check of every backup runs off the GUI thread, and the Check column
says "checking…" until it is done. Taking a backup runs there too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.models import Store, backup_database, open_store, restore_backup
from app.models.store import BackupInfo, backup_folder, backup_infos
from app.ui.i18n import translated
from app.ui.widgets import (
    ERROR_COLOUR,
    Column,
    RecordTableModel,
    plain_label,
    show_message,
    size_text,
)
from app.ui.window_fit import fit_to_screen
from app.ui.workers import run_task, while_alive


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupsModel", text)


def backup_entries(store_path: Path) -> list[BackupInfo]:
    """The backups of the store at ``store_path``, newest first, each thoroughly checked."""
    return backup_infos(store_path, thorough=True)


class BackupsModel(RecordTableModel[BackupInfo]):
    """Backups of the store, newest first: when, why, how big, and whether it checked out
    (``checking`` while the full check runs)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.checking = False
        reasons = {
            "daily": _tr("Scheduled"),
            "before-migration": _tr("Before an upgrade"),
            "manual": _tr("Taken by hand"),
        }
        super().__init__(
            [
                Column(_tr("Taken"), lambda e: e.taken.astimezone().strftime("%Y-%m-%d %H:%M")),
                Column(_tr("Why"), lambda e: reasons.get(e.reason, e.reason)),
                Column(_tr("Size"), lambda e: size_text(e.size), align_right=True),
                Column(
                    _tr("Check"),
                    self._check_text,
                    tooltip=self._check_tooltip,
                    colour=lambda e: None if e.ok else ERROR_COLOUR,
                ),
            ],
            parent,
        )

    def _check_text(self, entry: BackupInfo) -> str:
        if not entry.ok:
            return _tr("\u2717 Damaged")
        return _tr("checking\u2026") if self.checking else _tr("\u2713 Whole")

    def _check_tooltip(self, entry: BackupInfo) -> str:
        if entry.problem:
            return entry.problem
        if self.checking:
            return _tr("SQLite's integrity check of this backup is still running.")
        return _tr("A whole SQLite file that passed the integrity check.")

    def backup_at(self, row: int) -> BackupInfo:
        """The backup shown in ``row``."""
        entry: BackupInfo = self.record(row)
        return entry


class BackupsDialog(QDialog):
    """Lists backups; "Back up now"; "Restore" swaps the store for the chosen copy.

    Restoring closes the store, sets the current database aside (never deleted), copies the
    backup in and reopens; ``store_replaced`` gets the new store.
    """

    #: The full check of every backup is done (the list shows its results).
    checked = Signal()

    def __init__(
        self,
        store: Store,
        store_replaced: Callable[[Store], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        fit_to_screen(self, QSize(640, 380), state="backups_dialog/geometry")
        self.store = store
        self._store_replaced = store_replaced
        self._checks = 0  # full checks under way; only the latest one's result is shown
        self.model = BackupsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups of the interview database"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        explanation = plain_label(
            self.tr(
                "ClusterBench copies the database before every upgrade and on the schedule "
                "chosen in the settings, keeping the 14 newest copies in {folder}."
            ).format(folder=backup_folder(store.path))
        )
        self.backup_button = QPushButton(self.tr("Back up &now"))
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.restore_button = QPushButton(self.tr("&Restore selected…"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        """List the backups at once (quick look), then check each fully off the GUI thread."""
        self._checks += 1
        ticket = self._checks
        self.model.checking = True
        self._show(backup_infos(self.store.path, thorough=False))
        run_task(
            backup_entries,
            self.store.path,
            on_done=while_alive(self, lambda entries: self._on_checked(ticket, entries)),
            on_error=while_alive(self, lambda error: self._on_check_failed(ticket, error)),
        )

    def is_checking(self) -> bool:
        """Whether the full check is still running."""
        return self.model.checking

    def _show(self, entries: list[BackupInfo]) -> None:
        chosen = self.selected_backup()
        self.model.set_rows(entries)
        rows = [r for r in range(len(entries)) if entries[r].path == chosen] or [0]
        if entries:
            self.table.selectRow(rows[0])
        self._update_restore_button()

    def _on_checked(self, ticket: int, entries: list[BackupInfo]) -> None:
        if ticket != self._checks:
            return
        self.model.checking = False
        self._show(entries)
        self.checked.emit()

    def _on_check_failed(self, ticket: int, error: BaseException) -> None:
        if ticket != self._checks:
            return
        self.model.checking = False
        message = error.user_message if isinstance(error, AppError) else str(error)
        show_message(self, self.tr("Backups"), translated(message), error=True)
        self._show([])
        self.checked.emit()

    def selected_backup(self) -> Path | None:
        entry = self._selected_entry()
        return entry.path if entry is not None else None

    def _selected_entry(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup_at(rows[0].row()) if rows else None

    def _update_restore_button(self) -> None:
        entry = self._selected_entry()
        self.restore_button.setEnabled(entry is not None and entry.ok and not self.is_checking())

    def _on_table_selection_changed(self) -> None:
        self._update_restore_button()

    def _on_backup_button_clicked(self) -> None:
        self.backup_now()

    def backup_now(self) -> None:
        """Take a backup off the GUI thread, then list the backups again."""
        self.backup_button.setEnabled(False)

        def done(_path: Path) -> None:
            self.backup_button.setEnabled(True)
            self.refresh()

        def failed(error: BaseException) -> None:
            self.backup_button.setEnabled(True)
            message = error.user_message if isinstance(error, AppError) else str(error)
            show_message(self, self.tr("Back up now"), translated(message), error=True)
            self.refresh()

        run_task(
            backup_database,
            self.store.path,
            reason="manual",
            on_done=while_alive(self, done),
            on_error=while_alive(self, failed),
        )

    def _on_restore_button_clicked(self) -> None:
        backup = self.selected_backup()
        if backup is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace the interview database with this backup? The current database "
                "is kept aside, not deleted, and a copy of it is added to the backups."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.restore(backup)
        except AppError as error:
            show_message(
                self, self.tr("Restore backup"), translated(error.user_message), error=True
            )
            self.refresh()

    def restore(self, backup: Path) -> None:
        """Swap the store for ``backup`` (after a safety copy) and reopen it.

        Raises ``StoreError`` when the backup is damaged (nothing changes then) or the safety
        copy cannot be made; the store stays open unless the swap itself went ahead.
        """
        path = self.store.path
        backup_database(path, reason="manual")
        self.store.close()
        try:
            restore_backup(backup, path)
        finally:
            self.store = open_store(path, backup=False)
            self._store_replaced(self.store)
        self.refresh()
