"""Every control a keyboard or screen-reader user can reach has a name, in every main screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.models import Store
from app.scoring.reference import default_reference
from app.ui.interview.window import InterviewWindow
from app.ui.main_window import MainWindow

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def unnamed_controls(window: QWidget) -> list[str]:
    """Visible controls with neither an accessible name nor a text of their own."""
    missing = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible():
            continue
        if isinstance(widget, QHeaderView):
            continue  # part of its table, which carries the name
        if type(widget).__name__.startswith("Q") and widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (scroll bars, tab scrollers, the calendar's buttons)
        own_text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or own_text.replace("&", "").strip()):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_home_screen_controls_are_named(qtbot: Any, store: Store) -> None:
    window = MainWindow(store, default_reference())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert unnamed_controls(window) == []


def test_interview_window_controls_are_named(qtbot: Any, store: Store, interview_id: int) -> None:
    window = InterviewWindow(store, interview_id, default_reference())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for item_id in ("eligibility.member_types", "achievements.success_stories"):
        assert window.go_to_item(item_id)
        assert unnamed_controls(window) == [], item_id
    window.close()


def test_practice_and_prefill_screens_controls_are_named(
    qtbot: Any, store: Store, interview_id: int
) -> None:
    from app.settings import settings
    from app.ui.practice_window import PracticeWindow
    from app.ui.prefill_dialog import PrefillImportDialog
    from app.ui.settings import SettingsDialog

    practice = PracticeWindow(store, lambda _interview_id: None)
    prefill = PrefillImportDialog(store, interview_id)
    preferences = SettingsDialog(settings())
    for window in (practice, prefill, preferences):
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert unnamed_controls(window) == [], type(window).__name__
