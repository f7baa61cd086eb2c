"""Where ESCA's intake is: its address and its receipt key, kept for sending (experts) and
offered again when connecting to the review queue (supervisors)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.models import Store
from app.services.outbox import IntakeTarget, configure_intake, remembered_intake
from app.ui.key_widgets import password_edit
from app.ui.widgets import error_line, plain_label, show_error_line


class IntakeDialog(QDialog):
    """The intake's address and key (and, to connect, the passphrase of the signing key)."""

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        ask_passphrase: bool = False,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.target: IntakeTarget | None = None
        self.setWindowTitle(title or self.tr("ESCA intake"))
        self.setMinimumWidth(520)
        intro = plain_label(
            self.tr(
                "ESCA gives you the intake's address (https://\u2026) and its receipt key "
                "(RW\u2026). The key proves that receipts and the queue come from ESCA. "
                "Requests are signed with your own key; no password is stored."
            )
        )
        known = remembered_intake(store)
        self.url_edit = QLineEdit(known.url if known else "")
        self.url_edit.setAccessibleName(self.tr("Intake address"))
        self.url_edit.setPlaceholderText("https://intake.esca.example")
        self.key_edit = QLineEdit(known.intake_key.to_string() if known else "")
        self.key_edit.setAccessibleName(self.tr("Intake receipt key"))
        self.key_edit.setPlaceholderText("RW\u2026")
        self.passphrase_edit = password_edit(self.tr("Passphrase of your signing key"))
        form = QFormLayout()
        url_label = QLabel(self.tr("&Address:"))
        url_label.setBuddy(self.url_edit)
        form.addRow(url_label, self.url_edit)
        key_label = QLabel(self.tr("Receipt &key:"))
        key_label.setBuddy(self.key_edit)
        form.addRow(key_label, self.key_edit)
        if ask_passphrase:
            passphrase_label = QLabel(self.tr("&Passphrase:"))
            passphrase_label.setBuddy(self.passphrase_edit)
            form.addRow(passphrase_label, self.passphrase_edit)
        else:
            self.passphrase_edit.hide()
        self.error_label = error_line()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        (self.passphrase_edit if ask_passphrase and known else self.url_edit).setFocus()

    def passphrase(self) -> str:
        """The passphrase typed (connecting only)."""
        return self.passphrase_edit.text()

    def accept(self) -> None:
        """Check the address and key and keep them; say what is wrong otherwise."""
        try:
            self.target = configure_intake(self.store, self.url_edit.text(), self.key_edit.text())
        except AppError as error:
            show_error_line(self.error_label, error.user_message)
            return
        super().accept()
