"""The supervisor's answers tab: the bundled questions with their answers, and beside the
chosen one its note, evidence and the supervisor's comment for the expert."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.scoring.pack import Item
from app.services.review_session import ReviewSession
from app.ui.supervisor.models import MUTED_COLOUR, AnswersModel
from app.ui.widgets import bold_font, plain_label, set_colour, size_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("SupervisorWindow", text)


class AnswersTab(QWidget):
    """A tree of sections and questions beside the chosen question and its comment box."""

    def __init__(self, review: ReviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.current_item: Item | None = None
        self.answers_model = AnswersModel(review, self)
        self.answers_view = QTreeView()
        self.answers_view.setModel(self.answers_model)
        self.answers_view.setAccessibleName(_tr("Questions and answers"))
        self.answers_view.setUniformRowHeights(True)
        self.answers_view.setAlternatingRowColors(True)
        self.answers_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.answers_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.answers_view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 360)
        header.resizeSection(1, 260)
        self.answers_view.selectionModel().currentChanged.connect(
            self._on_answers_view_current_changed
        )

        self.item_section_label = self._label(_tr("Section"), selectable=False)
        self.item_question_label = self._label(_tr("Question"))
        self.item_question_label.setFont(bold_font(self.item_question_label, 1.15))
        self.item_meta_label = self._label(_tr("Question details"), selectable=False)
        set_colour(self.item_meta_label, MUTED_COLOUR)
        self.answer_label = self._label(_tr("Answer"))
        self.answer_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.answer_label.setMargin(6)
        self.answer_label.setMinimumHeight(36)
        self.note_label = self._label(_tr("Expert's note for the report"))
        self.note_title = plain_label(_tr("Expert's note for the report:"))
        self.item_evidence_label = self._label(_tr("Evidence for this question"))
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setAccessibleName(_tr("Your comment on this question"))
        self.comment_edit.setPlaceholderText(
            _tr("Your comment on this question for the expert (optional).")
        )
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.textChanged.connect(self._on_comment_edit_text_changed)
        detail = QWidget()
        box = QVBoxLayout(detail)
        box.addWidget(self.item_section_label)
        box.addWidget(self.item_question_label)
        box.addWidget(self.item_meta_label)
        box.addWidget(plain_label(_tr("Answer:")))
        box.addWidget(self.answer_label)
        box.addWidget(self.note_title)
        box.addWidget(self.note_label)
        box.addWidget(self.item_evidence_label)
        comment_title = QLabel(_tr("Your &comment:"))
        comment_title.setBuddy(self.comment_edit)
        box.addWidget(comment_title)
        box.addWidget(self.comment_edit, 1)
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setWidget(detail)
        self.item_detail = detail
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.answers_view)
        splitter.addWidget(detail_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(splitter)

    @staticmethod
    def _label(accessible_name: str, *, selectable: bool = True) -> QLabel:
        label = plain_label(selectable=selectable)
        label.setAccessibleName(accessible_name)
        return label

    def reset(self) -> None:
        """Show the questions of the bundle under review (none until it verified)."""
        self.answers_model.reset()
        self.answers_view.expandAll()
        self.show_item(None)

    def select_item(self, item_id: str) -> bool:
        """Choose question ``item_id``; False when the bundle has no such question."""
        index = self.answers_model.index_of_item(item_id)
        if not index.isValid():
            return False
        self.answers_view.expand(index.parent())
        self.answers_view.setCurrentIndex(index)
        self.answers_view.scrollTo(index)
        return True

    def show_item(self, item: Item | None) -> None:
        """The question beside its answer, note, evidence and the comment typed so far."""
        self.current_item = item
        self.item_detail.setEnabled(item is not None)
        contents = self.review.contents
        if item is None or contents is None:
            for label in (
                self.item_section_label,
                self.item_question_label,
                self.item_meta_label,
                self.answer_label,
                self.note_label,
                self.item_evidence_label,
            ):
                label.clear()
            self.note_title.hide()
            self.note_label.hide()
            self._show_comment("")
            return
        language = self.review.language
        self.item_section_label.setText(contents.pack.section(item.section_id).title.get(language))
        self.item_question_label.setText(item.label.get(language))
        meta = [item.id, _tr("required") if item.required else _tr("optional")]
        self.item_meta_label.setText(" \u00b7 ".join(meta))
        if self.review.is_answered(item):
            self.answer_label.setText(self.review.answer_of(item))
            set_colour(self.answer_label, None)
        else:
            self.answer_label.setText(_tr("Not answered."))
            set_colour(self.answer_label, MUTED_COLOUR)
        note = self.review.note_of(item)
        self.note_label.setText(note)
        self.note_title.setVisible(bool(note))
        self.note_label.setVisible(bool(note))
        evidence = self.review.evidence_for(item.id)
        self.item_evidence_label.setText(
            _tr("Evidence: {names}").format(
                names="; ".join(f"{e.original_name} ({size_text(e.size)})" for e in evidence)
            )
            if evidence
            else ""
        )
        self.item_evidence_label.setVisible(bool(evidence))
        self._show_comment(self.review.comment(item.id))

    def _show_comment(self, text: str) -> None:
        self.comment_edit.blockSignals(True)
        self.comment_edit.setPlainText(text)
        self.comment_edit.blockSignals(False)

    def _on_answers_view_current_changed(
        self, current: QModelIndex, _previous: QModelIndex
    ) -> None:
        self.show_item(self.answers_model.item_at(current))

    def _on_comment_edit_text_changed(self) -> None:
        if self.current_item is not None:
            self.review.set_comment(self.current_item.id, self.comment_edit.toPlainText())
