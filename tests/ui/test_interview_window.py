"""The interview window over a real store: answering, saving, pacing, reviewing, finalising."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.models import Store, open_store
from app.models import repository as repo
from app.scoring.pack import Pack
from app.scoring.reference import default_reference
from app.settings import settings
from app.ui.editors import (
    GroupEditor,
    LineAnswerEditor,
    LongTextEditor,
    MultipleChoiceEditor,
    SingleChoiceEditor,
    YesNoEditor,
)
from app.ui.interview.window import InterviewWindow
from app.ui.main_window import MainWindow
from app.ui.navigator_model import NavigatorModel

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def store(data_dir: Path) -> Any:
    opened = open_store(data_dir / "clusterbench.sqlite3", backup=False)
    yield opened
    opened.close()


@pytest.fixture
def interview(store: Store, default_pack: Pack) -> int:
    """A fresh on-site interview of a fictional ICT cluster."""
    cluster_id = repo.create_cluster(
        store,
        name="Harbourside Sensor Cluster (fictional)",
        country="XX",
        technology_area="ICT",
        fictional=True,
    )
    return repo.create_interview(
        store,
        cluster_id=cluster_id,
        pack=default_pack,
        mode="video_call",
        expert="Erika Example",
        actor="Erika Example",
    )


def open_window(qtbot: Any, store: Store, interview_id: int) -> InterviewWindow:
    window = InterviewWindow(store, interview_id, default_reference())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    return window


def type_answer(qtbot: Any, window: InterviewWindow, text: str) -> None:
    """Type into the current line editor and press Enter, as the expert would."""
    editor = window.editor
    assert isinstance(editor, LineAnswerEditor)
    editor.line.selectAll()
    qtbot.keyClicks(editor.line, text)
    qtbot.keyClick(editor.line, Qt.Key.Key_Return)


def key(qtbot: Any, key_code: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """A key press where the keyboard focus is."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key_code, modifiers)


# --- the navigator model ---------------------------------------------------------------------


def test_navigator_model_is_a_sound_item_model(qtmodeltester: Any, default_pack: Pack) -> None:
    model = NavigatorModel(default_pack)
    qtmodeltester.check(model)
    eligibility = model.index_of_section("eligibility")
    rows_before = model.rowCount(eligibility)
    # Without public bodies among the members, the cooperation question is asked.
    model.set_state({"eligibility.member_types": ["companies", "research"]})
    assert model.rowCount(eligibility) == rows_before + 1
    assert model.is_visible("eligibility.public_cooperation")
    qtmodeltester.check(model)
    model.set_state(
        {
            "eligibility.member_types": ["companies", "public_bodies"],
            "eligibility.eccp_listed": True,
        },
        flags={"eligibility.eccp_listed": {"follow_up"}},
    )
    assert not model.is_visible("eligibility.public_cooperation")
    assert model.is_visible("eligibility.eccp_profile_url")
    progress = model.section_progress("eligibility")
    assert (progress.answered, progress.flagged) == (2, 1)
    assert progress.required_total == 7
    qtmodeltester.check(model)
    section_text = model.index_of_section("eligibility", 1).data()
    assert section_text.startswith("2/")
    assert "req 2/7" in section_text
    assert "\u2691" in section_text


# --- answering and saving ------------------------------------------------------------------


