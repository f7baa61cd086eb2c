"""Drives the real application in its own process: opens every top-level window, then quits.

Run as ``python -m tests.ui.app_driver SCENARIO`` with ``CLUSTERBENCH_DATA_DIR`` set. The
application starts exactly as ``clusterbench`` starts it (``app.cli.run([])``); a timer then
plays the steps below on its event loop, one after the other, as a user would: open a
window, close some again, leave others open, and finally quit. The process must end by
itself afterwards.

Scenarios:
- ``quit``: everything opened, the review window closed and opened again, then File > Quit.
- ``close-home``: everything opened and left open, then the home window is closed (as the
  window manager's close button does).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.cli import run
from app.models.quick_reads import demo_interview_id
from app.ui.application import create_app
from app.ui.main_window import MainWindow

Step = Callable[[MainWindow], object]


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _close_modal_later() -> None:
    """Reject the modal dialog about to run (the step calls ``exec()`` right after)."""

    def reject() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            _say(f"closed modal {type(modal).__name__}")
            modal.reject()
        else:
            QTimer.singleShot(10, reject)

    QTimer.singleShot(0, reject)


def _modal(open_it: Step) -> Step:
    def step(main: MainWindow) -> None:
        _close_modal_later()
        open_it(main)

    return step


def _interview_windows(main: MainWindow) -> None:
    window = main.open_demo()
    assert window is not None
    window.toggle_share_view()  # type: ignore[attr-defined]
    window.open_report()  # type: ignore[attr-defined]
    window.open_shortcut_sheet()  # type: ignore[attr-defined]
    window.open_recommendations()  # type: ignore[attr-defined]


def _close(window: QWidget | None) -> None:
    if window is not None:
        window.close()


COMMON: list[Step] = [
    _interview_windows,
    lambda main: main.open_practice(),
    lambda main: main.open_keys(),
    lambda main: main.open_user_guide(),
    lambda main: main.open_shortcut_sheet(),
    lambda main: main.show_about(),
    _modal(lambda main: main.new_interview()),
    _modal(lambda main: main.edit_settings()),
    _modal(lambda main: main.show_backups()),
]

SCENARIOS: dict[str, list[Step]] = {
    "quit": [
        lambda main: main.open_supervisor_view().close(),
        *COMMON,
        lambda main: main.open_supervisor_view(),
        lambda main: main.quit_action.trigger(),
    ],
    "close-home": [
        *COMMON,
        lambda main: main.open_supervisor_view(),
        lambda main: main.close(),
    ],
}


def play(steps: list[Step]) -> None:
    """Run the steps one per turn of the event loop, on the home window."""
    homes = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if not homes:
        QTimer.singleShot(20, lambda: play(steps))
        return
    main = homes[0]
    if demo_interview_id(main.store) is None:  # the first start makes it after the paint
        QTimer.singleShot(20, lambda: play(steps))
        return
    remaining = list(steps)

    def next_step() -> None:
        if not remaining:
            return
        _say(f"step {len(steps) - len(remaining) + 1} of {len(steps)}")
        remaining.pop(0)(main)
        _say(f"open windows: {sum(1 for w in QApplication.topLevelWidgets() if w.isVisible())}")
        QTimer.singleShot(0, next_step)

    next_step()


def main(argv: list[str]) -> int:
    create_app()
    QTimer.singleShot(0, lambda: play(SCENARIOS[argv[0]]))
    code = run([])
    _say(f"event loop ended with {code}")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
