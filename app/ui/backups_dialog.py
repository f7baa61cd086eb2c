"""Backups of the store: list them, take one now, restore one."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models import Store, backup_database, list_backups, open_store, restore_backup

_REASON = re.compile(r"-(daily|before-migration|manual)$")


def backup_reason(path: Path) -> str:
    """Why a backup was taken, from its file name."""
    match = _REASON.search(path.stem)
    return match.group(1) if match else ""


class BackupsModel(QAbstractTableModel):
    """Backups of the store, newest first: when, why and how big."""

    COLUMNS = ("taken", "reason", "size")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups: list[Path] = []
        self._reasons = {
            "daily": self.tr("Scheduled"),
            "before-migration": self.tr("Before an upgrade"),
            "manual": self.tr("Taken by hand"),
        }

    def set_backups(self, backups: list[Path]) -> None:
        self.beginResetModel()
        self._backups = list(backups)
        self.endResetModel()

    def backup_at(self, row: int) -> Path:
        return self._backups[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self._backups)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        path = self._backups[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "taken":
            taken = datetime.fromtimestamp(path.stat().st_mtime, UTC).astimezone()
            return taken.strftime("%Y-%m-%d %H:%M")
        if column == "reason":
            return self._reasons.get(backup_reason(path), backup_reason(path))
        return self.tr("{size:.1f} MB").format(size=path.stat().st_size / 1024 / 1024)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Taken"), self.tr("Why"), self.tr("Size"))[section]


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
        explanation = QLabel(
            self.tr(
                "ClusterBench copies the database before every upgrade and on the schedule "
                "chosen in the settings, keeping the 14 newest copies in {folder}."
            ).format(folder=store.path.parent / "backups")
        )
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        explanation.setWordWrap(True)
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
        self.model.set_backups(list_backups(self.store.path))
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
