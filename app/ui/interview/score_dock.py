"""The scores dock: the live radar chart above the score panel, and the one-line summary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QSplitter, QWidget

from app.scoring.engine import ScoreResult
from app.ui.radar import RadarChart
from app.ui.score_gold import share_text
from app.ui.score_panel import ScorePanel


def _tr(text: str) -> str:
    return QCoreApplication.translate("InterviewWindow", text)


def score_summary_text(scores: ScoreResult) -> str:
    """Eligibility and the Gold share, for the status bar."""
    eligibility_text = {
        "eligible": _tr("eligible"),
        "not_eligible": _tr("not eligible"),
        "incomplete": _tr("incomplete"),
    }.get(scores.eligibility.status, "\u2014")
    gold_text = _tr("{share} % of indicators at Gold (needs {need} %)").format(
        share=share_text(scores.gold.share), need=share_text(float(scores.gold.required_share))
    )
    return _tr("Eligibility: {e} \u00b7 {g}").format(e=eligibility_text, g=gold_text)


class ScoreDock(QDockWidget):
    """Radar chart and score panel, redrawn with every saved answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Scores"), parent)
        self.radar = RadarChart()
        self.score_panel = ScorePanel()
        self.score_panel.set_editable(True)  # the expert's own interview: areas can be added
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.radar)
        splitter.addWidget(self.score_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([460, 340])
        self.splitter = splitter
        self.setObjectName("ScoresDock")
        self.setWidget(splitter)
        self.setAccessibleName(_tr("Scores"))

    def show_scores(self, scores: ScoreResult) -> None:
        """Draw a new score result."""
        self.radar.set_scores(scores)
        self.score_panel.set_scores(scores)

    def set_compact(self, compact: bool) -> None:
        """A readable floor for the panel beside the question (none in the compact layout)."""
        self.splitter.setMinimumWidth(0 if compact else 460)
