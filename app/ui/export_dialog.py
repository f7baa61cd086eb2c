"""Exporting the signed bundle from the interview: passphrase (the key is made on the first
export), optional age encryption for ESCA, the folder, and "Send to ESCA" (the outbox); the
same as ``clusterbench export`` and ``clusterbench send``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.export import keys
from app.models import Store
from app.services.bundles import ExportOutcome, check_draft, check_recipients, export_bundle
from app.ui.export_send import SendToEsca
from app.ui.key_widgets import (
    fingerprint_label,
    key_info_or_none,
    passphrase_problem,
    password_edit,
)
from app.ui.report_dialog import error_text
from app.ui.widgets import (
    ERROR_COLOUR,
    OK_COLOUR,
    WARN_COLOUR,
    documents_folder,
    plain_label,
    set_colour,
)
from app.ui.window_fit import fit_to_screen
from app.ui.window_state import window_state
from app.ui.workers import run_task, while_alive

EXPORT_FOLDER_STATE = "export/folder"


def bundles_folder() -> Path:
    """Where bundles are written (the folder of the last export, else a folder in the
    documents), and so where one is looked for first."""
    saved = window_state().text(EXPORT_FOLDER_STATE)
    if saved is not None:
        return Path(saved)
    return documents_folder() / "ClusterBench bundles"


class ExportDialog(QDialog):
    """Sign and write the bundle: passphrase (key made on first export), age, folder."""

    exported = Signal(Path)
    failed = Signal(str)

    def __init__(self, store: Store, interview_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.interview_id = interview_id
        self.bundle_path: Path | None = None
        self.created_key: keys.KeyInfo | None = None
        self._running = False
        self._send_passphrase = ""
        self.setWindowTitle(self.tr("Export the signed bundle"))
        self.setAccessibleName(self.tr("Export the signed bundle"))
        intro = plain_label(
            self.tr(
                "The bundle holds the answers, the notes marked for the report, the evidence, "
                "the scores and the report, signed with your key so the supervisor can check "
                "that it comes from you and is unchanged. Private notes stay on this computer."
            )
        )
        self.key_label = plain_label(selectable=True)
        self.key_label.setAccessibleName(self.tr("Signing key"))
        self.passphrase_edit = password_edit(self.tr("Passphrase of the signing key"))
        self.confirm_edit = password_edit(self.tr("Passphrase again"))
        self.confirm_label = QLabel(self.tr("&Again:"))
        self.confirm_label.setBuddy(self.confirm_edit)
        self.encrypt_check = QCheckBox(self.tr("&Encrypt for ESCA (age)"))
        self.encrypt_check.setAccessibleName(self.tr("Encrypt the bundle with age"))
        self.encrypt_check.toggled.connect(self._on_encrypt_check_toggled)
        self.recipient_edit = QLineEdit()
        self.recipient_edit.setAccessibleName(self.tr("age recipient"))
        self.recipient_edit.setPlaceholderText(self.tr("age1\u2026 (the recipient ESCA gave you)"))
        self.recipient_edit.setEnabled(False)
        self.is_draft = check_draft(store, interview_id, allow_draft=True)
        self.draft_check = QCheckBox(
            self.tr("Export a &draft: the interview is not finalised (the bundle says so)")
        )
        self.draft_check.setAccessibleName(self.tr("Export the unfinished interview as a draft"))
        self.draft_check.setVisible(self.is_draft)
        self.send_to_esca = SendToEsca(store, self)
        self.send_to_esca.reported.connect(self._show_message)
        self.folder_edit = QLineEdit(str(self._initial_folder()))
        self.folder_edit.setAccessibleName(self.tr("Output folder"))
        self.browse_button = QPushButton(self.tr("&Browse\u2026"))
        self.browse_button.setAccessibleName(self.tr("Choose the output folder"))
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Key:"), self.key_label)
        passphrase_label = QLabel(self.tr("&Passphrase:"))
        passphrase_label.setBuddy(self.passphrase_edit)
        form.addRow(passphrase_label, self.passphrase_edit)
        form.addRow(self.confirm_label, self.confirm_edit)
        form.addRow("", self.encrypt_check)
        recipient_label = QLabel(self.tr("&Recipient:"))
        recipient_label.setBuddy(self.recipient_edit)
        form.addRow(recipient_label, self.recipient_edit)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow("", self.draft_check)
        form.addRow("", self.send_to_esca)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.hide()
        self.message_label = plain_label(selectable=True)
        self.message_label.setAccessibleName(self.tr("Export message"))
        self.fingerprint = fingerprint_label(scale=1.5)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint of the new key"))
        self.fingerprint.hide()
        self.path_label = plain_label(selectable=True)
        self.path_label.setAccessibleName(self.tr("Written bundle"))
        self.path_label.hide()
        self.show_folder_button = QPushButton(self.tr("S&how folder"))
        self.show_folder_button.setAccessibleName(self.tr("Show the folder of the bundle"))
        self.show_folder_button.clicked.connect(self._on_show_folder_button_clicked)
        self.show_folder_button.hide()

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("E&xport"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setAccessibleName(self.tr("Export the bundle"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_label)
        layout.addWidget(self.fingerprint)
        result_row = QHBoxLayout()
        result_row.addWidget(self.path_label, 1)
        result_row.addWidget(self.show_folder_button)
        layout.addLayout(result_row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, QSize(640, 420), state="export_dialog/geometry")
        self.refresh_key()
        self.passphrase_edit.setFocus()

    def refresh_key(self) -> None:
        """Show the key that will sign, or that one will be created."""
        info = key_info_or_none()
        self.confirm_edit.setVisible(info is None)
        self.confirm_label.setVisible(info is None)
        if info is None:
            self.key_label.setText(
                self.tr(
                    "No signing key yet: choose a passphrase (at least {n} characters); "
                    "the key is created with it and shown afterwards."
                ).format(n=keys.MIN_PASSPHRASE)
            )
        else:
            self.key_label.setText(
                self.tr("Signed with your key {fingerprint}").format(fingerprint=info.fingerprint)
            )

    def start_export(
        self,
        *,
        passphrase: str | None = None,
        out_dir: Path | str | None = None,
        recipient: str | None = None,
        confirmation: str | None = None,
    ) -> bool:
        """Check the inputs and export off the GUI thread; False when an input is refused."""
        if self._running:
            return False
        passphrase = self.passphrase_edit.text() if passphrase is None else passphrase
        folder = Path(out_dir) if out_dir is not None else Path(self.folder_edit.text().strip())
        if recipient is None:
            recipient = self.recipient_edit.text() if self.encrypt_check.isChecked() else ""
        recipient = recipient.strip()
        create_first = not keys.has_key()
        if create_first:
            confirmation = self.confirm_edit.text() if confirmation is None else confirmation
            problem = passphrase_problem(passphrase, confirmation)
        elif not passphrase:
            problem = self.tr("Type the passphrase of your signing key.")
        else:
            problem = None
        if problem is None and self.is_draft and not self.draft_check.isChecked():
            problem = self.tr(
                "This interview is not finalised. Finalise it first, or tick \u201cExport a "
                "draft\u201d: the supervisor then sees that the bundle is a draft."
            )
        if problem is None and not str(folder).strip():
            problem = self.tr("Choose the folder to write the bundle to.")
        if problem is None and self.encrypt_check.isChecked() and not recipient:
            problem = self.tr("Give the age recipient, or untick encryption.")
        if problem is None and recipient:
            try:
                check_recipients([recipient])
            except AppError as error:
                problem = error.user_message
        if problem is not None:
            self._show_message(problem, ERROR_COLOUR)
            return False
        self._running = True
        self._set_inputs_enabled(False)
        self.path_label.hide()
        self.show_folder_button.hide()
        self.progress.setValue(0)
        self.progress.show()
        self._show_message(
            self.tr("Creating your key, then exporting\u2026")
            if create_first
            else self.tr("Unlocking the key and exporting\u2026"),
            None,
        )
        self.folder_edit.setText(str(folder))
        window_state().set_text(EXPORT_FOLDER_STATE, str(folder))
        # Kept in memory only until the bundle is handed to the outbox's sender.
        self._send_passphrase = passphrase if self.send_to_esca.check.isChecked() else ""
        run_task(
            export_bundle,
            self.store,
            self.interview_id,
            folder,
            passphrase=passphrase,
            encrypt_to=[recipient] if recipient else [],
            create_key=create_first,
            folder=True,
            allow_draft=self.is_draft,
            on_done=while_alive(self, self._on_task_done),
            on_error=while_alive(self, self._on_task_error),
            on_progress=while_alive(self, self.progress.setValue),
        )
        return True

    def is_running(self) -> bool:
        """Whether an export is under way."""
        return self._running

    def reject(self) -> None:
        """Close, unless the export is still being written."""
        if self._running:
            self._show_message(
                self.tr("The bundle is still being written; this takes a few seconds."),
                WARN_COLOUR,
            )
            return
        super().reject()

    # --- slots ---

    def _on_task_done(self, outcome: ExportOutcome) -> None:
        self._running = False
        self.progress.hide()
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        self._set_inputs_enabled(True)
        self.bundle_path = outcome.path
        if outcome.created_key is not None:
            self.created_key = outcome.created_key
            self.fingerprint.setText(outcome.created_key.fingerprint)
            self.fingerprint.show()
            self._show_message(
                self.tr(
                    "Your signing key was created. Its fingerprint is below: read it to your "
                    "supervisor when they enrol you. The bundle is written:"
                ),
                OK_COLOUR,
            )
        else:
            self._show_message(self.tr("The signed bundle is written:"), OK_COLOUR)
        self.refresh_key()
        self.path_label.setText(str(outcome.path))
        self.path_label.show()
        self.show_folder_button.show()
        self.export_button.setText(self.tr("Export &again"))
        self.close_button.setFocus()
        passphrase, self._send_passphrase = self._send_passphrase, ""
        self.send_to_esca.send(outcome.path, passphrase, self._interview_uuid())
        self.exported.emit(outcome.path)

    def _interview_uuid(self) -> str:
        from app.models import repository as repo

        return repo.get_interview(self.store, self.interview_id).uuid

    def _on_task_error(self, error: BaseException) -> None:
        self._running = False
        self._send_passphrase = ""
        self.progress.hide()
        self._set_inputs_enabled(True)
        self.refresh_key()
        message = error_text(error)
        self._show_message(
            self.tr("Nothing was exported: {error}").format(error=message), ERROR_COLOUR
        )
        if isinstance(error, keys.WrongPassphraseError):
            self.passphrase_edit.selectAll()
            self.passphrase_edit.setFocus()
        self.failed.emit(message)

    def _on_encrypt_check_toggled(self, checked: bool) -> None:
        self.recipient_edit.setEnabled(checked)
        if checked:
            self.recipient_edit.setFocus()

    def _on_browse_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the bundle"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def _on_export_button_clicked(self) -> None:
        self.start_export()

    def _on_show_folder_button_clicked(self) -> None:
        if self.bundle_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.bundle_path.parent)))

    # --- helpers ---

    @staticmethod
    def _initial_folder() -> Path:
        return bundles_folder()

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (
            self.passphrase_edit,
            self.confirm_edit,
            self.encrypt_check,
            self.folder_edit,
            self.browse_button,
            self.export_button,
            self.send_to_esca,
        ):
            widget.setEnabled(enabled)
        self.recipient_edit.setEnabled(enabled and self.encrypt_check.isChecked())

    def _show_message(self, text: str, colour: str | None) -> None:
        self.message_label.setText(text)
        set_colour(self.message_label, colour)
