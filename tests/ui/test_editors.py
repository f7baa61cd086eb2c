"""The answer editors: one per answer type, committing on Enter or leaving, never per keystroke."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from app.scoring.pack import GroupField, Item, Option, Pack, Text, validate_answer
from app.ui.editors import (
    GroupEditor,
    InputError,
    LineAnswerEditor,
    LongTextEditor,
    MultipleChoiceEditor,
    SingleChoiceEditor,
    YesNoEditor,
    editor_for,
    format_number,
    parse_number,
)


def _item(kind: str, **extra: Any) -> Item:
    return Item(id=f"test.{kind}", section_id="test", label=Text({"en": f"A {kind} question"}),
                type=kind, **extra)  # fmt: skip


OPTIONS = (
    Option("low", Text({"en": "Low", "de": "Niedrig"})),
    Option("mid", Text({"en": "Medium"})),
    Option("high", Text({"en": "High"})),
)


@pytest.fixture(autouse=True)
def english_locale() -> Any:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


def _show(qtbot: Any, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize(
    ("kind", "typed", "expected"),
    [
        ("integer", "1,200", 1200),
        ("decimal", "2.5", 2.5),
        ("decimal", "2,5", 2.5),
        ("percent", "64 %", 64.0),
        ("currency", "250 000", 250000.0),
        ("currency", "EUR 1,250.50", 1250.5),
        ("year", "2015", 2015),
        ("short_text", "  Photonics  ", "Photonics"),
        ("url", "https://example.org/cluster", "https://example.org/cluster"),
    ],
)
def test_line_editors_commit_typed_values_on_enter(
    qtbot: Any, kind: str, typed: str, expected: Any
) -> None:
    editor = _show(qtbot, editor_for(_item(kind)))
    assert isinstance(editor, LineAnswerEditor)
    editor.setFocus()
    with qtbot.assertNotEmitted(editor.changed):
        qtbot.keyClicks(editor.line, typed)
    assert editor.is_dirty()
    with qtbot.waitSignal(editor.changed):
        qtbot.keyClick(editor.line, Qt.Key.Key_Return)
    assert editor.value() == expected
    assert validate_answer(editor.item, editor.value()) == expected


def test_typing_says_edited_but_only_enter_commits(qtbot: Any) -> None:
    editor = _show(qtbot, editor_for(_item("integer")))
    assert isinstance(editor, LineAnswerEditor)
    with qtbot.waitSignal(editor.edited):
        qtbot.keyClicks(editor.line, "4")
    with qtbot.assertNotEmitted(editor.changed):
        qtbot.keyClicks(editor.line, "2")
    with qtbot.waitSignal(editor.changed):
        qtbot.keyClick(editor.line, Qt.Key.Key_Enter)
    editor.mark_clean()
    # Enter again without a change commits nothing.
    with qtbot.assertNotEmitted(editor.changed):
        qtbot.keyClick(editor.line, Qt.Key.Key_Enter)


def test_letters_in_a_number_are_refused_with_a_message(qtbot: Any) -> None:
    editor = _show(qtbot, editor_for(_item("integer")))
    assert isinstance(editor, LineAnswerEditor)
    qtbot.keyClicks(editor.line, "about forty")
    with pytest.raises(InputError, match="whole number"):
        editor.value()
    editor.set_value(None)
    qtbot.keyClicks(editor.line, "2.5")
    with pytest.raises(InputError, match="whole number"):
        editor.value()


def test_numbers_follow_the_german_locale() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert parse_number("2,5") == 2.5
    assert parse_number("1.200,5") == 1200.5
    assert parse_number("") is None
    assert format_number(250000.0, "currency") == "250.000"
    assert format_number(2.5, "decimal") == "2,5"


def test_set_value_shows_a_stored_answer_without_committing(qtbot: Any) -> None:
    editor = _show(qtbot, editor_for(_item("currency", unit="EUR")))
    assert isinstance(editor, LineAnswerEditor)
    with qtbot.assertNotEmitted(editor.changed):
        editor.set_value(640000.0)
    assert editor.text() == "640,000"
    assert editor.unit_label.text() == "EUR"
    assert not editor.is_dirty()
    assert editor.value() == 640000.0


def test_yes_no_by_click_and_by_key(qtbot: Any) -> None:
    editor = _show(qtbot, editor_for(_item("yes_no")))
    assert isinstance(editor, YesNoEditor)
    assert editor.value() is None
    with qtbot.waitSignal(editor.changed):
        qtbot.mouseClick(editor.buttons[1], Qt.MouseButton.LeftButton)
    assert editor.value() is False
    editor.setFocus()
    with qtbot.waitSignal(editor.changed):
        qtbot.keyClick(editor.buttons[1], Qt.Key.Key_Y)
    assert editor.value() is True
    assert [b.isChecked() for b in editor.buttons] == [True, False]
    # Clicking the chosen answer again clears it.
    with qtbot.waitSignal(editor.changed):
        qtbot.mouseClick(editor.buttons[0], Qt.MouseButton.LeftButton)
    assert editor.value() is None


def test_single_choice_by_digit_keys(qtbot: Any) -> None:
    editor = _show(qtbot, editor_for(_item("single_choice", options=OPTIONS), "de"))
    assert isinstance(editor, SingleChoiceEditor)
    assert editor.buttons[0].accessibleName() == "Niedrig"
    editor.setFocus()
    with qtbot.waitSignal(editor.changed):
        qtbot.keyClick(editor.buttons[0], Qt.Key.Key_3)
    assert editor.value() == "high"
    with qtbot.waitSignal(editor.changed):
        qtbot.keyClick(editor.buttons[2], Qt.Key.Key_2)
    assert editor.value() == "mid"
    assert sum(b.isChecked() for b in editor.buttons) == 1


@pytest.mark.parametrize(
    "modifier", [Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.AltModifier]
)
@pytest.mark.parametrize("kind", ["single_choice", "yes_no", "multiple_choice"])
def test_a_double_digit_press_never_clears_a_choice(
    qtbot: Any, kind: str, modifier: Qt.KeyboardModifier
) -> None:
    options = OPTIONS if kind != "yes_no" else None
    editor = _show(qtbot, editor_for(_item(kind, options=options)))
    assert isinstance(editor, (SingleChoiceEditor, YesNoEditor, MultipleChoiceEditor))
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.buttons[0].setFocus()
    with qtbot.waitSignal(editor.changed):  # Alt+digit clicks with a short animation
        qtbot.keyClick(editor.buttons[0], Qt.Key.Key_2, modifier)
    chosen = editor.value()
    assert chosen in ("mid", False, ["mid"])

    with qtbot.assertNotEmitted(editor.changed):
        qtbot.keyClick(editor.buttons[1], Qt.Key.Key_2, modifier)  # pressed again
        # No click is under way either (an animated click holds the button down).
        assert not any(button.isDown() for button in editor.buttons)
    assert editor.value() == chosen


def test_multiple_choice_keys_toggle_all_but_the_last_ticked(qtbot: Any) -> None:
    editor = _show(qtbot, editor_for(_item("multiple_choice", options=OPTIONS)))
    assert isinstance(editor, MultipleChoiceEditor)
    editor.buttons[0].setFocus()
    for key in (Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_1, Qt.Key.Key_3):
        qtbot.keyClick(editor.buttons[0], key)
    assert editor.value() == ["high"]  # 1 on, 3 on, 1 off, 3 kept


def test_multiple_choice_keeps_pack_order(qtbot: Any) -> None:
    editor = _show(qtbot, editor_for(_item("multiple_choice", options=OPTIONS)))
    assert isinstance(editor, MultipleChoiceEditor)
    for button in (editor.buttons[2], editor.buttons[0]):
        with qtbot.waitSignal(editor.changed):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert editor.value() == ["low", "high"]
    editor.set_value(["mid"])
    assert [b.isChecked() for b in editor.buttons] == [False, True, False]
    editor.choose("mid", on=False)
    assert editor.value() is None


def test_long_text_commits_on_ctrl_enter_not_on_enter(qtbot: Any) -> None:
    editor = _show(qtbot, editor_for(_item("long_text")))
    assert isinstance(editor, LongTextEditor)
    editor.setFocus()
    with qtbot.assertNotEmitted(editor.changed):
        qtbot.keyClicks(editor.text_edit, "First line")
        qtbot.keyClick(editor.text_edit, Qt.Key.Key_Return)
        qtbot.keyClicks(editor.text_edit, "second line")
    with qtbot.waitSignal(editor.changed):
        qtbot.keyClick(editor.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.value() == "First line\nsecond line"


def test_group_editor_adds_edits_and_removes_rows(qtbot: Any, default_pack: Pack) -> None:
    item = default_pack.item("achievements.success_stories")
    editor = _show(qtbot, editor_for(item))
    assert isinstance(editor, GroupEditor)
    assert editor.value() is None
    assert editor.model.headerData(0, Qt.Orientation.Horizontal) == "Title *"
    with qtbot.assertNotEmitted(editor.changed):
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.model.rowCount() == 1
    # The first cell is being edited: type a title and press Enter.
    line = editor.table.findChild(QLineEdit)
    assert line is not None
    with qtbot.waitSignal(editor.changed):
        qtbot.keyClicks(line, "Joint photonics pilot line")
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert editor.value() == [{"title": "Joint photonics pilot line"}]
    editor.add_row()
    with qtbot.waitSignal(editor.changed):
        editor.model.setData(editor.model.index(1, 0), "Export alliance")
    with qtbot.waitSignal(editor.changed):
        editor.model.setData(editor.model.index(1, 3), "https://example.org/story")
    assert validate_answer(item, editor.value()) == [
        {"title": "Joint photonics pilot line"},
        {"title": "Export alliance", "evidence_url": "https://example.org/story"},
    ]
    with qtbot.waitSignal(editor.changed):
        editor.remove_row(0)
    assert editor.value() == [
        {"title": "Export alliance", "evidence_url": "https://example.org/story"}
    ]
    editor.set_value([{"title": "Shown", "partners": "Two firms"}])
    assert editor.model.rows() == [["Shown", "Two firms", "", ""]]


def test_group_cells_are_typed_by_their_field() -> None:
    fields = (
        GroupField("name", Text({"en": "Name"}), "short_text", required=True),
        GroupField("budget", Text({"en": "Budget"}), "currency"),
        GroupField("done", Text({"en": "Done"}), "yes_no"),
        GroupField("level", Text({"en": "Level"}), "single_choice", options=OPTIONS),
    )
    item = _item("group", fields=fields)
    editor = GroupEditor(item)
    editor.model.set_rows([["Pilot", "12,000", "yes", "High"], ["", "", "", ""]])
    assert editor.value() == [{"name": "Pilot", "budget": 12000.0, "done": True, "level": "high"}]
    editor.model.set_rows([["Pilot", "lots", "", ""]])
    with pytest.raises(InputError, match="Entry 1"):
        editor.value()
    editor.deleteLater()


def test_read_only_editors_refuse_input(qtbot: Any) -> None:
    editor = _show(qtbot, editor_for(_item("integer")))
    assert isinstance(editor, LineAnswerEditor)
    editor.set_read_only(True)
    qtbot.keyClicks(editor.line, "7")
    assert editor.value() is None
    choice = _show(qtbot, editor_for(_item("yes_no")))
    assert isinstance(choice, YesNoEditor)
    choice.set_read_only(True)
    assert not choice.buttons[0].isEnabled()


def test_every_editor_has_an_accessible_name(qtbot: Any, default_pack: Pack) -> None:
    kinds = set()
    for item in default_pack.items:
        editor = _show(qtbot, editor_for(item))
        kinds.add(item.type)
        for child in editor.findChildren(QWidget):
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus and child.isVisible():
                assert child.accessibleName(), (item.id, type(child).__name__)
    assert kinds >= {"integer", "decimal", "percent", "currency", "year", "yes_no",
                     "single_choice", "multiple_choice", "long_text", "url", "group"}  # fmt: skip
