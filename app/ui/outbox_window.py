"""The outbox window: every bundle on its way to ESCA, sending now, the intake's settings,
and the sync that brings the supervisors' decisions back.

A view over ``list_outbox`` and the app's ``OutboxSender``; the actions are those of
``clusterbench send``, ``outbox`` and ``sync``, which cannot run while the app holds the
store.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.models import repository as repo
from app.models.outbox import OutboxRecord
from app.services.outbox import (
    REMOVABLE_STATES,
    SendProgress,
    SyncReport,
    enqueue_bundle,
    list_outbox,
    remove_from_outbox,
)
from app.ui.i18n import translated
from app.ui.intake_dialog import IntakeDialog
from app.ui.key_widgets import PassphraseDialog
from app.ui.outbox_model import OutboxTableModel
from app.ui.outbox_sender import OutboxSender
from app.ui.widgets import ERROR_COLOUR, OK_COLOUR, plain_label, read_only_table, set_colour
from app.ui.window_fit import fit_to_screen


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutboxWindow", text)


class OutboxWindow(QWidget):
    """Bundles to send to ESCA, their states and receipts; send, sync, set up the intake."""

    #: Decisions were applied or bundles moved on: the home list reads the store again.
    store_changed = Signal()

    def __init__(self, sender: OutboxSender, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.sender_ = sender
        self._listening = True
        self.passphrase_dialog: PassphraseDialog | None = None
        self.setWindowTitle(self.tr("Outbox \u2014 ClusterBench"))
        self.setAccessibleName(self.tr("Outbox"))
        intro = plain_label(
            self.tr(
                "Bundles wait here until ESCA's intake has received them and sent a signed "
                "receipt. Without a network they wait and are sent by themselves later; "
                "nothing is lost when the app closes."
            )
        )
        self.intake_label = plain_label(selectable=True)
        self.intake_label.setAccessibleName(self.tr("ESCA intake"))
        self.intake_button = QPushButton(self.tr("&Intake settings\u2026"))
        self.intake_button.clicked.connect(self.edit_intake)
        intake_row = QHBoxLayout()
        intake_row.addWidget(self.intake_label, 1)
        intake_row.addWidget(self.intake_button)
        self.model = OutboxTableModel(self)
        self.table = read_only_table(self.model, self.tr("Bundles in the outbox"), 2, wrap=True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Sending progress"))
        self.progress.hide()
        self.message = plain_label(selectable=True)
        self.message.setAccessibleName(self.tr("Outbox message"))
        self.add_button = QPushButton(self.tr("&Add bundle file\u2026"))
        self.add_button.clicked.connect(self.choose_bundle)
        self.remove_button = QPushButton(self.tr("&Remove from outbox\u2026"))
        self.remove_button.setAccessibleName(self.tr("Take the chosen bundle out of the outbox"))
        self.remove_button.clicked.connect(self.ask_to_remove)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable_remove())
        self.send_button = QPushButton(self.tr("&Send now"))
        self.send_button.setAccessibleName(self.tr("Send the queued bundles now"))
        self.send_button.clicked.connect(lambda _checked=False: self.send(fetch=False))
        self.sync_button = QPushButton(self.tr("S&ync"))
        self.sync_button.setAccessibleName(
            self.tr("Send the queued bundles and fetch the supervisors' decisions")
        )
        self.sync_button.clicked.connect(lambda _checked=False: self.send(fetch=True))
        self.cancel_button = QPushButton(self.tr("Sto&p"))
        self.cancel_button.setAccessibleName(self.tr("Stop sending"))
        self.cancel_button.clicked.connect(sender.cancel)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        for button in (self.send_button, self.sync_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(intake_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.ask_to_remove)
        if parent is not None:  # it goes when the home screen goes
            parent.installEventFilter(self)
        sender.progressed.connect(self._on_sender_progressed)
        sender.finished.connect(self._on_sender_finished)
        sender.failed.connect(self._on_sender_failed)
        sender.busy_changed.connect(self._on_sender_busy_changed)
        fit_to_screen(self, QSize(900, 480), state="outbox/geometry")
        self.refresh()
        self._on_sender_busy_changed(sender.busy)

    # --- showing -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the outbox and the intake settings again."""
        store = self.sender_.store
        names = {s.uuid: s.cluster_name for s in repo.list_interviews(store)}
        self.model.set_entries(list_outbox(store), names)
        self._enable_remove()
        target = self.sender_.target()
        if target is None:
            self.intake_label.setText(self.tr("ESCA intake: not set up yet."))
        else:
            automatic = (
                self.tr("bundles due are sent by themselves")
                if self.sender_.unlocked
                else self.tr("send once to let due bundles go by themselves")
            )
            self.intake_label.setText(
                self.tr("ESCA intake: {url} (key {fingerprint}); {automatic}.").format(
                    url=target.url, fingerprint=target.intake_key.fingerprint, automatic=automatic
                )
            )

    def states(self) -> list[str]:
        """Each row's state text, as shown."""
        return [self.model.index(row, 2).data() for row in range(self.model.rowCount())]

    # --- actions -------------------------------------------------------------------------

    def edit_intake(self) -> bool:
        """Ask for the intake's address and key and keep them."""
        dialog = IntakeDialog(self.sender_.store, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.refresh()
        return accepted

    def choose_bundle(self) -> None:
        """Put a bundle file in the outbox."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Put a bundle in the outbox"),
            str(Path.home()),
            self.tr("ClusterBench bundles (*.zip *.age);;All files (*)"),
        )
        if path:
            self.add_bundle(path)

    def add_bundle(self, path: Path | str) -> bool:
        """Queue the bundle at ``path`` (the same bytes twice give one entry)."""
        try:
            record = enqueue_bundle(self.sender_.store, path)
        except (AppError, OSError) as error:
            self._say(
                translated(error.user_message) if isinstance(error, AppError) else str(error), True
            )
            return False
        self._say(self.tr("{name} is in the outbox.").format(name=record.file_name), False)
        self.refresh()
        return True

    def chosen_entry(self) -> OutboxRecord | None:
        """The bundle of the table's current row, if any."""
        row = self.table.currentIndex().row()
        return self.model.record(row) if 0 <= row < self.model.rowCount() else None

    def ask_to_remove(self) -> None:
        """Ask, then take the chosen bundle out of the outbox."""
        entry = self.chosen_entry()
        if entry is None or not self.remove_button.isEnabled():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove from outbox"),
            self.tr("Take {name} out of the outbox? It will not be sent; the bundle file you "
                    "exported stays where it is.").format(name=entry.file_name),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(entry.sha256)

    def remove(self, sha256: str) -> bool:
        """Take the bundle ``sha256`` out of the outbox (not while sending)."""
        try:
            record = remove_from_outbox(self.sender_.store, sha256)
        except AppError as error:
            self._say(translated(error.user_message), True)
            return False
        self._say(self.tr("{name} is out of the outbox.").format(name=record.file_name), False)
        self.refresh()
        self.store_changed.emit()
        return True

    def _enable_remove(self) -> None:
        entry = self.chosen_entry()
        removable = entry is not None and entry.state in REMOVABLE_STATES
        self.remove_button.setEnabled(removable and not self.sender_.busy)

    def send(self, *, fetch: bool, passphrase: str | None = None) -> bool:
        """Send (and with ``fetch`` sync); asks for the passphrase once per session."""
        if self.sender_.target() is None and not self.edit_intake():
            return False
        if not self.sender_.unlocked and passphrase is None:
            dialog = PassphraseDialog(
                self.tr("Requests to ESCA are signed with your key; it stays unlocked until "
                        "ClusterBench closes."),
                self,
            )  # fmt: skip
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: self.send(fetch=fetch, passphrase=dialog.passphrase()))
            self.passphrase_dialog = dialog
            dialog.open()
            return False
        self._say(self.tr("Sending\u2026") if not fetch else self.tr("Syncing\u2026"), False)
        return self.sender_.send_now(passphrase or "", fetch=fetch)

    # --- the sender's news -----------------------------------------------------------------

    def _on_sender_progressed(self, step: SendProgress) -> None:
        self.model.show_progress(step)
        if step.state == "sending" and step.total:
            self.progress.setValue(step.sent * 100 // step.total)
            self.progress.show()

    def _on_sender_finished(self, report: SyncReport) -> None:
        self.progress.hide()
        self.refresh()
        self._say(finished_text(report), bool(report.sent.refused or report.sent.waiting))
        if report.decisions_error:
            self._say(
                self.message.text()
                + " "
                + self.tr("Decisions not fetched: {e}").format(e=report.decisions_error),
                True,
            )
        self.store_changed.emit()

    def _on_sender_failed(self, message: str) -> None:
        self.progress.hide()
        self.refresh()
        self._say(message, True)

    def _on_sender_busy_changed(self, busy: bool) -> None:
        for button in (self.send_button, self.sync_button, self.add_button, self.intake_button):
            button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self._enable_remove()

    def _say(self, text: str, problem: bool) -> None:
        self.message.setText(text)
        set_colour(self.message, ERROR_COLOUR if problem else OK_COLOUR)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Close with the window that opened it (the app then quits as it should)."""
        if watched is self.parent() and event.type() == QEvent.Type.Close:
            self.close()
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Sending goes on without the window."""
        if not self._listening:
            super().closeEvent(event)
            return
        self._listening = False
        for signal, slot in (
            (self.sender_.progressed, self._on_sender_progressed),
            (self.sender_.finished, self._on_sender_finished),
            (self.sender_.failed, self._on_sender_failed),
            (self.sender_.busy_changed, self._on_sender_busy_changed),
        ):
            signal.disconnect(slot)
        super().closeEvent(event)


def finished_text(report: SyncReport) -> str:
    """What a run achieved, in a sentence or two."""
    sent = report.sent
    counts = [
        (len(sent.received), _tr("1 bundle received"), _tr("{n} bundles received")),
        (len(sent.refused), _tr("1 bundle refused"), _tr("{n} bundles refused")),
        (len(sent.waiting), _tr("1 bundle waiting"), _tr("{n} bundles waiting")),
    ]
    parts = [(one if n == 1 else many.format(n=n)) for n, one, many in counts if n]
    text = ", ".join(parts) + "." if parts else _tr("Nothing to send.")
    applied = sum(1 for d in report.decisions if d.applied)
    if applied:
        text += " " + (
            _tr("1 decision applied.")
            if applied == 1
            else _tr("{n} decisions applied.").format(n=applied)
        )
    return text
