"""The editor for a repeating group (success stories, awards): a table of entries, each
cell typed as its column expects; any committed cell saves the whole list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.scoring.pack import NUMERIC_TYPES, GroupField, Item, Option
from app.ui.editor_base import AnswerEditor, InputError, format_number, option_label, parse_number
from app.ui.widgets import AnyIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnswerEditor", text)


def _cell_value(field: GroupField, text: str, language: str) -> Any:
    """A table cell's text as the value its column type expects."""
    text = text.strip()
    if not text:
        return None
    if field.type in NUMERIC_TYPES:
        return parse_number(text, whole=field.type in {"integer", "year"})
    if field.type == "yes_no":
        lowered = text.lower()
        if lowered in {"yes", "y", "true", "1", _tr("Yes").lower()}:
            return True
        if lowered in {"no", "n", "false", "0", _tr("No").lower()}:
            return False
        raise InputError(_tr("{field}: enter yes or no.").format(field=field.label.get(language)))
    if field.type in {"single_choice", "multiple_choice"}:
        chosen = _choice_codes(field.options, text, language)
        return chosen if field.type == "multiple_choice" else chosen[0]
    return text


def _choice_codes(options: Sequence[Option], text: str, language: str) -> list[str]:
    codes = []
    for part in (p.strip() for p in text.split(";")):
        match = next(
            (
                o.code
                for o in options
                if part.lower() in {o.code.lower(), o.label.get(language).lower()}
            ),
            None,
        )
        if match is None:
            allowed = ", ".join(o.label.get(language) for o in options)
            raise InputError(
                _tr("'{text}' is not one of: {allowed}.").format(text=part, allowed=allowed)
            )
        codes.append(match)
    return codes


def _cell_text(field: GroupField, value: Any, language: str) -> str:
    if value is None:
        return ""
    if field.type in NUMERIC_TYPES:
        return format_number(value, field.type)
    if field.type == "yes_no":
        return _tr("Yes") if value else _tr("No")
    if field.type in {"single_choice", "multiple_choice"}:
        codes = value if isinstance(value, list) else [value]
        return "; ".join(option_label(field.options, code, language) for code in codes)
    return str(value)


class GroupTableModel(QAbstractTableModel):
    """Rows of a repeating group (e.g. success stories), one column per field, as text."""

    cell_edited = Signal()

    def __init__(
        self, fields: Sequence[GroupField], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.fields = tuple(fields)
        self.language = language
        self._rows: list[list[str]] = []
        self.read_only = False

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.fields)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._rows[index.row()][index.column()] or None
        return None

    def setData(  # noqa: N802
        self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        text = "" if value is None else str(value)
        if self._rows[index.row()][index.column()] == text:
            return False
        self._rows[index.row()][index.column()] = text
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        self.cell_edited.emit()
        return True

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            field = self.fields[section]
            return field.label.get(self.language) + (" *" if field.required else "")
        return str(section + 1)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if self.read_only else base | Qt.ItemFlag.ItemIsEditable

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        """Replace every row (texts, one per field)."""
        self.beginResetModel()
        self._rows = [list(row) for row in rows]
        self.endResetModel()

    def rows(self) -> list[list[str]]:
        """A copy of the rows' texts."""
        return [list(row) for row in self._rows]

    def add_row(self) -> int:
        """Append an empty row; return its number."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append([""] * len(self.fields))
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        """Delete row ``row``."""
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()


class GroupEditor(AnswerEditor):
    """A table of entries with add and remove; each edited cell commits the whole list."""

    def __init__(self, item: Item, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        self.model = GroupTableModel(item.fields, language, self)
        self.model.cell_edited.connect(self.commit)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(
            self.tr("Entries: {label}").format(label=item.label.get(language))
        )
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(130)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add entry"), self)
        self.add_button.setAccessibleName(self.tr("Add entry"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button = QPushButton(self.tr("Remove entry"), self)
        self.remove_button.setAccessibleName(self.tr("Remove selected entry"))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)

    def value(self) -> Any:
        rows: list[dict[str, Any]] = []
        for n, texts in enumerate(self.model.rows(), start=1):
            if not any(t.strip() for t in texts):
                continue  # a fresh empty row is no entry yet
            row: dict[str, Any] = {}
            for field, text in zip(self.item.fields, texts, strict=True):
                try:
                    cell = _cell_value(field, text, self.language)
                except InputError as error:
                    raise InputError(
                        self.tr("Entry {n}: {message}").format(n=n, message=error.message)
                    ) from error
                if cell is not None:
                    row[field.id] = cell
            rows.append(row)
        return rows or None

    def add_row(self) -> int:
        """Add an empty entry and start editing its first cell."""
        row = self.model.add_row()
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)
        return row

    def remove_row(self, row: int) -> None:
        """Delete entry ``row`` and commit."""
        self.model.remove_row(row)
        self.commit()

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)

    def _on_add_button_clicked(self) -> None:
        self.add_row()

    def _on_remove_button_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.remove_row(index.row())

    def _show(self, value: Any) -> None:
        rows = []
        for entry in value if isinstance(value, list) else []:
            rows.append(
                [
                    _cell_text(
                        f, entry.get(f.id) if isinstance(entry, dict) else None, self.language
                    )
                    for f in self.item.fields
                ]
            )
        self.model.set_rows(rows)

    def _state(self) -> Any:
        return tuple(tuple(t.strip() for t in row) for row in self.model.rows() if any(row))
