"""Work that waits for a widget's first paint: what the first frame can do without."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Calls back once, after ``widget`` is first painted (it watches itself, once shown).

    It watches the widget, not the application: an application-wide filter sees every
    event of every object, and converting those for Python costs the start 20 ms.
    """

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        self._done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            self._widget.removeEventFilter(self)
            # Let the whole paint (its children too) finish first; never after the widget
            # is gone (this watcher is its child).
            QTimer.singleShot(0, self, self._callback)
        return False
