"""The expert's recommendations: typed in the dialog, saved to the store, refused when locked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.models import Store
from app.models import repository as repo
from app.ui.recommendations_dialog import RecommendationsDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def test_typed_recommendations_are_saved(qtbot: Any, store: Store, interview_id: int) -> None:
    dialog = RecommendationsDialog(store, interview_id, actor="Erika Example")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.editor, "Publish a yearly <b>activity</b> report.")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = repo.get_interview(store, interview_id).recommendations
    assert saved == "Publish a yearly <b>activity</b> report."

    again = RecommendationsDialog(store, interview_id, actor="Erika Example")
    qtbot.addWidget(again)
    assert again.editor.toPlainText() == saved


def test_a_finalised_interview_shows_them_read_only(
    qtbot: Any, store: Store, interview_id: int
) -> None:
    repo.set_recommendations(store, interview_id, "Keep going.", actor="Erika Example")
    repo.finalise_interview(store, interview_id, actor="Erika Example")
    dialog = RecommendationsDialog(store, interview_id, actor="Erika Example", read_only=True)
    qtbot.addWidget(dialog)
    assert dialog.editor.isReadOnly()
    assert not dialog.save()
    assert repo.get_interview(store, interview_id).recommendations == "Keep going."


def test_a_refused_save_keeps_the_dialog_open_with_the_reason(
    qtbot: Any, store: Store, interview_id: int
) -> None:
    dialog = RecommendationsDialog(store, interview_id, actor="Erika Example")
    qtbot.addWidget(dialog)
    dialog.show()
    # The interview gets locked elsewhere (another window) while the dialog is open.
    repo.finalise_interview(store, interview_id, actor="Erika Example")
    dialog.editor.setPlainText("Too late")
    assert not dialog.save()
    assert dialog.isVisible()
    assert dialog.error_label.text()
    assert repo.get_interview(store, interview_id).recommendations == ""