def test_answers_are_saved_through_the_widgets_and_found_again(
    qtbot: Any, store: Store, interview: int
) -> None:
    window = open_window(qtbot, store, interview)
    assert window.current_item_id() == "eligibility.eccp_listed"
    assert "Not answered yet" in window.item_pane.saved_label.text()

    editor = window.editor
    assert isinstance(editor, YesNoEditor)
    with qtbot.waitSignal(window.answer_saved) as saved:
        qtbot.mouseClick(editor.buttons[0], Qt.MouseButton.LeftButton)
    assert saved.args == ["eligibility.eccp_listed"]
    assert "Saved" in window.item_pane.saved_label.text()
    assert repo.answers_of(store, interview) == {"eligibility.eccp_listed": True}

    window.go_to_item("eligibility.committed_members")
    type_answer(qtbot, window, "42")
    assert window.item_pane.saved_label.text().startswith("\u2713 Saved")
    assert repo.answers_of(store, interview)["eligibility.committed_members"] == 42

    window.go_to_item("eligibility.member_types")
    choices = window.editor
    assert isinstance(choices, MultipleChoiceEditor)
    for code in ("research", "companies"):
        choices.choose(code)
    assert repo.answers_of(store, interview)["eligibility.member_types"] == [
        "companies",
        "research",
    ]
    # The resume point is the last question opened.
    window.go_to_item("eligibility.english_website")
    window.close()
    assert repo.get_interview(store, interview).current_item_id == "eligibility.english_website"

    again = open_window(qtbot, store, interview)
    assert again.current_item_id() == "eligibility.english_website"
    again.go_to_item("eligibility.committed_members")
    reopened_editor = again.editor
    assert isinstance(reopened_editor, LineAnswerEditor)
    assert reopened_editor.text() == "42"
    assert "Saved" in again.item_pane.saved_label.text()
    again.close()


def test_every_answer_type_through_its_editor(qtbot: Any, store: Store, interview: int) -> None:
    window = open_window(qtbot, store, interview)
    typed = {
        "eligibility.management_fte": ("2,5", 2.5),  # decimal
        "structure.participants_total": ("1,250", 1250),  # integer with a separator
        "structure.sme_share": ("64", 64.0),  # percent
        "financing.total_budget": ("640 000", 640000.0),  # currency
        "management.year_founded": ("2011", 2011),  # year
        "management.organisation_name": ("Harbourside e.V.", "Harbourside e.V."),  # short text
    }
    for item_id, (text, expected) in typed.items():
        assert window.go_to_item(item_id)
        type_answer(qtbot, window, text)
        assert repo.answers_of(store, interview)[item_id] == expected, item_id

    window.go_to_item("eligibility.eccp_listed")
    yes_no = window.editor
    assert isinstance(yes_no, YesNoEditor)
    qtbot.keyClick(yes_no.buttons[0], Qt.Key.Key_Y)
    # The profile address is asked only now that the cluster is listed: a URL.
    assert window.go_to_item("eligibility.eccp_profile_url")
    type_answer(qtbot, window, "https://example.org/eccp/harbourside")

    window.go_to_item("management.legal_form")
    single = window.editor
    assert isinstance(single, SingleChoiceEditor)
    qtbot.keyClick(single.buttons[0], Qt.Key.Key_2)

    window.go_to_item("achievements.awards")
    long_text = window.editor
    assert isinstance(long_text, LongTextEditor)
    long_text.setFocus()
    qtbot.keyClicks(long_text.text_edit, "Regional innovation prize (fictional)")
    qtbot.keyClick(long_text.text_edit, Qt.Key.Key_Return, CTRL)

    window.go_to_item("achievements.success_stories")
    group = window.editor
    assert isinstance(group, GroupEditor)
    qtbot.mouseClick(group.add_button, Qt.MouseButton.LeftButton)
    cell = group.table.findChild(QLineEdit)
    assert cell is not None
    qtbot.keyClicks(cell, "Shared clean room")
    # The table's cell editor hands its text over on the next turn of the event loop.
    with qtbot.waitSignal(window.answer_saved):
        qtbot.keyClick(cell, Qt.Key.Key_Return)

    answers = repo.answers_of(store, interview)
    assert answers["eligibility.eccp_profile_url"] == "https://example.org/eccp/harbourside"
    assert answers["management.legal_form"] == "company"
    assert answers["achievements.awards"] == "Regional innovation prize (fictional)"
    assert answers["achievements.success_stories"] == [{"title": "Shared clean room"}]
    window.close()


