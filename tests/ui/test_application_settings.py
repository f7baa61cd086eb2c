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
    assert s.backup_schedule == "daily"
    assert {k.name for k in Settings.all_keys()} == {
        "expert_name",
        "expert_id",
        "default_mode",
        "language",
        "compact_layout",
        "backup_schedule",
    }


def test_values_survive_a_restart_and_geometry_is_apart(data_dir: Path) -> None:
    s = settings()
    s.expert_name = "Erika Example (fictional)"
    s.compact_layout = True
    s.backup_schedule = "weekly"
    s.set_state("main_window/geometry", QByteArray(b"\x01\x02"))
    s.sync()
    again = Settings(s.path)
    assert again.expert_name == "Erika Example (fictional)"
    assert again.compact_layout is True
    assert again.backup_schedule == "weekly"
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


def test_dialog_remembers_a_new_data_folder_for_the_next_start(  # type: ignore[no-untyped-def]
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.paths import chosen_data_dir

    dialog = SettingsDialog(settings())
    qtbot.addWidget(dialog)
    dialog.data_folder.setText(str(tmp_path / "usb-stick"))
    dialog.backup_schedule.setCurrentIndex(dialog.backup_schedule.findData("off"))
    dialog.accept()
    assert chosen_data_dir() == tmp_path / "usb-stick"
    assert settings().backup_schedule == "off"
    monkeypatch.delenv("CLUSTERBENCH_DATA_DIR")
    from app.paths import data_dir as current_data_dir

    assert current_data_dir() == tmp_path / "usb-stick"
