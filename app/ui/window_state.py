"""Window geometry and other restorable view state, kept apart from the preferences.

Qt's own ``saveGeometry``/``saveState`` blobs go into the ``[state]`` group of an INI
file beside the settings (``app.settings``), read and written with ``QSettings``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from app.settings import LEGACY_INI_FILE, config_folder

STATE_GROUP = "state"


class WindowState:
    """Saved geometry and splitter positions by name."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_folder() / LEGACY_INI_FILE
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, name: str) -> QByteArray | None:
        """The state called ``name``, or None when nothing was saved."""
        value = self._qsettings.value(f"{STATE_GROUP}/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set(self, name: str, value: QByteArray) -> None:
        """Keep state ``name`` for the next start."""
        self._qsettings.setValue(f"{STATE_GROUP}/{name}", value)

    def text(self, name: str) -> str | None:
        """A saved piece of text (e.g. the last export folder), or None."""
        value = self.get(name)
        return bytes(value.data()).decode("utf-8", "replace") if value is not None else None

    def set_text(self, name: str, text: str) -> None:
        """Keep a piece of text under ``name``."""
        self.set(name, QByteArray(text.encode("utf-8")))

    def sync(self) -> None:
        """Write pending changes now."""
        self._qsettings.sync()


_instance: WindowState | None = None


def window_state() -> WindowState:
    """The window state of the current data folder (one object per folder)."""
    global _instance
    path = config_folder() / LEGACY_INI_FILE
    if _instance is None or _instance.path != path:
        _instance = WindowState(path)
    return _instance
