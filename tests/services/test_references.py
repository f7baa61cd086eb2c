"""Reference sets in the data folder: import, choose the one in use, and load it once."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.paths import default_reference_path
from app.scoring.reference import ReferenceDataError
from app.services.references import (
    SHIPPED,
    ReferenceChoiceError,
    active_reference,
    active_reference_path,
    choose_reference_set,
    import_reference_set,
    installed_references,
)
from app.settings import settings
from tests.scoring.test_reference import _document, _write


def test_import_installs_the_file_and_makes_it_the_default(tmp_path: Path, data_dir: Path) -> None:
    source = _write(tmp_path / "esca.json", _document())
    assert active_reference_path() == default_reference_path()
    result = import_reference_set(source)
    assert not result.already_present
    assert result.path == data_dir / "reference" / "test-set-2025.1.json"
    assert result.path.read_bytes() == source.read_bytes()
    assert installed_references() == [result.path]
    assert active_reference_path() == result.path
    again = import_reference_set(source)
    assert again.already_present


def test_import_refuses_different_data_under_the_same_version(tmp_path: Path) -> None:
    import_reference_set(_write(tmp_path / "a.json", _document()))
    changed = _document()
    changed["clusters"][0]["values"] = [121, True]
    with pytest.raises(ReferenceDataError, match="give the new data its own version"):
        import_reference_set(_write(tmp_path / "b.json", changed))


def test_import_refuses_an_invalid_file_and_installs_nothing(tmp_path: Path) -> None:
    with pytest.raises(ReferenceDataError):
        import_reference_set(_write(tmp_path / "bad.json", _document(format_version=9)))
    assert installed_references() == []


def test_the_set_in_use_is_a_setting_the_verbs_and_windows_share(tmp_path: Path) -> None:
    first = import_reference_set(_write(tmp_path / "a.json", _document()))
    second = import_reference_set(_write(tmp_path / "b.json", _document(version="2026.1")))
    assert active_reference_path() == second.path
    assert settings().reference_set == second.path.name
    assert choose_reference_set(first.path.name) == first.path
    reference = active_reference()
    assert reference is not None
    assert (reference.id, reference.version) == ("test-set", "2025.1")
    assert choose_reference_set(SHIPPED) == default_reference_path()
    assert choose_reference_set("") == second.path  # the newest import
    with pytest.raises(ReferenceChoiceError, match="no imported reference set"):
        choose_reference_set("nothing-like-it")
    assert settings().reference_set == ""


def test_a_reference_set_is_parsed_once_per_file_version(tmp_path: Path) -> None:
    imported = import_reference_set(_write(tmp_path / "a.json", _document()))
    assert active_reference() is active_reference()
    assert active_reference() is imported.reference


def test_the_reference_use_verb(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import run

    imported = import_reference_set(_write(tmp_path / "a.json", _document()))
    assert run(["reference", "use", "shipped"]) == 0
    assert active_reference_path() == default_reference_path()
    assert "in use: synthetic-reference" in capsys.readouterr().out
    assert run(["reference", "use", imported.path.stem]) == 0
    assert active_reference_path() == imported.path
    assert run(["reference", "use", "nothing-like-it"]) == 2
    assert capsys.readouterr().err.startswith("clusterbench: There is no imported reference set")
    assert run(["reference", "show"]) == 0
    assert f"* {imported.path}" in capsys.readouterr().out
