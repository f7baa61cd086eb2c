"""The command palette (Ctrl+K) and the shortcut sheet (F1)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.ui.command_palette import Command, CommandPalette, ShortcutSheet


def _commands(log: list[str]) -> list[Command]:
    def runner(name: str) -> Any:
        return lambda: log.append(name)

    return [
        Command("Next question", "Go", "Alt+Down", runner("next")),
        Command("Previous question", "Go", "Alt+Up", runner("previous")),
        Command("Pause or resume the clock", "Interview", "Ctrl+P", runner("pause")),
        Command("Financing", "Section", "", runner("section:financing")),
        Command(
            "Number of clearly committed members",
            "Question",
            "",
            runner("item:eligibility.committed_members"),
            keywords="eligibility.committed_members Members with a signed membership",
        ),
    ]


def _palette(qtbot: Any, log: list[str]) -> CommandPalette:
    palette = CommandPalette(_commands(log))
    qtbot.addWidget(palette)
    palette.show()
    qtbot.waitExposed(palette)
    palette.search.setFocus()
    return palette


def test_typing_filters_by_every_word(qtbot: Any) -> None:
    palette = _palette(qtbot, [])
    assert len(palette.shown_titles()) == 5
    qtbot.keyClicks(palette.search, "question")
    assert palette.shown_titles() == [
        "Next question",
        "Previous question",
        "Number of clearly committed members",
    ]
    palette.search.clear()
    qtbot.keyClicks(palette.search, "COMMITTED mem")
    assert palette.shown_titles() == ["Number of clearly committed members"]
    palette.search.clear()
    qtbot.keyClicks(palette.search, "signed membership")
    assert palette.shown_titles() == ["Number of clearly committed members"]
    palette.search.clear()
    qtbot.keyClicks(palette.search, "nothing like this")
    assert palette.shown_titles() == []
    assert palette.current_command() is None


def test_enter_runs_the_highlighted_command_and_closes(qtbot: Any) -> None:
    log: list[str] = []
    palette = _palette(qtbot, log)
    qtbot.keyClicks(palette.search, "committed")
    with qtbot.waitSignal(palette.accepted):
        qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    assert log == ["item:eligibility.committed_members"]
    assert palette.ran is not None
    assert not palette.isVisible()


def test_arrow_keys_choose_while_typing(qtbot: Any) -> None:
    log: list[str] = []
    palette = _palette(qtbot, log)
    qtbot.keyClicks(palette.search, "go")
    qtbot.keyClick(palette.search, Qt.Key.Key_Down)
    command = palette.current_command()
    assert command is not None
    assert command.title == "Previous question"
    qtbot.keyClick(palette.search, Qt.Key.Key_Down)  # stays on the last row
    qtbot.keyClick(palette.search, Qt.Key.Key_Up)
    qtbot.keyClick(palette.search, Qt.Key.Key_Up)
    qtbot.keyClick(palette.search, Qt.Key.Key_Down)
    qtbot.keyClick(palette.search, Qt.Key.Key_Enter)
    assert log == ["previous"]


def test_escape_closes_without_running(qtbot: Any) -> None:
    log: list[str] = []
    palette = _palette(qtbot, log)
    with qtbot.waitSignal(palette.rejected):
        qtbot.keyClick(palette.search, Qt.Key.Key_Escape)
    assert log == []


def test_rows_show_category_and_shortcut(qtbot: Any) -> None:
    palette = _palette(qtbot, [])
    first = palette.model.index(0, 0).data()
    assert first.startswith("Go: Next question")
    assert "Alt+Down" in first
    assert palette.search.accessibleName()


def test_shortcut_sheet_lists_every_shortcut(qtbot: Any) -> None:
    sheet = ShortcutSheet(_commands([]))
    qtbot.addWidget(sheet)
    sheet.show()
    shortcuts = sheet.model.shortcuts()
    assert shortcuts == [
        ("Next question", "Alt+Down"),
        ("Previous question", "Alt+Up"),
        ("Pause or resume the clock", "Ctrl+P"),
    ]
    assert sheet.model.index(2, 0).data() == "Interview"
    assert sheet.model.headerData(2, Qt.Orientation.Horizontal) == "Keys"
