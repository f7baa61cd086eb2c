"""One answer editor per answer type, all with the same small interface.

Every editor offers ``value()`` (the answer as the store keeps it, ``None`` when empty;
raises ``InputError`` for text that is no valid entry), ``set_value(value)`` (no signal)
and two signals: ``changed`` when the expert commits an answer (Enter, leaving the field,
a click on a choice), ``edited`` while typing before the commit. Saving on commit rather
than on every keystroke keeps the event log readable and the store quiet.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.scoring.pack import NUMERIC_TYPES, GroupField, Item, Option
from app.ui.widgets import AnyIndex, plain_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnswerEditor", text)


class InputError(ValueError):
    """Text typed into an editor that is not a valid entry (e.g. letters in a number)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# --- numbers -------------------------------------------------------------------------------

_STRIP_CHARACTERS = (" ", "\u00a0", "\u202f", "%", "\u20ac", "EUR", "eur")


def parse_number(text: str, *, whole: bool = False) -> float | int | None:
    """A number typed in the user's locale (or with a dot or comma as decimal mark).

    ``None`` for empty text; ``InputError`` when it is not a number.
    """
    cleaned = text.strip()
    for character in _STRIP_CHARACTERS:
        cleaned = cleaned.replace(character, "")
    if not cleaned:
        return None
    number, ok = QLocale().toDouble(cleaned)
    if not ok:
        alternative = cleaned
        if cleaned.count(",") == 1 and "." not in cleaned:
            alternative = cleaned.replace(",", ".")
        try:
            number = float(alternative)
        except ValueError:
            number = math.nan
        ok = math.isfinite(number)
    if not ok:
        if whole:
            raise InputError(_tr("Enter a whole number, e.g. 42."))
        raise InputError(_tr("Enter a number, e.g. 2.5."))
    if whole:
        if number != int(number):
            raise InputError(_tr("Enter a whole number, e.g. 42."))
        return int(number)
    return float(number)


def format_number(value: Any, item_type: str) -> str:
    """A stored number as the editor shows it, in the user's locale."""
    if value is None or isinstance(value, bool) or not isinstance(value, (int, float)):
        return ""
    locale = QLocale()
    if item_type == "year":
        return str(int(value))
    if item_type == "integer":
        return str(locale.toString(int(value)))
    if item_type == "currency":
        if float(value) == int(value):
            return str(locale.toString(int(value)))
        return str(locale.toString(float(value), "f", 2))
    return str(locale.toString(float(value), "g", 12))


def _option_label(options: Sequence[Option], code: Any, language: str) -> str:
    """The label of the option with ``code`` (the code itself when there is none)."""
    option = next((o for o in options if o.code == str(code)), None)
    return option.label.get(language) if option else str(code)


# --- the common base -----------------------------------------------------------------------


