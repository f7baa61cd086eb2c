"""The section navigator's model: sections with their items, and progress per section.

Sections are the top-level rows, items their children. Only items that are relevant (their
condition holds for the answers so far) are rows; when an answer changes relevance, rows are
inserted or removed in place so the view keeps its selection and expansion.
Column 0 is the title, column 1 the progress (sections) or state (items).

A new state announces only what changed: the rows of the items whose answer, flags or
pre-fill changed, and the progress of their sections (kept per section, counted again only
for those). Redrawing every row for every answer made each saved answer cost the window
thousands of ``data`` calls.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from app.scoring.pack import Item, Pack, Section
from app.services.session import Progress, is_answered, progress_of
from app.ui.contrast import readable
from app.ui.widgets import ERROR_COLOUR, OK_COLOUR, WARN_COLOUR, AnyIndex

#: The id of the section or item a row stands for.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: "section" or "item".
KIND_ROLE = Qt.ItemDataRole.UserRole + 2

_SECTION_NODE = 0xFFFFFFFF  # internalId of top-level rows
COLUMNS = 2
_DONE_MARK = "\u2713"
_FLAG_MARK = "\u2691"


def _tr(text: str) -> str:
    return QCoreApplication.translate("NavigatorModel", text)


#: A section's (or the interview's) progress, as the session computes it.
SectionProgress = Progress


class NavigatorModel(QAbstractItemModel):
    """Tree of sections and their relevant items, with answered/required/flagged counts."""

    def __init__(self, pack: Pack, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.language = language
        self._answers: Mapping[str, Any] = {}
        self._flags: Mapping[str, Set[str]] = {}
        self._to_confirm: Set[str] = frozenset()
        self._section_seconds: Mapping[str, float] = {}
        # Numbered by position in the pack, so a number never shifts when a condition
        # shows or hides another item.
        self._numbers = {
            item.id: number
            for section in pack.sections
            for number, item in enumerate(section.items, start=1)
        }
        self._section_row = {
            item.id: row for row, section in enumerate(pack.sections) for item in section.items
        }
        self._visible: list[list[Item]] = [
            [i for i in s.items if i.is_relevant({})] for s in pack.sections
        ]
        self._progress = [self._count(row) for row in range(len(pack.sections))]
        self._colours: dict[str, QColor] = {}

    # --- state ---------------------------------------------------------------------------

    def set_state(
        self,
        answers: Mapping[str, Any],
        flags: Mapping[str, Set[str]] | None = None,
        to_confirm: Set[str] | None = None,
    ) -> None:
        """New answers, flags and unconfirmed pre-fills; rows follow item relevance."""
        new_flags = {k: set(v) for k, v in flags.items() if v} if flags is not None else None
        new_confirm = frozenset(to_confirm) if to_confirm is not None else None
        changed = _changed_keys(self._answers, answers)
        if new_flags is not None:
            changed |= _changed_keys(self._flags, new_flags)
        if new_confirm is not None:
            changed |= self._to_confirm ^ new_confirm
        self._answers = dict(answers)
        if new_flags is not None:
            self._flags = new_flags
        if new_confirm is not None:
            self._to_confirm = new_confirm
        sections = {self._section_row[i] for i in changed if i in self._section_row}
        for row, section in enumerate(self.pack.sections):
            if self._sync_section(row, section):
                sections.add(row)
        for row in sorted(sections):
            self._progress[row] = self._count(row)
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))
        for item_id in sorted(changed):
            first = self.index_of_item(item_id)
            if first.isValid():
                self.dataChanged.emit(first, first.siblingAtColumn(COLUMNS - 1))

    def set_section_seconds(self, seconds: Mapping[str, float]) -> None:
        """Time spent per section (for the tooltips)."""
        self._section_seconds = dict(seconds)

    def _sync_section(self, section_row: int, section: Section) -> bool:
        """Insert and remove rows as relevance changed; whether any did."""
        parent = self.index(section_row, 0)
        current = self._visible[section_row]
        position = 0
        moved = False
        for item in section.items:
            wanted = item.is_relevant(self._answers)
            present = position < len(current) and current[position].id == item.id
            if wanted and not present:
                self.beginInsertRows(parent, position, position)
                current.insert(position, item)
                self.endInsertRows()
                position += 1
                moved = True
            elif wanted:
                position += 1
            elif present:
                self.beginRemoveRows(parent, position, position)
                del current[position]
                self.endRemoveRows()
                moved = True
        return moved

    def _count(self, section_row: int) -> SectionProgress:
        return progress_of(self._visible[section_row], self._answers, self._flags, self._to_confirm)

    # --- queries -------------------------------------------------------------------------

    def visible_item_ids(self) -> list[str]:
        """Ids of every item currently asked, in questionnaire order."""
        return [item.id for items in self._visible for item in items]

    def visible_items(self, section_id: str) -> list[Item]:
        """The relevant items of one section."""
        for section, items in zip(self.pack.sections, self._visible, strict=True):
            if section.id == section_id:
                return list(items)
        raise KeyError(section_id)

    def is_visible(self, item_id: str) -> bool:
        """Whether ``item_id`` is asked, given the answers."""
        row = self._section_row.get(item_id)
        return row is not None and any(item.id == item_id for item in self._visible[row])

    def section_progress(self, section_id: str) -> SectionProgress:
        """Answered, required and flagged counts of a section's relevant items."""
        for row, section in enumerate(self.pack.sections):
            if section.id == section_id:
                return self._progress[row]
        raise KeyError(section_id)

    def overall_progress(self) -> SectionProgress:
        """The same counts over every item currently asked."""
        return progress_of(
            [item for items in self._visible for item in items],
            self._answers,
            self._flags,
            self._to_confirm,
        )

    def progress_texts(self) -> list[str]:
        """The sections' progress texts now, and every state an item can show (to size the
        second column)."""
        states = (_tr("confirm"), _DONE_MARK, _tr("required"), "")
        texts = {f"{state} {_FLAG_MARK}".strip() for state in states} | set(states)
        return sorted(texts | {self._progress_text(progress) for progress in self._progress})

    def index_of_item(self, item_id: str, column: int = 0) -> QModelIndex:
        """The row of ``item_id`` (invalid when it is not asked)."""
        section_row = self._section_row.get(item_id)
        if section_row is None:
            return QModelIndex()
        for row, item in enumerate(self._visible[section_row]):
            if item.id == item_id:
                return self.index(row, column, self.index(section_row, 0))
        return QModelIndex()

    def index_of_section(self, section_id: str, column: int = 0) -> QModelIndex:
        """The row of section ``section_id``."""
        for row, section in enumerate(self.pack.sections):
            if section.id == section_id:
                return self.index(row, column)
        return QModelIndex()

    def _is_answered(self, item_id: str) -> bool:
        return is_answered(self._answers.get(item_id))

    # --- QAbstractItemModel ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= COLUMNS or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self.pack.sections):
                return QModelIndex()
            return self.createIndex(row, column, _SECTION_NODE)
        if parent.internalId() != _SECTION_NODE or parent.column() != 0:
            return QModelIndex()
        section_row = parent.row()
        if row >= len(self._visible[section_row]):
            return QModelIndex()
        return self.createIndex(row, column, section_row)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _SECTION_NODE:
            return QModelIndex()
        return self.createIndex(int(index.internalId()), 0, _SECTION_NODE)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self.pack.sections)
        if parent.internalId() == _SECTION_NODE and parent.column() == 0:
            return len(self._visible[parent.row()])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return COLUMNS

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return self.rowCount(parent) > 0

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                (_tr("Section / question"), _tr("Progress"))[section] if section < COLUMNS else None
            )
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _SECTION_NODE:
            row = index.row()
            return self._section_data(self.pack.sections[row], row, index.column(), role)
        item = self._visible[index.internalId()][index.row()]
        return self._item_data(item, index.column(), role)

    def _section_data(self, section: Section, row: int, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return section.id
        if role == KIND_ROLE:
            return "section"
        progress = self._progress[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return section.title.get(self.language)
            return self._progress_text(progress)
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._section_tooltip(section, progress)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{section.title.get(self.language)}: {self._section_tooltip(section, progress)}"
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and progress.complete:
            return self._colour(OK_COLOUR)
        return None

    @staticmethod
    def _progress_text(progress: SectionProgress) -> str:
        text = f"{progress.answered}/{progress.total}"
        if progress.required_total:
            text += " \u00b7 " + _tr("req {a}/{r}").format(
                a=progress.required_answered, r=progress.required_total
            )
        if progress.flagged:
            text += f" \u00b7 {_FLAG_MARK}{progress.flagged}"
        return text

    def _section_tooltip(self, section: Section, progress: SectionProgress) -> str:
        lines = [
            _tr("{a} of {n} questions answered").format(a=progress.answered, n=progress.total),
            _tr("{a} of {r} required answered").format(
                a=progress.required_answered, r=progress.required_total
            ),
            _tr("{f} flagged").format(f=progress.flagged),
        ]
        if progress.to_confirm:
            lines.append(_tr("{c} pre-filled, to confirm").format(c=progress.to_confirm))
        spent = self._section_seconds.get(section.id, 0.0)
        lines.append(
            _tr("Time: {spent} min of {budget} min").format(
                spent=int(spent // 60), budget=section.budget_minutes
            )
        )
        return "\n".join(lines)

    def _item_data(self, item: Item, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return item.id
        if role == KIND_ROLE:
            return "item"
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                # The whole question: the view wraps it (and the tooltip repeats it).
                return f"{self._numbers[item.id]}. {item.label.get(self.language)}"
            return self._item_state_text(
                item, self._is_answered(item.id), self._flags.get(item.id, set())
            )
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            answered = self._is_answered(item.id)
            state = self._item_state_words(item, answered, self._flags.get(item.id, set()))
            return f"{self._numbers[item.id]}. {item.label.get(self.language)}\n{state}"
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            # Answered questions keep the normal text colour: only the state says "done".
            if self._flags.get(item.id):
                return self._colour(WARN_COLOUR)
            if item.required and not self._is_answered(item.id):
                return self._colour(ERROR_COLOUR)
            if self._is_answered(item.id):
                return self._colour(OK_COLOUR)
        return None

    def _colour(self, hue: str) -> QColor:
        """``hue`` as dark or light as the palette's background needs to read it (AA)."""
        palette = QApplication.palette() if QApplication.instance() else QPalette()
        background = palette.color(QPalette.ColorRole.Base)
        key = f"{hue}/{background.name()}"
        colour = self._colours.get(key)
        if colour is None:
            colour = self._colours[key] = readable(hue, background)
        return colour

    def _item_state_text(self, item: Item, answered: bool, flags: Set[str]) -> str:
        parts = []
        if item.id in self._to_confirm:
            parts.append(_tr("confirm"))
        elif answered:
            parts.append(_DONE_MARK)
        elif item.required:
            parts.append(_tr("required"))
        if flags:
            parts.append(_FLAG_MARK)
        return " ".join(parts)

    def _item_state_words(self, item: Item, answered: bool, flags: Set[str]) -> str:
        words = [_tr("answered") if answered else _tr("not answered")]
        if item.required:
            words.append(_tr("required"))
        if item.id in self._to_confirm:
            words.append(_tr("pre-filled, to confirm"))
        if "follow_up" in flags:
            words.append(_tr("flagged: follow up"))
        if "evidence_missing" in flags:
            words.append(_tr("flagged: evidence missing"))
        return ", ".join(words)


def _changed_keys(old: Mapping[str, Any], new: Mapping[str, Any]) -> set[str]:
    """The keys whose value differs between ``old`` and ``new`` (added and removed too)."""
    return {key for key in old.keys() | new.keys() if old.get(key) != new.get(key)}
