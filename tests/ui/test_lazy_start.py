"""The home window is painted before anything it does not need is imported.

A real ``clusterbench --smoke`` start in its own interpreter lists ``sys.modules`` at the
moment it reports its first paint. The plotting library, the PDF writer, the schema
validator, the spreadsheet library, the cryptography, the ORM and the scoring engine load
after that (``app.ui.warm_up``); a change that pulls one of them in before the paint fails
here, whatever the machine's speed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.processes import listed_modules, run_python

#: Packages the home window does not need before its first paint.
HEAVY_PACKAGES = (
    "alembic",
    "cryptography",
    "httpx",
    "jsonschema",
    "numpy",
    "openpyxl",
    "pypdfium2",
    "pyqtgraph",
    "pyrage",
    "reportlab",
    "sqlalchemy",
    "yaml",
)
#: Our own modules that load after the first paint (with the ones they import).
LATER_MODULES = (
    "app.export.bundle",
    "app.export.verify",
    "app.models.repository",
    "app.models.schema",
    "app.scoring.engine",
    "app.scoring.pack",
    "app.services.session",
    "app.ui.interview",
    "app.ui.radar",
)

AT_FIRST_PAINT = """
import json, sys
import app.ui.application as application

reported = application.milliseconds_since_process_start

def listing_modules():
    # Called once, when --smoke reports the first paint.
    print("modules " + json.dumps(sorted(sys.modules)), flush=True)
    print(f"qt-namespace-built {'Qt' in vars(sys.modules['PySide6.QtCore'])}", flush=True)
    return reported()

application.milliseconds_since_process_start = listing_modules
from app.cli import run
sys.exit(run(["--smoke"]))
"""


def first_paint(data_dir: Path) -> str:
    """What a ``--smoke`` start in its own interpreter printed, up to its first paint."""
    done = run_python(["-c", AT_FIRST_PAINT], data_dir, offscreen=True)
    assert any(line.startswith("ready ") for line in done.stdout.splitlines())
    return done.stdout


def modules_at_first_paint(data_dir: Path) -> set[str]:
    return listed_modules(first_paint(data_dir))


@pytest.mark.parametrize("start", ["first start", "warm start"])
def test_nothing_heavy_is_imported_before_the_first_paint(start: str, data_dir: Path) -> None:
    if start == "warm start":
        modules_at_first_paint(data_dir)  # makes the store and the demo interview
    loaded = modules_at_first_paint(data_dir)
    assert "app.ui.main_window" in loaded  # the home window was made and painted
    too_early = sorted(
        name
        for name in loaded
        if name.split(".")[0] in HEAVY_PACKAGES
        or any(name == later or name.startswith(later + ".") for later in LATER_MODULES)
    )
    assert too_early == []


@pytest.mark.parametrize("start", ["first start", "warm start"])
def test_qts_enums_are_not_built_before_the_first_paint(start: str, data_dir: Path) -> None:
    """Any use of ``PySide6.QtCore.Qt`` builds its 93 Python enums: a sixth of a bare
    window's start. The home window's first frame passes Qt's values as ints
    (``app.ui.qt_values``), and the modules it loads import ``Qt`` only where it runs later."""
    if start == "warm start":
        first_paint(data_dir)
    printed = first_paint(data_dir).splitlines()
    assert "qt-namespace-built False" in printed
    assert "qt-namespace-built True" not in printed


def test_the_first_start_leaves_the_demo_for_the_next(data_dir: Path) -> None:
    from app.models import open_store
    from app.models.quick_reads import list_interviews

    modules_at_first_paint(data_dir)
    store = open_store()
    try:
        names = [row.cluster_name for row in list_interviews(store)]
    finally:
        store.close()
    assert names == ["Demo: Lakeside Photonics Cluster (fictional)"]


COLLECTION_WATCHED = """
import gc, sys
import app.ui.warm_up as loading

start_loading = loading.warm_up

def watched(window, *, make_demo):
    print(f"painted collecting={gc.isenabled()}", flush=True)
    announcer = start_loading(window, make_demo=make_demo)

    def loaded():
        print(f"loaded collecting={gc.isenabled()} frozen={gc.get_freeze_count()}", flush=True)
        window.close()

    announcer.finished.connect(loaded)
    return announcer

loading.warm_up = watched
from app.cli import run
sys.exit(run([]))
"""


def test_the_start_collects_no_garbage_until_everything_is_loaded(data_dir: Path) -> None:
    """The start pauses Python's garbage collector (``app.ui.launch``): it is still off at
    the first paint, back on once loading is done, and what the start made is frozen."""
    done = run_python(["-c", COLLECTION_WATCHED], data_dir, offscreen=True)
    lines = [line for line in done.stdout.splitlines() if " collecting=" in line]
    assert lines[0] == "painted collecting=False"
    loaded = lines[1].split()
    assert loaded[:2] == ["loaded", "collecting=True"]
    assert int(loaded[2].removeprefix("frozen=")) > 100_000
