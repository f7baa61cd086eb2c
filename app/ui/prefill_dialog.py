"""Pre-fill workbooks in the interview: export a blank one, check a filled one, import it.

The dialog reads the chosen workbook on the thread pool, lists every cell the questionnaire
refuses (row, column, item, message; all plain text) and imports only when the expert says
so: "Import all" when the workbook is clean, "Import valid rows only" when it is not.
Imported answers are saved as "pre-filled, to confirm".
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.export.prefill import QUESTIONNAIRE_SHEET, CellError, PrefillResult
from app.models import Store
from app.models import repository as repo
from app.services.prefill import (
    import_workbook,
    read_workbook,
)
from app.ui.prefill_export import save_blank_workbook, suggested_file_name
from app.ui.widgets import (
    ERROR_COLOUR,
    OK_COLOUR,
    Column,
    RecordTableModel,
    documents_folder,
    plain_label,
    set_colour,
    show_message,
)
from app.ui.window_fit import fit_to_screen
from app.ui.workers import run_task, while_alive

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex


class CellErrorModel(RecordTableModel[CellError]):
    """The cells a workbook got wrong: row, column, item and message, as plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Row"), self._row_text, str),
                Column(self.tr("Column"), lambda error: error.column, str),
                Column(self.tr("Item"), lambda error: error.item_id, str),
                Column(self.tr("Problem"), lambda error: error.message, str),
            ],
            parent,
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column() < 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().data(index, role)

    def _row_text(self, error: CellError) -> str:
        if error.sheet == QUESTIONNAIRE_SHEET:
            return str(error.row)
        return self.tr("{row} (sheet {sheet})").format(row=error.row, sheet=error.sheet)


