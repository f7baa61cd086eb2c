"""Qt's constants as plain ints, for the code that runs before the home window's first paint.

The first use of ``PySide6.QtCore.Qt``, even importing it, makes PySide6 build the Python
enums of the whole ``Qt`` namespace: 93 of them, about 110 million instructions, a sixth of
what a bare window needs to start. So the modules the home window loads import ``Qt`` only
inside what runs after the paint; before it, they pass Qt's values where a plain int is
taken: item data (roles are ints) and Qt properties (``set_property``).

The values are Qt's own, fixed by its binary interface. ``tests/ui/test_qt_values.py``
compares each with ``Qt``'s, and ``tests/ui/test_lazy_start.py`` checks that ``Qt`` is not
built before the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

# Item data roles (Qt.ItemDataRole)
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
FONT_ROLE = 6
TEXT_ALIGNMENT_ROLE = 7
FOREGROUND_ROLE = 9
USER_ROLE = 0x0100

# Alignments (Qt.AlignmentFlag)
ALIGN_CENTER = 0x0084  # AlignHCenter | AlignVCenter
ALIGN_RIGHT_MIDDLE = 0x0082  # AlignRight | AlignVCenter

# A label's text format and what the mouse may do with its text
PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
SELECTABLE_BY_MOUSE = 1  # Qt.TextInteractionFlag.TextSelectableByMouse

# Keys (Qt.Key), as ``QKeyEvent.key()`` gives them
KEY_RETURN = 0x01000004
KEY_ENTER = 0x01000005


def set_property(target: QObject, name: str, value: object) -> None:
    """Set the Qt property ``name`` of ``target`` (an enum property takes the enum's int).

    Raises ``AttributeError`` when the class declares no such property or refuses the value
    (``setProperty`` would quietly add a dynamic property of that name instead).
    """
    if not target.setProperty(name, value):
        raise AttributeError(f"{type(target).__name__} has no property {name!r} for {value!r}")
