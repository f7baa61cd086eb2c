"""Answer entered -> radar repainted, in the real windows (offscreen).

The home window opens the interview window as the app does (it listens to every saved
answer), against the shipped synthetic reference set. For each answer a number is typed
into the question's field and Enter pressed (``QTest``), as an expert would; the figure
is the time from that key press to the end of the paint of the radar chart that follows
(the save committed with ``synchronous=FULL``, the rescoring, the navigator, the score
panel and the radar in between). Numeric questions of every section take turns, each
answered on the other side of its threshold than before, so a section's score and the
chart change every time (the chart is redrawn only when a score changes).

Two interviews: the fictional demo interview (the shipped pack, 52 questions), and one
with a pack of 200 questions (the shipped pack with its scored questions repeated under
new ids, SYNTHETIC). Floors in the same run: one frame at 60 Hz, and repainting the
radar chart as it is (the chart's own cost).

    .venv/bin/python benchmarks/bench_answer.py [--answers 60]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import ROOT, median, percentile, report, say_load, use_private_folders  # noqa: E402

sys.path.insert(0, str(ROOT))

FRAME_MS = 1000 / 60
NUMERIC = {"integer", "decimal", "percent", "currency"}
ITEMS_IN_BIG_PACK = 200


def big_pack_text(shipped: str) -> str:
    """The shipped pack with its scored numeric questions repeated to 200 questions."""
    import yaml

    document: dict[str, Any] = yaml.safe_load(shipped)
    document["id"] = "ecei-benchmarking-200-synthetic"
    document["title"] = {"en": "200 questions (SYNTHETIC, for benchmarks)"}
    sections = document["sections"]
    total = sum(len(section["items"]) for section in sections)
    copy = 0
    while total < ITEMS_IN_BIG_PACK:
        for section in sections:
            scored = [
                item for item in section["items"]
                if item["type"] in NUMERIC and "condition" not in item and "_x" not in item["id"]
            ]  # fmt: skip
            for item in scored[:2]:
                if total >= ITEMS_IN_BIG_PACK:
                    break
                clone = dict(item, id=f"{item['id']}_x{copy}")
                clone["label"] = {"en": f"{item['label']['en']} (copy {copy})"}
                section["items"].append(clone)
                total += 1
        copy += 1
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False)


class PaintWatch:
    """Timestamps the end of the next paint of a widget after ``arm()``."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.done_at: float | None = None
        self._armed = False
        watch = self

        class Filter(QObject):
            def eventFilter(self, _obj: Any, event: Any) -> bool:  # noqa: N802
                if watch._armed and event.type() == QEvent.Type.Paint:
                    watch._armed = False
                    QTimer.singleShot(0, watch._finished)
                return False

        self._filter = Filter()
        widget.installEventFilter(self._filter)

    def arm(self) -> None:
        self.done_at = None
        self._armed = True

    def _finished(self) -> None:
        self.done_at = time.perf_counter()


def wait_for(watch: PaintWatch, app: Any, what: str, timeout: float = 5.0) -> float:
    started = time.perf_counter()
    while watch.done_at is None:
        app.processEvents()
        if time.perf_counter() - started > timeout:
            raise SystemExit(f"the radar was not repainted after {what}")
    return watch.done_at


