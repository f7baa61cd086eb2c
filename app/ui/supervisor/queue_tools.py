"""The supervisor window's way into ESCA's review queue: the queue dock, connecting to the
intake, and a claimed bundle shown exactly as an opened file is (``SupervisorWindow`` mixes
this in)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QDialog, QMainWindow, QPushButton

from app.services.review_queue import ReviewCopy
from app.services.review_session import ReviewSession
from app.ui.supervisor.queue_panel import QueuePanel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from app.export.verify import BundleContents, VerificationResult


def _tr(text: str) -> str:
    return QCoreApplication.translate("SupervisorWindow", text)


class QueueTools(QMainWindow):
    """The review queue of the supervisor window (the window is ``SupervisorWindow``)."""

    verification_finished: Signal
    decision_written: SignalInstance
    review: ReviewSession
    path_label: QLabel
    queue_panel: QueuePanel
    connect_dialog: QDialog | None = None

    def _show_result(self, result: VerificationResult) -> None:
        raise NotImplementedError

    def _show_contents(self, contents: BundleContents) -> None:
        raise NotImplementedError

    def _build_queue(self) -> QPushButton:
        """The queue dock (hidden until wanted) and the button that shows it."""
        self.queue_panel = QueuePanel(self.review, self)
        self.queue_panel.fetched.connect(self.show_fetched)
        self.queue_panel.connect_requested.connect(self.ask_connect)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.queue_panel)
        self.queue_panel.hide()
        button = QPushButton(_tr("Review &queue\u2026"))
        button.setAccessibleName(_tr("The review queue at ESCA's intake"))
        button.clicked.connect(lambda _checked=False: self.open_queue())
        return button

    def open_queue(self) -> QueuePanel:
        """Show the review queue; connect first when not connected."""
        self.queue_panel.show()
        self.queue_panel.raise_()
        if self.review.queue is None:
            self.ask_connect()
        else:
            self.queue_panel.refresh()
        return self.queue_panel

    def ask_connect(self) -> None:
        """Ask for the intake's address and key and the passphrase, then connect."""
        from app.ui.intake_dialog import IntakeDialog

        dialog = IntakeDialog(
            self.review.store, self, ask_passphrase=True, title=_tr("Connect to ESCA's intake")
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.connect_queue(
                dialog.url_edit.text(), dialog.key_edit.text(), dialog.passphrase()
            )
        )
        self.connect_dialog = dialog
        dialog.open()

    def connect_queue(self, url: str, intake_key: str, passphrase: str) -> None:
        """Connect to the intake's queue (off the GUI thread) and list it."""
        self.queue_panel.show()
        self.queue_panel.connect_to(url, intake_key, passphrase)

    def show_fetched(self, copy: ReviewCopy) -> None:
        """Show a bundle fetched from the queue, verified like a file; its decision goes back."""
        review = self.review.show_copy(copy)
        self.path_label.setText(_tr("From the review queue: {name}").format(name=copy.path.name))
        self._show_result(review.result)
        if review.verified and review.contents is not None:
            self._show_contents(review.contents)
        self.verification_finished.emit(review.result)
        # A decision posted changes the queue: show it.
        self.decision_written.connect(self.queue_panel.refresh, Qt.ConnectionType.UniqueConnection)
