"""The interview window's menus: every action with its keys, for the menus and the palette."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from app.ui.command_palette import Command

if TYPE_CHECKING:
    from app.ui.interview.window import InterviewWindow

#: (name, title, keys separated by "|", what it does)
Spec = tuple[str, str, str, Callable[[], object]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("InterviewWindow", text)


def action_specs(w: InterviewWindow) -> dict[str, list[Spec]]:
    """The window's actions by menu (category), in menu order."""
    pane = w.item_pane
    notes = pane.notes
    return {
        _tr("Go"): [
            ("next_item", _tr("Next question"), "Alt+Down|Ctrl+Down", w.next_item),
            ("previous_item", _tr("Previous question"), "Alt+Up|Ctrl+Up", w.previous_item),
            ("next_section", _tr("Next section"), "Ctrl+PgDown", w.next_section),
            ("previous_section", _tr("Previous section"), "Ctrl+PgUp", w.previous_section),
            ("find_item", _tr("Find a question\u2026"), "Ctrl+F", w.open_find),
            ("palette", _tr("Command palette\u2026"), "Ctrl+K|Ctrl+Shift+P",
             w.open_command_palette),
            ("focus_navigator", _tr("Go to the navigator"), "Ctrl+L", w.focus_navigator),
            ("focus_editor", _tr("Go to the answer"), "Ctrl+E", w.focus_editor),
        ],
        _tr("Question"): [
            ("confirm", _tr("Confirm pre-filled answer"), "Ctrl+Shift+C", w.confirm_prefill),
            ("clear_answer", _tr("Clear answer"), "Ctrl+Shift+Backspace", pane.clear_answer),
            ("note", _tr("Edit note"), "Ctrl+Shift+N", w.focus_note),
            ("for_report", _tr("Note for the report"), "Ctrl+Shift+R",
             notes.for_report_check.toggle),
            ("follow_up", _tr("Flag: follow up"), "Ctrl+Shift+U", notes.follow_up_check.toggle),
            ("evidence_missing", _tr("Flag: evidence missing"), "Ctrl+Shift+M",
             notes.evidence_missing_check.toggle),
            ("attach", _tr("Attach evidence file\u2026"), "Ctrl+Shift+A",
             pane.evidence.choose_file),
        ],
        _tr("Interview"): [
            ("pause", _tr("Pause or resume the clock"), "Ctrl+P", w.toggle_pause),
            ("share", _tr("Share view (for the video call)"), "Ctrl+Shift+V",
             w.toggle_share_view),
            ("finalise", _tr("Review and finalise\u2026"), "Ctrl+Shift+F",
             w.open_finalise_review),
            ("reopen", _tr("Reopen\u2026"), "Ctrl+Shift+O", w.open_reopen_dialog),
            ("improvements", _tr("Improvement areas\u2026"), "Ctrl+Shift+Y",
             w.open_improvements),
            ("prefill", _tr("Import pre-fill workbook\u2026"), "Ctrl+Shift+W", w.open_prefill),
            ("prefill_export", _tr("Export blank pre-fill workbook\u2026"), "Ctrl+Shift+B",
             w.export_blank_prefill),
            ("close", _tr("Close the interview"), "Ctrl+W", w.close),
        ],
        _tr("Report"): [
            ("recommendations", _tr("Recommendations for the report\u2026"), "Ctrl+Shift+D",
             w.open_recommendations),
            ("report", _tr("Benchmarking report\u2026"), "Ctrl+R", w.open_report),
            ("export", _tr("Export bundle\u2026"), "Ctrl+Shift+E", w.open_export),
            ("import_decision", _tr("Import supervisor decision\u2026"), "Ctrl+Shift+I",
             w.choose_decision),
        ],
        _tr("Tools"): [
            ("import_reference", _tr("Import peer reference set\u2026"), "Ctrl+Shift+J",
             w.choose_reference_file),
            ("keys", _tr("Keys and trust\u2026"), "Ctrl+Shift+K", w.open_keys),
        ],
        _tr("Practice"): [
            ("narrative", _tr("Case narrative"), "Ctrl+3", w.show_case_narrative),
            ("calibration", _tr("Calibration report\u2026"), "Ctrl+Shift+G", w.open_calibration),
        ],
        _tr("View"): [
            ("compact", _tr("Compact layout"), "Ctrl+Shift+L", w.toggle_compact),
            ("show_navigator", _tr("Show or hide the navigator"), "Ctrl+1",
             w.toggle_navigator_dock),
            ("show_scores", _tr("Show or hide the scores"), "Ctrl+2", w.toggle_scores_dock),
        ],
        _tr("Help"): [
            ("shortcuts", _tr("Keyboard shortcuts"), "F1", w.open_shortcut_sheet),
        ],
    }  # fmt: skip


def build_actions(window: InterviewWindow) -> dict[str, QAction]:
    """Every action in its menu and on the window (keys work with any widget focused)."""
    titles = {
        _tr("Go"): _tr("&Go"),
        _tr("Question"): _tr("&Question"),
        _tr("Interview"): _tr("&Interview"),
        _tr("Report"): _tr("&Report"),
        _tr("Tools"): _tr("&Tools"),
        _tr("Practice"): _tr("Pra&ctice"),
        _tr("View"): _tr("&View"),
        _tr("Help"): _tr("&Help"),
    }
    actions: dict[str, QAction] = {}
    for category, specs in action_specs(window).items():
        menu = window.menuBar().addMenu(titles.get(category, category))
        for name, title, keys, slot in specs:
            action = QAction(title, window)
            if keys:
                action.setShortcuts([QKeySequence(k) for k in keys.split("|")])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setCheckable(name == "compact")
            action.setProperty("category", category)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            window.addAction(action)
            menu.addAction(action)
            actions[name] = action
    return actions


def palette_commands(window: InterviewWindow) -> list[Command]:
    """Every action, section and question of ``window``, for the command palette."""
    result = []
    for action in window.actions_by_name.values():
        shortcuts = action.shortcuts()
        result.append(
            Command(
                title=action.text().replace("&", "").rstrip("\u2026"),
                category=str(action.property("category")),
                shortcut=shortcuts[0].toString(QKeySequence.SequenceFormat.PortableText)
                if shortcuts
                else "",
                run=action.trigger,
            )
        )
    pack, language = window.session.pack, window.language
    for section in pack.sections:
        result.append(
            Command(
                title=section.title.get(language),
                category=_tr("Section"),
                shortcut="",
                run=_runner(window.go_to_section, section.id),
                keywords=section.id,
            )
        )
    for item in window.session.asked_items():
        section_title = pack.section(item.section_id).title.get(language)
        result.append(
            Command(
                title=item.label.get(language),
                category=_tr("Question"),
                shortcut="",
                run=_runner(window.go_to_item, item.id),
                keywords=f"{item.id} {section_title} {item.help.get(language)}",
            )
        )
    return result


def _runner(target: Callable[[str], object], argument: str) -> Callable[[], None]:
    def run() -> None:
        target(argument)

    return run
