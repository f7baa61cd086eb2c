"""The share view: the current question in large type, to share on a video call.

It shows only the question, its help and the answer as given. It is handed nothing else
(no notes, flags, scores or peer data), so it cannot show them by mistake.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.scoring.engine import answer_text
from app.scoring.pack import Item
from app.ui.widgets import mute, plain_label
from app.ui.window_fit import fit_to_screen

BASE_POINT_SIZE = 20


def _label(point_size: float, *, bold: bool = False) -> QLabel:
    label = plain_label()
    font = QFont(label.font())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    label.setFont(font)
    return label


class ShareView(QWidget):
    """Question, help and the answer as given, in large type; nothing else."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shared question"))
        self.setAccessibleName(self.tr("Shared question"))
        self.setAutoFillBackground(True)
        self.question = _label(BASE_POINT_SIZE * 1.3, bold=True)
        self.question.setAccessibleName(self.tr("Question"))
        self.help = _label(BASE_POINT_SIZE * 0.85)
        self.help.setAccessibleName(self.tr("Help"))
        mute(self.help)
        self.answer_caption = _label(BASE_POINT_SIZE * 0.75, bold=True)
        self.answer_caption.setText(self.tr("Answer as given"))
        self.answer = _label(BASE_POINT_SIZE * 1.1)
        self.answer.setAccessibleName(self.tr("Answer as given"))
        self.answer.setFrameShape(QFrame.Shape.StyledPanel)
        self.answer.setMargin(12)
        self.answer.setMinimumHeight(60)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(36, 28, 36, 28)
        layout.setSpacing(18)
        layout.addWidget(self.question)
        layout.addWidget(self.help)
        layout.addSpacing(12)
        layout.addWidget(self.answer_caption)
        layout.addWidget(self.answer)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        fit_to_screen(self, QSize(900, 560), state="share_view/geometry")
        self.show_nothing()

    def show_item(self, item: Item, value: Any, language: str = "en") -> None:
        """Show ``item``'s question and help, and ``value`` as given (or "not answered")."""
        self.question.setText(item.label.get(language))
        help_text = item.help.get(language)
        self.help.setText(help_text)
        self.help.setVisible(bool(help_text))
        given = answer_text(item, value, language)
        self.answer.setText(given or self.tr("(not answered yet)"))
        self.answer_caption.setVisible(True)
        self.answer.setVisible(True)

    def show_nothing(self) -> None:
        """A neutral screen (no question chosen)."""
        self.question.setText(self.tr("Please wait for the next question."))
        self.help.clear()
        self.help.setVisible(False)
        self.answer.clear()
        self.answer.setVisible(False)
        self.answer_caption.setVisible(False)

    def visible_text(self) -> str:
        """Every piece of text the view shows, for checks."""
        parts = [
            label.text()
            for label in (self.question, self.help, self.answer_caption, self.answer)
            if not label.isHidden()
        ]
        return "\n".join(parts + [self.windowTitle()])
