"""What every answer editor shares: the ``AnswerEditor`` interface, typed numbers in the
user's locale, and the line and text fields that commit on Enter or when left.

Every editor offers ``value()`` (the answer as the store keeps it, ``None`` when empty;
raises ``InputError`` for text that is no valid entry), ``set_value(value)`` (no signal)
and two signals: ``changed`` when the expert commits an answer (Enter, leaving the field,
a click on a choice), ``edited`` while typing before the commit.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.scoring.pack import Item, Option


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


def option_label(options: Sequence[Option], code: Any, language: str) -> str:
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


class CommitLineEdit(QLineEdit):
    """A line edit whose Enter and focus-out both mean "commit"."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editingFinished.connect(self.committed)


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
