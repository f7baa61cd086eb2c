"""Start-up time: `python -m app --smoke` to its `ready <ms>` line, next to a bare window.

Runs offscreen. Five runs each for: ClusterBench with a fresh data folder (first start:
creates the store and the demo interview), ClusterBench with a warm data folder, and a
bare PySide6 window that reports the same way. Prints median and max in milliseconds
(the `ready` figure, from process start to the first paint) and the wall-clock time.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
ROOT = Path(__file__).resolve().parent.parent

BARE_WINDOW = r"""
import os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

def since_start():
    with open("/proc/self/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    with open("/proc/uptime") as f:
        uptime = float(f.read().split()[0])
    return round((uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK")) * 1000)

app = QApplication(sys.argv)
window = QWidget()
QLabel("bare window", window)

class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            def report():
                sys.stdout.write(f"ready {since_start()}\n")
                sys.stdout.flush()
                app.quit()
            QTimer.singleShot(0, report)
        return False

watcher = FirstPaint()
app.installEventFilter(watcher)
window.resize(800, 600)
window.show()
sys.exit(app.exec())
"""


def _run(command: list[str], data_dir: Path) -> tuple[int, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CLUSTERBENCH_DATA_DIR=str(data_dir))
    started = time.perf_counter()
    done = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False
    )
    wall = (time.perf_counter() - started) * 1000
    ready = [line for line in done.stdout.splitlines() if line.startswith("ready ")]
    if done.returncode != 0 or not ready:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
    return int(ready[-1].split()[1]), wall


def _report(name: str, results: list[tuple[int, float]]) -> None:
    ready = [r for r, _ in results]
    wall = [w for _, w in results]
    print(
        f"{name:<34} ready median {statistics.median(ready):6.0f} ms  max {max(ready):6.0f} ms"
        f"   | wall median {statistics.median(wall):6.0f} ms"
    )


def main() -> None:
    """Measure and print."""
    python = sys.executable
    app_command = [python, "-m", "app", "--smoke"]
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        bare_script = base / "bare_window.py"
        bare_script.write_text(BARE_WINDOW, encoding="utf-8")
        bare = [_run([python, str(bare_script)], base / "bare") for _ in range(RUNS)]
        fresh = [_run(app_command, base / f"fresh-{n}") for n in range(RUNS)]
        warm_dir = base / "warm"
        _run(app_command, warm_dir)  # first start creates store and demo interview
        warm = [_run(app_command, warm_dir) for _ in range(RUNS)]
    print(f"start-up to first paint, offscreen, {RUNS} runs each, {os.cpu_count()} CPUs")
    _report("bare PySide6 window", bare)
    _report("clusterbench --smoke (fresh data)", fresh)
    _report("clusterbench --smoke (warm data)", warm)


if __name__ == "__main__":
    main()
