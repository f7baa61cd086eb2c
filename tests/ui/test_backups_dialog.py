"""Backups from the app: take one, restore it, and find the old answers back."""

from __future__ import annotations

from app.models import Store, list_backups
from app.models import repository as repo
from app.scoring.pack import Pack
from app.ui.backups_dialog import BackupsDialog


def test_backup_now_then_restore_brings_back_the_answer(  # type: ignore[no-untyped-def]
    qtbot, store, interview_id: int, default_pack: Pack
) -> None:
    replaced: list[Store] = []
    repo.save_answer(
        store, default_pack, interview_id, "structure.participants_total", 40, actor="t"
    )
    dialog = BackupsDialog(store, replaced.append)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert not dialog.restore_button.isEnabled()
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
