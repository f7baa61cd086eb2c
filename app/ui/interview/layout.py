"""The interview window's two layouts: panels beside the question, or (compact, beside a
video call) tabbed below it and closed until asked for; sizes follow the screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QDockWidget

from app.ui.window_fit import bounded_size, keep_on_screen

if TYPE_CHECKING:
    from app.ui.interview.window import InterviewWindow

#: Fits beside a video-call window on a 1280x800 screen.
COMPACT_SIZE = QSize(560, 760)
NORMAL_SIZE = QSize(1360, 860)
#: The navigator's and the scores' widths beside the question, until the user moves them.
DOCK_WIDTHS = (300, 500)


def switch_layout(window: InterviewWindow, compact: bool, *, changed: bool, resize: bool) -> None:
    """Arrange ``window`` for the layout; on a change, resize it and keep the panels' widths
    from before the compact layout for the way back."""
    if changed and compact and window.isVisible():
        keep_dock_widths(window)
    arrange(window, compact)
    if changed and resize:
        resize_for(window, compact)
    if changed and not compact:
        restore_dock_widths(window)


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
            [window.navigator_dock, window.scores_dock],
            list(DOCK_WIDTHS),
            Qt.Orientation.Horizontal,
        )


def resize_for(window: InterviewWindow, compact: bool) -> None:
    """The layout's size, never larger than the room on the screen; all of it on screen."""
    window.resize(bounded_size(window, COMPACT_SIZE if compact else NORMAL_SIZE))
    keep_on_screen(window)


def keep_dock_widths(window: InterviewWindow) -> None:
    """Remember the panels' widths before the compact layout stacks them."""
    window.dock_widths = [window.navigator_dock.width(), window.scores_dock.width()]


def restore_dock_widths(window: InterviewWindow) -> None:
    """Give the panels their widths from before the compact layout, once the window has its
    new size (the resize is applied by the event loop)."""
    widths = window.dock_widths or list(DOCK_WIDTHS)

    def apply() -> None:
        window.resizeDocks(
            [window.navigator_dock, window.scores_dock], widths, Qt.Orientation.Horizontal
        )

    apply()
    QTimer.singleShot(0, window, apply)


def toggle_dock(dock: QDockWidget) -> None:
    """Hide a dock that can be seen, show (and raise) one that cannot."""
    if dock.isVisible() and not dock.visibleRegion().isEmpty():
        dock.hide()
    else:
        dock.show()
        dock.raise_()
