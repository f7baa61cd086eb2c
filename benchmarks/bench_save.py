"""Answer-save latency: one validated answer, durably committed (WAL, synchronous=FULL),
against a raw ``sqlite3`` INSERT + COMMIT with the same settings in the same run.

Saves answers to a real store file in a temporary folder, cycling through numeric,
choice and text items of the default pack, the way the interview window does on every
answer (the answer, its event in the log, the interview's last change: one transaction).
Interleaved with them, the floor: one row inserted and committed with plain ``sqlite3``
into a second file in the same folder, in WAL mode with ``synchronous=FULL``. Both include
the fsync of the write-ahead log, so they depend on the disk more than the CPU.

    .venv/bin/python benchmarks/bench_save.py [--saves 1000]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import ROOT, median, percentile, report, say_load  # noqa: E402

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


def raw_database(path: Path) -> sqlite3.Connection:
    """The floor's database: one table, WAL, ``synchronous=FULL``, autocommit."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE answers (id INTEGER PRIMARY KEY, item TEXT, value TEXT)")
    return connection


def raw_save(connection: sqlite3.Connection, number: int) -> None:
    connection.execute("BEGIN")
    connection.execute(
        "INSERT INTO answers (item, value) VALUES (?, ?)", ("structure.sme_share", str(number))
    )
    connection.execute("COMMIT")


def main() -> None:
    """Run the benchmark and print its numbers."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--saves", type=int, default=1000)
    args = parser.parse_args()
    pack = load_pack(default_pack_path())
    say_load("before")
    # Beside the code (the disk the data folder is on), not in a memory-backed /tmp.
    with tempfile.TemporaryDirectory(dir=ROOT) as folder:
        store = open_store(Path(folder) / "clusterbench.sqlite3", backup=False)
        raw = raw_database(Path(folder) / "floor.sqlite3")
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
        floor: list[float] = []
        for n in range(args.saves):
            item_id, value_for = ANSWERS[n % len(ANSWERS)]
            started = time.perf_counter()
            repo.save_answer(store, pack, interview, item_id, value_for(n), actor="Bench")
            timings.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            raw_save(raw, n)
            floor.append((time.perf_counter() - started) * 1000)
        store.close()
        raw.close()
    say_load("after")
    floor_name = "raw sqlite3 INSERT + COMMIT, WAL, synchronous=FULL"
    report(f"answer save, median of {args.saves}", timings, median(floor), floor_name,
           goal=5, goal_kind="value")  # fmt: skip
    report(f"answer save, 99th percentile of {args.saves}", timings, percentile(floor, 0.99),
           f"{floor_name}, its 99th percentile", goal=20, goal_kind="value",
           value=percentile(timings, 0.99))  # fmt: skip


if __name__ == "__main__":
    main()
