"""The score panel's sections page: each section's score and what it covers, and, for a
second benchmarking, the score then and the change.

A section without an answered indicator is "not scored" (never 0 or 100); a section with
some indicators answered is marked partial and says how many, as the radar chart and the
report do.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.scoring.engine import ScoreResult, SectionScore
from app.ui.widgets import WARN_COLOUR, Column, RecordTableModel, plain_label, read_only_table

MISSING = "\u2014"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScorePanel", text)


@dataclass(frozen=True)
class SectionRow:
    """A section's score now and, when there is one, at the previous benchmarking."""

    section: SectionScore
    previous: float | None
    change: float | None


def score_text(section: SectionScore) -> str:
    """``64``, ``64 (partial)`` or ``not scored``."""
    if section.score is None:
        return _tr("not scored")
    if section.coverage.partial:
        return _tr("{score:.0f} (partial)").format(score=section.score)
    return f"{section.score:.0f}"


def coverage_text(section: SectionScore) -> str:
    """``4 of 6 indicators``."""
    coverage = section.coverage
    return _tr("{answered} of {total} indicators").format(
        answered=coverage.answered, total=coverage.indicators
    )


def coverage_tooltip(section: SectionScore) -> str:
    """What the section's score rests on."""
    coverage = section.coverage
    if not coverage.scored:
        return _tr("No indicator of this section is answered yet: it has no score.")
    if coverage.partial:
        return _tr(
            "The score is the weighted mean of the {answered} answered indicators; "
            "{open} more are not answered yet."
        ).format(answered=coverage.answered, open=coverage.indicators - coverage.answered)
    return _tr("Every indicator of this section is answered.")


def change_text(change: float | None) -> str:
    """``+12``, ``−3``, ``±0`` or a dash."""
    if change is None:
        return MISSING
    if round(change) == 0:
        return "\u00b10"
    return f"{change:+.0f}".replace("-", "\u2212")


class SectionsPage(QWidget):
    """A table of the sections with a score (0 to 100), its coverage and the change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RecordTableModel[SectionRow] = RecordTableModel(
            [
                Column(_tr("Section"), lambda r: r.section.title or r.section.id),
                Column(
                    _tr("Score"),
                    lambda r: score_text(r.section),
                    tooltip=lambda r: coverage_tooltip(r.section),
                    colour=lambda r: WARN_COLOUR if r.section.coverage.partial else None,
                    align_right=True,
                ),
                Column(
                    _tr("Covers"),
                    lambda r: coverage_text(r.section),
                    tooltip=lambda r: coverage_tooltip(r.section),
                ),
                Column(
                    _tr("Previous"),
                    lambda r: MISSING if r.previous is None else f"{r.previous:.0f}",
                    align_right=True,
                ),
                Column(_tr("Change"), lambda r: change_text(r.change), align_right=True),
            ],
            self,
        )
        self.table = read_only_table(self.model, _tr("Section scores"), 0, wrap=True)
        self.note = plain_label(
            _tr(
                "Scores from 0 to 100 over the answered indicators of each section; a partial "
                "score covers only the indicators answered so far."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def show_scores(self, scores: ScoreResult | None) -> None:
        """Show the scored sections of ``scores`` (with the previous benchmarking's)."""
        if scores is None:
            self.model.set_rows([])
            return
        before = {}
        if scores.progress is not None:
            before = {s["id"]: s for s in scores.progress.sections}
        rows = [
            SectionRow(
                s,
                (before.get(s.id) or {}).get("previous"),
                (before.get(s.id) or {}).get("change"),
            )
            for s in scores.sections
            if s.scored_items
        ]
        self.model.set_rows(rows)
        for column in (3, 4):
            self.table.setColumnHidden(column, scores.progress is None)
