"""Start-up: `clusterbench --smoke` against a bare Qt window, and what follows the first paint.

Offscreen, interleaved rounds (default 15) of three processes each:

- the floor: a bare ``QMainWindow`` with a ``QTableView`` that reports its first paint the
  way ``--smoke`` does;
- for comparison (no goal), the home window's widgets built by Qt alone: the same search
  and filter rows, welcome strip, menus and a one-row table on a C++ model, with no module
  of ClusterBench: what the window itself costs before any of our code;
- ``python -m app --smoke`` on a warm data folder (store and demo interview made);
- ``python -m app --smoke`` on a new data folder each time (the first start).

Each figure is the wall-clock time from starting the process to reading its ``ready``
line, and its peak resident memory (``wait4``). Then, in one more process driving the real
start-up (``create_app``, the store, ``MainWindow``, ``warm_up``): how long loading after
the first paint takes, the longest the event loop went without running (a 5 ms timer;
its floor is the same timer on an idle loop), and opening the demo interview once loaded,
to its window's first paint (the floor: a bare window with a dock, opened the same way).

    .venv/bin/python benchmarks/bench_startup.py [--rounds 15] [--instructions]

With ``--instructions`` (valgrind installed), it also counts the instructions of one whole
warm ``--smoke`` run and of one bare window: a figure that a busy machine does not move.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import ROOT, median, report, say_load  # noqa: E402

BARE_WINDOW = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv)
window = QMainWindow()
table = QTableView()
table.setModel(QStandardItemModel(1, 7, table))
window.setCentralWidget(table)

class FirstPaint(QObject):  # as app.ui.first_paint.FirstPaint: watching the window only
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            def report():
                sys.stdout.write("ready\n")
                sys.stdout.flush()
                app.quit()
            QTimer.singleShot(0, report)
        return False

watcher = FirstPaint()
window.installEventFilter(watcher)
window.resize(1100, 680)
window.show()
sys.exit(app.exec())
"""

#: The home window's widgets, built by Qt alone (no ClusterBench module, a C++ model).
SAME_WIDGETS = BARE_WINDOW.replace(
    """table = QTableView()
table.setModel(QStandardItemModel(1, 7, table))
window.setCentralWidget(table)
""",
    """from PySide6.QtCore import QDate
from PySide6.QtGui import QAction, QStandardItem
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSpinBox, QStackedWidget, QVBoxLayout, QWidget,
)
central = QWidget()
column = QVBoxLayout(central)
welcome = QFrame()
strip = QHBoxLayout(welcome)
strip.addWidget(QLabel("Welcome to ClusterBench: a line of text as long as the real one"))
for text in ("Open the demo", "New interview", "Practice", "User guide", "Hide"):
    strip.addWidget(QPushButton(text))
column.addWidget(welcome)
filters = QHBoxLayout()
search = QLineEdit()
search.setPlaceholderText("Search cluster, expert or country")
search.setClearButtonEnabled(True)
filters.addWidget(search, 3)
for _ in range(2):
    choice = QComboBox()
    for n in range(6):
        choice.addItem(f"Choice {n}")
    filters.addWidget(choice, 1)
filters.addWidget(QPushButton("New interview"))
column.addLayout(filters)
dates = QHBoxLayout()
dates.addWidget(QCheckBox("Changed between"))
for _ in range(2):
    day = QDateEdit(QDate.currentDate())
    day.setCalendarPopup(True)
    day.setDisplayFormat("yyyy-MM-dd")
    dates.addWidget(day)
dates.addWidget(QCheckBox("Label expires or re-benchmarking due within"))
dates.addWidget(QSpinBox())
column.addLayout(dates)
table = QTableView()
model = QStandardItemModel(1, 7, table)
for cell in range(7):
    model.setItem(0, cell, QStandardItem(f"cell {cell}"))
table.setModel(model)
table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
pages = QStackedWidget()
pages.addWidget(table)
column.addWidget(pages, 1)
window.setCentralWidget(central)
for title in ("&File", "&Edit", "&Reference", "&Practice", "&Help"):
    menu = window.menuBar().addMenu(title)
    for n in range(5):
        menu.addAction(QAction(f"{title} {n}", window))
window.statusBar().addPermanentWidget(QLabel("1 interview"))
""",
)


