"""Command-line start: `clusterbench --help` and `clusterbench interviews --json` against
Python itself reading the same store.

The floor is ``python -c 'import sqlite3, json; ...'`` running the interview list's own
query on the same store file and printing the rows as JSON: what any Python program needs
to answer ``interviews --json``. Interleaved runs (default 30) of the three processes, wall
clock from start to exit, on a store holding the fictional demo interview and 20 more.

    .venv/bin/python benchmarks/bench_cli.py [--runs 30]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import ROOT, median, report, say_load, use_private_folders  # noqa: E402

sys.path.insert(0, str(ROOT))

FLOOR = """
import sqlite3, json, sys
connection = sqlite3.connect(sys.argv[1])
rows = connection.execute({query!r}).fetchall()
print(json.dumps(rows, indent=2))
"""


def make_store() -> Path:
    """A store with the demo interview and 20 fictional ones, in the data folder the
    environment names; returns its file."""
    from app.models import open_store
    from app.models import repository as repo
    from app.paths import default_pack_path
    from app.scoring.pack import load_pack

    pack = load_pack(default_pack_path())
    store = open_store()
    try:
        repo.ensure_demo_interview(store, pack)
        for number in range(20):
            cluster = repo.create_cluster(
                store,
                name=f"Benchmark Cluster {number} (fictional)",
                country="AT",
                technology_area="ICT",
                fictional=True,
            )
            interview = repo.create_interview(
                store, cluster_id=cluster, pack=pack, mode="on_site", expert="Bench", actor="b"
            )
            repo.save_answer(store, pack, interview, "structure.sme_share", 50.0, actor="b")
        return store.path
    finally:
        store.close()


def wall_ms(command: list[str], env: dict[str, str]) -> float:
    """Milliseconds from starting ``command`` to its exit (which must be 0)."""
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - started) * 1000


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    from app.models.interview_list import SUMMARY_QUERY

    clusterbench = str(Path(sys.executable).with_name("clusterbench"))
    say_load("before")
    with tempfile.TemporaryDirectory() as tmp:
        use_private_folders(Path(tmp))  # the commands' settings too, not the user's
        store_file = make_store()
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        commands = {
            "floor": [sys.executable, "-c", FLOOR.format(query=SUMMARY_QUERY), str(store_file)],
            "help": [clusterbench, "--help"],
            "json": [clusterbench, "interviews", "--json"],
        }
        for command in commands.values():  # compiled once, as an installed app is
            wall_ms(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for run in range(args.runs):
            names = list(commands)
            for name in names[run % 3 :] + names[: run % 3]:
                times[name].append(wall_ms(commands[name], env))
    say_load("after")
    floor = median(times["floor"])
    floor_name = "python -c 'import sqlite3, json' + the same query"
    report("clusterbench --help", times["help"], floor, floor_name, goal=1.5)
    report("clusterbench interviews --json", times["json"], floor, floor_name, goal=1.5)


if __name__ == "__main__":
    main()
