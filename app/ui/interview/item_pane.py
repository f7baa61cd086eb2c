"""The current question: its text and help, the editor for its answer, the save state,
the supervisor's comments, the pre-fill banner, notes, flags and evidence.

"Saved" appears only after the session returned from saving (the store has committed).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.scoring.pack import Item
from app.scoring.wording import unit_name
from app.services.session import InterviewSession, SaveOutcome
from app.ui import palette
from app.ui.editors import AnswerEditor, InputError, editor_for
from app.ui.group_editor import GroupEditor
from app.ui.interview.evidence import EvidenceBox
from app.ui.interview.notes import NotesBox
from app.ui.widgets import (
    ERROR_COLOUR,
    OK_COLOUR,
    WARN_COLOUR,
    banner,
    banner_style,
    bold_font,
    local_time,
    mute,
    plain_label,
    set_colour,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("InterviewWindow", text)


class ItemPane(QScrollArea):
    """One question with everything about it; scrolls when the window is small. Its
    ``navigation`` (Previous, Next) goes below it, outside the scrolling part."""

    def __init__(self, session: InterviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.item: Item | None = None
        self.editor: AnswerEditor | None = None
        self.section_label = plain_label(wrap=True)
        self.section_label.setAccessibleName(_tr("Section and position"))
        self.question_label = plain_label(wrap=True, selectable=True)
        self.question_label.setAccessibleName(_tr("Question"))
        self.question_label.setFont(bold_font(self.question_label, 1.3))
        self.meta_label = plain_label(wrap=True)
        mute(self.meta_label)

        self.comments_frame = QFrame()
        self.comments_frame.setObjectName("SupervisorComments")
        self.comments_frame.setStyleSheet(
            banner_style(palette.COMMENT_BACKGROUND, "SupervisorComments")
        )
        comments_layout = QVBoxLayout(self.comments_frame)
        comments_layout.setContentsMargins(10, 6, 10, 6)
        comments_title = plain_label(_tr("Supervisor comments"))
        comments_title.setFont(bold_font(comments_title))
        self.comments_label = plain_label(selectable=True)
        self.comments_label.setAccessibleName(_tr("Supervisor comments"))
        comments_layout.addWidget(comments_title)
        comments_layout.addWidget(self.comments_label)

        self.confirm_button = QPushButton(_tr("&Confirm"))
        self.confirm_button.setAccessibleName(_tr("Confirm the pre-filled answer"))
        self.prefill_banner, _label = banner(
            palette.ATTENTION_BACKGROUND,
            _tr("Pre-filled by the cluster, to confirm with them."),
            self.confirm_button,
        )
        self.prefill_banner.setAccessibleName(_tr("Pre-filled answer"))

        self.editor_holder = QWidget()
        self.editor_layout = QVBoxLayout(self.editor_holder)
        self.editor_layout.setContentsMargins(0, 4, 0, 4)
        self.validation_label = plain_label(wrap=True)
        self.validation_label.setAccessibleName(_tr("Validation message"))
        set_colour(self.validation_label, ERROR_COLOUR)
        self.restore_button = QPushButton(_tr("Restore saved answer"))
        self.restore_button.setAccessibleName(_tr("Restore the saved answer"))
        self.restore_button.clicked.connect(self.restore_saved_answer)
        validation_row = QHBoxLayout()
        validation_row.addWidget(self.validation_label, 1)
        validation_row.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignTop)
        self.saved_label = plain_label(wrap=True)
        self.saved_label.setAccessibleName(_tr("Save state"))
        self.help_label = plain_label(wrap=True, selectable=True)
        self.help_label.setAccessibleName(_tr("Help"))
        self.source_label = plain_label(wrap=True)
        mute(self.source_label)
        self.notes = NotesBox(session)
        self.evidence = EvidenceBox(session)

        self.previous_button = QPushButton(_tr("\u2190 Previous"))
        self.previous_button.setAccessibleName(_tr("Previous question"))
        self.next_button = QPushButton(_tr("Next \u2192"))
        self.next_button.setAccessibleName(_tr("Next question"))
        # Below the scroll area, not in it: always in view, however long the question.
        self.navigation = QWidget()
        self.navigation.setObjectName("QuestionNavigation")
        nav_row = QHBoxLayout(self.navigation)
        nav_row.setContentsMargins(14, 0, 14, 6)
        nav_row.addWidget(self.previous_button)
        nav_row.addStretch(1)
        nav_row.addWidget(self.next_button)

        pane = QWidget()
        pane.setObjectName("ItemPane")
        self.pane_layout = layout = QVBoxLayout(pane)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(8)
        for widget in (
            self.section_label,
            self.question_label,
            self.meta_label,
            self.comments_frame,
            self.prefill_banner,
            self.editor_holder,
        ):
            layout.addWidget(widget)
        layout.addLayout(validation_row)
        for widget in (
            self.saved_label,
            self.help_label,
            self.source_label,
            self.notes,
            self.evidence,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(pane)
        self.setMinimumWidth(420)

    # --- showing ------------------------------------------------------------------------

    def show_item(self, item: Item) -> None:
        """Show ``item`` with a new editor holding its saved answer."""
        language = self.session.language
        if self.editor is not None:
            old = self.editor
            old.blockSignals(True)
            self.editor_layout.removeWidget(old)
            old.hide()
            old.deleteLater()
        self.item = item
        section = self.session.pack.section(item.section_id)
        asked = self.session.asked_items(section.id)
        position = next((n for n, i in enumerate(asked) if i.id == item.id), 0) + 1
        self.section_label.setText(
            _tr("{section} \u00b7 question {n} of {total}").format(
                section=section.title.get(language), n=position, total=len(asked)
            )
        )
        self.question_label.setText(item.label.get(language))
        self.editor = editor_for(item, language, self.editor_holder)
        self.editor.set_value(self.session.answer(item.id))
        self.editor.changed.connect(self._on_editor_changed)
        self.editor.edited.connect(self._on_editor_edited)
        self.editor.set_read_only(self.session.locked)
        self.editor_layout.addWidget(self.editor)
        self.setTabOrder(self.editor, self.notes.note_edit)
        meta = [_tr("Required") if item.required else _tr("Optional")]
        if item.unit and item.type != "percent":
            meta.append(_tr("unit: {unit}").format(unit=unit_name(language, item.unit)))
        meta.append(item.id)
        self.meta_label.setText(" \u00b7 ".join(meta))
        help_text = item.help.get(language)
        self.help_label.setText(help_text)
        self.help_label.setVisible(bool(help_text))
        source = (
            _tr("Source: public")
            if item.source == "public"
            else _tr("Source: assumption of the ClusterBench team")
        )
        if item.source_note:
            source += f" \u2014 {item.source_note.get(language)}"
        self.source_label.setText(source)
        self.show_comments()
        self.notes.show_item(item.id)
        self.evidence.show_item(item.id)
        self.show_state()
        self.show_neighbours()
        self.verticalScrollBar().setValue(0)
        # Lay the new editor out now, so it can be clicked before the next event loop turn.
        self.pane_layout.activate()

    def show_comments(self) -> None:
        """The supervisors' comments on the current question."""
        comments = self.session.comments_on(self.item.id) if self.item else []
        self.comments_frame.setVisible(bool(comments))
        self.comments_label.setText(
            "\n".join(f"{c.author} ({local_time(c.at)}): {c.text}" for c in comments)
        )

    def show_neighbours(self) -> None:
        """Previous and next only where there is a question to go to."""
        asked = [item.id for item in self.session.asked_items()]
        current = self.item.id if self.item else ""
        self.previous_button.setEnabled(bool(asked) and asked[0] != current)
        self.next_button.setEnabled(bool(asked) and asked[-1] != current)

    def show_state(self) -> None:
        """The "Saved" line, the pre-fill banner and no validation message."""
        item = self.item
        if item is None:
            return
        self.validation_label.clear()
        self.validation_label.hide()
        self.restore_button.hide()
        unconfirmed = self.session.is_unconfirmed(item.id)
        self.prefill_banner.setVisible(unconfirmed)
        self.confirm_button.setEnabled(unconfirmed and not self.session.locked)
        saved_at = self.session.saved_at(item.id)
        answered = self.session.answer(item.id) is not None
        if answered and saved_at is not None and unconfirmed:
            text = _tr("Pre-filled, to confirm (imported {time})").format(time=local_time(saved_at))
            colour: str | None = WARN_COLOUR
        elif answered and saved_at is not None:
            text, colour = _tr("\u2713 Saved {time}").format(time=local_time(saved_at)), OK_COLOUR
        elif answered:
            text, colour = _tr("\u2713 Saved"), OK_COLOUR
        else:
            text, colour = _tr("Not answered yet"), None
        self.saved_label.setText(text)
        set_colour(self.saved_label, colour)

    def set_locked(self, locked: bool) -> None:
        """Everything read-only while the interview is finalised."""
        if self.editor is not None:
            self.editor.set_read_only(locked)
        self.notes.set_locked(locked)
        self.evidence.set_locked(locked)
        self.show_state()

    def set_compact(self, compact: bool) -> None:
        """Narrower beside a video call."""
        self.setMinimumWidth(360 if compact else 420)
        self.notes.set_compact(compact)

    # --- saving -------------------------------------------------------------------------

    def save(self) -> bool:
        """Save what the editor holds; "Saved" shows only once the store returned."""
        item, editor = self.item, self.editor
        if item is None or editor is None:
            return False
        if self.session.locked:
            self._show_invalid(_tr("The interview is finalised; reopen it to change answers."))
            return False
        try:
            value = editor.value()
        except InputError as error:
            self._show_invalid(error.message)
            return False
        outcome = self.session.save_answer(item.id, value)
        return self._show_outcome(outcome, editor)

    def leave(self, *, allow_invalid: bool = False) -> bool:
        """Keep the note and what is typed before another question is shown."""
        self.notes.commit()
        if self.editor is None or self.item is None or self.session.locked:
            return True
        return not self.editor.is_dirty() or self.save() or allow_invalid

    def clear_answer(self) -> None:
        """Remove the answer (the log keeps the old value)."""
        if self.editor is None or self.session.locked:
            return
        self.editor.set_value(None)
        self.save()

    def restore_saved_answer(self) -> None:
        """Throw away what was typed and show the saved answer again."""
        if self.item is None or self.editor is None:
            return
        self.editor.set_value(self.session.answer(self.item.id))
        self.show_state()
        self.focus_editor()

    def confirm_prefill(self) -> bool:
        """Confirm the pre-filled answer shown."""
        if self.item is None:
            return False
        return self.session.confirm_prefill(self.item.id)

    def focus_editor(self) -> None:
        """Put the keyboard focus into the answer."""
        if self.editor is not None:
            self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_outcome(self, outcome: SaveOutcome, editor: AnswerEditor) -> bool:
        if not outcome.saved:
            self._show_invalid(
                _tr("The interview is finalised; reopen it to change answers.")
                if outcome.locked
                else outcome.problem
            )
            return False
        item = self.item
        assert item is not None
        if isinstance(editor, GroupEditor) or not outcome.changed:
            editor.mark_clean()
        else:
            editor.set_value(self.session.answer(item.id))
        self.show_state()
        if outcome.cleared:
            self.saved_label.setText(_tr("Answer cleared"))
        return True

    def _show_invalid(self, message: str) -> None:
        answered = self.item is not None and self.session.answer(self.item.id) is not None
        self.validation_label.setText(message)
        self.validation_label.show()
        self.restore_button.setVisible(answered)
        self.saved_label.setText(
            _tr("Not saved. The saved answer is unchanged.") if answered else _tr("Not saved.")
        )
        set_colour(self.saved_label, ERROR_COLOUR)

    def _on_editor_changed(self) -> None:
        self.save()

    def _on_editor_edited(self) -> None:
        if self.item is None:
            return
        self.saved_label.setText(_tr("Not saved yet: press Enter or leave the field to save."))
        set_colour(self.saved_label, WARN_COLOUR)
