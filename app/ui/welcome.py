"""The welcome on the home screen: what to do first, where the data lives, where help is.

It stays until the user hides it (remembered in the settings); *Help › Welcome* shows it
again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.paths import configured_data_dir
from app.ui.widgets import bold_font, plain_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("WelcomePanel", text)


class WelcomePanel(QFrame):
    """Four ways in (the demo, a new interview, practice, the guide) and a way to hide it."""

    def __init__(
        self,
        *,
        open_demo: Callable[[], object],
        new_interview: Callable[[], object],
        open_practice: Callable[[], object],
        open_guide: Callable[[], object],
        hide_for_good: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("WelcomePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(_tr("Welcome"))
        title = plain_label(_tr("Welcome to ClusterBench"))
        title.setFont(bold_font(title, 1.25))
        intro = plain_label(
            _tr(
                "Open the demo to see a half-answered practice interview of a fictional "
                "cluster, or start an interview of your own. Every answer is saved the moment "
                "it is given."
            )
        )
        self.folder_label = plain_label(selectable=True)
        self.folder_label.setAccessibleName(_tr("Data folder"))
        help_line = plain_label(
            _tr(
                "Help: F1 lists the keys of each window; Help \u203a User guide (Shift+F1) "
                "explains the interview, scores, report and bundles, offline."
            )
        )
        self.demo_button = self._button(_tr("Open the &demo interview"), open_demo)
        self.new_button = self._button(_tr("Start an &interview\u2026"), new_interview)
        self.practice_button = self._button(_tr("Practice &cases\u2026"), open_practice)
        self.guide_button = self._button(_tr("User &guide"), open_guide)
        self.hide_button = self._button(_tr("&Hide this welcome"), hide_for_good)
        self.demo_button.setDefault(True)
        buttons = QHBoxLayout()
        for button in (self.demo_button, self.new_button, self.practice_button, self.guide_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.hide_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        for widget in (title, intro, self.folder_label, help_line):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.show_data_folder()

    @staticmethod
    def _button(text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("\u2026"))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def show_data_folder(self) -> None:
        """Say where the interviews, evidence, keys and backups are kept."""
        self.folder_label.setText(
            _tr("Your interviews, evidence, keys and backups are kept in {folder}").format(
                folder=configured_data_dir()
            )
        )

    def set_demo_available(self, available: bool) -> None:
        """Offer the demo only while there is one."""
        self.demo_button.setEnabled(available)
        self.demo_button.setToolTip(
            "" if available else _tr("The demo interview is no longer in the store.")
        )
        if not available:
            self.new_button.setDefault(True)
