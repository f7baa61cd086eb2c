"""Report generation: the demo interview's benchmarking PDF, end to end and by stage.

Creates a throwaway data folder with the fictional demo interview, loads the shipped
synthetic reference set, then times (median and max of several runs, wall clock):
reading and scoring the interview (``build_report_data``), rendering and writing the PDF
(``write_report``), and a fresh ``clusterbench report`` process (imports included). The
floors, in the same run: a one-page reportlab document written in process, and a fresh
Python process that imports reportlab and writes that page.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import ROOT, median, report, say_load, use_private_folders  # noqa: E402

sys.path.insert(0, str(ROOT))


def minimal_report(path: Path) -> None:
    """The floor: one page written with reportlab's platypus, as the report is."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    title = getSampleStyleSheet()["Title"]
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph("A report (fictional)", title)])


def _stats(name: str, seconds: list[float]) -> None:
    ms = [s * 1000 for s in seconds]
    print(f"{name:<44} median {statistics.median(ms):7.0f} ms   max {max(ms):7.0f} ms")


def main() -> None:
    """Measure and print."""
    say_load("before")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        use_private_folders(base)
        from pypdf import PdfReader

        from app.export.report import build_report_data, write_report
        from app.models import open_store
        from app.models import repository as repo
        from app.paths import default_pack_path, default_reference_path
        from app.scoring.pack import load_pack
        from app.scoring.reference import load_reference

        pack = load_pack(default_pack_path())
        reference = load_reference(default_reference_path())
        store = open_store()
        interview_id = repo.ensure_demo_interview(store, pack)
        assert interview_id is not None
        build, render = [], []
        out = base / "demo-report.pdf"
        try:
            for _ in range(RUNS):
                started = time.perf_counter()
                data = build_report_data(store, interview_id, reference)
                middle = time.perf_counter()
                write_report(data, out)
                build.append(middle - started)
                render.append(time.perf_counter() - middle)
        finally:
            store.close()
        pages = len(PdfReader(out).pages)
        size_kb = out.stat().st_size / 1024

        minimal: list[float] = []
        for _ in range(RUNS):
            started = time.perf_counter()
            minimal_report(base / "m.pdf")
            minimal.append(time.perf_counter() - started)

        cli, floor = [], []
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for n in range(5):
            target = base / f"cli-{n}.pdf"
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "app", "report", str(interview_id), "--out", str(target)],
                cwd=ROOT, env=env, check=True, capture_output=True, timeout=120,
            )  # fmt: skip
            cli.append(time.perf_counter() - started)
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, __file__, "--minimal", str(base / "min.pdf")],
                cwd=ROOT, env=env, check=True, timeout=120,
            )  # fmt: skip
            floor.append(time.perf_counter() - started)

    print(
        f"demo interview report: {pages} pages, {size_kb:.0f} KiB, {RUNS} runs, "
        f"{os.cpu_count()} CPUs"
    )
    _stats("build_report_data (read + score + peers)", build)
    _stats("write_report (render + fsync + rename)", render)
    _stats("total in process", [b + r for b, r in zip(build, render, strict=True)])
    _stats("`clusterbench report` fresh process", cli)
    say_load("after")
    total = [(b + r) * 1000 for b, r in zip(build, render, strict=True)]
    floor_ms = median([m * 1000 for m in minimal])
    report("report PDF of the demo interview, in process", total, floor_ms,
           "a one-page reportlab document", goal=None)  # fmt: skip
    fresh_ms = median([f * 1000 for f in floor])
    report("`clusterbench report`, a fresh process", [c * 1000 for c in cli], fresh_ms,
           "a process writing one reportlab page", goal=None)  # fmt: skip


if __name__ == "__main__":
    if sys.argv[1:2] == ["--minimal"]:
        minimal_report(Path(sys.argv[2]))
    else:
        main()
