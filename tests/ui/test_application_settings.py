"""Settings: typed defaults, stored per data folder, window state kept apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from app.ui.settings import Settings, SettingsDialog, settings


def test_defaults_without_a_file(data_dir: Path) -> None:
    s = settings()
    assert s.path.is_relative_to(data_dir)
    assert (s.expert_name, s.default_mode, s.language) == ("", "on_site", "en")
    assert s.compact_layout is False
    assert s.backup_days == 30
    assert {k.name for k in Settings.all_keys()} == {
        "expert_name",
        "expert_id",
        "default_mode",
        "language",
        "compact_layout",
        "backup_days",
    }


def test_values_survive_a_restart_and_geometry_is_apart(data_dir: Path) -> None:
    s = settings()
    s.expert_name = "Erika Example (fictional)"
    s.compact_layout = True
    s.backup_days = 7
    s.set_state("main_window/geometry", QByteArray(b"\x01\x02"))
    s.sync()
    again = Settings(s.path)
    assert again.expert_name == "Erika Example (fictional)"
    assert again.compact_layout is True
    assert again.backup_days == 7
    assert again.state("main_window/geometry") == QByteArray(b"\x01\x02")
    text = s.path.read_text(encoding="utf-8")
    assert "[preferences]" in text
    assert "[state]" in text


def test_values_not_allowed_are_refused_or_ignored(data_dir: Path) -> None:
    s = settings()
    with pytest.raises(ValueError):
        s.language = "xx"
    s._qsettings.setValue("preferences/default_mode", "by_carrier_pigeon")
    assert s.default_mode == "on_site"


def test_dialog_saves_what_was_edited(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(settings())
    qtbot.addWidget(dialog)
    dialog.expert_name.setText("  Max Muster (fictional) ")
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.accept()
    assert settings().expert_name == "Max Muster (fictional)"
    assert settings().language == "de"
