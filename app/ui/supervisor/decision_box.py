"""The decision panel under the supervisor's review: name, overall comment, approve, return."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.export import keys
from app.export.decision import Decision, decision_file_name
from app.services.review_session import ReviewSession
from app.settings import settings
from app.ui.key_widgets import CreateKeyDialog, PassphraseDialog
from app.ui.widgets import ERROR_COLOUR, OK_COLOUR, WARN_COLOUR, plain_label, set_colour
from app.ui.workers import run_task, while_alive

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SupervisorWindow", text)


class DecisionBox(QGroupBox):
    """Who decides, the comment on the interview as a whole, and the two outcomes; the
    decision is signed off the GUI thread."""

    decision_written = Signal(Path)
    decision_failed = Signal(str)

    def __init__(self, review: ReviewSession, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Decision"), parent)
        self.review = review
        self._signing = False
        self.passphrase_dialog: PassphraseDialog | None = None
        self.supervisor_edit = QLineEdit(settings().expert_name)
        self.supervisor_edit.setAccessibleName(_tr("Your name as the expert will see it"))
        self.supervisor_edit.setPlaceholderText(_tr("Your name"))
        self.supervisor_edit.setMinimumWidth(240)
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setAccessibleName(_tr("Comment on the interview as a whole"))
        self.summary_edit.setPlaceholderText(
            _tr("Comment on the interview as a whole (needed when returning it).")
        )
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMaximumHeight(64)
        self.comment_count_label = plain_label(wrap=False)
        self.comment_count_label.setAccessibleName(_tr("Number of comments"))
        self.approve_button = QPushButton(_tr("A&pprove\u2026"))
        self.approve_button.setAccessibleName(_tr("Approve the interview"))
        self.approve_button.clicked.connect(lambda: self.ask(approve=True))
        self.return_button = QPushButton(_tr("Re&turn to expert\u2026"))
        self.return_button.setAccessibleName(_tr("Return the interview to the expert"))
        self.return_button.clicked.connect(lambda: self.ask(approve=False))
        self.decision_message = plain_label(selectable=True)
        self.decision_message.setAccessibleName(_tr("Decision message"))
        name_column = QVBoxLayout()
        name_column.addWidget(plain_label(_tr("Supervisor:")))
        name_column.addWidget(self.supervisor_edit)
        name_column.addWidget(self.comment_count_label)
        name_column.addStretch(1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.return_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(name_column)
        row.addWidget(self.summary_edit, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.decision_message)

    def supervisor(self) -> str:
        """The supervisor's name as typed."""
        return self.supervisor_edit.text().strip()

    def summary(self) -> str:
        """The comment on the interview as a whole."""
        return self.summary_edit.toPlainText().strip()

    def set_enabled(self, enabled: bool) -> None:
        """Deciding is possible only on a bundle that passed every check."""
        for widget in (
            self.approve_button,
            self.return_button,
            self.summary_edit,
            self.supervisor_edit,
        ):
            widget.setEnabled(enabled)

    def show_count(self, count: int) -> None:
        """How many questions carry a comment."""
        self.comment_count_label.setText(
            _tr("{n} comments on questions").format(n=count)
            if count != 1
            else _tr("1 comment on a question")
        )

    def message(self, text: str, colour: str | None) -> None:
        """A line under the panel: what happened, or what is missing."""
        self.decision_message.setText(text)
        set_colour(self.decision_message, colour)

    def build_decision(self, approve: bool) -> Decision:
        """The decision as it stands; ``DecisionError`` says what is missing."""
        return self.review.build_decision(
            approve, supervisor=self.supervisor(), summary=self.summary()
        )

    def ask(self, *, approve: bool) -> None:
        """Check the decision, then ask for the passphrase and the file to write."""
        if not self.review.verified or self._signing:
            return
        try:
            decision = self.build_decision(approve)
        except AppError as error:
            self.message(_tr(error.user_message), ERROR_COLOUR)
            return
        if self.review.from_queue:
            self._ask_to_post(approve, decision)
            return
        if not keys.has_key():
            self.message(
                _tr("You need a signing key to sign decisions; create it first."),
                WARN_COLOUR,
            )
            create_dialog = CreateKeyDialog(self.window())
            create_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            create_dialog.open()
            return
        count = len(decision.comments) + (1 if decision.summary else 0)
        what = (
            _tr("Approve the interview.")
            if approve
            else _tr("Return the interview with 1 comment.")
            if count == 1
            else _tr("Return the interview with {n} comments.").format(n=count)
        )
        dialog = PassphraseDialog(
            what + "\n" + _tr("Type your passphrase to sign the decision."), self.window()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._on_passphrase_dialog_accepted(approve, decision))
        self.passphrase_dialog = dialog
        dialog.open()

    def _ask_to_post(self, approve: bool, decision: Decision) -> None:
        """A bundle from the queue: the key unlocked when connecting signs, the intake gets it."""
        question = (
            _tr("Approve the interview and post the signed decision to the intake?")
            if approve
            else _tr(
                "Return the interview with {n} comments and post the decision to the intake?"
            ).format(n=len(decision.comments) + (1 if decision.summary else 0))
        )
        answer = QMessageBox.question(self.window(), _tr("Decision"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.decide(approve, passphrase="", out=Path())

    def _on_passphrase_dialog_accepted(self, approve: bool, decision: Decision) -> None:
        dialog = self.passphrase_dialog
        passphrase = dialog.passphrase() if dialog is not None else ""
        bundle = self.review.bundle_path
        folder = bundle.parent if bundle else Path.home()
        path, _filter = QFileDialog.getSaveFileName(
            self.window(),
            _tr("Save the signed decision"),
            str(folder / decision_file_name(decision)),
            _tr("Decision files (*.json)"),
        )
        if path:
            self.decide(approve, passphrase=passphrase, out=path)

    def decide(self, approve: bool, *, passphrase: str, out: Path | str) -> bool:
        """Sign the decision with this computer's key (off the GUI thread) and write it."""
        if self._signing:
            return False
        try:
            decision = self.build_decision(approve)
        except AppError as error:
            self.message(_tr(error.user_message), ERROR_COLOUR)
            self.decision_failed.emit(error.user_message)
            return False
        self._signing = True
        self.set_enabled(False)
        self.message(_tr("Signing the decision\u2026"), None)
        run_task(
            self.review.sign,
            approve,
            supervisor=decision.supervisor,
            summary=decision.summary,
            passphrase=passphrase,
            out=Path(out),
            on_done=while_alive(self, lambda path: self._on_decision_signed(approve, path)),
            on_error=while_alive(self, self._on_decision_error),
        )
        return True

    def _on_decision_signed(self, approve: bool, path: Path) -> None:
        self._signing = False
        outcome = _tr("Approved") if approve else _tr("Returned")
        text = (
            _tr("{outcome}. The signed decision is posted to the intake (a copy is in {path}); "
                "the expert gets it at the next sync.")
            if self.review.from_queue
            else _tr("{outcome}. The signed decision is written to {path}; send it to the expert.")
        )  # fmt: skip
        self.message(text.format(outcome=outcome, path=path), OK_COLOUR)
        self.decision_written.emit(path)

    def _on_decision_error(self, error: BaseException) -> None:
        self._signing = False
        self.set_enabled(self.review.verified)
        if isinstance(error, AppError):
            message = error.user_message
        elif isinstance(error, OSError):
            message = _tr("The decision could not be written: {e}").format(
                e=error.strerror or error
            )
        else:
            log.error("signing the decision failed", exc_info=error)
            message = str(error)
        self.message(_tr("No decision was written: {m}").format(m=message), ERROR_COLOUR)
        self.decision_failed.emit(message)
