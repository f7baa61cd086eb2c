"""One answer editor per answer type, all with the same small interface.

Every editor offers ``value()`` (the answer as the store keeps it, ``None`` when empty;
raises ``InputError`` for text that is no valid entry), ``set_value(value)`` (no signal)
and two signals: ``changed`` when the expert commits an answer (Enter, leaving the field,
a click on a choice), ``edited`` while typing before the commit. Saving on commit rather
than on every keystroke keeps the event log readable and the store quiet.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.scoring.pack import NUMERIC_TYPES, Item
from app.scoring.wording import unit_name
from app.ui.editor_base import (
    AnswerEditor,
    CommitLineEdit,
    CommitTextEdit,
    InputError,
    format_number,
    option_label,
    parse_number,
)
from app.ui.group_editor import GroupEditor
from app.ui.widgets import plain_label

__all__ = [
    "AnswerEditor",
    "CommitTextEdit",
    "GroupEditor",
    "InputError",
    "LineAnswerEditor",
    "LongTextEditor",
    "MultipleChoiceEditor",
    "SingleChoiceEditor",
    "YesNoEditor",
    "editor_for",
    "format_number",
    "option_label",
    "parse_number",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnswerEditor", text)


class LineAnswerEditor(AnswerEditor):
    """A single line of text with an optional unit after it (numbers, short text, URL)."""

    def __init__(self, item: Item, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        self.line = CommitLineEdit(self)
        self.line.setAccessibleName(
            self.tr("Answer: {label}").format(label=item.label.get(language))
        )
        self.line.textEdited.connect(self._on_input_edited)
        self.line.committed.connect(self.commit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        unit = "%" if item.type == "percent" else unit_name(language, item.unit)
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


def _keeps_its_tick(button: QAbstractButton) -> bool:
    """Whether a key (digit or Alt+digit) on ``button`` would clear the answer."""
    group = button.group()
    ticked = [b for b in group.buttons() if b.isChecked()] if group is not None else []
    return button.isChecked() and (isinstance(button, QRadioButton) or len(ticked) == 1)


class _ChoiceRadio(QRadioButton):
    """An option; its shortcut (Alt+digit) picks it, and pressed again keeps it."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut and _keeps_its_tick(self):
            self.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return super().event(event)


class _ChoiceCheck(QCheckBox):
    """An option of a multiple choice; its shortcut never unticks the last ticked option."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut and _keeps_its_tick(self):
            self.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return super().event(event)


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
                button = _ChoiceRadio(shortcut_hint + label.replace("&", "&&"), self)
            else:
                button = _ChoiceCheck(shortcut_hint + label.replace("&", "&&"), self)
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
        """Digits 1..9 pick the option with that number.

        A key never clears the answer: pressing a chosen option's digit again keeps it (a
        double press must not lose an answer), and in a multiple choice the last ticked
        option stays ticked. Clearing is Ctrl+Shift+Backspace, or a click.
        """
        key = event.key()
        if (
            Qt.Key.Key_1 <= key <= Qt.Key.Key_9
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.buttons
            and self.buttons[0].isEnabled()
        ):
            index = key - Qt.Key.Key_1
            if index < len(self.buttons):
                button = self.buttons[index]
                if not _keeps_its_tick(button):
                    button.click()
                button.setFocus()
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
