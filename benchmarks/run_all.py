"""Run every benchmark, one after the other, and sum up: each figure beside the floor
measured in the same run, the ratio, the goal and whether it is met.

    .venv/bin/python benchmarks/run_all.py            # the issue's goals (a few minutes)
    .venv/bin/python benchmarks/run_all.py --all      # also report, scoring, intake, home list
    .venv/bin/python benchmarks/run_all.py --markdown # the summary as the README's table

Each benchmark runs in its own process (its output is shown as it comes) and appends its
figures to a file this script reads. The machine's load is printed before and after: a
busy machine makes every figure worse, so rerun when it is quiet; where valgrind is
installed, the start's instructions are counted too, a figure no load moves. The exit
status is 1 when a goal is not met.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import ROOT, say_load  # noqa: E402

#: The benchmarks of the goals, in the order they run.
GOALS = ("bench_startup.py", "bench_answer.py", "bench_save.py", "bench_cli.py", "bench_bundle.py")
#: Where valgrind is installed: the start's instructions too (noise-free, about a minute).
EXTRA_ARGUMENTS = {"bench_startup.py": ["--instructions"]}
#: Benchmarks without a goal of their own (``--all``).
MORE = ("bench_scoring.py", "bench_report.py", "bench_intake.py", "bench_home.py")


def _amount(value: float, unit: str) -> str:
    if unit == "ms" and value >= 1000:
        return f"{value / 1000:.2f} s"
    if unit == "ms" and value < 10:
        return f"{value:.2f} ms"
    return f"{value:,.0f} {unit}" if value >= 100 else f"{value:.1f} {unit}"


def _markdown(figures: list[dict[str, Any]]) -> str:
    lines = [
        "| what | figure | floor (same run) | ratio | goal | spread (runs) |",
        "|---|---|---|---|---|---|",
    ]
    for f in figures:
        unit = str(f["unit"])
        goal = f["goal"]
        if goal is None:
            goal_text = "-"
        elif f["goal_kind"] == "ratio":
            goal_text = f"ratio <= {goal:g}"
        else:
            goal_text = f"<= {_amount(goal, unit)}"
        verdict = {True: " met", False: " **not met**", None: ""}[f["met"]]
        lines.append(
            f"| {f['name'].strip()} | {_amount(f['value'], unit)} "
            f"| {_amount(f['floor'], unit)} ({f['floor_name']}) "
            f"| {f['value'] / f['floor']:.2f} | {goal_text}{verdict} "
            f"| {f['spread']} ({f['runs']}) |"
        )
    return "\n".join(lines)


def main() -> int:
    """Run the benchmarks and print the summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="also the benchmarks without goals")
    parser.add_argument("--markdown", action="store_true", help="print the summary as a table")
    args = parser.parse_args()
    scripts = GOALS + (MORE if args.all else ())
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # An installed app has its bytecode compiled: so must the code measured here.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", "app"], cwd=ROOT, env=env,
                   check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    say_load("before all")
    with tempfile.TemporaryDirectory() as tmp:
        results = Path(tmp) / "figures.jsonl"
        env["BENCH_RESULTS"] = str(results)
        for script in scripts:
            print(f"\n=== {script}", flush=True)
            extra = EXTRA_ARGUMENTS.get(script, []) if shutil.which("valgrind") else []
            subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), *extra],
                           cwd=ROOT, env=env, check=True)  # fmt: skip
        figures = [json.loads(line) for line in results.read_text().splitlines()]
    print()
    say_load("after all")
    print()
    if args.markdown:
        print(_markdown(figures))
    else:
        for f in figures:
            verdict = {True: "met", False: "NOT MET", None: "-"}[f["met"]]
            print(f"{verdict:<8} {str(f['name']).strip():<52} ratio {f['value'] / f['floor']:6.2f}")
    missed = [f for f in figures if f["met"] is False]
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
