"""The score panel's label page: the Bronze, Silver and Gold-readiness verdicts with their
reasons, the Silver improvement areas, and the previous benchmarking compared with."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.scoring.engine import ScoreResult
from app.scoring.labels import Verdict
from app.ui.widgets import ERROR_COLOUR, OK_COLOUR, WARN_COLOUR, bold_font, plain_label, set_colour

LEVELS = ("bronze", "silver", "gold")
LEVEL_TITLES = {"bronze": "Bronze", "silver": "Silver", "gold": "Gold readiness"}
STATUS_TEXTS = {"passed": "passed", "not_passed": "not passed", "incomplete": "incomplete"}
GOLD_STATUS_TEXTS = {"passed": "ready", "not_passed": "not ready", "incomplete": "incomplete"}
STATUS_COLOURS = {"passed": OK_COLOUR, "not_passed": ERROR_COLOUR, "incomplete": WARN_COLOUR}
AREA_MARKS = {"passed": "\u2713", "not_passed": "\u2717", "incomplete": "?"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScorePanel", text)


def verdict_heading(verdict: Verdict) -> str:
    """``Silver: passed`` (``Gold readiness: ready``), in the interface language."""
    if verdict.level == "gold":
        state = _tr(GOLD_STATUS_TEXTS.get(verdict.status, verdict.status))
    else:
        state = _tr(STATUS_TEXTS.get(verdict.status, verdict.status))
    title = _tr(LEVEL_TITLES.get(verdict.level, verdict.level))
    return _tr("{level}: {state}").format(level=title, state=state)


def verdict_body(verdict: Verdict) -> str:
    """The verdict's explanation (without its repeated heading), reasons and areas."""
    # "Silver: passed. Second benchmarking ...": the heading already says "Silver: passed".
    _heading, _sep, rest = verdict.explanation.partition(". ")
    lines = [rest] if rest else []
    lines += [f"\u2022 {reason}" for reason in verdict.reasons if reason and reason != rest]
    details: Mapping[str, Any] = verdict.details
    areas = details.get("improvements") or []
    if verdict.level == "silver":
        lines.append(
            _tr("Improvement areas:") if areas else _tr("No improvement area is recorded yet.")
        )
        for area in areas:
            mark = AREA_MARKS.get(str(area.get("status")), "?")
            lines.append(f"   {mark} {area.get('title', '')}")
            lines.append(f"      {area.get('reason', '')}")
    return "\n".join(lines)


class LabelPathPage(QScrollArea):
    """Bronze, Silver and Gold readiness, each with its reasons; a way to the areas."""

    #: The expert asked to edit the improvement areas (only where ``set_editable``).
    improvements_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.previous_label = plain_label(selectable=True)
        self.previous_label.setAccessibleName(_tr("Previous benchmarking"))
        self.headings = {level: plain_label(selectable=True) for level in LEVELS}
        self.bodies = {level: plain_label(selectable=True) for level in LEVELS}
        self.areas_button = QPushButton(_tr("&Improvement areas\u2026"))
        self.areas_button.setAccessibleName(_tr("Record the improvement areas for Silver"))
        self.areas_button.clicked.connect(lambda _checked=False: self.improvements_requested.emit())
        self.areas_button.setVisible(False)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self.previous_label)
        for level in LEVELS:
            heading = self.headings[level]
            heading.setFont(bold_font(heading, 1.05))
            heading.setAccessibleName(_tr(LEVEL_TITLES[level]))
            box.addWidget(heading)
            box.addWidget(self.bodies[level])
            if level == "silver":
                row = QHBoxLayout()
                row.addWidget(self.areas_button)
                row.addStretch(1)
                box.addLayout(row)
        self.note = plain_label(
            _tr("ESCA decides every label; these verdicts prepare the decision.")
        )
        box.addWidget(self.note)
        box.addStretch(1)
        self.setWidget(page)

    def set_editable(self, editable: bool) -> None:
        """Offer the improvement-areas editor (the expert's own interview only)."""
        self.areas_button.setVisible(editable)

    def clear(self) -> None:
        """No scores yet."""
        self.previous_label.setText(_tr("No scores yet"))
        for level in LEVELS:
            self.headings[level].setText("")
            self.bodies[level].setText("")

    def show_scores(self, scores: ScoreResult) -> None:
        """Show the verdicts of ``scores`` and the previous benchmarking compared with."""
        progress = scores.progress
        if progress is None:
            self.previous_label.setText(
                _tr(
                    "No earlier finalised benchmarking of this cluster is recorded: this is its "
                    "first (Silver needs a second one 18 to 24 months later)."
                )
            )
        else:
            months = progress.to_dict().get("months")
            self.previous_label.setText(
                _tr("Compared with the previous benchmarking of {date} ({months} months).").format(
                    date=progress.previous_date.isoformat(),
                    months="?" if months is None else f"{months:g}",
                )
            )
        for level in LEVELS:
            verdict = scores.verdicts.get(level)
            heading, body = self.headings[level], self.bodies[level]
            heading.setVisible(verdict is not None)
            body.setVisible(verdict is not None)
            if verdict is None:
                continue
            heading.setText(verdict_heading(verdict))
            set_colour(heading, STATUS_COLOURS.get(verdict.status))
            body.setText(verdict_body(verdict))
