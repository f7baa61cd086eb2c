"""The settings dialog, and window state kept apart from the preferences."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from app.settings import Settings, settings
from app.ui.settings import SettingsDialog
from app.ui.window_state import WindowState, window_state


def test_window_state_is_kept_apart_from_the_preferences(data_dir: Path) -> None:
    state = window_state()
    state.set("main_window/geometry", QByteArray(b"\x01\x02"))
    state.sync()
    assert WindowState(state.path).get("main_window/geometry") == QByteArray(b"\x01\x02")
    assert "[state]" in state.path.read_text(encoding="utf-8")
    assert not settings().path.exists()  # no preference was touched


def test_dialog_saves_what_was_edited(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(settings())
    qtbot.addWidget(dialog)
    dialog.expert_name.setText("  Max Muster (fictional) ")
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.accept()
    assert settings().expert_name == "Max Muster (fictional)"
    assert settings().language == "de"
    assert dialog.needs_restart  # the interface is English until the next start


def test_saving_without_touching_the_language_does_not_choose_one(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(settings())
    qtbot.addWidget(dialog)
    dialog.expert_name.setText("Max Muster (fictional)")
    dialog.accept()
    assert settings().expert_name == "Max Muster (fictional)"
    assert not settings().is_set(Settings.language)  # the desktop's language still applies
    assert not dialog.needs_restart


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
    assert not dialog.needs_restart  # CLUSTERBENCH_DATA_DIR decides this start and the next
    monkeypatch.delenv("CLUSTERBENCH_DATA_DIR")
    from app.paths import data_dir as current_data_dir

    assert current_data_dir() == tmp_path / "usb-stick"
    moved = SettingsDialog(settings())  # now the chosen folder decides: a new one needs a start
    qtbot.addWidget(moved)
    moved.data_folder.setText(str(tmp_path / "elsewhere"))
    moved.accept()
    assert moved.needs_restart


def test_dialog_shows_the_data_folder_in_use_when_the_environment_sets_it(  # type: ignore[no-untyped-def]
    qtbot, data_dir: Path
) -> None:
    dialog = SettingsDialog(settings())  # the tests set CLUSTERBENCH_DATA_DIR
    qtbot.addWidget(dialog)
    assert dialog.folder_in_use.text() == str(data_dir)
    assert "CLUSTERBENCH_DATA_DIR" in dialog.folder_note.text()
    assert ".local/share" not in dialog.folder_in_use.text()