def _environment(data_dir: Path) -> dict[str, str]:
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        CLUSTERBENCH_DATA_DIR=str(data_dir),
        CLUSTERBENCH_CONFIG_DIR=str(data_dir / "config"),
    )


def _run(command: list[str], data_dir: Path, timeout: int) -> subprocess.CompletedProcess[str]:
    """Run ``command`` to its end on ``data_dir``, its output kept; stop if it fails."""
    return subprocess.run(command, cwd=ROOT, env=_environment(data_dir), capture_output=True,
                          text=True, check=True, timeout=timeout)  # fmt: skip


def instructions(command: list[str], data_dir: Path) -> float:
    """Millions of instructions the whole process executed, counted by callgrind: the
    same on a busy machine as on a quiet one, so a change's cost shows through the noise."""
    done = _run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
                data_dir, timeout=600)  # fmt: skip
    counted = re.search(r"Collected : (\d+)", done.stderr)
    if counted is None:
        raise SystemExit(f"valgrind counted nothing for {' '.join(command)}")
    return int(counted.group(1)) / 1e6


def time_to_ready(command: list[str], data_dir: Path) -> tuple[float, float, float]:
    """(ms to the ``ready`` line, ms until the process ended, peak memory in MiB)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=_environment(data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    ready = None
    for line in process.stdout:
        if line.startswith("ready"):
            ready = (time.perf_counter() - started) * 1000
    _pid, status, usage = os.wait4(process.pid, 0)
    ended = (time.perf_counter() - started) * 1000
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0 or ready is None:
        raise SystemExit(f"{' '.join(command)} failed with exit status {process.returncode}")
    return ready, ended, usage.ru_maxrss / 1024


DRIVER = r"""
import json, sys, time
from app.ui.launch import pause_collection

pause_collection()  # as app.ui.launch.run_gui: collection resumes when loading is done
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

from app.ui.application import create_app, needs_demo, open_store_interactively
from app.ui.main_window import MainWindow
from app.ui.first_paint import FirstPaint

app = create_app()
store = open_store_interactively(smoke=True)
first_start = needs_demo(store)
clock = QElapsedTimer()
clock.start()
ticks = []
ticker = QTimer()
ticker.setInterval(5)
ticker.timeout.connect(lambda: ticks.append(clock.nsecsElapsed() / 1e6))

def longest_gap():
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    return max(gaps) if gaps else 0.0

# As app.ui.application.run_windows: the loading starts from the first paint, and whatever
# else waits for that paint (the list's sorting) runs beside it, on the same event loop.
loop = QEventLoop()
window = MainWindow(store)
loading = {}

def painted():
    ticks.append(clock.nsecsElapsed() / 1e6)  # a stall before the first tick counts too
    ticker.start()
    loading["started"] = time.perf_counter()
    from app.ui.warm_up import warm_up  # as run_windows imports it: after the paint

    announcer = warm_up(window, make_demo=first_start)
    announcer.finished.connect(loop.quit)
    loading["announcer"] = announcer

FirstPaint(window, painted)
window.show()
loop.exec()
warm_up_ms = (time.perf_counter() - loading["started"]) * 1000
warm_gap = longest_gap()

ticks.clear()
ticks.append(clock.nsecsElapsed() / 1e6)
QTimer.singleShot(1000, loop.quit)
loop.exec()
ticker.stop()
idle_gap = longest_gap()

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QPlainTextEdit, QTreeView
started = time.perf_counter()
bare = QMainWindow()
dock = QDockWidget("bare")
dock.setWidget(QTreeView())
bare.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
bare.setCentralWidget(QPlainTextEdit())
bare.resize(1300, 700)
bare.show()
FirstPaint(bare, loop.quit)
loop.exec()
bare_open_ms = (time.perf_counter() - started) * 1000
bare.close()

interview_id = window.proxy.interview_id(0)
started = time.perf_counter()
opened = window.open_interview(interview_id)
FirstPaint(opened, loop.quit)
loop.exec()
open_ms = (time.perf_counter() - started) * 1000
print(json.dumps({"warm_up_ms": warm_up_ms, "warm_gap_ms": warm_gap,
                  "idle_gap_ms": idle_gap, "open_ms": open_ms, "bare_open_ms": bare_open_ms}))