def test_an_invalid_value_is_refused_with_the_pack_message(
    qtbot: Any, store: Store, interview: int
) -> None:
    window = open_window(qtbot, store, interview)
    window.go_to_item("management.year_founded")
    type_answer(qtbot, window, "1850")
    assert window.item_pane.validation_label.isVisible()
    assert window.item_pane.validation_label.text() == "Enter a year between 1900 and 2030."
    assert "Not saved" in window.item_pane.saved_label.text()
    assert "management.year_founded" not in repo.answers_of(store, interview)
    # Moving on is refused until the entry is fixed.
    assert not window.next_item()
    assert window.current_item_id() == "management.year_founded"

    type_answer(qtbot, window, "2011")
    assert not window.item_pane.validation_label.isVisible()
    assert repo.answers_of(store, interview)["management.year_founded"] == 2011

    type_answer(qtbot, window, "twenty")
    assert "whole number" in window.item_pane.validation_label.text()
    assert "saved answer is unchanged" in window.item_pane.saved_label.text()
    qtbot.mouseClick(window.item_pane.restore_button, Qt.MouseButton.LeftButton)
    editor = window.editor
    assert isinstance(editor, LineAnswerEditor)
    assert editor.text() == "2011"
    assert repo.answers_of(store, interview)["management.year_founded"] == 2011
    window.close()


def test_saved_answers_rescore_the_radar_and_score_panel(
    qtbot: Any, store: Store, interview: int
) -> None:
    window = open_window(qtbot, store, interview)
    before_points = window.scores_dock.radar.dots()
    before_verdict = window.scores_dock.score_panel.eligibility_verdict.text()
    assert window.scores().eligibility.status == "incomplete"

    window.go_to_item("eligibility.eccp_listed")
    editor = window.editor
    assert isinstance(editor, YesNoEditor)
    qtbot.mouseClick(editor.buttons[1], Qt.MouseButton.LeftButton)  # not listed
    assert window.scores().eligibility.status == "not_eligible"
    assert window.scores_dock.score_panel.eligibility_verdict.text() != before_verdict
    assert "not eligible" in window.score_summary.text()

    for item_id, text in (
        ("structure.participants_total", "120"),
        ("structure.sme_share", "70"),
        ("structure.research_education_participants", "9"),
        ("structure.regional_share", "80"),
    ):
        window.go_to_item(item_id)
        type_answer(qtbot, window, text)
    after_points = window.scores_dock.radar.dots()
    assert after_points != before_points
    # Four of the section's indicators answered: its dot is open (a partial score).
    assert ("structure", False) in after_points
    structure = window.scores().section("structure")
    assert structure.score is not None
    assert structure.score > 0
    window.close()


# --- navigation ----------------------------------------------------------------------------