def measure(window: Any, app: Any, answers: int) -> tuple[list[float], list[float]]:
    """(answer -> radar repainted, the radar redrawn alone) in milliseconds."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    session = window.session
    items = [
        item for item in session.pack.items
        if item.type in NUMERIC and item.scoring.scored and session.is_asked(item.id)
    ]  # fmt: skip
    by_section: dict[str, list[Any]] = {}
    for item in items:
        by_section.setdefault(item.id.split(".")[0], []).append(item)
    order = [group[n % len(group)] for n in range(answers) for group in by_section.values()]
    radar = window.scores_dock.radar
    viewport = radar._plot_widget.viewport()
    watch = PaintWatch(viewport)
    timings: list[float] = []
    for number, item in enumerate(order[: answers + 5]):
        window.go_to_item(item.id)
        app.processEvents()
        editor = window.item_pane.editor
        low = int(item.validation.min or 0)
        high = int(
            item.validation.max
            if item.validation.max is not None
            else 100
            if item.type == "percent"
            else 1_000_000
        )
        # The lowest or the highest value, on the other side of the question's threshold
        # than the answer given: the section's score (and the chart, which is redrawn only
        # when a score changes) changes with every answer.
        current = session.answer(item.id)
        threshold = item.scoring.gold_threshold
        if threshold is None or not low < threshold <= high:
            threshold = (low + high) / 2
        value = low if current is not None and float(current) >= threshold else high
        editor.line.selectAll()
        QTest.keyClicks(editor.line, str(value))  # typed, as an expert does (not timed)
        app.processEvents()
        watch.arm()
        started = time.perf_counter()
        QTest.keyClick(editor.line, Qt.Key.Key_Return)
        ended = wait_for(watch, app, f"{item.id} = {value}")
        if number >= 5:  # the first few warm the caches
            timings.append((ended - started) * 1000)
    redraws: list[float] = []
    scores = session.scores
    for _ in range(30):
        watch.arm()
        started = time.perf_counter()
        radar.set_scores(scores)
        radar._plot_widget.viewport().update()
        redraws.append((wait_for(watch, app, "a redraw") - started) * 1000)
    return timings, redraws


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--answers", type=int, default=60)
    args = parser.parse_args()
    say_load("before")
    with tempfile.TemporaryDirectory() as tmp:
        use_private_folders(Path(tmp))
        from app.ui.launch import pause_collection, resume_collection

        pause_collection()  # as the app's start: collection resumes once all is loaded
        from app.models import open_store
        from app.models import repository as repo
        from app.paths import default_pack_path
        from app.scoring.pack import load_pack, parse_pack
        from app.ui.application import create_app, ensure_demo
        from app.ui.main_window import MainWindow
        from app.ui.reference_menu import active_reference_or_none

        app = create_app()
        store = open_store()
        demo_id = ensure_demo(store)
        shipped = load_pack(default_pack_path())
        big = parse_pack(big_pack_text(shipped.source_text), "200 questions")
        cluster = repo.create_cluster(
            store, name="Benchmark Cluster (fictional)", country="AT", technology_area="ICT",
            fictional=True,
        )  # fmt: skip
        big_id = repo.create_interview(
            store, cluster_id=cluster, pack=big, mode="on_site", expert="Bench", actor="b"
        )
        for item_id, value in repo.DEMO_ANSWERS.items():
            repo.save_answer(store, big, big_id, item_id, value, actor="b")
        home = MainWindow(store, active_reference_or_none())
        home.show()
        resume_collection()  # and freezes what the start made, as app.ui.warm_up does
        results = {}
        for name, interview_id in (("demo interview", demo_id), ("200-question pack", big_id)):
            window = home.open_interview(interview_id)
            assert window is not None
            window.resize(1366, 740)
            app.processEvents()
            results[name] = measure(window, app, args.answers)
            window.close()
            app.processEvents()
        home.close()
        store.close()
    say_load("after")
    for name, (timings, redraws) in results.items():
        p95 = percentile(timings, 0.95)
        report(
            f"answer -> radar repainted, {name}", timings, FRAME_MS, "one frame at 60 Hz",
            goal=16, goal_kind="value",
        )  # fmt: skip
        report(
            f"  the same, 95th percentile, {name}", timings, FRAME_MS, "one frame at 60 Hz",
            goal=25, goal_kind="value", value=p95,
        )  # fmt: skip
        print(f"    (redrawing the radar alone: median {median(redraws):.1f} ms)")


if __name__ == "__main__":
    main()
