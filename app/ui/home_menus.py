"""The home window's menus and their keys, and the commands its shortcut sheet lists."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from app.ui.reference_menu import ReferenceMenu

if TYPE_CHECKING:
    from app.ui.command_palette import Command
    from app.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def menu_action(parent: QObject, text: str, slot: Callable[[], object], keys: str = "") -> QAction:
    """An action that runs ``slot``, with ``keys`` as its shortcuts (``|`` between them)."""
    action = QAction(text, parent)
    if keys:
        action.setShortcuts([QKeySequence(key) for key in keys.split("|")])
    action.triggered.connect(lambda _checked=False, run=slot: run())
    return action


def build_home_menus(w: MainWindow) -> None:
    """The File, Practice and Help menus, their actions kept on ``w`` by name."""
    standard = QKeySequence.StandardKey
    w.new_action = menu_action(w, _tr("&New interview\u2026"), w.new_interview, "Ctrl+N")
    w.open_bundle_action = menu_action(
        w, _tr("Open bundle for &review\u2026"), w.open_supervisor_view, "Ctrl+Shift+O"
    )
    w.import_decision_action = menu_action(
        w, _tr("&Import supervisor decision\u2026"), w.choose_decision, "Ctrl+Shift+I"
    )
    w.keys_action = menu_action(w, _tr("&Keys and trust\u2026"), w.open_keys, "Ctrl+Shift+K")
    w.reference_menu = ReferenceMenu(w)
    w.reference_menu.changed.connect(w.use_active_reference)
    w.settings_action = menu_action(w, _tr("&Settings\u2026"), w.edit_settings)
    w.settings_action.setShortcuts(QKeySequence.keyBindings(standard.Preferences))
    w.backups_action = menu_action(w, _tr("&Backups\u2026"), w.show_backups)
    w.quit_action = menu_action(w, _tr("&Quit"), w.quit_application, "Ctrl+Q")
    file_menu = w.menuBar().addMenu(_tr("&File"))
    for action in (w.new_action, w.open_bundle_action, w.import_decision_action):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(w.keys_action)
    file_menu.addMenu(w.reference_menu)
    file_menu.addAction(w.settings_action)
    file_menu.addAction(w.backups_action)
    file_menu.addSeparator()
    file_menu.addAction(w.quit_action)
    practice_menu = w.menuBar().addMenu(_tr("&Practice"))
    w.practice_action = menu_action(
        w, _tr("&Practice cases (fictional)\u2026"), w.open_practice, "Ctrl+Shift+T"
    )
    practice_menu.addAction(w.practice_action)
    help_menu = w.menuBar().addMenu(_tr("&Help"))
    w.guide_action = menu_action(w, _tr("&User guide"), w.open_user_guide, "Shift+F1")
    w.shortcuts_action = menu_action(w, _tr("&Keyboard shortcuts"), w.open_shortcut_sheet, "F1")
    w.welcome_action = menu_action(w, _tr("&Welcome"), w.show_welcome)
    w.about_action = menu_action(w, _tr("&About ClusterBench"), w.show_about)
    for action in (w.guide_action, w.shortcuts_action, w.welcome_action):
        help_menu.addAction(action)
    help_menu.addSeparator()
    help_menu.addAction(w.about_action)


def home_commands(w: MainWindow) -> list[Command]:
    """The home window's actions with their keys, for the shortcut sheet."""
    from app.ui.command_palette import Command  # not before the first paint

    actions = (
        (_tr("File"), w.new_action),
        (_tr("File"), w.open_bundle_action),
        (_tr("File"), w.import_decision_action),
        (_tr("File"), w.keys_action),
        (_tr("File"), w.settings_action),
        (_tr("File"), w.quit_action),
        (_tr("Practice"), w.practice_action),
        (_tr("Help"), w.guide_action),
        (_tr("Help"), w.shortcuts_action),
    )
    return [
        Command(
            title=action.text().replace("&", "").rstrip("\u2026"),
            category=category,
            shortcut=action.shortcut().toString(QKeySequence.SequenceFormat.PortableText),
            run=action.trigger,
        )
        for category, action in actions
    ]
