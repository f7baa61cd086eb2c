"""What every benchmark shares: statistics, the machine's load, and printing a figure next to
the floor measured in the same run, with their ratio and the goal.

A benchmark calls ``report(...)`` once per figure. It prints one line::

    start to painted home window    242 ms   floor 171 ms (bare QMainWindow + QTableView)
        ratio 1.41 (goal <= 1.5): met   spread 231-262 ms, 15 runs

and, when ``BENCH_RESULTS`` names a file (``run_all.py`` does), appends the same as one
JSON line to it, for the summary table.
"""

from __future__ import annotations

import json
import os
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def percentile(values: Sequence[float], share: float) -> float:
    """The ``share`` (0..1) percentile by nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def median(values: Sequence[float]) -> float:
    """The median."""
    return float(statistics.median(values))


def load_average() -> float:
    """The one-minute load average (0 where the system does not say)."""
    try:
        return os.getloadavg()[0]
    except OSError:
        return 0.0


def use_private_folders(base: Path) -> None:
    """Point the application at its own data and settings folders under ``base`` (set
    before it is imported), so a benchmark never reads or writes the user's."""
    os.environ["CLUSTERBENCH_DATA_DIR"] = str(base / "data")
    os.environ["CLUSTERBENCH_CONFIG_DIR"] = str(base / "config")


def say_load(when: str) -> None:
    """Print the machine's load: figures taken on a busy machine are worth less."""
    cpus = os.cpu_count() or 1
    load = load_average()
    note = "  (busy: rerun when it is quieter)" if load > cpus * 0.75 else ""
    print(f"[load {when}: {load:.2f} on {cpus} CPUs{note}]")


@dataclass(frozen=True)
class Figure:
    """One measured figure with its floor, their ratio and the goal it is held to."""

    name: str
    value: float
    floor: float
    floor_name: str
    unit: str
    goal: float | None  # None: measured and compared, with no goal set
    goal_kind: str  # "ratio": value / floor <= goal; "value": value <= goal
    spread: str
    runs: int

    @property
    def ratio(self) -> float:
        """The figure divided by its floor."""
        return self.value / self.floor if self.floor else float("inf")

    @property
    def met(self) -> bool | None:
        """Whether the goal is met (None when there is none)."""
        if self.goal is None:
            return None
        held = self.ratio if self.goal_kind == "ratio" else self.value
        return held <= self.goal

    def goal_text(self) -> str:
        """The goal as a reader would write it."""
        if self.goal is None:
            return "no goal set"
        if self.goal_kind == "ratio":
            return f"ratio <= {self.goal:g}"
        return f"<= {_amount(self.goal, self.unit)}"


def _amount(value: float, unit: str) -> str:
    if unit in ("ms", "MiB", "s") and value >= 100:
        return f"{value:,.0f} {unit}"
    if unit == "ms" and value < 10:
        return f"{value:.2f} {unit}"
    return f"{value:,.1f} {unit}"


def spread_of(values: Sequence[float], unit: str) -> str:
    """The range a figure's runs covered (and its quartiles when there are many)."""
    low, high = min(values), max(values)
    text = f"{_amount(low, unit)}..{_amount(high, unit)}"
    if len(values) >= 8:
        text += f" (IQR {_amount(percentile(values, 0.25), unit)}"
        text += f"..{_amount(percentile(values, 0.75), unit)})"
    return text


def report(
    name: str,
    values: Sequence[float],
    floor: float,
    floor_name: str,
    *,
    unit: str = "ms",
    goal: float | None,
    goal_kind: str = "ratio",
    value: float | None = None,
) -> Figure:
    """Print (and record) the median of ``values`` (or ``value``) beside its floor."""
    figure = Figure(
        name=name,
        value=median(values) if value is None else value,
        floor=floor,
        floor_name=floor_name,
        unit=unit,
        goal=goal,
        goal_kind=goal_kind,
        spread=spread_of(values, unit),
        runs=len(values),
    )
    verdict = {True: "met", False: "NOT MET", None: "measured"}[figure.met]
    print(
        f"{name:<46} {_amount(figure.value, unit):>10}   floor {_amount(floor, unit)} "
        f"({floor_name})\n{'':<4}ratio {figure.ratio:.2f} ({figure.goal_text()}): {verdict}"
        f"   spread {figure.spread}, {figure.runs} runs"
    )
    results = os.environ.get("BENCH_RESULTS")
    if results:
        with open(results, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(asdict(figure) | {"met": figure.met}) + "\n")
    return figure
