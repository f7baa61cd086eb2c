"""Evidence files on the current question: the list, attach (copied into the store), remove."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.models import repository as repo
from app.models.errors import EvidenceTooLargeError
from app.services.session import InterviewSession
from app.ui.widgets import ERROR_COLOUR, AnyIndex, plain_label, set_colour, size_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("InterviewWindow", text)


class EvidenceListModel(QAbstractListModel):
    """The evidence files attached to the current question."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[repo.EvidenceRecord] = []

    def set_records(self, records: list[repo.EvidenceRecord]) -> None:
        """Show these files."""
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> repo.EvidenceRecord:
        """The file at ``row``."""
        return self._records[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{record.original_name} ({size_text(record.size)})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{record.original_name}\n{record.media_type}\nSHA-256 {record.sha256}"
        return None


class EvidenceBox(QGroupBox):
    """What evidence the question expects, the files attached, and attaching another."""

    #: A file could not be attached or removed: (dialog title, message).
    failed = Signal(str, str)
    #: A file was attached (its name).
    attached = Signal(str)

    def __init__(self, session: InterviewSession, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Evidence"), parent)
        self.session = session
        self.item_id = ""
        self.file_dialog: QFileDialog | None = None
        self.expected_label = plain_label(wrap=True)
        self.model = EvidenceListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(_tr("Evidence files"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setMaximumHeight(72)
        self.view.activated.connect(self._on_view_activated)
        self.attach_button = QPushButton(_tr("Attach file\u2026"))
        self.attach_button.setAccessibleName(_tr("Attach an evidence file"))
        self.attach_button.clicked.connect(self.choose_file)
        self.remove_button = QPushButton(_tr("Remove"))
        self.remove_button.setAccessibleName(_tr("Remove the selected evidence file"))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.error_label = plain_label(wrap=True)
        self.error_label.setAccessibleName(_tr("Evidence message"))
        set_colour(self.error_label, ERROR_COLOUR)
        layout = QVBoxLayout(self)
        layout.addWidget(self.expected_label)
        layout.addWidget(self.view)
        row = QHBoxLayout()
        row.addWidget(self.attach_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.error_label)

    def show_item(self, item_id: str) -> None:
        """Show the evidence of ``item_id`` (and clear an earlier error)."""
        self.item_id = item_id
        self.error_label.clear()
        self.error_label.hide()
        self.refresh()

    def refresh(self) -> None:
        """Read the files of the current question from the session again."""
        item = self.session.pack.item(self.item_id) if self.item_id else None
        expected = item.evidence.get(self.session.language) if item and item.evidence else ""
        self.expected_label.setText(
            _tr("Evidence expected: {what}").format(what=expected)
            if expected
            else _tr("No evidence is expected for this question.")
        )
        self.model.set_records(self.session.evidence_of(self.item_id) if self.item_id else [])
        self.view.setVisible(self.model.rowCount() > 0)
        self.set_locked(self.session.locked)

    def set_locked(self, locked: bool) -> None:
        """Nothing is attached or removed while the interview is finalised."""
        self.attach_button.setEnabled(not locked)
        self.remove_button.setEnabled(not locked and self.model.rowCount() > 0)

    def choose_file(self) -> QFileDialog | None:
        """Ask for a file to attach to the current question."""
        if not self.item_id or self.session.locked:
            return None
        dialog = QFileDialog(self, _tr("Attach an evidence file"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self._on_file_dialog_file_selected)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def attach(self, path: Path) -> repo.EvidenceRecord | None:
        """Copy ``path`` into the store as evidence for the current question."""
        if not self.item_id:
            return None
        self.error_label.clear()
        self.error_label.hide()
        try:
            record = self.session.attach_evidence(self.item_id, Path(path))
        except EvidenceTooLargeError as error:
            self._fail(error.user_message, _tr("Evidence file too large"))
            return None
        except (AppError, OSError) as error:
            self._fail(error.user_message if isinstance(error, AppError) else str(error), "")
            return None
        self.attached.emit(record.original_name)
        return record

    def _fail(self, message: str, title: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.failed.emit(title, message)

    def _on_file_dialog_file_selected(self, path: str) -> None:
        if path:
            self.attach(Path(path))

    def _on_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            record = self.model.record(index.row())
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(record.stored_path)))

    def _on_remove_button_clicked(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.item_id:
            return
        try:
            self.session.remove_evidence(self.model.record(index.row()))
        except AppError as error:
            self.failed.emit("", error.user_message)
