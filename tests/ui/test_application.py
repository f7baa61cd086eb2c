"""Application start: the smoke run, and the store problems a user must be told about."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.models import default_store_path, open_store
from app.models import errors as store_errors
from app.models import repository as repo
from app.services.store_problems import Choice, ProblemKind, apply_choice, assess_store_error
from app.settings import Settings
from app.ui.store_dialogs import StoreProblemDialog
from tests.processes import run_python


def test_smoke_start_prints_ready_and_creates_the_demo(data_dir: Path) -> None:
    done = run_python(["-m", "app", "--smoke"], data_dir, offscreen=True)
    assert re.fullmatch(r"ready \d+\n", done.stdout), done.stdout
    store = open_store(data_dir / "clusterbench.sqlite3", backup=False)
    try:
        interviews = repo.list_interviews(store)
        assert [i.mode for i in interviews] == ["practice"]
        assert interviews[0].fictional
    finally:
        store.close()


def first_start(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, desktop: str
) -> tuple[str, list[str]]:
    """A first ``--smoke`` start on a desktop whose languages are ``desktop`` (``LANGUAGE``):
    the language the settings then give, and the texts of the demo interview (its notes,
    then its recommendations)."""
    monkeypatch.setenv("LANGUAGE", desktop)
    run_python(["-m", "app", "--smoke"], data_dir, offscreen=True)
    store = open_store(data_dir / "clusterbench.sqlite3", backup=False)
    try:
        demo = repo.demo_interview_id(store)
        assert demo is not None
        notes = [note.text for _item, note in sorted(repo.notes_of(store, demo).items())]
        texts = [*notes, repo.get_interview(store, demo).recommendations]
    finally:
        store.close()
    return Settings().language, texts


def demo_texts(language: str) -> list[str]:
    notes = sorted((item, text.get(language)) for item, text, _marked in repo.DEMO_NOTES)
    return [text for _item, text in notes] + [repo.DEMO_RECOMMENDATIONS.get(language)]


def test_a_first_start_speaks_the_desktops_language(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # French is not shipped: the next language the desktop lists is, and it is kept.
    assert first_start(data_dir, monkeypatch, "fr:de") == ("de", demo_texts("de"))
    assert set(demo_texts("de")).isdisjoint(demo_texts("en"))  # each text written in German
    assert Settings().is_set(Settings.language)


def test_a_desktop_language_not_shipped_gives_english_without_choosing_it(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert first_start(data_dir, monkeypatch, "fr") == ("en", demo_texts("en"))
    assert not Settings().is_set(Settings.language)  # a later start looks again


def test_a_language_chosen_in_the_settings_wins_over_the_desktops(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Settings().language = "en"
    assert first_start(data_dir, monkeypatch, "de") == ("en", demo_texts("en"))


def _corrupt_store(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + b"\xde\xad\xbe\xef" * 4096)


def test_corrupt_store_is_set_aside_and_explained(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    path = default_store_path()
    _corrupt_store(path)
    damaged = path.read_bytes()
    with pytest.raises(store_errors.StoreCorruptError) as caught:
        open_store(path)
    problem = assess_store_error(caught.value, path)
    assert problem.kind is ProblemKind.CORRUPT
    assert problem.set_aside_path is not None
    assert problem.set_aside_path.read_bytes() == damaged  # kept, untouched
    assert not path.exists()

    dialog = StoreProblemDialog(problem)
    qtbot.addWidget(dialog)
    dialog.show()  # not exec(): the test must not block
    assert dialog.windowTitle() == "The store is damaged"
    text = dialog.explanation.text()
    assert "set aside as" in text
    assert problem.set_aside_path.name in text
    assert "never be overwritten" in text
    assert dialog.start_empty_button.isVisible()
    assert dialog.quit_button.isVisible()
    assert not dialog.retry_button.isVisible()

    dialog.start_empty_button.click()
    assert dialog.choice is Choice.START_EMPTY
    apply_choice(problem, dialog.choice)
    fresh = open_store(path)  # an empty, working store now
    try:
        assert repo.list_interviews(fresh) == []
    finally:
        fresh.close()
    assert problem.set_aside_path.exists()


def test_a_backup_can_be_opened_instead(qtbot, data_dir: Path, default_pack) -> None:  # type: ignore[no-untyped-def]
    path = default_store_path()
    store = open_store(path)
    repo.ensure_demo_interview(store, default_pack)
    store.close()
    again = open_store(path)  # takes a backup copy of the store with the demo interview
    again.close()
    _corrupt_store(path)
    with pytest.raises(store_errors.StoreCorruptError) as caught:
        open_store(path)
    problem = assess_store_error(caught.value, path)
    assert problem.backups
    dialog = StoreProblemDialog(problem)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.open_backup_button.isVisible()
    dialog.open_backup_button.click()
    assert dialog.choice is Choice.OPEN_BACKUP
    apply_choice(problem, dialog.choice, dialog.selected_backup())
    restored = open_store(path)
    try:
        assert len(repo.list_interviews(restored)) == 1
    finally:
        restored.close()


def test_second_instance_is_told_the_store_is_in_use(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    path = default_store_path()
    first = open_store(path)
    try:
        with pytest.raises(store_errors.StoreLockedError) as caught:
            open_store(path)
        problem = assess_store_error(caught.value, path)
        assert problem.kind is ProblemKind.LOCKED
        assert problem.set_aside_path is None  # a store in use is never moved
        assert path.exists()
        dialog = StoreProblemDialog(problem)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.windowTitle() == "The store is in use"
        assert dialog.retry_button.isVisible()
        assert not dialog.start_empty_button.isVisible()
    finally:
        first.close()


def test_loading_after_the_first_paint_reads_the_latest_interview_and_writes_nothing(
    data_dir: Path,
) -> None:
    """The warm-up reads and scores the latest interview (so its queries are ready when the
    window opens) without a single write: the store's file and its log stay as they were."""
    import sqlite3

    from app.ui.warm_up import load_for_interviews

    store = open_store()
    try:
        loaded = load_for_interviews(store, make_demo=True)
        assert loaded.demo_id is not None
        path = default_store_path()

        def counts() -> tuple[int, int, int]:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as reader:
                return tuple(  # type: ignore[return-value]
                    reader.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                    for table in ("events", "answers", "interviews")
                )

        before = counts()
        again = load_for_interviews(store, make_demo=False)
        assert again.demo_id is None
        assert again.reference is not None
        assert counts() == before
    finally:
        store.close()


def test_an_interview_that_cannot_be_read_ahead_leaves_the_loading_whole(
    data_dir: Path,
) -> None:
    """Reading the latest interviews ahead only saves time: a damaged questionnaire in the
    store (opening that interview explains it) still leaves the reference set loaded."""
    import sqlite3

    from app.ui.warm_up import load_for_interviews

    store = open_store()
    try:
        assert load_for_interviews(store, make_demo=True).demo_id is not None
        with sqlite3.connect(default_store_path()) as writer:
            writer.execute("UPDATE packs SET source_text = 'sections: [unclosed'")
        loaded = load_for_interviews(store, make_demo=False)
        assert loaded.reference is not None
    finally:
        store.close()
