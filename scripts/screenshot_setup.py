"""What the screenshot scripts share: a 1366 x 768 screen, a fictional user's home folder,
and paths shown as that user would see them.

Every folder the app uses during a run (its data and settings, the Documents folder the
export and pre-fill dialogs offer) lies in a temporary ``home/<user>`` tree, so no real
store is touched. Before a picture is taken, the temporary part of any path in a label,
a text field or a title is taken off, so ``/tmp/clusterbench-…/home/expert/Documents``
shows as ``/home/expert/Documents``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

#: The laptop screen every window must fit, and every full-window picture's size.
SCREEN = (1366, 768)


def fictional_home(prefix: str, user: str = "expert") -> tuple[Path, Path]:
    """A temporary folder holding ``home/<user>``, made the home of this run: (temporary
    folder, home). The app's data and settings go where they go on Linux."""
    temp = Path(tempfile.mkdtemp(prefix=prefix))
    home = user_home(temp, user)
    os.environ["HOME"] = str(home)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ.pop(name, None)
    os.environ["CLUSTERBENCH_DATA_DIR"] = str(data_folder(home))
    os.environ["CLUSTERBENCH_CONFIG_DIR"] = str(home / ".config" / "ClusterBench")
    return temp, home


def user_home(temp: Path, user: str) -> Path:
    """``home/<user>`` under ``temp``, with a Documents folder."""
    home = temp / "home" / user
    (home / "Documents").mkdir(parents=True, exist_ok=True)
    return home


def data_folder(home: Path) -> Path:
    """Where the app keeps a user's store on Linux."""
    return home / ".local" / "share" / "ClusterBench"


def check_screen() -> None:
    """Stop unless the primary screen is the 1366 x 768 laptop screen."""
    screen = QGuiApplication.primaryScreen()
    size = screen.size() if screen is not None else None
    if size is None or (size.width(), size.height()) != SCREEN:
        shown = f"{size.width()} x {size.height()}" if size is not None else "no screen"
        sys.exit(f"screenshots need a {SCREEN[0]} x {SCREEN[1]} screen, not {shown}")


def settle(ms: int = 400) -> None:
    """Let the event loop run for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def until(condition: object, limit_ms: int = 60_000) -> None:
    """Let the event loop run until ``condition()`` holds (at most ``limit_ms``)."""
    waited = 0
    while not condition() and waited < limit_ms:  # type: ignore[operator]
        settle(100)
        waited += 100


def ordinary_paths(widget: QWidget, temp: Path) -> None:
    """Take the temporary folder off every path ``widget``'s window shows."""
    window = widget.window()
    prefix = str(temp)
    window.setWindowTitle(window.windowTitle().replace(prefix, ""))
    for label in window.findChildren(QLabel):
        if prefix in label.text():
            label.setText(label.text().replace(prefix, ""))
    for line in window.findChildren(QLineEdit):
        if prefix in line.text():
            line.setText(line.text().replace(prefix, ""))
            line.setCursorPosition(0)