def test_keyboard_only_navigation(qtbot: Any, store: Store, interview: int) -> None:
    window = open_window(qtbot, store, interview)
    assert window.current_item_id() == "eligibility.eccp_listed"
    # The answer has the focus: "1" answers yes, Alt+Down moves on.
    key(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.NoModifier)
    assert repo.answers_of(store, interview)["eligibility.eccp_listed"] is True
    key(qtbot, Qt.Key.Key_Down, ALT)
    assert window.current_item_id() == "eligibility.programme_recognised"
    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.NoModifier)
    key(qtbot, Qt.Key.Key_Down, CTRL)
    assert window.current_item_id() == "eligibility.social_economy"
    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.NoModifier)
    key(qtbot, Qt.Key.Key_Down, CTRL)
    assert window.current_item_id() == "eligibility.management_fte"
    # Typing goes straight into the answer; Enter saves.
    for character in "1.5":
        key(qtbot, Qt.Key(ord(character)), Qt.KeyboardModifier.NoModifier)
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    assert repo.answers_of(store, interview)["eligibility.management_fte"] == 1.5
    key(qtbot, Qt.Key.Key_Up, ALT)
    assert window.current_item_id() == "eligibility.social_economy"
    key(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert window.current_item_id() == "structure.participants_total"
    key(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert window.current_item_id() == "management.year_founded"
    key(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert window.current_item_id() == "structure.participants_total"
    # Flags and notes by key too.
    key(qtbot, Qt.Key.Key_U, CTRL_SHIFT)
    assert repo.flags_of(store, interview)["structure.participants_total"] == {"follow_up"}
    key(qtbot, Qt.Key.Key_N, CTRL_SHIFT)
    assert QApplication.focusWidget() is window.item_pane.notes.note_edit
    qtbot.keyClicks(window.item_pane.notes.note_edit, "Ask for the member list")
    key(qtbot, Qt.Key.Key_Down, ALT)  # leaving the question keeps the note
    assert repo.notes_of(store, interview)["structure.participants_total"].text == (
        "Ask for the member list"
    )
    assert window.current_item_id() == "structure.sme_share"
    window.close()


def test_conditions_show_and_hide_questions(qtbot: Any, store: Store, interview: int) -> None:
    window = open_window(qtbot, store, interview)
    assert not window.navigator_dock.model.is_visible("eligibility.public_cooperation")
    window.go_to_item("eligibility.member_types")
    editor = window.editor
    assert isinstance(editor, MultipleChoiceEditor)
    editor.choose("companies")
    # No public bodies among the members: the cooperation question appears next.
    assert window.navigator_dock.model.is_visible("eligibility.public_cooperation")
    window.next_item()
    assert window.current_item_id() == "eligibility.public_cooperation"
    window.previous_item()
    editor = window.editor
    assert isinstance(editor, MultipleChoiceEditor)
    editor.choose("public_bodies")
    assert not window.navigator_dock.model.is_visible("eligibility.public_cooperation")
    window.next_item()
    assert window.current_item_id() == "eligibility.english_website"
    assert not window.go_to_item("eligibility.public_cooperation")
    window.close()


def test_palette_and_find_jump_to_a_question(qtbot: Any, store: Store, interview: int) -> None:
    window = open_window(qtbot, store, interview)
    key(qtbot, Qt.Key.Key_K, CTRL)
    palette = window.command_palette
    assert palette is not None
    assert palette.isVisible()
    qtbot.keyClicks(palette.search, "committed members")
    qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    assert window.current_item_id() == "eligibility.committed_members"

    # The palette reaches sections and commands too.
    palette = window.open_command_palette()
    qtbot.keyClicks(palette.search, "megatrends")
    assert "Megatrends" in palette.shown_titles()
    palette.search.clear()
    qtbot.keyClicks(palette.search, "section financing")
    qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    assert window.current_item_id() == "financing.total_budget"

    # Ctrl+F finds questions by their text (and help), nothing else.
    qtbot.waitUntil(window.isActiveWindow)
    key(qtbot, Qt.Key.Key_F, CTRL)
    finder = window.command_palette
    assert finder is not None
    qtbot.keyClicks(finder.search, "satisfaction survey")
    assert all(c.category == "Question" for c in finder.model._shown)
    qtbot.keyClick(finder.search, Qt.Key.Key_Return)
    assert window.current_item_id() == "achievements.satisfaction_survey"
    window.close()


def test_shortcut_sheet_lists_every_action(qtbot: Any, store: Store, interview: int) -> None:
    window = open_window(qtbot, store, interview)
    key(qtbot, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)
    sheet = window.shortcut_sheet
    assert sheet is not None
    assert sheet.isVisible()
    listed = dict(sheet.model.shortcuts())
    for action in window.actions_by_name.values():
        title = action.text().replace("&", "").rstrip("\u2026")
        assert title in listed
        assert listed[title]
    assert listed["Next question"] == "Alt+Down"
    assert listed["Command palette"] == "Ctrl+K"
    window.close()


# --- notes, flags, evidence, pre-fills, comments -------------------------------------------


def test_notes_are_private_unless_for_the_report(qtbot: Any, store: Store, interview: int) -> None:
    window = open_window(qtbot, store, interview)
    window.go_to_item("financing.public_share")
    window.item_pane.notes.note_edit.setFocus()
    qtbot.keyClicks(window.item_pane.notes.note_edit, "Figures from the 2023 accounts")
    qtbot.keyClick(window.item_pane.notes.note_edit, Qt.Key.Key_Return, CTRL)
    note = repo.notes_of(store, interview)["financing.public_share"]
    assert (note.text, note.for_report) == ("Figures from the 2023 accounts", False)
    assert window.item_pane.notes.note_state_label.text() == "Note saved"
    qtbot.mouseClick(window.item_pane.notes.for_report_check, Qt.MouseButton.LeftButton)
    assert repo.notes_of(store, interview)["financing.public_share"].for_report is True
    qtbot.mouseClick(window.item_pane.notes.evidence_missing_check, Qt.MouseButton.LeftButton)
    assert repo.flags_of(store, interview)["financing.public_share"] == {"evidence_missing"}
    progress = window.navigator_dock.model.section_progress("financing")
    assert progress.flagged == 1
    window.go_to_item("financing.total_budget")
    window.go_to_item("financing.public_share")
    assert window.item_pane.notes.note_edit.toPlainText() == "Figures from the 2023 accounts"
    assert window.item_pane.notes.for_report_check.isChecked()
    assert window.item_pane.notes.evidence_missing_check.isChecked()
    window.close()


def test_evidence_is_attached_and_too_large_files_are_explained(
    qtbot: Any, store: Store, interview: int, tmp_path: Path
) -> None:
    window = open_window(qtbot, store, interview)
    window.go_to_item("eligibility.committed_members")
    members = tmp_path / "member-list.csv"
    members.write_text("name\nFictional Member GmbH\n", encoding="utf-8")
    dialog = window.item_pane.evidence.choose_file()
    assert dialog is not None
    dialog.selectFile(str(members))
    dialog.accept()
    qtbot.waitUntil(lambda: window.item_pane.evidence.model.rowCount() == 1)
    assert window.item_pane.evidence.model.index(0, 0).data().startswith("member-list.csv")
    [record] = repo.evidence_of(store, interview)
    assert record.item_id == "eligibility.committed_members"
    assert record.stored_path.read_text(encoding="utf-8").startswith("name")

    huge = tmp_path / "scanned-statutes.pdf"
    with huge.open("wb") as handle:
        handle.truncate(repo.MAX_EVIDENCE_BYTES + 1)
    assert window.item_pane.evidence.attach(huge) is None
    assert window.item_pane.evidence.error_label.isVisible()
    assert "scanned-statutes.pdf" in window.item_pane.evidence.error_label.text()
    assert "MB" in window.item_pane.evidence.error_label.text()
    assert window.message_box is not None
    assert "MB" in window.message_box.text()
    assert len(repo.evidence_of(store, interview)) == 1
    window.close()


def test_prefilled_answers_are_confirmed_by_the_expert(
    qtbot: Any, store: Store, interview: int, default_pack: Pack
) -> None:
    repo.save_answer(
        store, default_pack, interview, "structure.participants_total", 75,
        actor="prefill import", source="prefill",
    )  # fmt: skip
    window = open_window(qtbot, store, interview)
    window.go_to_item("structure.participants_total")
    assert window.item_pane.prefill_banner.isVisible()
    assert "to confirm" in window.item_pane.saved_label.text()
    assert (
        window.navigator_dock.model.index_of_item("structure.participants_total", 1).data()
        == "confirm"
    )
    review = window.open_finalise_review()
    assert review is not None
    assert any("Pre-filled, not confirmed" in t for t in review.issue_texts())
    review.reject()
    qtbot.mouseClick(window.item_pane.confirm_button, Qt.MouseButton.LeftButton)
    assert repo.answer_meta(store, interview)["structure.participants_total"].confirmed
    assert not window.item_pane.prefill_banner.isVisible()
    assert "Saved" in window.item_pane.saved_label.text()
    window.close()


def test_supervisor_comments_appear_beside_their_question(
    qtbot: Any, store: Store, interview: int
) -> None:
    repo.add_supervisor_comment(
        store, interview, "financing.secured_years", "Please attach the funding decision.",
        author="Sam Supervisor",
    )  # fmt: skip
    window = open_window(qtbot, store, interview)
    window.go_to_item("financing.total_budget")
    assert not window.item_pane.comments_frame.isVisible()
    window.go_to_item("financing.secured_years")
    assert window.item_pane.comments_frame.isVisible()
    assert "Sam Supervisor" in window.item_pane.comments_label.text()
    assert "Please attach the funding decision." in window.item_pane.comments_label.text()
    window.close()


# --- pacing --------------------------------------------------------------------------------


def test_pause_and_resume_the_clock(qtbot: Any, store: Store, interview: int) -> None:
    window = open_window(qtbot, store, interview)
    assert repo.clock_state(store, interview).running
    assert "section" in window.header.clock_label.text()
    assert "15:00" in window.header.clock_label.text()  # the eligibility budget
    key(qtbot, Qt.Key.Key_P, CTRL)
    assert not repo.clock_state(store, interview).running
    assert repo.get_interview(store, interview).status == "paused"
    assert window.header.paused_banner.isVisible()
    assert window.header.pause_button.text() == "Resume"
    qtbot.mouseClick(window.header.resume_button, Qt.MouseButton.LeftButton)
    assert repo.clock_state(store, interview).running
    assert not window.header.paused_banner.isVisible()
    window.close()
    # Closing the window stops the clock; opening it again starts it.
    assert not repo.clock_state(store, interview).running
    again = open_window(qtbot, store, interview)
    assert repo.clock_state(store, interview).running
    again.close()


# --- finalising ----------------------------------------------------------------------------


def test_finalise_after_review_then_reopen_with_a_reason(
    qtbot: Any, store: Store, interview: int
) -> None:
    window = open_window(qtbot, store, interview)
    window.go_to_item("structure.participants_total")
    qtbot.mouseClick(window.item_pane.notes.follow_up_check, Qt.MouseButton.LeftButton)
    review = window.open_finalise_review()
    assert review is not None
    texts = review.issue_texts()
    assert any(t.startswith("Unanswered: Eligibility") for t in texts)
    assert any("follow up" in t and "Total number of cluster participants" in t for t in texts)
    assert review.finalise_button.text() == "&Finalise anyway"
    # Going to an open point from the review.
    review.list.setCurrentIndex(review.model.index(0, 0))
    qtbot.mouseClick(review.go_button, Qt.MouseButton.LeftButton)
    assert window.current_item_id() == "eligibility.eccp_listed"

    review = window.open_finalise_review()
    assert review is not None
    qtbot.mouseClick(review.finalise_button, Qt.MouseButton.LeftButton)
    assert repo.get_interview(store, interview).status == "finalised"
    assert window.is_locked()
    assert window.header.locked_banner.isVisible()
    editor = window.editor
    assert isinstance(editor, YesNoEditor)
    assert not editor.buttons[0].isEnabled()
    assert not window.item_pane.notes.follow_up_check.isEnabled()
    assert window.item_pane.notes.note_edit.isReadOnly()
    assert repo.answers_of(store, interview) == {}

    key(qtbot, Qt.Key.Key_O, CTRL_SHIFT)
    dialog = window.reopen_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "Cluster sent corrected member figures")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    detail = repo.get_interview(store, interview)
    assert detail.status == "in_progress"
    assert not window.is_locked()
    assert not window.header.locked_banner.isVisible()
    [reopened] = [e for e in repo.events_of(store, interview) if e.kind == "reopened"]
    assert reopened.detail == "Cluster sent corrected member figures"
    editor = window.editor
    assert isinstance(editor, YesNoEditor)
    qtbot.mouseClick(editor.buttons[0], Qt.MouseButton.LeftButton)
    assert repo.answers_of(store, interview) == {"eligibility.eccp_listed": True}
    window.close()


def test_a_finalised_interview_opens_read_only(qtbot: Any, store: Store, interview: int) -> None:
    repo.finalise_interview(store, interview, actor="Erika Example")
    window = open_window(qtbot, store, interview)
    assert window.is_locked()
    assert window.open_finalise_review() is None
    assert not repo.clock_state(store, interview).running
    window.go_to_item("eligibility.committed_members")
    editor = window.editor
    assert isinstance(editor, LineAnswerEditor)
    assert editor.line.isReadOnly()
    window.close()


# --- layouts and the home screen -----------------------------------------------------------


def test_compact_layout_fits_beside_a_video_call(qtbot: Any, store: Store, interview: int) -> None:
    window = open_window(qtbot, store, interview)
    assert not window.is_compact()
    assert window.scores_dock.isVisible()
    key(qtbot, Qt.Key.Key_L, CTRL_SHIFT)
    assert window.is_compact()
    assert settings().compact_layout is True
    assert not window.scores_dock.isVisible()
    assert not window.navigator_dock.isVisible()
    assert window.width() <= 640
    assert window.minimumSizeHint().width() <= 640
    # The scores are one key (or button) away.
    qtbot.mouseClick(window.header.scores_button, Qt.MouseButton.LeftButton)
    assert window.scores_dock.isVisible()
    window.close()
    again = open_window(qtbot, store, interview)
    assert again.is_compact()
    again.toggle_compact()
    assert not again.is_compact()
    assert settings().compact_layout is False
    again.close()


def test_home_screen_opens_the_interview_window(qtbot: Any, store: Store, interview: int) -> None:
    home = MainWindow(store, default_reference())
    qtbot.addWidget(home)
    window = home.open_interview(interview)
    assert isinstance(window, InterviewWindow)
    qtbot.waitExposed(window)
    window.go_to_item("eligibility.committed_members")
    type_answer(qtbot, window, "30")
    assert home.model.rowCount() == 1
    # The home row follows the answers a moment later (after the chart was redrawn).
    qtbot.waitUntil(lambda: home.model.interview(0).answered_count == 1, timeout=3000)
    window.go_to_item("eligibility.management_fte")
    type_answer(qtbot, window, "2.5")
    qtbot.waitUntil(lambda: home.model.interview(0).answered_count == 2, timeout=3000)
    assert home.open_interview(interview) is window
    with qtbot.waitSignal(window.closed):
        window.close()
    row = json.loads(json.dumps(repo.answers_of(store, interview)))
    assert row == {"eligibility.committed_members": 30, "eligibility.management_fte": 2.5}
    home.close()


def test_menus_reach_prefill_recommendations_and_practice(
    qtbot: Any, store: Store, interview: int
) -> None:
    from app.ui.prefill_dialog import PrefillImportDialog
    from app.ui.recommendations_dialog import RecommendationsDialog

    window = open_window(qtbot, store, interview)
    # Not a practice interview: the practice commands are there but switched off.
    assert not window.actions_by_name["narrative"].isEnabled()
    assert not window.actions_by_name["calibration"].isEnabled()

    window.actions_by_name["prefill"].trigger()
    prefill = window.findChild(PrefillImportDialog)
    assert prefill is not None
    assert prefill.isVisible()
    prefill.close()

    key(qtbot, Qt.Key.Key_D, CTRL_SHIFT)
    advice = window.findChild(RecommendationsDialog)
    assert advice is not None
    assert advice.isVisible()
    advice.editor.setPlainText("Agree on three measurable goals with the members.")
    assert advice.save()
    assert repo.get_interview(store, interview).recommendations.startswith("Agree on three")
    window.close()


def test_home_screen_opens_the_practice_cases(qtbot: Any, store: Store) -> None:
    home = MainWindow(store, default_reference())
    qtbot.addWidget(home)
    home.show()
    practice = home.open_practice()
    qtbot.addWidget(practice)
    assert practice.isVisible()
    assert home.open_practice() is practice  # one window, shown again
    home.close()
    assert not practice.isVisible()


def test_previous_and_next_stay_in_view_below_a_long_question(
    qtbot: Any, store: Store, interview: int
) -> None:
    window = open_window(qtbot, store, interview)
    window.resize(1366 - 12, 768 - 40)  # a framed window on a 1366 x 768 laptop
    window.go_to_item("achievements.success_stories")  # stories: longer than the pane
    qtbot.waitUntil(lambda: window.item_pane.verticalScrollBar().maximum() > 0)
    pane = window.item_pane
    for button in (pane.previous_button, pane.next_button):
        assert button.isVisible()
        assert not pane.viewport().isAncestorOf(button)
        top_left = button.mapTo(window, button.rect().topLeft())
        assert window.rect().contains(button.rect().translated(top_left))
        # Below the scroll area, not scrolled with it.
        assert pane.mapTo(window, pane.rect().bottomLeft()).y() < top_left.y()
    pane.verticalScrollBar().setValue(0)
    qtbot.mouseClick(pane.next_button, Qt.MouseButton.LeftButton)
    assert window.current_item_id() != "achievements.success_stories"
