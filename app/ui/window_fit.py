"""Windows and dialogs that fit the screen they open on, and remember where they were.

``fit_to_screen(widget, preferred, state=...)`` sizes a window from its screen's
``availableGeometry()`` when it is first shown (the preferred size, never larger than the
screen leaves room for, with space for the title bar), centres it on its parent or the
screen, and keeps its geometry under ``state`` in the window state (``window_state``) when
it is hidden. A saved geometry is used again only while it fits the screen it opens on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from app.ui.window_state import window_state

#: A window manager's frame (left, top with the title bar, right, bottom) until it is known.
FRAME_ALLOWANCE = (6, 34, 6, 6)


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen ``widget`` (or its parent window) is on, else the primary screen."""
    parent = widget.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or widget.screen()
    return screen or QGuiApplication.primaryScreen()


def frame_margins(widget: QWidget) -> tuple[int, int, int, int]:
    """The frame around the window's client area: left, top, right, bottom."""
    if widget.isVisible():
        outer, inner = widget.frameGeometry(), widget.geometry()
        if outer.height() > inner.height():  # the window manager has framed it
            return (
                inner.left() - outer.left(),
                inner.top() - outer.top(),
                outer.right() - inner.right(),
                outer.bottom() - inner.bottom(),
            )
    return FRAME_ALLOWANCE


def room_on(screen: QScreen | None, widget: QWidget) -> QRect:
    """The part of ``screen`` the window's client area may use (its frame taken off)."""
    available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 760)
    left, top, right, bottom = frame_margins(widget)
    return available.adjusted(left, top, -right, -bottom)


def bounded_size(widget: QWidget, preferred: QSize) -> QSize:
    """``preferred``, shrunk to the room on ``widget``'s screen."""
    return preferred.boundedTo(room_on(screen_of(widget), widget).size())


def _move_client_to(widget: QWidget, client_top_left: QPoint) -> None:
    """Move the window so that its client area starts at ``client_top_left`` (``move``
    places the frame)."""
    left, top, _right, _bottom = frame_margins(widget)
    frame_top_left = client_top_left - QPoint(left, top)
    handle = widget.windowHandle()
    if handle is not None and frame_margins(widget) == FRAME_ALLOWANCE:
        # Not framed yet, but its native window exists: on X11 ``move`` would then place
        # the client area there and the title bar would end up above the screen.
        handle.setFramePosition(frame_top_left)
    else:
        widget.move(frame_top_left)


def place(widget: QWidget, size: QSize) -> None:
    """Resize ``widget`` to ``size`` and centre it on its parent window or its screen, all of
    it on the screen."""
    room = room_on(screen_of(widget), widget)
    size = size.boundedTo(room.size()).expandedTo(widget.minimumSize())
    widget.resize(size)
    parent = widget.parentWidget()
    centre = parent.window().geometry().center() if parent is not None else room.center()
    top_left = QPoint(centre.x() - size.width() // 2, centre.y() - size.height() // 2)
    _move_client_to(widget, _inside(QRect(top_left, size), room).topLeft())


def keep_on_screen(widget: QWidget) -> None:
    """Shrink and move ``widget`` until all of it lies on its screen."""
    room = room_on(screen_of(widget), widget)
    geometry = widget.geometry()
    size = geometry.size().boundedTo(room.size()).expandedTo(widget.minimumSize())
    if size != geometry.size():
        widget.resize(size)
    moved = _inside(QRect(geometry.topLeft(), size), room)
    if moved.topLeft() != geometry.topLeft():
        _move_client_to(widget, moved.topLeft())


def _inside(rect: QRect, room: QRect) -> QRect:
    """``rect`` moved (not resized) as far as needed to lie in ``room``."""
    x = min(max(rect.x(), room.left()), room.right() + 1 - rect.width())
    y = min(max(rect.y(), room.top()), room.bottom() + 1 - rect.height())
    return QRect(max(x, room.left()), max(y, room.top()), rect.width(), rect.height())


def restore_geometry(widget: QWidget, state: str) -> bool:
    """Use the geometry saved under ``state`` when there is one; keep the window on screen."""
    saved = window_state().get(state)
    if saved is None or not widget.restoreGeometry(saved):
        return False
    keep_on_screen(widget)
    return True


def save_geometry(widget: QWidget, state: str) -> None:
    """Keep ``widget``'s geometry under ``state`` for the next time it opens."""
    if widget.isMaximized() or widget.isFullScreen():
        return
    states = window_state()
    states.set(state, widget.saveGeometry())
    states.sync()


#: The widget properties that carry each window's wish (set by ``fit_to_screen``).
_PREFERRED = "screen_fit_preferred"
_STATE = "screen_fit_state"
_PLACED = "screen_fit_placed"


class _ScreenFit(QObject):
    """One filter for every fitted window: sizes it when first shown, saves its geometry
    whenever it is hidden.

    It lives beside the application, not inside a window: a filter that is the window's
    child would be gone (on the Python side) while the window is still being torn down.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.Hide) or not isinstance(watched, QWidget):
            return False
        state = watched.property(_STATE) or None
        if kind == QEvent.Type.Show and not watched.property(_PLACED):
            watched.setProperty(_PLACED, True)
            if state is None or not restore_geometry(watched, str(state)):
                preferred = watched.property(_PREFERRED)
                place(watched, preferred if isinstance(preferred, QSize) else watched.sizeHint())
        elif kind == QEvent.Type.Hide and state is not None and watched.property(_PLACED):
            save_geometry(watched, str(state))
        return False


_filter: _ScreenFit | None = None


def fit_to_screen(
    widget: QWidget, preferred: QSize | None = None, *, state: str | None = None
) -> None:
    """Size ``widget`` from its screen when it is first shown (``preferred``, else its size
    hint), and (with ``state``) remember its geometry from one opening to the next."""
    global _filter
    if _filter is None:
        _filter = _ScreenFit(QCoreApplication.instance())
    if preferred is not None:
        widget.setProperty(_PREFERRED, preferred)
    if state is not None:
        widget.setProperty(_STATE, state)
    widget.installEventFilter(_filter)
