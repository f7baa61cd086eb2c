"""Taking a bundle out of the outbox before it is sent: the window's button and the verb
call ``services.outbox.remove_from_outbox``; a bundle on its way or received stays."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.cli import run
from app.errors import Phrase
from app.models import Store
from app.models import outbox as box
from app.scoring.pack import Pack
from app.services.outbox import OutboxError, enqueue_bundle, find_entry, remove_from_outbox
from app.ui.main_window import MainWindow
from tests.export.bundle_fixtures import expert_material, make_bundle


def _bundle(tmp_path: Path, pack: Pack, name: str) -> Path:
    folder = tmp_path / "exported"
    folder.mkdir(exist_ok=True)
    return make_bundle(folder, expert_material().signing, pack, name)


def test_a_queued_bundle_leaves_and_one_received_stays(
    store: Store, default_pack: Pack, tmp_path: Path
) -> None:
    mistaken = enqueue_bundle(store, _bundle(tmp_path, default_pack, "mistaken.zip"))
    delivered = enqueue_bundle(store, _bundle(tmp_path, default_pack, "delivered.zip"))
    box.update_entry(store, delivered.sha256, state="received")
    assert find_entry(store, mistaken.sha256[:8].upper()).sha256 == mistaken.sha256
    removed = remove_from_outbox(store, mistaken.sha256)
    assert removed.file_name == "mistaken.zip"
    assert not box.blob_path(store, mistaken.sha256).exists()  # the outbox's copy
    assert (tmp_path / "exported" / "mistaken.zip").exists()  # the expert's file stays
    assert [e.sha256 for e in box.list_entries(store)] == [delivered.sha256]
    with pytest.raises(OutboxError, match="proof of submission") as kept:
        remove_from_outbox(store, delivered.sha256)
    assert isinstance(kept.value.user_message, Phrase)  # the window says it in its language
    box.update_entry(store, delivered.sha256, state="sending")
    with pytest.raises(OutboxError, match="being sent right now"):
        remove_from_outbox(store, delivered.sha256)
    with pytest.raises(OutboxError, match="no bundle"):
        find_entry(store, mistaken.sha256[:12])
    assert box.blob_path(store, delivered.sha256).exists()


def test_the_verb_removes_by_the_digits_the_listing_shows(
    store: Store, default_pack: Pack, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    queued = enqueue_bundle(store, _bundle(tmp_path, default_pack, "queued.zip"))
    store.close()
    assert run(["outbox", "remove", queued.sha256[:12]]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"removed queued.zip ({queued.sha256[:12]}) from the outbox")
    assert run(["outbox", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_the_window_removes_the_chosen_bundle_after_asking(
    qtbot: Any,
    store: Store,
    default_pack: Pack,
    tmp_path: Path,
) -> None:
    queued = enqueue_bundle(store, _bundle(tmp_path, default_pack, "queued.zip"))
    received = enqueue_bundle(store, _bundle(tmp_path, default_pack, "received.zip"))
    box.update_entry(store, received.sha256, state="received")
    home = MainWindow(store)
    qtbot.addWidget(home)
    outbox = home.open_outbox()
    qtbot.addWidget(outbox)
    rows = {outbox.model.record(row).sha256: row for row in range(outbox.model.rowCount())}
    outbox.table.selectRow(rows[received.sha256])
    assert not outbox.remove_button.isEnabled()  # received: its receipt stays
    outbox.table.selectRow(rows[queued.sha256])
    assert outbox.remove_button.isEnabled()
    asked: list[str] = []

    def answer_yes() -> None:  # the real question box, answered as the expert would
        box_shown = QApplication.activeModalWidget()
        assert isinstance(box_shown, QMessageBox)
        asked.append(box_shown.text())
        yes = box_shown.button(QMessageBox.StandardButton.Yes)
        assert yes is not None
        yes.click()

    QTimer.singleShot(0, answer_yes)
    outbox.remove_button.click()
    assert len(asked) == 1
    assert "queued.zip" in asked[0]
    assert [outbox.model.record(row).sha256 for row in range(outbox.model.rowCount())] == [
        received.sha256
    ]
    assert outbox.message.text() == "queued.zip is out of the outbox."
    outbox.close()


def test_a_file_that_is_no_bundle_is_refused_in_a_sentence_the_window_translates(
    store: Store, tmp_path: Path
) -> None:
    letter = tmp_path / "letter.zip"
    letter.write_text("not a zip at all (fictional)\n", encoding="utf-8")
    with pytest.raises(OutboxError, match="letter.zip is not a ClusterBench bundle") as refused:
        enqueue_bundle(store, letter)
    assert isinstance(refused.value.user_message, Phrase)
    with pytest.raises(OutboxError, match="There is no bundle file") as missing:
        enqueue_bundle(store, tmp_path / "missing.zip")
    assert isinstance(missing.value.user_message, Phrase)
    assert box.list_entries(store) == []
