"""Keyboard first: a command palette (Ctrl+K) and a sheet of every shortcut (F1).

The palette filters commands, sections and questions by every word typed; Up/Down pick,
Enter runs, Esc closes. A ``Command`` is plain data, so any window can offer its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets import AnyIndex, Column, RecordTableModel
from app.ui.window_fit import fit_to_screen


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutTableModel", text)


@dataclass(frozen=True)
class Command:
    """Something the user can do: what it is called, its group, its shortcut, how to run it.

    ``keywords`` are extra words the palette matches (an item id, its help text).
    """

    title: str
    category: str
    shortcut: str
    run: Callable[[], None]
    keywords: str = ""

    def matches(self, words: Sequence[str]) -> bool:
        """Whether every word occurs in the title, category or keywords (any case)."""
        haystack = f"{self.title} {self.category} {self.keywords}".casefold()
        return all(word in haystack for word in words)


def native_shortcut(shortcut: str) -> str:
    """A portable shortcut text ("Ctrl+K") as this platform writes it."""
    if not shortcut:
        return ""
    return str(QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)) or shortcut


class CommandListModel(QAbstractListModel):
    """Commands matching a filter, best first (title matches before keyword matches)."""

    def __init__(self, commands: Sequence[Command], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all = list(commands)
        self._shown = list(commands)

    def set_filter(self, text: str) -> None:
        """Keep the commands matching every word of ``text``."""
        words = text.casefold().split()
        self.beginResetModel()
        matching = [c for c in self._all if c.matches(words)]
        # Stable sort: commands whose title holds the words come first.
        matching.sort(key=lambda c: not all(w in c.title.casefold() for w in words))
        self._shown = matching
        self.endResetModel()

    def command(self, row: int) -> Command:
        """The command shown at ``row``."""
        return self._shown[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        command = self._shown[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{command.category}: {command.title}"
            shortcut = native_shortcut(command.shortcut)
            return f"{text}    ({shortcut})" if shortcut else text
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{command.category}: {command.title}"
        return None


class CommandPalette(QDialog):
    """Type to filter commands, sections and questions; Enter runs the chosen one."""

    def __init__(
        self,
        commands: Sequence[Command],
        parent: QWidget | None = None,
        *,
        placeholder: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Command palette"))
        self.setAccessibleName(self.tr("Command palette"))
        self.setModal(True)
        fit_to_screen(self, QSize(560, 420), state="command_palette/geometry")
        self.model = CommandListModel(commands, self)
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Search commands, sections and questions"))
        self.search.setPlaceholderText(
            placeholder or self.tr("Type a command, section or question\u2026")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.installEventFilter(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Matching commands"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.activated.connect(self._on_list_activated)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hint = QLabel(self.tr("\u2191\u2193 choose \u00b7 Enter run \u00b7 Esc close"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.ran: Command | None = None
        self._select_row(0)

    # --- public API ----------------------------------------------------------------------

    def shown_titles(self) -> list[str]:
        """Titles of the commands the list shows, top to bottom."""
        return [self.model.command(r).title for r in range(self.model.rowCount())]

    def current_command(self) -> Command | None:
        """The highlighted command."""
        index = self.list.currentIndex()
        return self.model.command(index.row()) if index.isValid() else None

    def run_current(self) -> None:
        """Close and run the highlighted command."""
        command = self.current_command()
        if command is None:
            return
        self.ran = command
        self.accept()
        command.run()

    # --- slots and events ----------------------------------------------------------------

    def _on_search_text_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self._select_row(0)

    def _on_list_activated(self, index: QModelIndex) -> None:
        self.list.setCurrentIndex(index)
        self.run_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                steps = {
                    Qt.Key.Key_Down: 1,
                    Qt.Key.Key_Up: -1,
                    Qt.Key.Key_PageDown: 8,
                    Qt.Key.Key_PageUp: -8,
                }
                step = steps[Qt.Key(key)]
                self._select_row(self.list.currentIndex().row() + step)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.run_current()
                return True
        return super().eventFilter(watched, event)

    def _select_row(self, row: int) -> None:
        count = self.model.rowCount()
        if count == 0:
            return
        row = max(0, min(count - 1, row))
        index = self.model.index(row, 0)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)


class ShortcutTableModel(RecordTableModel[Command]):
    """Every command that has a shortcut: category, action, keys."""

    def __init__(self, commands: Sequence[Command], parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(_tr("Group"), lambda c: c.category),
                Column(_tr("Action"), lambda c: c.title),
                Column(_tr("Keys"), lambda c: native_shortcut(c.shortcut)),
            ],
            parent,
        )
        with_keys = [c for c in commands if c.shortcut]
        order = {c.category: n for n, c in reversed(list(enumerate(with_keys)))}
        self.set_rows(sorted(with_keys, key=lambda c: order[c.category]))

    def shortcuts(self) -> list[tuple[str, str]]:
        """(action title, keys) for every row."""
        rows = (self.record(row) for row in range(self.rowCount()))
        return [(c.title, native_shortcut(c.shortcut)) for c in rows]


class ShortcutSheet(QDialog):
    """Every keyboard shortcut of the window, grouped."""

    def __init__(self, commands: Sequence[Command], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        fit_to_screen(self, QSize(560, 560), state="shortcut_sheet/geometry")
        self.model = ShortcutTableModel(commands, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        intro = QLabel(
            self.tr("Every action has a key. Ctrl+K finds any question, section or command."),
            self,
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
