"""The interview window's two layouts: panels beside the question, or (compact, beside a
video call) tabbed below it and closed until asked for; sizes follow the screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget

if TYPE_CHECKING:
    from app.ui.interview.window import InterviewWindow

#: Fits beside a video-call window on a 1280x800 screen.
COMPACT_SIZE = QSize(560, 760)
NORMAL_SIZE = QSize(1360, 860)


def arrange(window: InterviewWindow, compact: bool) -> None:
    """Put the navigator and scores docks where ``compact`` wants them."""
    docks = (window.navigator_dock, window.scores_dock)
    if compact:
        for dock in docks:
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        window.tabifyDockWidget(*docks)
        for dock in docks:
            dock.hide()
        window.setMinimumSize(480, 520)
    else:
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.navigator_dock)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.scores_dock)
        for dock in docks:
            dock.show()
        window.setMinimumSize(760, 560)
        size_docks(window, compact)
    window.item_pane.set_compact(compact)
    window.header.set_compact(compact)


def size_docks(window: InterviewWindow, compact: bool) -> None:
    """Floors that keep the panels readable beside the question, then their share."""
    window.navigator_dock.set_compact(compact)
    window.scores_dock.set_compact(compact)
    if not compact:
        window.resizeDocks(
            [window.navigator_dock, window.scores_dock], [300, 500], Qt.Orientation.Horizontal
        )


def resize_for(window: InterviewWindow, compact: bool) -> None:
    """The layout's size, never larger than the screen."""
    wanted = COMPACT_SIZE if compact else NORMAL_SIZE
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        wanted = wanted.boundedTo(screen.availableGeometry().size())
    window.resize(wanted)


def toggle_dock(dock: QDockWidget) -> None:
    """Hide a dock that can be seen, show (and raise) one that cannot."""
    if dock.isVisible() and not dock.visibleRegion().isEmpty():
        dock.hide()
    else:
        dock.show()
        dock.raise_()
