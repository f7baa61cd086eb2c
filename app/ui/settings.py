"""The settings dialog: the expert's preferences (``app.settings``) and the data folder."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.paths import (
    DATA_DIR_ENV,
    choose_data_dir,
    chosen_data_dir,
    configured_data_dir,
    data_dir,
    default_data_dir,
)
from app.scoring.taxonomy import INTERVIEW_MODES
from app.settings import BACKUP_SCHEDULES, LANGUAGES, Settings, settings
from app.ui.application import request_restart
from app.ui.widgets import plain_label
from app.ui.window_fit import fit_to_screen


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


class SettingsDialog(QDialog):
    """Edit the preferences; writes them when accepted."""

    def __init__(self, store_settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_to_screen(self, state="settings_dialog/geometry")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = store_settings
        self.needs_restart = False
        self.expert_name = QLineEdit(store_settings.expert_name)
        self.expert_name.setAccessibleName(self.tr("Expert name"))
        self.expert_id = QLineEdit(store_settings.expert_id)
        self.expert_id.setAccessibleName(self.tr("Expert ID"))
        self.default_mode = QComboBox()
        self.default_mode.setAccessibleName(self.tr("Default interview mode"))
        for code, label in INTERVIEW_MODES.items():
            self.default_mode.addItem(self.tr(label), code)
        self.default_mode.setCurrentIndex(self.default_mode.findData(store_settings.default_mode))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(self.language.findData(store_settings.language))
        self.language_note = QLabel(
            self.tr(
                "The new language is used from the next start of ClusterBench; saving offers "
                "to restart now."
            )
        )
        self.language_note.setWordWrap(True)
        self.language_note.setAccessibleName(self.tr("Note on the language"))
        self.compact_layout = QCheckBox(self.tr("Compact layout (small screens)"))
        self.compact_layout.setChecked(store_settings.compact_layout)
        self.backup_schedule = QComboBox()
        self.backup_schedule.setAccessibleName(self.tr("Automatic backups"))
        schedule_labels = {
            "daily": self.tr("Daily"),
            "weekly": self.tr("Weekly"),
            "off": self.tr("Off (only before upgrades)"),
        }
        for code in BACKUP_SCHEDULES:
            self.backup_schedule.addItem(schedule_labels[code], code)
        self.backup_schedule.setCurrentIndex(
            self.backup_schedule.findData(store_settings.backup_schedule)
        )
        self.data_folder = QLineEdit(str(chosen_data_dir() or ""))
        self.data_folder.setPlaceholderText(str(default_data_dir()))
        self.data_folder.setAccessibleName(self.tr("Data folder"))
        self.data_folder.setToolTip(
            self.tr(
                "Where interviews, evidence, keys and backups are kept. Takes effect at the "
                "next start; the data in the old folder stays where it is."
            )
        )
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose the data folder"))
        browse.clicked.connect(self._on_browse_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_folder, 1)
        folder_row.addWidget(browse)
        self.folder_note = plain_label()
        self.folder_in_use = plain_label(str(configured_data_dir()), selectable=True)
        self.folder_in_use.setAccessibleName(self.tr("Data folder in use"))
        if os.environ.get(DATA_DIR_ENV):
            self.folder_note.setText(
                self.tr(
                    "Set by {variable} for this start; the folder chosen above is used when "
                    "it is not set."
                ).format(variable=DATA_DIR_ENV)
            )

        form = QFormLayout(self)
        form.addRow(self.tr("Expert name:"), self.expert_name)
        form.addRow(self.tr("Expert ID:"), self.expert_id)
        form.addRow(self.tr("Default mode:"), self.default_mode)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", self.language_note)
        form.addRow("", self.compact_layout)
        form.addRow(self.tr("Automatic backups:"), self.backup_schedule)
        form.addRow(self.tr("Data folder in use:"), self.folder_in_use)
        form.addRow(self.tr("Data folder:"), folder_row)
        form.addRow("", self.folder_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        """Store the edited preferences; ``needs_restart`` tells whether one of them (the
        language, the data folder) only applies once ClusterBench starts again."""
        from app.ui.i18n import language_in_use

        s = self._settings
        s.expert_name = self.expert_name.text().strip()
        s.expert_id = self.expert_id.text().strip()
        s.default_mode = str(self.default_mode.currentData())
        language = str(self.language.currentData())
        if language != s.language or s.is_set(Settings.language):
            s.language = language  # left as it was, the desktop's language still applies
        s.compact_layout = self.compact_layout.isChecked()
        s.backup_schedule = str(self.backup_schedule.currentData())
        s.sync()
        folder_text = self.data_folder.text().strip()
        folder = Path(folder_text).expanduser() if folder_text else None
        moved = folder != chosen_data_dir()
        if moved:
            choose_data_dir(folder)
        self.needs_restart = language != language_in_use() or (
            moved and not os.environ.get(DATA_DIR_ENV)
        )
        super().accept()

    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Data folder"), self.data_folder.text() or str(data_dir())
        )
        if folder:
            self.data_folder.setText(folder)
            self.folder_note.setText(
                self.tr("ClusterBench will use this folder from its next start.")
            )


def edit_settings(home: QWidget) -> None:
    """The settings dialog over the home window; when a saved change only applies at the
    next start, offer to start again now (``request_restart``)."""
    dialog = SettingsDialog(settings(), home)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.needs_restart:
        return
    question = QMessageBox(
        QMessageBox.Icon.Question,
        _tr("Restart ClusterBench?"),
        _tr(
            "The change applies once ClusterBench starts again. Restart now? Every window "
            "closes first; every answer is already saved."
        ),
        QMessageBox.StandardButton.NoButton,
        home,
    )
    question.setTextFormat(Qt.TextFormat.PlainText)
    restart = question.addButton(_tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
    question.addButton(_tr("&Later"), QMessageBox.ButtonRole.RejectRole)
    question.setDefaultButton(restart)
    question.exec()
    if question.clickedButton() is restart:
        request_restart(home)
