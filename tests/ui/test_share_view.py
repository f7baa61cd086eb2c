"""The share view: the current question for the video call, and nothing private."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.models import Store, open_store
from app.models import repository as repo
from app.scoring.pack import Pack
from app.scoring.reference import default_reference
from app.ui.interview.window import InterviewWindow
from app.ui.share_view import ShareView

NOTE = "Private: the manager hesitated about the member figures"


@pytest.fixture
def store(data_dir: Any) -> Any:
    opened = open_store(data_dir / "clusterbench.sqlite3", backup=False)
    yield opened
    opened.close()


def _all_text(widget: QWidget) -> str:
    texts = [widget.windowTitle()]
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLabel) and child.isVisibleTo(widget):
            texts.append(child.text())
            texts.append(child.toolTip())
        texts.append(child.accessibleName())
    return "\n".join(texts)


def test_shows_question_help_and_answer_in_large_type(qtbot: Any, default_pack: Pack) -> None:
    view = ShareView()
    qtbot.addWidget(view)
    view.show()
    item = default_pack.item("eligibility.committed_members")
    view.show_item(item, 86, "en")
    assert view.question.text() == "Number of clearly committed members"
    assert "signed membership" in view.help.text()
    assert view.answer.text() == "86 members"
    assert view.question.font().pointSizeF() >= 20
    assert view.question.textFormat() == Qt.TextFormat.PlainText
    view.show_item(item, None, "de")
    assert view.question.text() == "Anzahl klar engagierter Mitglieder"
    assert view.answer.text() == "(not answered yet)"
    view.show_nothing()
    assert "86" not in view.visible_text()


def test_never_shows_notes_flags_scores_or_peers(
    qtbot: Any, store: Store, default_pack: Pack
) -> None:
    interview_id = repo.ensure_demo_interview(store, default_pack)
    assert interview_id is not None
    window = InterviewWindow(store, interview_id, default_reference())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    assert window.go_to_item("eligibility.committed_members")
    # A private note, a note for the report and both flags on the shared question.
    window.item_pane.notes.note_edit.setFocus()
    qtbot.keyClicks(window.item_pane.notes.note_edit, NOTE)
    qtbot.keyClick(
        window.item_pane.notes.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.mouseClick(window.item_pane.notes.follow_up_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.item_pane.notes.evidence_missing_check, Qt.MouseButton.LeftButton)
    assert repo.notes_of(store, interview_id)["eligibility.committed_members"].text == NOTE
    assert repo.flags_of(store, interview_id)["eligibility.committed_members"] == {
        "follow_up",
        "evidence_missing",
    }
    scores = window.scores()
    assert scores.eligibility.status

    view = window.toggle_share_view()
    qtbot.waitExposed(view)
    shown = _all_text(view)
    assert "Number of clearly committed members" in shown
    assert "86 members" in shown
    forbidden = [
        NOTE,
        "hesitated",
        "Follow up",
        "follow_up",
        "Evidence missing",
        "evidence_missing",
        "Eligib",
        "Gold",
        "Silver",
        "percentile",
        "peer",
        "SYNTHETIC",
        "Supervisor",
        str(scores.gold.share),
    ]
    for text in forbidden:
        assert text.casefold() not in shown.casefold(), text

    # It follows the expert through the questionnaire, still without the private parts.
    window.set_compact(True)
    qtbot.keyClick(window.editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.current_item_id() == "eligibility.member_types"
    shown = _all_text(view)
    assert "Which types of members does the cluster have?" in shown
    assert "Companies; Research organisations; Education and training; Public bodies" in shown
    for text in forbidden:
        assert text.casefold() not in shown.casefold(), text
    window.close()
