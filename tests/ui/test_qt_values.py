"""The ints the home window passes before its first paint are Qt's own values."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from app.ui import qt_values
from app.ui.qt_values import set_property

ALIGN = Qt.AlignmentFlag
ROLE = Qt.ItemDataRole

QTS_OWN = {
    "DISPLAY_ROLE": ROLE.DisplayRole.value,
    "TOOLTIP_ROLE": ROLE.ToolTipRole.value,
    "FONT_ROLE": ROLE.FontRole.value,
    "TEXT_ALIGNMENT_ROLE": ROLE.TextAlignmentRole.value,
    "FOREGROUND_ROLE": ROLE.ForegroundRole.value,
    "USER_ROLE": ROLE.UserRole.value,
    "ALIGN_CENTER": ALIGN.AlignCenter.value,
    "ALIGN_RIGHT_MIDDLE": (ALIGN.AlignRight | ALIGN.AlignVCenter).value,
    "PLAIN_TEXT": Qt.TextFormat.PlainText.value,
    "SELECTABLE_BY_MOUSE": Qt.TextInteractionFlag.TextSelectableByMouse.value,
    "KEY_RETURN": Qt.Key.Key_Return.value,
    "KEY_ENTER": Qt.Key.Key_Enter.value,
}


def test_every_value_is_qts_own() -> None:
    ours = {
        name: value
        for name, value in vars(qt_values).items()
        if name.isupper() and type(value) is int  # (not TYPE_CHECKING)
    }
    assert ours == QTS_OWN


def test_set_property_sets_an_enum_property_from_its_int(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("<b>not bold</b>")
    qtbot.addWidget(label)
    label.setTextFormat(Qt.TextFormat.RichText)
    set_property(label, "textFormat", qt_values.PLAIN_TEXT)
    set_property(label, "alignment", qt_values.ALIGN_CENTER)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.alignment() == ALIGN.AlignCenter


def test_set_property_refuses_a_property_the_class_does_not_have(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(AttributeError, match="QLabel has no property 'textFormatt'"):
        set_property(label, "textFormatt", qt_values.PLAIN_TEXT)
    with pytest.raises(AttributeError, match="'alignment'"):
        set_property(label, "alignment", QKeySequence("Ctrl+N"))
    assert label.textFormat() == Qt.TextFormat.AutoText
