"""The home window with many interviews: first paint, and the reload after an answer.

A store with 1,000 fictional interviews (SYNTHETIC) plus the demo, in one process driving
the real home window offscreen:

- the home window built, shown and painted, against the floor of the same 1,000 rows of
  text in a bare ``QTableView`` over a ``QStandardItemModel``, its columns fitted to their
  contents the same way (what Qt alone needs to measure and paint them);
- the list read again when nothing changed, and after one answer was saved (what the
  home window does a moment after a burst of answers while an interview is open),
  against the floor of the store query alone.

    .venv/bin/python benchmarks/bench_home.py [--interviews 1000] [--rounds 9]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import ROOT, median, report, say_load, use_private_folders  # noqa: E402

sys.path.insert(0, str(ROOT))

ANSWERED_ITEM = "structure.sme_share"


def fill_store(interviews: int) -> None:
    """The demo interview and ``interviews`` fictional ones (each with one answer)."""
    from app.models import open_store
    from app.models import repository as repo
    from app.paths import default_pack_path
    from app.scoring.pack import load_pack

    pack = load_pack(default_pack_path())
    store = open_store(backup=False)
    try:
        repo.ensure_demo_interview(store, pack)
        for number in range(interviews):
            cluster = repo.create_cluster(
                store,
                name=f"Benchmark Cluster {number} (fictional)",
                country=("AT", "DE", "FR", "IT", "PL")[number % 5],
                technology_area="ICT",
                fictional=True,
            )
            interview = repo.create_interview(
                store, cluster_id=cluster, pack=pack, mode="on_site", expert="Bench", actor="b"
            )
            repo.save_answer(store, pack, interview, ANSWERED_ITEM, 50.0, actor="b")
    finally:
        store.close()


def painted(window: object) -> float:
    """Show ``window`` and wait for its first paint; milliseconds from the call."""
    from PySide6.QtCore import QEventLoop

    from app.ui.first_paint import FirstPaint

    started = time.perf_counter()
    loop = QEventLoop()
    FirstPaint(window, loop.quit)  # type: ignore[arg-type]
    window.show()  # type: ignore[attr-defined]
    loop.exec()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--interviews", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    say_load("before")
    with tempfile.TemporaryDirectory() as tmp:
        use_private_folders(Path(tmp))
        fill_store(args.interviews)

        from PySide6.QtGui import QStandardItem, QStandardItemModel
        from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

        from app.models import open_store
        from app.models import repository as repo
        from app.models.quick_reads import list_interviews
        from app.paths import default_pack_path
        from app.scoring.pack import load_pack
        from app.ui.application import create_app
        from app.ui.main_window import MainWindow
        from app.ui.table_fit import FITTED_ROWS

        app = create_app()
        store = open_store(backup=False)
        pack = load_pack(default_pack_path())
        rows = len(list_interviews(store))
        opened: list[float] = []
        bare_opened: list[float] = []
        unchanged: list[float] = []
        after_answer: list[float] = []
        query: list[float] = []
        for round_number in range(args.rounds):
            started = time.perf_counter()
            window = MainWindow(store)
            opened.append((time.perf_counter() - started) * 1000 + painted(window))
            texts = [
                [window.proxy.index(row, column).data() for column in range(8)]
                for row in range(window.proxy.rowCount())
            ]

            started = time.perf_counter()
            bare = QTableView()
            model = QStandardItemModel(0, 8, bare)
            for line in texts:
                model.appendRow([QStandardItem(text) for text in line])
            bare.setModel(model)
            header = bare.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setResizeContentsPrecision(FITTED_ROWS)  # columns fitted as the home's
            bare.resize(1100, 600)
            bare_opened.append((time.perf_counter() - started) * 1000 + painted(bare))
            bare.close()

            for measured, answer in ((unchanged, False), (after_answer, True)):
                if answer:
                    interview = list_interviews(store)[round_number % rows].id
                    value = 10.0 + round_number
                    repo.save_answer(store, pack, interview, ANSWERED_ITEM, value, actor="b")
                started = time.perf_counter()
                window.reload()
                QApplication.processEvents()  # the view relays itself out and repaints
                window.table.viewport().repaint()
                measured.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            list_interviews(store)
            query.append((time.perf_counter() - started) * 1000)
            window.close()
            window.deleteLater()
            QApplication.processEvents()
        store.close()
        app.quit()

    floor_query = median(query)
    name = f"home window, {rows:,} interviews"
    report(f"{name}: painted", opened, median(bare_opened), "the rows in a bare table", goal=None)
    report(f"{name}: reload, none changed", unchanged, floor_query, "the store query", goal=None)
    report(
        f"{name}: reload after an answer",
        after_answer,
        floor_query,
        "the store query",
        goal=100,
        goal_kind="value",
    )
    say_load("after")


if __name__ == "__main__":
    main()
