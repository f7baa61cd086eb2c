"""PySide's import hook reads no module's source, in a real start and after it.

Each case runs in its own interpreter, since the hook is set once per process. What
PySide read shows in ``linecache``, where ``inspect.getsource`` leaves every file it read.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.processes import ROOT, run_python

SOURCES_PREFIX = "sources "

#: Prints the source files read so far, as JSON after SOURCES_PREFIX.
PRINT_SOURCES = (
    "import linecache, json; "
    f"print({SOURCES_PREFIX!r} + json.dumps(sorted(linecache.cache)), flush=True)"
)

AT_FIRST_PAINT = f"""
import os, sys

class Watch:
    # Lists the sources read when --smoke reports its first paint.
    def __init__(self, real):
        self.real = real
    def write(self, text):
        if text.startswith("ready"):
            sys.stdout = self.real
            {PRINT_SOURCES}
        return self.real.write(text)
    def flush(self):
        self.real.flush()

sys.stdout = Watch(sys.stdout)
from app.cli import run
sys.exit(run(["--smoke"]))
"""

#: What PySide reads while it loads itself, before anything can enter modules for it.
PYSIDE_ALONE = f"import PySide6\n{PRINT_SOURCES}"

#: The interview window's modules imported after PySide, without and with the entries
#: (PySide loaded by ``spare_source_reads``, as ``app.ui.launch`` does).
AFTER_PYSIDE = """
import sys
if sys.argv[1] == "entered":
    from app.ui.pyside_hook import spare_source_reads
    assert spare_source_reads()
else:
    import PySide6
import app.ui.interview.window
""" + PRINT_SOURCES.replace("; ", "\n")


def sources_read(output: str) -> set[str]:
    lines = [line for line in output.splitlines() if line.startswith(SOURCES_PREFIX)]
    assert len(lines) == 1, output
    return set(json.loads(lines[0].removeprefix(SOURCES_PREFIX)))


def test_a_start_reads_no_source_before_its_first_paint(data_dir: Path) -> None:
    pyside_alone = sources_read(run_python(["-c", PYSIDE_ALONE], data_dir).stdout)
    for _start in ("first", "warm"):
        done = run_python(["-c", AT_FIRST_PAINT], data_dir, offscreen=True)
        assert "ready" in done.stdout
        assert sources_read(done.stdout) <= pyside_alone


def test_modules_imported_later_are_not_read_either(data_dir: Path) -> None:
    # Without the entries PySide reads each module's source: ours, the standard
    # library's, the plotting library's.
    read = sources_read(run_python(["-c", AFTER_PYSIDE, "as is"], data_dir).stdout)
    for part in ("app/ui/radar.py", "app/scoring/engine.py", "pyqtgraph/", "/typing.py"):
        assert any(part in path for path in read), part
    pyside_alone = sources_read(run_python(["-c", PYSIDE_ALONE], data_dir).stdout)
    entered = sources_read(run_python(["-c", AFTER_PYSIDE, "entered"], data_dir).stdout)
    assert entered <= pyside_alone


def test_no_module_of_ours_switches_on_a_feature_mode() -> None:
    # The entries keep every module in the current mode: one that switched would not be.
    for path in (ROOT / "app").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import)\s+__feature__", text, re.MULTILINE), path
