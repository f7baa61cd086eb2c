"""Notes and flags on the current question: the note (private unless for the report) and
the two flags, each saved through the session the moment it changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from app.errors import AppError
from app.services.session import InterviewSession
from app.ui.editors import CommitTextEdit
from app.ui.widgets import ERROR_COLOUR, OK_COLOUR, WARN_COLOUR, plain_label, set_colour


def _tr(text: str) -> str:
    return QCoreApplication.translate("InterviewWindow", text)


class NotesBox(QGroupBox):
    """The note with its "for the report" tick, and the follow-up and evidence flags."""

    #: A change could not be saved (the message for a dialog).
    failed = Signal(str)

    def __init__(self, session: InterviewSession, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Notes and flags"), parent)
        self.session = session
        self.item_id = ""
        self.note_edit = CommitTextEdit()
        self.note_edit.setAccessibleName(_tr("Note on this question"))
        self.note_edit.setPlaceholderText(
            _tr("Your note (private unless marked for the report). Ctrl+Enter saves.")
        )
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(96)
        self.note_edit.committed.connect(self.commit)
        self.note_edit.textChanged.connect(self._on_note_edit_text_changed)
        self.for_report_check = QCheckBox(_tr("For the report"))
        self.for_report_check.setAccessibleName(_tr("Show this note in the report"))
        self.for_report_check.setToolTip(
            _tr("Unticked, the note stays private to you and never leaves this computer.")
        )
        self.for_report_check.toggled.connect(self._on_for_report_check_toggled)
        self.note_state_label = plain_label(wrap=False)
        self.follow_up_check = QCheckBox(_tr("Follow up"))
        self.follow_up_check.setAccessibleName(_tr("Flag: follow up"))
        self.follow_up_check.toggled.connect(self._on_follow_up_check_toggled)
        self.evidence_missing_check = QCheckBox(_tr("Evidence missing"))
        self.evidence_missing_check.setAccessibleName(_tr("Flag: evidence missing"))
        self.evidence_missing_check.toggled.connect(self._on_evidence_missing_check_toggled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note_edit)
        row = QHBoxLayout()
        row.addWidget(self.for_report_check)
        row.addWidget(self.note_state_label, 1)
        row.addWidget(self.follow_up_check)
        row.addWidget(self.evidence_missing_check)
        layout.addLayout(row)

    def show_item(self, item_id: str) -> None:
        """Show the note and flags of ``item_id``."""
        self.item_id = item_id
        note = self.session.note(item_id)
        self.note_edit.blockSignals(True)
        self.note_edit.setPlainText(note.text if note else "")
        self.note_edit.blockSignals(False)
        self.for_report_check.blockSignals(True)
        self.for_report_check.setChecked(bool(note and note.for_report))
        self.for_report_check.blockSignals(False)
        self.note_state_label.setText(_tr("Note saved") if note else "")
        set_colour(self.note_state_label, None)
        flags = self.session.flags_of(item_id)
        for check, kind in (
            (self.follow_up_check, "follow_up"),
            (self.evidence_missing_check, "evidence_missing"),
        ):
            check.blockSignals(True)
            check.setChecked(kind in flags)
            check.blockSignals(False)

    def set_locked(self, locked: bool) -> None:
        """Read-only while the interview is finalised."""
        self.note_edit.setReadOnly(locked)
        for check in (self.for_report_check, self.follow_up_check, self.evidence_missing_check):
            check.setEnabled(not locked)

    def set_compact(self, compact: bool) -> None:
        """No title beside a video call (the space goes to the question)."""
        self.setTitle("" if compact else _tr("Notes and flags"))

    def commit(self) -> None:
        """Save the note as typed (before another question is shown)."""
        if not self.item_id or self.session.locked:
            return
        text = self.note_edit.toPlainText().strip()
        try:
            changed = self.session.set_note(
                self.item_id, text, for_report=self.for_report_check.isChecked()
            )
        except AppError as error:
            self.note_state_label.setText(error.user_message)
            set_colour(self.note_state_label, ERROR_COLOUR)
            return
        if changed:
            self.note_state_label.setText(_tr("Note saved") if text else _tr("Note deleted"))
            set_colour(self.note_state_label, OK_COLOUR)

    def _set_flag(self, kind: str, on: bool) -> None:
        if not self.item_id:
            return
        try:
            self.session.set_flag(self.item_id, kind, on)
        except AppError as error:
            self.failed.emit(error.user_message)

    def _on_note_edit_text_changed(self) -> None:
        note = self.session.note(self.item_id) if self.item_id else None
        if self.note_edit.toPlainText().strip() != (note.text if note else ""):
            self.note_state_label.setText(_tr("Note not saved yet (Ctrl+Enter)"))
            set_colour(self.note_state_label, WARN_COLOUR)

    def _on_for_report_check_toggled(self, _checked: bool) -> None:
        self.commit()

    def _on_follow_up_check_toggled(self, checked: bool) -> None:
        self._set_flag("follow_up", checked)

    def _on_evidence_missing_check_toggled(self, checked: bool) -> None:
        self._set_flag("evidence_missing", checked)
