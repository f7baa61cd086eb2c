"""Every window and dialog fits a laptop screen and remembers its geometry.

The screen sizes need their own Qt process each (the offscreen platform takes the screen
from a configuration file at start): ``tests/ui/fit_driver.py`` opens every top-level window
and dialog there and reports what does not fit.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

from app.ui.window_fit import fit_to_screen

ROOT = Path(__file__).resolve().parents[2]
HANG_GUARD_SECONDS = 600
WINDOWS = {
    "home", "new interview", "settings", "backups", "keys and trust", "create key",
    "passphrase", "user guide", "about", "home shortcuts", "crash", "store problem",
    "practice cases", "review a bundle", "interview", "interview (compact)", "share view",
    "command palette", "shortcuts", "finalise review", "recommendations", "export",
    "pre-fill import", "report preview", "reopen", "calibration report", "case narrative",
}  # fmt: skip


def run_fit_driver(width: int, height: int, folder: Path) -> list[dict[str, Any]]:
    screen = {
        "synchronousWindowSystemEvents": False,
        "windowFrameMargins": True,
        "screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}],
    }  # fmt: skip
    config = folder / "screen.json"
    config.write_text(json.dumps(screen), encoding="utf-8")
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "CLUSTERBENCH_DATA_DIR": str(folder / "data"),
        "CLUSTERBENCH_CONFIG_DIR": str(folder / "config"),
    }
    finished = subprocess.run(
        [sys.executable, "-m", "tests.ui.fit_driver"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=HANG_GUARD_SECONDS,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr[-3000:]
    return [json.loads(line) for line in finished.stdout.splitlines() if line.startswith("{")]


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 800)])
def test_every_window_and_its_buttons_fit_a_laptop_screen(
    width: int, height: int, tmp_path: Path
) -> None:
    reports = run_fit_driver(width, height, tmp_path)

    problems = {r["window"]: r["problems"] for r in reports if "window" in r}
    assert set(problems) == WINDOWS
    assert {name: found for name, found in problems.items() if found} == {}
    # The desktop adds " \u2014 ClusterBench" to a title that does not end with it (Qt's
    # application display name); the name must then appear once.
    for report in (r for r in reports if "window" in r):
        title = report["title"]
        shown = title if title.endswith("ClusterBench") else f"{title} \u2014 ClusterBench"
        assert shown.count("ClusterBench") == 1, report
    trip = next(r["round_trip"] for r in reports if "round_trip" in r)
    assert trip["navigator_after"] == trip["navigator_before"] >= 270
    assert trip["peers_column_after"] == trip["peers_column_before"]


def test_a_window_comes_back_where_it_was_left(qtbot: Any) -> None:
    def dialog() -> QDialog:
        window = QDialog()
        QVBoxLayout(window).addWidget(QPushButton("OK"))
        fit_to_screen(window, QSize(400, 300), state="test_dialog/geometry")
        qtbot.addWidget(window)
        return window

    first = dialog()
    first.show()
    qtbot.waitExposed(first)
    assert first.size() == QSize(400, 300)
    first.resize(360, 250)
    first.move(first.pos().x() + 10, first.pos().y() + 5)
    left = first.geometry()
    first.close()

    second = dialog()
    second.show()
    qtbot.waitExposed(second)
    assert second.geometry() == left


def test_a_preferred_size_larger_than_the_screen_is_shrunk_to_it(qtbot: Any) -> None:
    window = QDialog()
    qtbot.addWidget(window)
    fit_to_screen(window, QSize(5000, 4000))
    window.show()
    qtbot.waitExposed(window)
    assert window.screen().availableGeometry().contains(window.frameGeometry())


FRAMED_WINDOW = """
import sys, time
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QMainWindow
from app.ui.window_fit import fit_to_screen
app = QApplication([])
window = QMainWindow()
window.winId()  # its native window exists before it is shown, as the practice window's
fit_to_screen(window, QSize(1180, 760))
window.show()
for _ in range(60):
    app.processEvents()
    time.sleep(0.05)
frame = window.frameGeometry()
print(frame.x(), frame.y(), frame.width(), frame.height(), window.geometry().y())
"""


@pytest.mark.skipif(
    not (shutil.which("xvfb-run") and shutil.which("openbox")), reason="needs Xvfb and openbox"
)
def test_a_window_made_before_it_is_shown_keeps_its_title_bar_on_a_real_screen(
    tmp_path: Path,
) -> None:
    """On X11 with a window manager, ``move`` on a window whose native window exists places
    its client area, not its frame: the title bar would sit above a 768-pixel screen."""
    (tmp_path / "window.py").write_text(FRAMED_WINDOW, encoding="utf-8")
    command = f"openbox & sleep 1; {shlex.quote(sys.executable)} window.py; kill $!"
    finished = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "sh", "-c", command],
        cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    numbers = [
        line for line in finished.stdout.splitlines() if line[:1].isdigit() or line[:1] == "-"
    ]
    assert numbers, finished.stderr[-2000:]
    x, y, width, height, client_top = (int(n) for n in numbers[-1].split())
    assert QRect(0, 0, 1366, 768).contains(QRect(x, y, width, height))
    assert client_top > y  # the title bar above the client area, on the screen
