"""Signing-key widgets shared by the windows: the fingerprint label, passphrase fields and
checks, and the dialogs that create the key and ask for its passphrase."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.export import keys
from app.ui.widgets import ERROR_COLOUR, OK_COLOUR, monospace_font, plain_label, set_colour
from app.ui.window_fit import fit_to_screen
from app.ui.workers import run_task, while_alive

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("KeysDialog", text)


def fingerprint_label(text: str = "", *, scale: float = 1.8) -> QLabel:
    """A large, selectable, monospaced label for a key fingerprint read aloud."""
    label = plain_label(text, wrap=False, selectable=True)
    font = monospace_font()
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return label


def passphrase_problem(passphrase: str, confirmation: str | None) -> str | None:
    """Why a new passphrase cannot be used, or None when it can."""
    if len(passphrase) < keys.MIN_PASSPHRASE:
        return _tr("The passphrase needs at least {n} characters.").format(n=keys.MIN_PASSPHRASE)
    if confirmation is not None and confirmation != passphrase:
        return _tr("The two passphrases differ.")
    return None


def password_edit(accessible_name: str, placeholder: str = "") -> QLineEdit:
    """A line edit that hides what is typed."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible_name)
    edit.setPlaceholderText(placeholder)
    return edit


def key_info_or_none() -> keys.KeyInfo | None:
    """This installation's key, or None when there is none (or it is unreadable)."""
    if not keys.has_key():
        return None
    try:
        return keys.load_key_info()
    except AppError:
        log.exception("the signing key cannot be read")
        return None


# --- creating a key ------------------------------------------------------------------------


class CreateKeyDialog(QDialog):
    """Choose a passphrase (twice) and create the signing key; then show its fingerprint."""

    key_created = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, replace: bool = False) -> None:
        super().__init__(parent)
        fit_to_screen(self)
        self.replace = replace
        self.created_info: keys.KeyInfo | None = None
        self.setWindowTitle(self.tr("Create the signing key"))
        self.setAccessibleName(self.tr("Create the signing key"))
        intro = plain_label(
            self.tr(
                "Your signing key proves that a bundle comes from you and was not changed. "
                "It stays on this computer, locked with a passphrase you type at each export. "
                "A supervisor enrols it once by reading its fingerprint back to you."
            )
        )
        if replace:
            intro.setText(
                intro.text()
                + "\n\n"
                + self.tr(
                    "A key exists already. A new key replaces it and must be enrolled again; "
                    "bundles signed with the old key still verify."
                )
            )
        self.passphrase_edit = password_edit(self.tr("Passphrase"))
        self.confirm_edit = password_edit(self.tr("Passphrase again"))
        self.passphrase_edit.textChanged.connect(self._on_passphrase_edit_text_changed)
        self.confirm_edit.textChanged.connect(self._on_passphrase_edit_text_changed)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("&Again:"), self.confirm_edit)
        self.passphrase_form = form
        self.message_label = plain_label()
        self.message_label.setAccessibleName(self.tr("Message"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Creating the key"))
        self.progress.hide()
        self.fingerprint_title = plain_label(self.tr("Fingerprint of your new key:"))
        self.fingerprint = fingerprint_label()
        self.fingerprint.setAccessibleName(self.tr("Fingerprint"))
        self.fingerprint_title.hide()
        self.fingerprint.hide()
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("&Create key"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.create_button.setAccessibleName(self.tr("Create the key"))
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self._on_create_button_clicked)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.buttons.rejected.connect(self._on_buttons_rejected)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.fingerprint_title)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.adjustSize()
        self.passphrase_edit.setFocus()

    def create_key(self, passphrase: str | None = None, confirmation: str | None = None) -> bool:
        """Create the key off the GUI thread; False when the passphrase is refused."""
        if passphrase is None:
            passphrase = self.passphrase_edit.text()
        if confirmation is None:
            confirmation = self.confirm_edit.text()
        problem = passphrase_problem(passphrase, confirmation)
        if problem is not None:
            self.message_label.setText(problem)
            set_colour(self.message_label, ERROR_COLOUR)
            return False
        self.message_label.setText(self.tr("Creating the key\u2026"))
        set_colour(self.message_label, None)
        self.progress.show()
        for widget in (self.passphrase_edit, self.confirm_edit, self.create_button):
            widget.setEnabled(False)
        run_task(
            keys.create_key,
            passphrase,
            replace=self.replace,
            on_done=while_alive(self, self._on_task_done),
            on_error=while_alive(self, self._on_task_error),
        )
        return True

    def _on_task_done(self, info: keys.KeyInfo) -> None:
        self.created_info = info
        self.progress.hide()
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        self.message_label.setText(
            self.tr(
                "Your key is ready. Read this fingerprint to your supervisor when they "
                "enrol you; they must see the same twenty characters."
            )
        )
        set_colour(self.message_label, OK_COLOUR)
        self.fingerprint.setText(info.fingerprint)
        self.fingerprint_title.show()
        self.fingerprint.show()
        self.passphrase_form.setRowVisible(0, False)
        self.passphrase_form.setRowVisible(1, False)
        self.create_button.hide()
        self.adjustSize()
        self.close_button.setText(self.tr("Close"))
        self.key_created.emit(info)

    def _on_task_error(self, error: BaseException) -> None:
        self.progress.hide()
        for widget in (self.passphrase_edit, self.confirm_edit, self.create_button):
            widget.setEnabled(True)
        if isinstance(error, AppError):
            message = error.user_message
        else:
            log.error("creating the key failed", exc_info=error)
            message = str(error)
        self.message_label.setText(message)
        set_colour(self.message_label, ERROR_COLOUR)
        self.failed.emit(message)

    def _on_passphrase_edit_text_changed(self, _text: str) -> None:
        self.create_button.setEnabled(bool(self.passphrase_edit.text()))
        if self.message_label.text():
            self.message_label.clear()

    def _on_create_button_clicked(self) -> None:
        self.create_key()

    def _on_buttons_rejected(self) -> None:
        if self.created_info is not None:
            self.accept()
        else:
            self.reject()


class PassphraseDialog(QDialog):
    """Ask for the signing key's passphrase (for one export or one decision)."""

    def __init__(self, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_to_screen(self)
        self.setWindowTitle(self.tr("Passphrase"))
        self.setAccessibleName(self.tr("Passphrase of the signing key"))
        info = key_info_or_none()
        text = purpose
        if info is not None:
            text += "\n" + self.tr("Key {fingerprint}").format(fingerprint=info.fingerprint)
        self.purpose_label = plain_label(text)
        self.passphrase_edit = password_edit(self.tr("Passphrase"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Sign"))
        ok.setAccessibleName(self.tr("Sign with this passphrase"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.purpose_label)
        layout.addWidget(self.passphrase_edit)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        self.passphrase_edit.setFocus()

    def passphrase(self) -> str:
        """What was typed."""
        return self.passphrase_edit.text()
