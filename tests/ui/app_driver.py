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
- ``restart``: the demo interview opened, then File > Settings: Deutsch, Save, and "Restart
  now". The process starts again as it was started (same command line); that start, now
  in German, reports its language and quits.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app.cli import run
from app.models.quick_reads import demo_interview_id
from app.settings import Settings, settings
from app.ui.application import create_app
from app.ui.i18n import language_in_use
from app.ui.main_window import MainWindow
from app.ui.settings import SettingsDialog

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


def _choose_german_and_restart(main: MainWindow) -> None:
    """File > Settings: choose Deutsch, save, and take the offer to restart now."""

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox):
            _say(f"asked: {modal.windowTitle()}")
            roles = {modal.buttonRole(button): button for button in modal.buttons()}
            roles[QMessageBox.ButtonRole.AcceptRole].click()
            return
        if isinstance(modal, SettingsDialog):
            modal.language.setCurrentIndex(modal.language.findData("de"))
            _say("chose Deutsch")
            modal.accept()
        QTimer.singleShot(10, answer)

    QTimer.singleShot(0, answer)
    main.edit_settings()


def _report_language(main: MainWindow) -> None:
    _say(f"started again in {language_in_use()}: {main.menuBar().actions()[0].text()}")


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
    "restart": [lambda main: main.open_demo(), _choose_german_and_restart],
    "restarted": [_report_language, lambda main: main.quit_action.trigger()],
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
    scenario = argv[0]
    if scenario == "restart" and settings().is_set(Settings.language):
        scenario = "restarted"  # this is the start that followed "Restart now"
    create_app()
    QTimer.singleShot(0, lambda: play(SCENARIOS[scenario]))
    code = run([])
    _say(f"event loop ended with {code}")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
