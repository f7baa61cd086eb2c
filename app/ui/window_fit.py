"""Sizing a new window to the screen it opens on: as large as wanted, never past the
screen's available area (a 1366 x 768 laptop keeps every button reachable)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: The share of the available screen a window takes at most.
SCREEN_SHARE = 0.92


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` x ``height``, shrunk to fit its screen when needed."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, int(area.width() * SCREEN_SHARE))
        height = min(height, int(area.height() * SCREEN_SHARE))
    widget.resize(max(width, widget.minimumWidth()), max(height, widget.minimumHeight()))
