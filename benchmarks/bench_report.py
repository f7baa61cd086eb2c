"""Report generation: the demo interview's benchmarking PDF, end to end and by stage.

Creates a throwaway data folder with the fictional demo interview, loads the shipped
synthetic reference set, then times (median and max of several runs, wall clock):
reading and scoring the interview (``build_report_data``), rendering and writing the PDF
(``write_report``), and a fresh ``clusterbench report`` process (imports included).
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
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _stats(name: str, seconds: list[float]) -> None:
    ms = [s * 1000 for s in seconds]
    print(f"{name:<44} median {statistics.median(ms):7.0f} ms   max {max(ms):7.0f} ms")


def main() -> None:
    """Measure and print."""
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        os.environ["CLUSTERBENCH_DATA_DIR"] = str(base / "data")
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

        cli = []
        env = dict(os.environ)
        for n in range(3):
            target = base / f"cli-{n}.pdf"
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "app", "report", str(interview_id), "--out", str(target)],
                cwd=ROOT, env=env, check=True, capture_output=True, timeout=120,
            )  # fmt: skip
            cli.append(time.perf_counter() - started)

    print(
        f"demo interview report: {pages} pages, {size_kb:.0f} KiB, {RUNS} runs, "
        f"{os.cpu_count()} CPUs"
    )
    _stats("build_report_data (read + score + peers)", build)
    _stats("write_report (render + fsync + rename)", render)
    _stats("total in process", [b + r for b, r in zip(build, render, strict=True)])
    _stats("`clusterbench report` fresh process", cli)


if __name__ == "__main__":
    main()
