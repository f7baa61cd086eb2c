"""Backups of the store: list them, take one now, restore one."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
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

from app.models import Store, backup_database, list_backups, open_store, restore_backup
from app.models.store import backup_folder
from app.ui.widgets import Column, RecordTableModel, plain_label, size_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupsModel", text)


_REASON = re.compile(r"-(daily|before-migration|manual)$")


def backup_reason(path: Path) -> str:
    """Why a backup was taken, from its file name."""
    match = _REASON.search(path.stem)
    return match.group(1) if match else ""


@dataclass(frozen=True)
class BackupEntry:
    """One backup file: where it is, when it was taken and how big it is."""

    path: Path
    taken: datetime
    size: int


def backup_entries(store_path: Path) -> list[BackupEntry]:
    """The backups of the store at ``store_path``, newest first (gone files left out)."""
    entries = []
    for path in list_backups(store_path):
        try:
            stat = path.stat()
        except OSError:
            continue
        taken = datetime.fromtimestamp(stat.st_mtime, UTC).astimezone()
        entries.append(BackupEntry(path, taken, stat.st_size))
    return entries


class BackupsModel(RecordTableModel[BackupEntry]):
    """Backups of the store, newest first: when, why and how big."""

    def __init__(self, parent: QWidget | None = None) -> None:
        reasons = {
            "daily": _tr("Scheduled"),
            "before-migration": _tr("Before an upgrade"),
            "manual": _tr("Taken by hand"),
        }

        def reason(entry: BackupEntry) -> str:
            code = backup_reason(entry.path)
            return reasons.get(code, code)

        super().__init__(
            [
                Column(_tr("Taken"), lambda e: e.taken.strftime("%Y-%m-%d %H:%M")),
                Column(_tr("Why"), reason),
                Column(_tr("Size"), lambda e: size_text(e.size), align_right=True),
            ],
            parent,
        )

    def backup_at(self, row: int) -> Path:
        """The backup file shown in ``row``."""
        entry: BackupEntry = self.record(row)
        return entry.path


class BackupsDialog(QDialog):
    """Lists backups; "Back up now"; "Restore" swaps the store for the chosen copy.

    Restoring closes the store, sets the current database aside (never deleted), copies the
    backup in and reopens; ``store_replaced`` gets the new store.
    """

    def __init__(
        self,
        store: Store,
        store_replaced: Callable[[Store], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.resize(560, 380)
        self.store = store
        self._store_replaced = store_replaced
        self.model = BackupsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups of the interview database"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
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
        self.model.set_rows(backup_entries(self.store.path))
        self.restore_button.setEnabled(self.model.rowCount() > 0)
        if self.model.rowCount():
            self.table.selectRow(0)

    def selected_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup_at(rows[0].row()) if rows else None

    def _on_backup_button_clicked(self) -> None:
        backup_database(self.store.path, reason="manual")
        self.refresh()

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
        self.restore(backup)

    def restore(self, backup: Path) -> None:
        """Swap the store for ``backup`` (after a safety copy) and reopen it."""
        path = self.store.path
        backup_database(path, reason="manual")
        self.store.close()
        restore_backup(backup, path)
        self.store = open_store(path, backup=False)
        self._store_replaced(self.store)
        self.refresh()