class PrefillImportDialog(QDialog):
    """Choose a filled workbook, see every cell error, import all or the valid rows only."""

    validated = Signal(bool)
    imported = Signal(int)
    exported = Signal(str)

    def __init__(self, store: Store, interview_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.interview_id = interview_id
        self.detail = repo.get_interview(store, interview_id)
        self.workbook_result: PrefillResult | None = None
        self.path: Path | None = None
        self.saved_count: int | None = None
        self.file_dialog: QFileDialog | None = None
        self.message_box: QMessageBox | None = None
        self._busy = False
        title = self.tr("Pre-fill workbook \u2014 {cluster}")
        self.setWindowTitle(title.format(cluster=self.detail.cluster_name))
        self.setAccessibleName(self.tr("Pre-fill workbook"))
        fit_to_screen(self, QSize(900, 560), state="prefill_dialog/geometry")
        self._build()
        self._update_buttons()

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        intro = plain_label(
            self.tr(
                "Send the cluster a blank workbook to fill in before the interview, then "
                "import it here. Every cell is checked against the questionnaire; imported "
                "answers are marked \u201cpre-filled, to confirm\u201d until you confirm each "
                "one with the cluster during the interview."
            )
        )
        self.export_button = QPushButton(self.tr("&Export blank workbook\u2026"))
        self.export_button.setAccessibleName(self.tr("Export a blank pre-fill workbook"))
        self.export_button.setShortcut(QKeySequence("Ctrl+E"))
        self.export_button.setToolTip(self.tr("Save a blank workbook for the cluster (Ctrl+E)"))
        self.export_button.clicked.connect(self._on_export_button_clicked)

        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No workbook chosen"))
        self.path_edit.setAccessibleName(self.tr("Chosen workbook"))
        self.choose_button = QPushButton(self.tr("&Choose filled workbook\u2026"))
        self.choose_button.setAccessibleName(self.tr("Choose a filled pre-fill workbook"))
        self.choose_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.choose_button.setToolTip(self.tr("Choose a filled workbook (Ctrl+O)"))
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.export_button)

        self.summary_label = plain_label(self.tr("Choose the workbook the cluster sent back."))
        self.summary_label.setAccessibleName(self.tr("Validation result"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Reading the workbook"))
        self.progress.setVisible(False)

        self.error_model = CellErrorModel(self)
        self.table = QTableView()
        self.table.setModel(self.error_model)
        self.table.setAccessibleName(self.tr("Cell errors"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.buttons = QDialogButtonBox()
        self.import_all_button = self.buttons.addButton(
            self.tr("Import &all"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_all_button.setAccessibleName(self.tr("Import all answers"))
        self.import_all_button.clicked.connect(self.import_all)
        self.import_valid_button = self.buttons.addButton(
            self.tr("Import &valid rows only"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_valid_button.setAccessibleName(self.tr("Import only the valid rows"))
        self.import_valid_button.clicked.connect(self.import_valid_rows_only)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.import_all_button.setAutoDefault(False)
        self.import_valid_button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.choose_button, self.export_button)
        self.setTabOrder(self.export_button, self.table)
        self.choose_button.setFocus()

    # --- public API --------------------------------------------------------------------

    def is_locked(self) -> bool:
        """Whether the interview is finalised (nothing can be imported into it)."""
        return self.detail.locked

    def error_texts(self) -> list[str]:
        """Every cell error as listed (``row 14, column E (item): message``)."""
        result = self.workbook_result
        return [str(error) for error in result.errors] if result is not None else []

    def choose_workbook(self) -> QFileDialog:
        """Ask for the filled workbook (non-blocking); reading starts when one is chosen."""
        dialog = QFileDialog(self, self.tr("Choose the filled pre-fill workbook"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Excel workbooks (*.xlsx)"), self.tr("All files (*)")])
        dialog.setDirectory(str(documents_folder()))
        dialog.fileSelected.connect(lambda name: self.load_workbook(Path(name)))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def load_workbook(self, path: Path) -> None:
        """Read and check ``path`` on the thread pool; ``validated`` says when it is done."""
        self.path = Path(path)
        self.workbook_result = None
        self.saved_count = None
        self.path_edit.setText(str(self.path))
        self.error_model.set_rows([])
        self.summary_label.setText(self.tr("Reading {name}\u2026").format(name=self.path.name))
        self._colour(None)
        self._set_busy(True)
        run_task(
            read_workbook,
            self.store,
            self.interview_id,
            self.path,
            on_done=while_alive(self, self._on_workbook_read),
            on_error=while_alive(self, self._on_workbook_failed),
        )

    def import_all(self) -> None:
        """Import every answer; only offered when no cell has an error."""
        if self.workbook_result is not None and self.workbook_result.ok:
            self._apply(valid_rows_only=False)

    def import_valid_rows_only(self) -> None:
        """Import the valid answers and leave the cells with errors out."""
        if self.workbook_result is not None and self.workbook_result.valid_count:
            self._apply(valid_rows_only=True)

    def export_blank(self, path: Path | None = None) -> QFileDialog | None:
        """Save a blank workbook at ``path``, or ask where first (returns that dialog)."""
        if path is not None:
            self._export_to(Path(path))
            return None
        dialog = QFileDialog(self, self.tr("Save the blank pre-fill workbook"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Excel workbooks (*.xlsx)")])
        dialog.setDefaultSuffix("xlsx")
        dialog.setDirectory(str(documents_folder()))
        dialog.selectFile(suggested_file_name(self.detail.cluster_name))
        dialog.fileSelected.connect(lambda name: self._export_to(Path(name)))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    # --- work --------------------------------------------------------------------------

    def _export_to(self, path: Path) -> None:
        try:
            written = save_blank_workbook(self.store, self.interview_id, path)
        except (AppError, OSError) as error:
            message = error.user_message if isinstance(error, AppError) else str(error)
            self._show_error(self.tr("The workbook could not be saved: {e}").format(e=message))
            return
        self.summary_label.setText(
            self.tr("Blank workbook saved as {path}. Send it to the cluster.").format(path=written)
        )
        self._colour(OK_COLOUR)
        self.exported.emit(str(written))

    def _apply(self, *, valid_rows_only: bool) -> None:
        assert self.workbook_result is not None
        self._set_busy(True)
        self.summary_label.setText(self.tr("Importing\u2026"))
        run_task(
            import_workbook,
            self.store,
            self.interview_id,
            self.workbook_result,
            valid_rows_only=valid_rows_only,
            on_done=while_alive(self, self._on_imported),
            on_error=while_alive(self, self._on_import_failed),
        )

    # --- slots -------------------------------------------------------------------------

    def _on_choose_button_clicked(self) -> None:
        self.choose_workbook()

    def _on_export_button_clicked(self) -> None:
        self.export_blank()

    def _on_workbook_read(self, result: PrefillResult) -> None:
        self._set_busy(False)
        self.workbook_result = result
        self.error_model.set_rows(result.errors)
        if result.errors:
            self.table.resizeRowsToContents()
            self.summary_label.setText(
                self.tr(
                    "{valid} answers can be imported; {errors} cells have errors and are "
                    "listed below. Nothing is imported unless you choose to import the valid "
                    "rows only, or correct the workbook and choose it again."
                ).format(valid=result.valid_count, errors=len(result.errors))
            )
            self._colour(ERROR_COLOUR)
        elif result.valid_count:
            self.summary_label.setText(
                self.tr("{valid} answers can be imported; no cell has an error.").format(
                    valid=result.valid_count
                )
            )
            self._colour(OK_COLOUR)
        else:
            self.summary_label.setText(self.tr("The workbook holds no answers yet."))
            self._colour(None)
        if self.is_locked():
            self.summary_label.setText(
                self.summary_label.text()
                + " "
                + self.tr("The interview is finalised: reopen it before importing.")
            )
        self._update_buttons()
        self.validated.emit(result.ok)

    def _on_workbook_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, AppError):
            message = error.user_message
        else:
            log.error("reading a pre-fill workbook failed", exc_info=error)
            message = self.tr("The workbook could not be read ({kind}).").format(
                kind=type(error).__name__
            )
        self.summary_label.setText(message)
        self._colour(ERROR_COLOUR)
        self._update_buttons()
        self.validated.emit(False)

    def _on_imported(self, saved: int) -> None:
        self._set_busy(False)
        self.saved_count = saved
        self.imported.emit(saved)
        self.accept()

    def _on_import_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        message = error.user_message if isinstance(error, AppError) else str(error)
        self.summary_label.setText(message)
        self._colour(ERROR_COLOUR)
        self._update_buttons()
        self._show_error(message)

    # --- helpers -----------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        result = self.workbook_result
        ready = result is not None and not self._busy and not self.is_locked()
        valid = result.valid_count if result is not None else 0
        errors = bool(result.errors) if result is not None else False
        self.import_all_button.setEnabled(ready and not errors and valid > 0)
        self.import_valid_button.setEnabled(ready and errors and valid > 0)
        self.choose_button.setEnabled(not self._busy)
        self.export_button.setEnabled(not self._busy)

    def _colour(self, colour: str | None) -> None:
        set_colour(self.summary_label, colour)

    def _show_error(self, message: str) -> None:
        self.message_box = show_message(self, self.tr("Pre-fill workbook"), message, error=True)


def open_prefill_import(
    parent: QWidget | None, store: Store, interview_id: int
) -> PrefillImportDialog:
    """Show the pre-fill dialog for an interview (non-modal to the app, modal to ``parent``)."""
    dialog = PrefillImportDialog(store, interview_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
