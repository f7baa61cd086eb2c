"""Backups from the app: take one, restore it, and find the old answers back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.models import Store, list_backups
from app.models import repository as repo
from app.scoring.pack import Pack
from app.ui.backups_dialog import BackupsDialog


def opened(qtbot, dialog: BackupsDialog) -> BackupsDialog:  # type: ignore[no-untyped-def]
    """The dialog once its full check of every backup is done."""
    qtbot.addWidget(dialog)
    if dialog.is_checking():
        qtbot.waitSignal(dialog.checked, timeout=30000).wait()
    return dialog


def test_backup_now_then_restore_brings_back_the_answer(  # type: ignore[no-untyped-def]
    qtbot, store, interview_id: int, default_pack: Pack
) -> None:
    replaced: list[Store] = []
    repo.save_answer(
        store, default_pack, interview_id, "structure.participants_total", 40, actor="t"
    )
    dialog = opened(qtbot, BackupsDialog(store, replaced.append))
    assert dialog.model.rowCount() == 0
    assert not dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.checked, timeout=30000):
        dialog.backup_button.click()
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "Taken by hand"
    backup = dialog.selected_backup()
    assert backup is not None
    repo.save_answer(
        store, default_pack, interview_id, "structure.participants_total", 99, actor="t"
    )
    dialog.restore(backup)
    new_store = replaced[0]
    assert repo.answers_of(new_store, interview_id)["structure.participants_total"] == 40
    assert any(".damaged-" in p.name for p in store.path.parent.iterdir())  # old one kept
    assert len(list_backups(store.path)) == 2  # plus the safety copy taken before restoring
    new_store.close()


def test_the_dialog_shows_size_time_and_check_and_refuses_a_damaged_backup(  # type: ignore[no-untyped-def]
    qtbot, store, interview_id: int, default_pack: Pack
) -> None:
    from datetime import UTC, datetime, timedelta

    from app.models import backup_database
    from app.models.store import check_backup

    repo.save_answer(
        store, default_pack, interview_id, "structure.participants_total", 40, actor="t"
    )
    good = backup_database(store.path, reason="manual")
    later = datetime.now(UTC) + timedelta(minutes=1)
    damaged = good.with_name(f"{store.path.stem}-{later:%Y%m%d-%H%M%S-%f}-daily.sqlite3")
    data = bytearray(good.read_bytes())
    for offset in range(2 * 4096, len(data), 3):
        data[offset] = 0x5A
    damaged.write_bytes(bytes(data))
    dialog = BackupsDialog(store, lambda _store: None)
    qtbot.addWidget(dialog)
    # At once: the quick look; the full integrity check runs off the GUI thread.
    assert dialog.is_checking()
    assert dialog.model.index(1, 3).data() == "checking\u2026"
    assert not dialog.restore_button.isEnabled()
    qtbot.waitSignal(dialog.checked, timeout=30000).wait()
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Taken", "Why", "Size", "Check"]
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(0, 3).data() == "\u2717 Damaged"
    tooltip = dialog.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == check_backup(damaged)
    assert tooltip
    assert dialog.model.index(1, 3).data() == "\u2713 Whole"
    assert dialog.model.index(1, 2).data().endswith(("KB", "KiB", "kB", "MB", "MiB"))
    assert dialog.selected_backup() == damaged
    assert not dialog.restore_button.isEnabled()  # a damaged copy is never offered
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled()
