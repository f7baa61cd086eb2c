"""The export dialog's "Send to ESCA": the new bundle goes into the outbox and is sent at
once, or, without a network, later by itself. The same as ``clusterbench send BUNDLE``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QPushButton, QWidget

from app.models import Store
from app.models.outbox import OutboxRecord
from app.services.outbox import (
    ReceiptStatus,
    SendProgress,
    SyncReport,
    enqueue_bundle,
    receipt_status,
    remembered_intake,
)
from app.ui.outbox_model import receipt_text
from app.ui.outbox_sender import shared_sender
from app.ui.widgets import ERROR_COLOUR, OK_COLOUR, plain_label
from app.ui.workers import run_task, while_alive


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


class SendToEsca(QWidget):
    """A tick box, where the intake is, and the sending of the exported bundle."""

    #: What became of the bundle: the text and its colour (None: neutral).
    reported = Signal(str, object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.interview_uuid = ""
        self._listening = False
        self.check = QCheckBox(_tr("Send to ESCA"))
        self.check.setAccessibleName(_tr("Send the bundle to ESCA after exporting it"))
        self.check.setToolTip(
            _tr(
                "The bundle waits in the outbox until ESCA's intake has received it and sent "
                "a signed receipt; without a network it is sent later by itself."
            )
        )
        self.intake_label = plain_label(wrap=False)
        self.intake_label.setAccessibleName(_tr("ESCA intake"))
        self.settings_button = QPushButton(_tr("Intake\u2026"))
        self.settings_button.setAccessibleName(_tr("The ESCA intake's address and key"))
        self.settings_button.clicked.connect(self.edit_intake)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.intake_label, 1)
        row.addWidget(self.settings_button)
        self.check.toggled.connect(self._on_check_toggled)
        self.show_intake()

    def show_intake(self) -> None:
        """Where the bundle would go."""
        target = remembered_intake(self.store)
        self.intake_label.setText(
            _tr("to {url}").format(url=target.url) if target else _tr("(no intake set up yet)")
        )

    def edit_intake(self) -> bool:
        """Ask for the intake's address and key."""
        from app.ui.intake_dialog import IntakeDialog

        accepted = IntakeDialog(self.store, self).exec() == QDialog.DialogCode.Accepted
        self.show_intake()
        return accepted

    def _on_check_toggled(self, checked: bool) -> None:
        if checked and remembered_intake(self.store) is None and not self.edit_intake():
            self.check.setChecked(False)

    def send(self, bundle: Path, passphrase: str, interview_uuid: str) -> bool:
        """Queue ``bundle`` (off the GUI thread) and send it; False when not ticked."""
        if not self.check.isChecked():
            return False
        self.interview_uuid = interview_uuid
        self.reported.emit(_tr("Putting the bundle in the outbox\u2026"), None)
        run_task(
            enqueue_bundle,
            self.store,
            bundle,
            on_done=while_alive(self, lambda record: self._on_queued(record, passphrase)),
            on_error=while_alive(self, lambda error: self.reported.emit(str(error), ERROR_COLOUR)),
        )
        return True

    def _on_queued(self, _record: OutboxRecord, passphrase: str) -> None:
        sender = shared_sender(self.store)
        if not self._listening:
            self._listening = True
            sender.progressed.connect(self._on_sender_progressed)
            sender.finished.connect(self._on_sender_finished)
            sender.failed.connect(self._on_sender_failed)
        if not sender.send_now("" if sender.unlocked else passphrase, fetch=False):
            self.reported.emit(
                _tr("The bundle is in the outbox; it is sent with the next sync."), None
            )

    def _on_sender_progressed(self, step: SendProgress) -> None:
        if step.state == "sending" and step.total:
            self.reported.emit(
                _tr("Sending to ESCA\u2026 {percent} %").format(
                    percent=step.sent * 100 // step.total
                ),
                None,
            )

    def _on_sender_finished(self, _report: SyncReport) -> None:
        self._disconnect()
        status: ReceiptStatus | None = receipt_status(self.store, self.interview_uuid)
        if status is None:
            return
        colour = {"received": OK_COLOUR, "refused": ERROR_COLOUR}.get(status.state)
        self.reported.emit(receipt_text(status), colour)

    def _on_sender_failed(self, message: str) -> None:
        self._disconnect()
        self.reported.emit(
            _tr("The bundle is in the outbox, not sent yet: {m}").format(m=message), ERROR_COLOUR
        )

    def _disconnect(self) -> None:
        if not self._listening:
            return
        self._listening = False
        sender = shared_sender(self.store)
        sender.progressed.disconnect(self._on_sender_progressed)
        sender.finished.disconnect(self._on_sender_finished)
        sender.failed.disconnect(self._on_sender_failed)
