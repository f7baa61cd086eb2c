"""User settings: every key with its type and default, kept in one INI file.

The file lives in the data folder's ``config`` directory, so ``CLUSTERBENCH_DATA_DIR``
(a portable install, or a test) keeps its own settings. Preferences sit in the
``preferences`` group; window geometry and other restorable state apart in ``state``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings
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
    QPushButton,
    QWidget,
)

from app.paths import (
    choose_data_dir,
    chosen_data_dir,
    configured_data_dir,
    data_dir,
    default_data_dir,
)
from app.scoring.taxonomy import INTERVIEW_MODES
from app.ui.i18n import LANGUAGES, SOURCE_LANGUAGE
from app.ui.widgets import plain_label

log = logging.getLogger(__name__)
T = TypeVar("T")
PREFERENCES_GROUP = "preferences"
STATE_GROUP = "state"
#: How often the store is copied to the backups folder (before a migration: always).
BACKUP_SCHEDULES: dict[str, timedelta | None] = {
    "daily": timedelta(days=1),
    "weekly": timedelta(days=7),
    "off": None,
}


def config_path() -> Path:
    """The settings file for the current data folder.

    When its folder cannot be made (a read-only or full data folder), the defaults apply
    and changes are not kept; the store's own dialog explains the data folder's problem.
    """
    folder = configured_data_dir() / "config"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        log.warning("settings cannot be kept in %s: %s", folder, error)
    return folder / "clusterbench.ini"


@dataclass(frozen=True)
class Key(Generic[T]):
    """A preference: its name, type and default, and which values are allowed."""

    name: str
    kind: type[T]
    default: T
    allowed: Callable[[T], bool] | None = None

    @overload
    def __get__(self, obj: None, owner: type[Settings]) -> Key[T]: ...

    @overload
    def __get__(self, obj: Settings, owner: type[Settings]) -> T: ...

    def __get__(self, obj: Settings | None, owner: type[Settings]) -> Key[T] | T:
        if obj is None:
            return self
        return obj.read(self)

    def __set__(self, obj: Settings, value: T) -> None:
        obj.write(self, value)


class Settings:
    """Typed access to the preferences and the window state."""

    expert_name = Key("expert_name", str, "")
    expert_id = Key("expert_id", str, "")
    default_mode = Key("default_mode", str, "on_site", lambda v: v in INTERVIEW_MODES)
    language = Key("language", str, SOURCE_LANGUAGE, lambda v: v in LANGUAGES)
    compact_layout = Key("compact_layout", bool, False)
    backup_schedule = Key("backup_schedule", str, "daily", lambda v: v in BACKUP_SCHEDULES)

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_path()
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    @classmethod
    def all_keys(cls) -> list[Key[Any]]:
        """Every declared preference."""
        return [value for value in vars(cls).values() if isinstance(value, Key)]

    def read(self, key: Key[T]) -> T:
        """The stored value of ``key``, or its default when unset or not allowed."""
        raw = self._qsettings.value(f"{PREFERENCES_GROUP}/{key.name}", key.default)
        try:
            value: Any = _convert(raw, key.kind)
        except (TypeError, ValueError):
            return key.default
        if key.allowed is not None and not key.allowed(value):
            return key.default
        return value  # type: ignore[no-any-return]

    def write(self, key: Key[T], value: T) -> None:
        """Store ``value`` for ``key`` (refusing one the key does not allow)."""
        value = _convert(value, key.kind)
        if key.allowed is not None and not key.allowed(value):
            raise ValueError(f"{value!r} is not allowed for {key.name}")
        self._qsettings.setValue(f"{PREFERENCES_GROUP}/{key.name}", value)

    def state(self, name: str) -> QByteArray | None:
        """Saved window state (geometry, splitter sizes) called ``name``."""
        value = self._qsettings.value(f"{STATE_GROUP}/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, name: str, value: QByteArray) -> None:
        """Keep window state ``name`` for the next start."""
        self._qsettings.setValue(f"{STATE_GROUP}/{name}", value)

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self._qsettings.sync()


def _convert(raw: Any, kind: type[Any]) -> Any:
    if kind is bool:
        if isinstance(raw, str):
            return raw.strip().lower() in ("1", "true", "yes", "on")
        return bool(raw)
    return kind(raw)


_instance: Settings | None = None


def settings() -> Settings:
    """The settings of the current data folder (one object per folder)."""
    global _instance
    path = config_path()
    if _instance is None or _instance.path != path:
        _instance = Settings(path)
    return _instance


class SettingsDialog(QDialog):
    """Edit the preferences; writes them when accepted."""

    def __init__(self, store_settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = store_settings
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
            self.tr("The new language is used from the next start of ClusterBench.")
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

        form = QFormLayout(self)
        form.addRow(self.tr("Expert name:"), self.expert_name)
        form.addRow(self.tr("Expert ID:"), self.expert_id)
        form.addRow(self.tr("Default mode:"), self.default_mode)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", self.language_note)
        form.addRow("", self.compact_layout)
        form.addRow(self.tr("Automatic backups:"), self.backup_schedule)
        form.addRow(self.tr("Data folder:"), folder_row)
        form.addRow("", self.folder_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        """Store the edited preferences."""
        s = self._settings
        s.expert_name = self.expert_name.text().strip()
        s.expert_id = self.expert_id.text().strip()
        s.default_mode = str(self.default_mode.currentData())
        s.language = str(self.language.currentData())
        s.compact_layout = self.compact_layout.isChecked()
        s.backup_schedule = str(self.backup_schedule.currentData())
        s.sync()
        folder_text = self.data_folder.text().strip()
        folder = Path(folder_text).expanduser() if folder_text else None
        if folder != chosen_data_dir():
            choose_data_dir(folder)
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
