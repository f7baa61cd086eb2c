"""Keys and trust: this installation's signing key, and the keys a supervisor trusts.

The expert reads the fingerprint back to the supervisor at enrolment, creates the key and
exports its public half; the supervisor keeps the trusted-keys file (``trusted_keys_tab``).
Every check is done by ``app.export.keys``; these windows only show and collect.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.export import keys
from app.settings import settings
from app.ui.key_widgets import CreateKeyDialog, fingerprint_label, key_info_or_none
from app.ui.trusted_keys_tab import TrustedKeysTab
from app.ui.widgets import ERROR_COLOUR, OK_COLOUR, monospace_font, plain_label, set_colour
from app.ui.window_fit import fit_to_screen


class KeysDialog(QDialog):
    """My signing key (fingerprint, create, export) and the trusted-keys editor."""

    key_changed = Signal(object)
    trusted_keys_saved = Signal(Path)

    def __init__(
        self, trusted_keys_path: Path | str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.trusted_keys_path = (
            Path(trusted_keys_path) if trusted_keys_path else keys.default_trusted_keys_path()
        )
        self.message_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Keys and trust"))
        self.setAccessibleName(self.tr("Keys and trust"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Keys and trust"))
        self.tabs.addTab(self._build_my_key_tab(), self.tr("&My signing key"))
        self.trusted = TrustedKeysTab(self.trusted_keys_path)
        self.trusted.saved.connect(self._on_trusted_saved)
        self.tabs.addTab(self.trusted, self.tr("&Trusted keys"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, QSize(980, 560), state="keys_dialog/geometry")
        self.refresh_key()
        self.trusted.load_trusted()

    def _build_my_key_tab(self) -> QWidget:
        page = QWidget()
        self.key_state_label = plain_label()
        self.key_state_label.setAccessibleName(self.tr("Signing key state"))
        self.fingerprint_caption = plain_label(
            self.tr(
                "Fingerprint (read it back to your supervisor at enrolment; "
                "they must see the same):"
            )
        )
        self.fingerprint = fingerprint_label(scale=2.2)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint of my signing key"))
        self.key_id_label = plain_label(selectable=True)
        self.key_id_label.setAccessibleName(self.tr("Key id"))
        self.public_key_edit = QLineEdit()
        self.public_key_edit.setReadOnly(True)
        self.public_key_edit.setAccessibleName(self.tr("Public key"))
        self.public_key_edit.setFont(monospace_font())
        self.created_label = plain_label(selectable=True)
        self.created_label.setAccessibleName(self.tr("Created"))
        self.key_path_label = plain_label(selectable=True)
        self.key_path_label.setAccessibleName(self.tr("Key file"))
        details = QFormLayout()
        details.addRow(self.tr("Key id:"), self.key_id_label)
        details.addRow(self.tr("Public key:"), self.public_key_edit)
        details.addRow(self.tr("Created:"), self.created_label)
        details.addRow(self.tr("Stored in:"), self.key_path_label)
        self.key_details = QWidget()
        self.key_details.setLayout(details)

        self.create_key_button = QPushButton(self.tr("&Create key\u2026"))
        self.create_key_button.setAccessibleName(self.tr("Create the signing key"))
        self.create_key_button.clicked.connect(self._on_create_key_button_clicked)
        self.copy_fingerprint_button = QPushButton(self.tr("C&opy fingerprint"))
        self.copy_fingerprint_button.setAccessibleName(self.tr("Copy the fingerprint"))
        self.copy_fingerprint_button.clicked.connect(self._on_copy_fingerprint_button_clicked)
        self.export_public_button = QPushButton(self.tr("&Export public key\u2026"))
        self.export_public_button.setAccessibleName(self.tr("Export the public key file"))
        self.export_public_button.clicked.connect(self._on_export_public_button_clicked)
        self.trust_own_button = QPushButton(self.tr("Trust my own key\u2026"))
        self.trust_own_button.setAccessibleName(self.tr("Add my own key to the trusted keys"))
        self.trust_own_button.setToolTip(
            self.tr("For a supervisor who signs decisions and checks them on this computer.")
        )
        self.trust_own_button.clicked.connect(self._on_trust_own_button_clicked)
        self.my_key_message = plain_label(selectable=True)
        self.my_key_message.setAccessibleName(self.tr("Message"))
        row = QHBoxLayout()
        for button in (
            self.create_key_button,
            self.copy_fingerprint_button,
            self.export_public_button,
            self.trust_own_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.key_state_label)
        layout.addWidget(self.fingerprint_caption)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.key_details)
        layout.addLayout(row)
        layout.addWidget(self.my_key_message)
        layout.addStretch(1)
        return page

    def refresh_key(self) -> keys.KeyInfo | None:
        """Show this installation's key as it is on disk."""
        info = key_info_or_none()
        has_key = info is not None
        self.fingerprint_caption.setVisible(has_key)
        self.fingerprint.setVisible(has_key)
        self.key_details.setVisible(has_key)
        self.copy_fingerprint_button.setEnabled(has_key)
        self.export_public_button.setEnabled(has_key)
        self.trust_own_button.setEnabled(has_key)
        if info is None:
            if keys.has_key():
                self.key_state_label.setText(
                    self.tr("The signing key file cannot be read; create a new key.")
                )
                set_colour(self.key_state_label, ERROR_COLOUR)
            else:
                self.key_state_label.setText(
                    self.tr(
                        "There is no signing key on this computer yet. Create one before "
                        "your first export (or your first decision, as a supervisor)."
                    )
                )
                set_colour(self.key_state_label, None)
            self.create_key_button.setText(self.tr("&Create key\u2026"))
            return None
        self.key_state_label.setText(self.tr("This computer signs with this key."))
        set_colour(self.key_state_label, None)
        self.fingerprint.setText(info.fingerprint)
        self.key_id_label.setText(info.key_id)
        self.public_key_edit.setText(info.public_key.to_string())
        self.created_label.setText(info.created_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        self.key_path_label.setText(str(info.path))
        self.create_key_button.setText(self.tr("&Replace key\u2026"))
        return info

    def fingerprint_text(self) -> str:
        """The fingerprint shown (empty without a key)."""
        return self.fingerprint.text() if self.fingerprint.isVisibleTo(self) else ""

    def open_create_key(self) -> CreateKeyDialog:
        """Show the key creation dialog (replacing the key when there is one)."""
        dialog = CreateKeyDialog(self, replace=keys.has_key())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.key_created.connect(self._on_create_dialog_key_created)
        dialog.open()
        return dialog

    def export_public_key(self, target: Path | str) -> Path | None:
        """Write the public key file to ``target`` (file or folder); return its path."""
        try:
            path = keys.export_public_key(target)
        except (AppError, OSError) as error:
            message = error.user_message if isinstance(error, AppError) else str(error)
            self.my_key_message.setText(
                self.tr("The public key could not be written: {error}").format(error=message)
            )
            set_colour(self.my_key_message, ERROR_COLOUR)
            return None
        self.my_key_message.setText(
            self.tr("Public key written to {path}. Send this file to your supervisor.").format(
                path=path
            )
        )
        set_colour(self.my_key_message, OK_COLOUR)
        return path

    def trust_own_key(self, expert_id: str) -> bool:
        """Add this installation's key to the table (saved with Save)."""
        info = key_info_or_none()
        if info is None:
            return False
        entry = keys.trusted_entry_for(info, expert_id.strip())
        return self.trusted.add_entry(
            entry.expert_id, entry.public_key.to_string(), entry.valid_from, select=True
        )

    def reject(self) -> None:
        """Close; with unsaved trusted keys, ask first."""
        if not self.trusted.is_dirty() or not self.isVisible():
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Keys and trust"),
            self.tr("Save the changes to the trusted keys?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._on_message_box_finished)
        self.message_box = box
        box.open()

    def _on_message_box_finished(self, answer: int) -> None:
        if answer == QMessageBox.StandardButton.Save:
            if self.trusted.save():
                super().reject()
        elif answer == QMessageBox.StandardButton.Discard:
            self.trusted.load_trusted()
            super().reject()

    def _on_create_key_button_clicked(self) -> None:
        self.open_create_key()

    def _on_create_dialog_key_created(self, info: keys.KeyInfo) -> None:
        self.refresh_key()
        self.key_changed.emit(info)

    def _on_copy_fingerprint_button_clicked(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.fingerprint.text())
            self.my_key_message.setText(self.tr("Fingerprint copied."))
            set_colour(self.my_key_message, None)

    def _on_export_public_button_clicked(self) -> None:
        info = key_info_or_none()
        if info is None:
            return
        suggested = str(Path.home() / f"clusterbench-{info.key_id.lower()}.pub")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the public key"),
            suggested,
            self.tr("minisign public keys (*.pub)"),
        )
        if path:
            self.export_public_key(path)

    def _on_trust_own_button_clicked(self) -> None:
        ask = QInputDialog(self)
        ask.setWindowTitle(self.tr("Trust my own key"))
        ask.setLabelText(
            self.tr(
                "Your ID as ESCA enrolled you, e.g. EXP-0042 (an expert) or SUP-0007 (a "
                "supervisor). It is shown as the signer of what your key signs."
            )
        )
        label = ask.findChild(QLabel)
        if label is not None:
            label.setWordWrap(True)
        ask.setTextValue(settings().expert_id)
        fit_to_screen(ask, QSize(480, 170))
        if ask.exec() == QInputDialog.DialogCode.Accepted:
            expert_id = ask.textValue()
            if expert_id.strip() and self.trust_own_key(expert_id):
                self.tabs.setCurrentIndex(1)

    def _on_trusted_saved(self, path: Path) -> None:
        self.trusted_keys_path = path
        self.trusted_keys_saved.emit(path)


def open_keys_dialog(parent: QWidget, trusted_keys_path: Path | str | None = None) -> KeysDialog:
    """Show the keys dialog (modal to ``parent``, deleted when closed)."""
    dialog = KeysDialog(trusted_keys_path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
