"""Settings: one typed registry (no Qt) for the verbs and windows, versioned and upgraded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.settings import (
    LEGACY_INI_FILE,
    SETTINGS_FILE,
    SETTINGS_VERSION,
    Settings,
    current_actor,
    settings,
)


def test_defaults_without_a_file(data_dir: Path) -> None:
    s = settings()
    assert not any(s.is_set(option) for option in Settings.options())
    assert s.path.is_relative_to(data_dir)
    assert (s.expert_name, s.default_mode, s.language) == ("", "on_site", "en")
    assert s.compact_layout is False
    assert s.show_welcome is True
    assert s.backup_schedule == "daily"
    assert s.reference_set == ""
    assert {o.name for o in Settings.options()} == {
        "expert_name",
        "expert_id",
        "default_mode",
        "language",
        "compact_layout",
        "show_welcome",
        "backup_schedule",
        "reference_set",
    }
    assert not s.path.exists()  # nothing is written until something changes


def test_values_survive_a_restart_as_a_versioned_file(data_dir: Path) -> None:
    s = settings()
    s.expert_name = "Erika Example (fictional)"
    s.compact_layout = True
    s.backup_schedule = "weekly"
    again = Settings(s.folder)
    assert again.expert_name == "Erika Example (fictional)"
    assert again.compact_layout is True
    assert again.backup_schedule == "weekly"
    assert again.is_set(Settings.compact_layout)
    assert not again.is_set(Settings.language)
    document = json.loads(s.path.read_text(encoding="utf-8"))
    assert document["version"] == SETTINGS_VERSION
    assert document["values"]["compact_layout"] is True


def test_values_not_allowed_are_refused_or_ignored(data_dir: Path) -> None:
    s = settings()
    with pytest.raises(ValueError):
        s.language = "xx"
    with pytest.raises(ValueError):
        s.compact_layout = "yes"  # type: ignore[assignment]
    s.path.write_text(
        json.dumps({"version": SETTINGS_VERSION, "values": {"default_mode": "by_pigeon"}}),
        encoding="utf-8",
    )
    assert Settings(s.folder).default_mode == "on_site"
    assert not Settings(s.folder).is_set(Settings.default_mode)  # a value not allowed: unset
    s.path.write_text("{ not json", encoding="utf-8")
    assert Settings(s.folder).language == "en"


def test_the_ini_file_of_version_1_is_upgraded_once(data_dir: Path) -> None:
    folder = data_dir / "config"
    folder.mkdir()
    (folder / LEGACY_INI_FILE).write_text(
        "[preferences]\n"
        'expert_name="Dvo\u0159\u00e1k, Ana \\"Ani\\" (fictional)"\n'
        "compact_layout=true\n"
        "language=de\n"
        "default_mode=by_pigeon\n"
        "\n[state]\n"
        "main_window\\geometry=@ByteArray(\\x1\\x2)\n",
        encoding="utf-8",
    )
    s = Settings(folder)
    assert s.expert_name == 'Dvo\u0159\u00e1k, Ana "Ani" (fictional)'
    assert s.compact_layout is True
    assert s.language == "de"
    assert s.default_mode == "on_site"  # a value version 1 accepted wrongly is dropped
    assert (folder / SETTINGS_FILE).exists()
    # The window state stays in the INI file for the windows; it is not a preference.
    assert "[state]" in (folder / LEGACY_INI_FILE).read_text(encoding="utf-8")


def test_the_actor_is_worked_out_in_one_place(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "login-name")
    assert current_actor() == "login-name"
    assert current_actor(interview_expert="Interview Expert") == "Interview Expert"
    settings().expert_name = "Settings Expert"
    assert current_actor(interview_expert="Interview Expert") == "Settings Expert"
    assert current_actor(" Given ", interview_expert="Interview Expert") == "Given"
