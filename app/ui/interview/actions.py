"""The interview window's menus: every action with its keys, for the menus and the palette."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from app.ui.interview.window import InterviewWindow

#: (name, title, keys separated by "|", what it does)
Spec = tuple[str, str, str, Callable[[], object]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("InterviewWindow", text)


def action_specs(w: InterviewWindow) -> dict[str, list[Spec]]:
    """The window's actions by menu (category), in menu order."""
    t = _tr
    pane = w.item_pane
    notes = pane.notes
    return {
        t("Go"): [
            ("next_item", t("Next question"), "Alt+Down|Ctrl+Down", w.next_item),
            ("previous_item", t("Previous question"), "Alt+Up|Ctrl+Up", w.previous_item),
            ("next_section", t("Next section"), "Ctrl+PgDown", w.next_section),
            ("previous_section", t("Previous section"), "Ctrl+PgUp", w.previous_section),
            ("find_item", t("Find a question\u2026"), "Ctrl+F", w.open_find),
            ("palette", t("Command palette\u2026"), "Ctrl+K|Ctrl+Shift+P",
             w.open_command_palette),
            ("focus_navigator", t("Go to the navigator"), "Ctrl+L", w.focus_navigator),
            ("focus_editor", t("Go to the answer"), "Ctrl+E", w.focus_editor),
        ],
        t("Question"): [
            ("confirm", t("Confirm pre-filled answer"), "Ctrl+Shift+C", w.confirm_prefill),
            ("clear_answer", t("Clear answer"), "Ctrl+Shift+Backspace", pane.clear_answer),
            ("note", t("Edit note"), "Ctrl+Shift+N", w.focus_note),
            ("for_report", t("Note for the report"), "Ctrl+Shift+R",
             notes.for_report_check.toggle),
            ("follow_up", t("Flag: follow up"), "Ctrl+Shift+U", notes.follow_up_check.toggle),
            ("evidence_missing", t("Flag: evidence missing"), "Ctrl+Shift+M",
             notes.evidence_missing_check.toggle),
            ("attach", t("Attach evidence file\u2026"), "Ctrl+Shift+A",
             pane.evidence.choose_file),
        ],
        t("Interview"): [
            ("pause", t("Pause or resume the clock"), "Ctrl+P", w.toggle_pause),
            ("share", t("Share view (for the video call)"), "Ctrl+Shift+V",
             w.toggle_share_view),
            ("finalise", t("Review and finalise\u2026"), "Ctrl+Shift+F",
             w.open_finalise_review),
            ("reopen", t("Reopen\u2026"), "Ctrl+Shift+O", w.open_reopen_dialog),
            ("prefill", t("Import pre-fill workbook\u2026"), "Ctrl+Shift+W", w.open_prefill),
            ("prefill_export", t("Export blank pre-fill workbook\u2026"), "Ctrl+Shift+B",
             w.export_blank_prefill),
            ("close", t("Close the interview"), "Ctrl+W", w.close),
        ],
        t("Report"): [
            ("recommendations", t("Recommendations for the report\u2026"), "Ctrl+Shift+D",
             w.open_recommendations),
            ("report", t("Report\u2026"), "Ctrl+R", w.open_report),
            ("export", t("Export bundle\u2026"), "Ctrl+Shift+E", w.open_export),
            ("import_decision", t("Import supervisor decision\u2026"), "Ctrl+Shift+I",
             w.choose_decision),
            ("import_reference", t("Import peer reference set\u2026"), "Ctrl+Shift+J",
             w.choose_reference_file),
            ("keys", t("Keys and trust\u2026"), "Ctrl+Shift+K", w.open_keys),
        ],
        t("Practice"): [
            ("narrative", t("Case narrative"), "Ctrl+3", w.show_case_narrative),
            ("calibration", t("Calibration report\u2026"), "Ctrl+Shift+G", w.open_calibration),
        ],
        t("View"): [
            ("compact", t("Compact layout"), "Ctrl+Shift+L", w.toggle_compact),
            ("show_navigator", t("Show or hide the navigator"), "Ctrl+1",
             w.toggle_navigator_dock),
            ("show_scores", t("Show or hide the scores"), "Ctrl+2", w.toggle_scores_dock),
        ],
        t("Help"): [
            ("shortcuts", t("Keyboard shortcuts"), "F1", w.open_shortcut_sheet),
        ],
    }  # fmt: skip


def build_actions(window: InterviewWindow) -> dict[str, QAction]:
    """Every action in its menu and on the window (keys work with any widget focused)."""
    titles = {
        _tr("Go"): _tr("&Go"),
        _tr("Question"): _tr("&Question"),
        _tr("Interview"): _tr("&Interview"),
        _tr("Report"): _tr("&Report"),
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