opened.close()
window.close()
store.close()
"""


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count the instructions of one warm --smoke run and one bare window "
        "with valgrind (about a minute)",
    )
    args = parser.parse_args()
    python = sys.executable
    smoke = [python, "-m", "app", "--smoke"]
    say_load("before")
    bare: list[tuple[float, float, float]] = []
    widgets: list[tuple[float, float, float]] = []
    warm: list[tuple[float, float, float]] = []
    first: list[tuple[float, float, float]] = []
    drives: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        bare_script = base / "bare_window.py"
        bare_script.write_text(BARE_WINDOW, encoding="utf-8")
        widgets_script = base / "same_widgets.py"
        widgets_script.write_text(SAME_WIDGETS, encoding="utf-8")
        driver_script = base / "driver.py"
        driver_script.write_text(DRIVER, encoding="utf-8")
        warm_dir = base / "warm"
        time_to_ready(smoke, warm_dir)  # the first start makes the store and the demo
        time_to_ready([python, str(bare_script)], base / "bare")  # fill the disk cache
        for round_number in range(args.rounds):
            runs = [
                (bare, lambda: time_to_ready([python, str(bare_script)], base / "bare")),
                (widgets, lambda: time_to_ready([python, str(widgets_script)], base / "bare")),
                (warm, lambda: time_to_ready(smoke, warm_dir)),
                (first, lambda n=round_number: time_to_ready(smoke, base / f"first-{n}")),
            ]
            # Interleaved, in a rotating order: a busy moment hits every kind alike.
            shift = round_number % len(runs)
            for results, run in runs[shift:] + runs[:shift]:
                results.append(run())
        for n in range(max(3, args.rounds // 3)):
            folder = warm_dir if n % 2 else base / f"drive-{n}"
            done = _run([python, str(driver_script)], folder, timeout=120)
            drives.append(json.loads(done.stdout.strip().splitlines()[-1]))
        if args.instructions:
            counted = [
                instructions(smoke, warm_dir),
                instructions([python, str(bare_script)], base / "bare"),
            ]
    say_load("after")
    bare_ready = median([r for r, _e, _m in bare])
    bare_memory = median([m for _r, _e, m in bare])
    warm_ready = [r for r, _e, _m in warm]
    report(
        "start to painted home window (--smoke, warm)",
        warm_ready,
        bare_ready,
        "bare QMainWindow + QTableView",
        goal=1.5,
    )
    report(
        "  the home window's widgets, by Qt alone",
        [r for r, _e, _m in widgets],
        bare_ready,
        "bare QMainWindow + QTableView",
        goal=None,
    )
    report(
        "first start (new store) to painted window",
        [r for r, _e, _m in first],
        median(warm_ready),
        "warm start",
        goal=1.3,
    )
    report(
        "--smoke peak memory (warm)",
        [m for _r, _e, m in warm],
        bare_memory,
        "bare window",
        unit="MiB",
        goal=1.3,
    )
    if args.instructions:
        report(
            "instructions, a whole warm --smoke run",
            counted[:1],
            counted[1],
            "the bare window's whole run",
            unit="M",
            goal=None,
        )
    print(
        f"    (first start until the demo interview is stored and the process ended: "
        f"median {median([e for _r, e, _m in first]):.0f} ms)"
    )
    idle_gap = median([d["idle_gap_ms"] for d in drives])
    report(
        "loading after the first paint: longest stall",
        [d["warm_gap_ms"] for d in drives],
        idle_gap,
        "the same 5 ms timer, idle",
        goal=100,
        goal_kind="value",
    )
    print(
        f"    (loading after the first paint took median "
        f"{median([d['warm_up_ms'] for d in drives]):.0f} ms)"
    )
    report(
        "then the first interview open and painted",
        [d["open_ms"] for d in drives],
        median([d["bare_open_ms"] for d in drives]),
        "a bare QMainWindow with a dock, in process",
        goal=300,
        goal_kind="value",
    )


if __name__ == "__main__":
    main()
