"""Practice: a case's narrative, docked beside the interview or in a window of its own,
and the notice that an interview has no practice case behind it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.scoring.practice import PracticeCase
from app.settings import settings
from app.ui import palette
from app.ui.practice_models import bold_label
from app.ui.widgets import banner, plain_label
from app.ui.window_fit import fit_to_screen

FICTIONAL_COLOUR = palette.ATTENTION_BACKGROUND
NARRATIVE_DOCK = "PracticeNarrativeDock"


class NarrativeView(QWidget):
    """A case's narrative, read-only plain text, under a banner saying it is fictional."""

    def __init__(self, case: PracticeCase | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner, _banner_label = banner(
            FICTIONAL_COLOUR,
            self.tr("Fictional practice case: read it as the cluster manager's account."),
        )
        self.title_label = bold_label(plain_label(), 1.1)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Case narrative"))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text, 1)
        if case is not None:
            self.set_case(case)

    def set_case(self, case: PracticeCase) -> None:
        """Show ``case``'s narrative in the interface language (else English)."""
        self.title_label.setText(case.title)
        self.text.setPlainText(case.narrative.get(settings().language))


class NarrativeWindow(QWidget):
    """The narrative on its own, when there is no interview window to dock it into."""

    def __init__(self, case: PracticeCase, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("[Practice] {title} \u2014 narrative").format(title=case.title))
        self.setAccessibleName(self.tr("Case narrative"))
        self.view = NarrativeView(case, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        self.addAction(close)
        fit_to_screen(self, QSize(480, 760), state="case_narrative/geometry")


def _translate(text: str) -> str:
    return QCoreApplication.translate("PracticeWindow", text)


def dock_narrative(window: QMainWindow, case: PracticeCase) -> QDockWidget:
    """Dock ``case``'s narrative in ``window`` on the right, tabbed with what is there."""
    existing = window.findChild(QDockWidget, NARRATIVE_DOCK)
    if isinstance(existing, QDockWidget):
        view = existing.widget()
        if isinstance(view, NarrativeView):
            view.set_case(case)
        existing.show()
        existing.raise_()
        return existing
    dock = QDockWidget(_translate("Case narrative (fictional)"), window)
    dock.setObjectName(NARRATIVE_DOCK)
    dock.setAccessibleName(_translate("Case narrative (fictional)"))
    dock.setWidget(NarrativeView(case, dock))
    area = Qt.DockWidgetArea.RightDockWidgetArea
    neighbours = [
        other
        for other in window.findChildren(QDockWidget)
        if other is not dock and not other.isHidden() and window.dockWidgetArea(other) == area
    ]
    window.addDockWidget(area, dock)
    if neighbours:
        window.tabifyDockWidget(neighbours[0], dock)
    dock.show()
    dock.raise_()
    return dock


def not_practice(parent: QWidget | None) -> None:
    """Say (without blocking) that this interview has no practice case, so no reference."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        _translate("Practice"),
        _translate("This interview is not a practice case, so it has no reference answers."),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
