"""Closed windows are freed: after many round trips the live widgets and top-level windows
are back to where they were, and no closed window object survives.

Each test opens a window the way the app does (from the home window, or from the interview
window), closes it, and lets Qt delete what was closed. The first round trip warms caches
(fonts, the plotting library, the pack) and sets the baseline.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.models import Store
from app.scoring.pack import Pack
from app.scoring.reference import default_reference
from app.ui.main_window import MainWindow
from app.ui.report_dialog import ReportDialog
from app.ui.supervisor.window import SupervisorWindow
from tests.ui.test_supervisor import exported, trusted_path  # noqa: F401 - fixtures

INTERVIEW_ROUND_TRIPS = 50
SUPERVISOR_ROUND_TRIPS = 30
REPORT_ROUND_TRIPS = 20


def settle() -> tuple[int, int]:
    """Delete what was closed, collect garbage; the live widgets and top-level windows."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        gc.collect()
    return len(QApplication.allWidgets()), len(QApplication.topLevelWidgets())


def round_trips(count: int, open_and_close: Callable[[], QWidget]) -> list[Any]:
    """Open and close a window ``count`` times; weak references to each window object."""
    survivors = []
    for _ in range(count):
        window = open_and_close()
        survivors.append(weakref.ref(window))
        del window
        settle()
    return survivors


def home(qtbot: Any, store: Store) -> MainWindow:
    window = MainWindow(store, default_reference())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_interview_windows_are_freed_when_closed(
    qtbot: Any, store: Store, interview_id: int
) -> None:
    main = home(qtbot, store)

    def open_and_close() -> QWidget:
        window = main.open_interview(interview_id)
        assert window is not None
        qtbot.waitExposed(window)
        window.next_item()
        window.close()
        return window

    round_trips(1, open_and_close)
    baseline = settle()
    survivors = round_trips(INTERVIEW_ROUND_TRIPS, open_and_close)

    assert settle() == baseline
    assert [ref for ref in survivors if ref() is not None] == []


def test_supervisor_windows_with_a_verified_bundle_are_freed_when_closed(
    qtbot: Any,
    store: Store,
    trusted_path: Path,  # noqa: F811 - fixture
    exported: tuple[int, Path],  # noqa: F811 - fixture
) -> None:
    main = home(qtbot, store)
    _interview_id, bundle = exported

    def open_and_close() -> QWidget:
        window = main.open_supervisor_view()
        assert isinstance(window, SupervisorWindow)
        with qtbot.waitSignal(window.verification_finished, timeout=60000):
            window.open_bundle(bundle)
        assert window.is_verified()
        window.close()
        return window

    round_trips(1, open_and_close)
    baseline = settle()
    survivors = round_trips(SUPERVISOR_ROUND_TRIPS, open_and_close)

    assert settle() == baseline
    assert [ref for ref in survivors if ref() is not None] == []


def test_report_previews_are_freed_when_closed(
    qtbot: Any, store: Store, interview_id: int, default_pack: Pack
) -> None:
    main = home(qtbot, store)
    interview = main.open_interview(interview_id)
    assert interview is not None

    def open_and_close() -> QWidget:
        dialog = interview.open_report()
        assert isinstance(dialog, ReportDialog)
        with qtbot.waitSignal(dialog.report_ready, timeout=60000):
            pass
        assert dialog.page_images
        dialog.close()
        return dialog

    round_trips(1, open_and_close)
    baseline = settle()
    survivors = round_trips(REPORT_ROUND_TRIPS, open_and_close)

    assert settle() == baseline
    assert [ref for ref in survivors if ref() is not None] == []
