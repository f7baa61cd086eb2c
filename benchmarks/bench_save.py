"""Answer-save latency: one validated answer, durably committed (WAL, synchronous=FULL).

Saves answers to a real store file in a temporary folder, cycling through numeric,
choice and text items of the default pack, the way the interview window does on every
answer, and prints the median, 99th percentile and max in milliseconds. The figure
includes the fsync of the write-ahead log, so it depends on the disk more than the CPU.

    .venv/bin/python benchmarks/bench_save.py [--saves 1000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.models import open_store  # noqa: E402
from app.models import repository as repo  # noqa: E402
from app.paths import default_pack_path  # noqa: E402
from app.scoring.pack import load_pack  # noqa: E402

#: Values cycled through: (item id, a function of the run number giving a valid value).
ANSWERS: list[tuple[str, Any]] = [
    ("eligibility.committed_members", lambda n: 15 + n % 500),
    ("eligibility.management_fte", lambda n: 0.5 + (n % 40) / 4),
    ("eligibility.member_types", lambda n: ["companies", "research"][: 1 + n % 2]),
    ("structure.sme_share", lambda n: float(n % 100)),
    ("management.legal_form", lambda n: "association" if n % 2 else "company"),
    ("achievements.awards", lambda n: f"A fictional prize, version {n}"),
]


def _percentile(ordered: list[float], share: float) -> float:
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    """Run the benchmark and print its numbers."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--saves", type=int, default=1000)
    args = parser.parse_args()
    pack = load_pack(default_pack_path())
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "clusterbench.sqlite3", backup=False)
        cluster = repo.create_cluster(
            store,
            name="Benchmark Cluster (fictional)",
            country="XX",
            technology_area="ICT",
            fictional=True,
        )
        interview = repo.create_interview(
            store, cluster_id=cluster, pack=pack, mode="on_site", expert="Bench", actor="Bench"
        )
        timings: list[float] = []
        for n in range(args.saves):
            item_id, value_for = ANSWERS[n % len(ANSWERS)]
            started = time.perf_counter()
            repo.save_answer(store, pack, interview, item_id, value_for(n), actor="Bench")
            timings.append((time.perf_counter() - started) * 1000)
        store.close()
    ordered = sorted(timings)
    print(
        f"answer save ({args.saves} saves): median {statistics.median(ordered):.2f} ms   "
        f"p99 {_percentile(ordered, 0.99):.2f} ms   max {ordered[-1]:.2f} ms"
    )


if __name__ == "__main__":
    main()
