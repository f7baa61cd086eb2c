"""The expert's own recommendations for the report, written at the end of the interview."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.models import Store
from app.models import repository as repo
from app.services.answers import set_recommendations
from app.ui.widgets import ERROR_COLOUR, plain_label, set_colour
from app.ui.window_fit import fit_to_screen


class RecommendationsDialog(QDialog):
    """Edit the recommendations; "Save" commits them to the store before closing."""

    def __init__(
        self,
        store: Store,
        interview_id: int,
        *,
        actor: str,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.interview_id = interview_id
        self.actor = actor
        self.setWindowTitle(self.tr("Recommendations for the report"))
        self.setAccessibleName(self.tr("Recommendations for the report"))
        fit_to_screen(self, QSize(620, 420), state="recommendations/geometry")

        intro = plain_label(
            self.tr(
                "What the cluster management could do next, in your words. The report prints "
                "it under \u201cThe expert's recommendations\u201d; a blank line starts a new "
                "paragraph."
            )
        )
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Recommendations"))
        self.editor.setPlainText(repo.get_interview(store, interview_id).recommendations)
        self.editor.setReadOnly(read_only)
        self.error_label = plain_label()
        set_colour(self.error_label, ERROR_COLOUR)
        self.error_label.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close
            if read_only
            else QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.editor.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.editor.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Ctrl+Enter in the text saves, as in the interview's notes."""
        if (
            watched is self.editor
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.save()
            return True
        return super().eventFilter(watched, event)

    def save(self) -> bool:
        """Store the text; close only once it is saved."""
        if self.editor.isReadOnly():
            self.reject()
            return False
        try:
            set_recommendations(
                self.store, self.interview_id, self.editor.toPlainText().strip(), actor=self.actor
            )
        except AppError as error:
            self.error_label.setText(error.user_message)
            self.error_label.show()
            return False
        self.accept()
        return True