class AnswerEditor(QWidget):
    """Base of every editor: value()/set_value(), ``changed`` on commit, ``edited`` on typing."""

    changed = Signal()
    edited = Signal()

    def __init__(self, item: Item, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.language = language
        self._clean_state: Any = None
        self.setAccessibleName(self.tr("Answer"))

    def value(self) -> Any:
        """The answer as stored; ``None`` when empty; ``InputError`` for unreadable text."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show ``value`` (a stored answer or ``None``) without emitting ``changed``."""
        self._show(value)
        self.mark_clean()

    def is_dirty(self) -> bool:
        """Whether the editor holds changes not yet committed."""
        return bool(self._state() != self._clean_state)

    def mark_clean(self) -> None:
        """Take what the editor shows as the committed state."""
        self._clean_state = self._state()

    def set_read_only(self, read_only: bool) -> None:
        """Lock or unlock the editor (a finalised interview)."""
        for child in self.findChildren(QWidget):
            if isinstance(child, (QLineEdit, QPlainTextEdit)):
                child.setReadOnly(read_only)
            elif isinstance(child, (QAbstractButton, QAbstractItemView)):
                child.setEnabled(not read_only)

    def commit(self) -> None:
        """Emit ``changed`` when there is anything to commit."""
        if self.is_dirty():
            self.changed.emit()

    # --- for subclasses ------------------------------------------------------------------

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def _state(self) -> Any:
        raise NotImplementedError

    def _on_input_edited(self, *_args: object) -> None:
        if self.is_dirty():
            self.edited.emit()


class _CommitLineEdit(QLineEdit):
    """A line edit whose Enter and focus-out both mean "commit"."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editingFinished.connect(self.committed)


class LineAnswerEditor(AnswerEditor):
    """A single line of text with an optional unit after it (numbers, short text, URL)."""

    def __init__(self, item: Item, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        self.line = _CommitLineEdit(self)
        self.line.setAccessibleName(
            self.tr("Answer: {label}").format(label=item.label.get(language))
        )
        self.line.textEdited.connect(self._on_input_edited)
        self.line.committed.connect(self.commit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        unit = "%" if item.type == "percent" else item.unit
        self.unit_label = plain_label(unit, wrap=False)
        layout.addWidget(self.unit_label)
        self.unit_label.setVisible(bool(unit))
        if item.type in NUMERIC_TYPES:
            self.line.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.line.setMaximumWidth(260)
            layout.addStretch(1)
        self.line.setPlaceholderText(self._placeholder())
        self.setFocusProxy(self.line)

    def _placeholder(self) -> str:
        kind = self.item.type
        if kind == "url":
            return "https://"
        if kind == "year":
            return self.tr("e.g. 2015")
        if kind == "integer":
            return self.tr("whole number")
        if kind in NUMERIC_TYPES:
            return self.tr("number")
        return ""

    def value(self) -> Any:
        kind = self.item.type
        text = self.line.text()
        if kind in NUMERIC_TYPES:
            return parse_number(text, whole=kind in {"integer", "year"})
        stripped = text.strip()
        return stripped or None

    def _show(self, value: Any) -> None:
        if self.item.type in NUMERIC_TYPES:
            self.line.setText(format_number(value, self.item.type))
        else:
            self.line.setText("" if value is None else str(value))

    def _state(self) -> Any:
        return self.line.text()

    def text(self) -> str:
        """What the line shows."""
        return str(self.line.text())


class CommitTextEdit(QPlainTextEdit):
    """Multi-line text: Ctrl+Enter or leaving the field commits; Enter is a new line."""

    committed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.committed.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self.committed.emit()


class LongTextEditor(AnswerEditor):
    """Several paragraphs of text; Ctrl+Enter or leaving the field saves."""

    def __init__(self, item: Item, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        self.text_edit = CommitTextEdit(self)
        self.text_edit.setAccessibleName(
            self.tr("Answer: {label}").format(label=item.label.get(language))
        )
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(90)
        self.text_edit.setPlaceholderText(self.tr("Ctrl+Enter saves"))
        self.text_edit.textChanged.connect(self._on_input_edited)
        self.text_edit.committed.connect(self.commit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text_edit)
        self.setFocusProxy(self.text_edit)

    def value(self) -> Any:
        return self.text_edit.toPlainText().strip() or None

    def _show(self, value: Any) -> None:
        self.text_edit.blockSignals(True)
        self.text_edit.setPlainText("" if value is None else str(value))
        self.text_edit.blockSignals(False)

    def _state(self) -> Any:
        return self.text_edit.toPlainText()


# --- choices -------------------------------------------------------------------------------


class _ButtonsEditor(AnswerEditor):
    """Radio buttons or check boxes, one per option; a click commits."""

    exclusive = True

    def _build_buttons(self, choices: Sequence[tuple[Any, str]]) -> None:
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # exclusivity by hand, so an answer can be cleared
        self.buttons: list[QAbstractButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._codes: list[Any] = []
        for n, (code, label) in enumerate(choices):
            shortcut_hint = f"&{n + 1} " if n < 9 else ""
            button: QAbstractButton
            if self.exclusive:
                button = QRadioButton(shortcut_hint + label.replace("&", "&&"), self)
            else:
                button = QCheckBox(shortcut_hint + label.replace("&", "&&"), self)
            button.setAccessibleName(label)
            self.group.addButton(button, n)
            # As wide as its label: a click anywhere on the button then chooses it.
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.buttons.append(button)
            self._codes.append(code)
        self.group.idClicked.connect(self._on_group_id_clicked)
        if self.buttons:
            self.setFocusProxy(self.buttons[0])

    def _on_group_id_clicked(self, button_id: int) -> None:
        if self.exclusive and self.buttons[button_id].isChecked():
            for n, button in enumerate(self.buttons):
                if n != button_id:
                    button.setChecked(False)
        self.commit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Digits 1..9 pick the option with that number."""
        key = event.key()
        if (
            Qt.Key.Key_1 <= key <= Qt.Key.Key_9
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.buttons
            and self.buttons[0].isEnabled()
        ):
            index = key - Qt.Key.Key_1
            if index < len(self.buttons):
                self.buttons[index].click()
                self.buttons[index].setFocus()
                return
        super().keyPressEvent(event)

    def checked_codes(self) -> list[Any]:
        """Codes of the ticked options, in order."""
        return [code for code, b in zip(self._codes, self.buttons, strict=True) if b.isChecked()]

    def choose(self, code: Any, on: bool = True) -> None:
        """Tick (or untick) option ``code`` as a click would, committing."""
        button = self.buttons[self._codes.index(code)]
        if button.isChecked() != on:
            button.click()

    def _show(self, value: Any) -> None:
        wanted = value if isinstance(value, list) else [value]
        for code, button in zip(self._codes, self.buttons, strict=True):
            button.setChecked(value is not None and code in wanted)

    def _state(self) -> Any:
        return tuple(self.checked_codes())


class YesNoEditor(_ButtonsEditor):
    """Yes or no; keys 1 and 2 (or Y and N) choose."""

    def __init__(self, item: Item, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        self._build_buttons([(True, self.tr("Yes")), (False, self.tr("No"))])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.modifiers() == Qt.KeyboardModifier.NoModifier and self.buttons[0].isEnabled():
            if event.key() == Qt.Key.Key_Y:
                self.choose(True)
                return
            if event.key() == Qt.Key.Key_N:
                self.choose(False)
                return
        super().keyPressEvent(event)

    def value(self) -> Any:
        codes = self.checked_codes()
        return codes[0] if codes else None


class SingleChoiceEditor(_ButtonsEditor):
    """One option out of several."""

    def __init__(self, item: Item, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        self._build_buttons([(o.code, o.label.get(language)) for o in item.options])

    def value(self) -> Any:
        codes = self.checked_codes()
        return codes[0] if codes else None


class MultipleChoiceEditor(_ButtonsEditor):
    """Any number of options."""

    exclusive = False

    def __init__(self, item: Item, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        self._build_buttons([(o.code, o.label.get(language)) for o in item.options])

    def value(self) -> Any:
        codes = self.checked_codes()
        return codes or None


# --- repeating groups ----------------------------------------------------------------------


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
        return "; ".join(_option_label(field.options, code, language) for code in codes)
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


# --- factory -------------------------------------------------------------------------------

EDITOR_CLASSES: dict[str, Callable[[Item, str, QWidget | None], AnswerEditor]] = {
    "integer": LineAnswerEditor,
    "decimal": LineAnswerEditor,
    "percent": LineAnswerEditor,
    "currency": LineAnswerEditor,
    "year": LineAnswerEditor,
    "short_text": LineAnswerEditor,
    "url": LineAnswerEditor,
    "long_text": LongTextEditor,
    "yes_no": YesNoEditor,
    "single_choice": SingleChoiceEditor,
    "multiple_choice": MultipleChoiceEditor,
    "group": GroupEditor,
}


def editor_for(item: Item, language: str = "en", parent: QWidget | None = None) -> AnswerEditor:
    """The editor widget for ``item``'s answer type."""
    return EDITOR_CLASSES[item.type](item, language, parent)
