"""Figures the scale tests measured, printed at the end of the run (``pytest_terminal_summary``)."""

from __future__ import annotations

#: (test name, figures) in the order they were reported.
FIGURES: list[tuple[str, dict[str, object]]] = []


def report(name: str, **figures: object) -> None:
    """Keep ``figures`` (kills, answers checked, losses, ...) for the end-of-run summary."""
    FIGURES.append((name, figures))
