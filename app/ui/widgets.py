"""Small building blocks shared by the windows: plain-text labels, colours, formatting."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

ERROR_COLOUR = "#b3261e"
OK_COLOUR = "#2e7d32"
WARN_COLOUR = "#b26a00"


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = False) -> QLabel:
    """A label that never interprets its text as mark-up."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def set_colour(label: QLabel, colour: str | None) -> None:
    """Colour a message label (None: the palette's text colour)."""
    label.setStyleSheet(f"color: {colour};" if colour else "")


def local_time(moment: datetime) -> str:
    """A moment in local time: the time alone today, the date and time otherwise."""
    local = moment.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M:%S")
    return local.strftime("%Y-%m-%d %H:%M")


def size_text(size: int) -> str:
    """A file size for people: B, KB or MB."""
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} B"
