"""The interview's own dialogs: the review before finalising, and the reason to reopen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.scoring.pack import Pack
from app.services.interviews import OpenPoint, Readiness
from app.ui.navigator_model import ID_ROLE
from app.ui.widgets import AnyIndex, plain_label
from app.ui.window_fit import fit_to_screen


def _tr(text: str) -> str:
    return QCoreApplication.translate("InterviewWindow", text)


class ReviewModel(QAbstractListModel):
    """The open points of the finalise review, each as a sentence naming its question."""

    def __init__(
        self, readiness: Readiness, pack: Pack, language: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.points = list(readiness.points)
        self.texts = [self._text(point, pack, language) for point in self.points]

    def _text(self, point: OpenPoint, pack: Pack, language: str) -> str:
        item = pack.item(point.item_id)
        section = pack.section(item.section_id).title.get(language)
        where = f"{section} \u203a {item.label.get(language)}"
        if point.kind == "unanswered":
            return _tr("Unanswered: {q}").format(q=where)
        if point.kind == "invalid":
            return _tr("Invalid answer: {q} ({m})").format(q=where, m=point.detail)
        if point.kind == "flag" and point.detail == "follow_up":
            return _tr("Open flag, follow up: {q}").format(q=where)
        if point.kind == "flag":
            return _tr("Open flag, evidence missing: {q}").format(q=where)
        return _tr("Pre-filled, not confirmed: {q}").format(q=where)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.points)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.texts[index.row()]
        if role == ID_ROLE:
            return self.points[index.row()].item_id
        return None


class FinaliseReviewDialog(QDialog):
    """Unanswered required questions, invalid answers, open flags and unconfirmed pre-fills."""

    item_chosen = Signal(str)

    def __init__(
        self, readiness: Readiness, pack: Pack, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review before finalising"))
        self.setAccessibleName(self.tr("Review before finalising"))
        fit_to_screen(self, QSize(720, 500), state="finalise_review/geometry")
        self.model = ReviewModel(readiness, pack, language, self)
        open_points = not readiness.ready
        counts = readiness.counts
        if open_points:
            summary = self.tr(
                "{u} required questions unanswered, {i} invalid answers, {f} open flags, "
                "{p} pre-filled answers not confirmed. Finalising locks the interview; "
                "reopening it later needs a reason."
            ).format(
                u=counts["unanswered"], i=counts["invalid"], f=counts["flag"], p=counts["prefill"]
            )
        else:
            summary = self.tr(
                "Every required question is answered, no flag is open and every pre-filled "
                "answer is confirmed. Finalising locks the interview; reopening it later "
                "needs a reason."
            )
        self.summary = plain_label(summary)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Open points"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Long questions wrap instead of running off to the right.
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.activated.connect(self._on_list_activated)
        self.list.setVisible(open_points)
        if open_points:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.buttons = QDialogButtonBox(self)
        self.go_button = self.buttons.addButton(
            self.tr("&Go to question"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.go_button.setAccessibleName(self.tr("Go to the selected question"))
        self.go_button.setEnabled(open_points)
        self.go_button.clicked.connect(self._on_go_button_clicked)
        self.finalise_button = self.buttons.addButton(
            self.tr("&Finalise anyway") if open_points else self.tr("&Finalise interview"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.finalise_button.setAccessibleName(self.tr("Finalise the interview"))
        self.back_button = self.buttons.addButton(
            self.tr("Back to the interview"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.back_button.setAccessibleName(self.tr("Back to the interview"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        # Enter never locks the interview by accident while points are open.
        for button in (self.go_button, self.finalise_button, self.back_button):
            button.setAutoDefault(False)
        (self.go_button if open_points else self.finalise_button).setDefault(True)
        (self.list if open_points else self.finalise_button).setFocus()

    def issue_texts(self) -> list[str]:
        """Every open point as shown."""
        return list(self.model.texts)

    def _on_list_activated(self, index: QModelIndex) -> None:
        self.item_chosen.emit(str(index.data(ID_ROLE)))
        self.reject()

    def _on_go_button_clicked(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self._on_list_activated(index)


class ReopenDialog(QDialog):
    """Ask why a finalised interview is reopened; the reason is required and logged."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_to_screen(self)
        self.setWindowTitle(self.tr("Reopen the interview"))
        self.setAccessibleName(self.tr("Reopen the interview"))
        intro = plain_label(
            self.tr(
                "This interview is finalised. Say why it is reopened; the reason is kept in "
                "the interview's log."
            )
        )
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for reopening"))
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("e.g. The cluster sent corrected member figures."))
        self.reason.textChanged.connect(self._on_reason_text_changed)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Reopen"))
        self.ok_button.setAccessibleName(self.tr("Reopen the interview"))
        self.ok_button.setEnabled(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def reason_text(self) -> str:
        """The reason as typed (stripped)."""
        return self.reason.toPlainText().strip()

    def _on_reason_text_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.reason_text()))
