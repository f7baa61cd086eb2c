"""The score panel: eligibility, Gold readiness, the label verdicts, the sections with what
their scores cover, and peer percentiles.

Everything shown comes from one ``ScoreResult`` (``app.scoring.engine``); the panel only
presents it. Labels and reasons are shown as plain text. The Gold, label and sections pages
live in ``score_gold``, ``score_label_path`` and ``score_sections``.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.scoring.eligibility import Criterion
from app.scoring.engine import IndicatorScore, ScoreResult
from app.scoring.pack import PUBLIC
from app.scoring.peers import PeerGroup
from app.ui import palette
from app.ui.score_gold import GoldPage, format_number
from app.ui.score_label_path import LabelPathPage
from app.ui.score_sections import SectionsPage
from app.ui.vocabulary import peer_group_name
from app.ui.widgets import Column, RecordTableModel, bold_font, plain_label, read_only_table

PEER_GROUP_KEYS = ("technology_area", "excellence", "all")
MISSING = "\u2014"  # em dash: no number to show


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScorePanel", text)


def hidden_group_tooltip() -> str:
    """Why a peer group's numbers are not shown."""
    return _tr(
        "Fewer than 5 clusters in this group: it is never shown, so that no single "
        "cluster can be recognised."
    )


#: Status words (literal, so that update_translations.sh finds them) and their colours.
CRITERION_TEXT = {
    "met": "\u2713 Met",
    "not_met": "\u2717 Not met",
    "waived": "\u2013 Waived",
    "unknown": "? Unknown",
    "alternative": "\u2013 No",
}
CRITERION_COLOUR = {
    "met": palette.OK,
    "not_met": palette.ERROR,
    "waived": palette.NEUTRAL,
    "unknown": palette.UNKNOWN,
    # Programme recognition and social-economy status are alternative paths, not
    # hurdles: a "no" is no failure.
    "alternative": palette.NEUTRAL,
}
VERDICTS = {
    "eligible": "Eligible for a label",
    "not_eligible": "Not eligible",
    "incomplete": "Incomplete: some criteria are not answered yet",
}


def _criterion_status(criterion: Criterion) -> tuple[str, str | None]:
    """The status word and colour of an eligibility criterion."""
    key = "alternative" if criterion.status == "not_met" and criterion.alternative else None
    key = key or criterion.status
    return CRITERION_TEXT.get(key, "?"), CRITERION_COLOUR.get(key)


def reference_summary(reference: Mapping[str, object] | None) -> str:
    """Which reference set the scores compare with, by id, version and SHA-256."""
    if not reference:
        return ""
    return _tr("Reference data: {id} {version}, SHA-256 {sha256}").format(
        id=reference.get("id", ""),
        version=reference.get("version", ""),
        sha256=reference.get("sha256", ""),
    )


def _assumed_mark(criterion: Criterion) -> str:
    """`` *`` after a criterion whose minimum is our assumption."""
    return " *" if criterion.threshold_source not in (None, PUBLIC) else ""


def _text_label(*, bold: bool = False) -> QLabel:
    label = plain_label(selectable=True)
    if bold:
        label.setFont(bold_font(label, 1.1))
    return label


class ScorePanel(QWidget):
    """Eligibility, Gold readiness with gaps, label verdicts, sections, peer percentiles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Score panel"))
        self._groups: Mapping[str, PeerGroup] = {}
        self._peer_values: Mapping[str, Mapping[str, float | None]] = {}

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Score panel pages"))
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)

        # Eligibility
        self.eligibility_verdict = _text_label(bold=True)
        self.eligibility_explanation = _text_label()
        self.criteria_model: RecordTableModel[Criterion] = RecordTableModel(
            [
                Column(
                    self.tr("Status"),
                    lambda r: _tr(_criterion_status(r)[0]),
                    colour=lambda r: _criterion_status(r)[1],
                ),
                Column(
                    self.tr("Criterion and reason"),
                    lambda r: f"{r.label or r.id}{_assumed_mark(r)}\n{r.reason}",
                    tooltip=lambda r: r.reason,
                ),
            ],
            self,
        )
        self.criteria_view = read_only_table(
            self.criteria_model, self.tr("Eligibility criteria"), 1, wrap=True
        )
        self.criteria_note = _text_label()
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self.eligibility_verdict)
        box.addWidget(self.eligibility_explanation)
        box.addWidget(self.criteria_view, 1)
        box.addWidget(self.criteria_note)
        self.tabs.addTab(page, self.tr("Eligibility"))

        # Gold readiness and the Silver pre-check
        self.gold_page = GoldPage()
        self.gold_verdict = self.gold_page.verdict
        self.gold_share = self.gold_page.share
        self.gold_changes = self.gold_page.next_step
        self.silver_verdict = self.gold_page.silver
        self.gap_model = self.gold_page.model
        self.tabs.addTab(self.gold_page, self.tr("Gold readiness"))

        # The label verdicts and the sections' scores
        self.label_page = LabelPathPage()
        self.improvements_requested = self.label_page.improvements_requested
        self.tabs.addTab(self.label_page, self.tr("Labels"))
        self.sections_page = SectionsPage()
        self.tabs.addTab(self.sections_page, self.tr("Sections"))

        # Peer percentiles
        self.peer_summary = _text_label()
        self.percentile_model: RecordTableModel[IndicatorScore] = RecordTableModel(
            [
                Column(self.tr("Indicator"), lambda r: r.label or r.id),
                Column(self.tr("Value"), lambda r: format_number(r.value), align_right=True),
                *(self._percentile_column(key) for key in PEER_GROUP_KEYS),
            ],
            self,
        )
        self.percentile_view = read_only_table(
            self.percentile_model, self.tr("Peer percentiles"), 0, wrap=True
        )
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self.peer_summary)
        box.addWidget(self.percentile_view, 1)
        self.tabs.addTab(page, self.tr("Peers"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.set_scores(None)

    # --- public API --------------------------------------------------------------------

    def set_editable(self, editable: bool) -> None:
        """Offer the improvement-areas editor (in the expert's interview window)."""
        self.label_page.set_editable(editable)

    def set_scores(self, scores: ScoreResult | None) -> None:
        """Show a score result (None: no scores yet)."""
        self.sections_page.show_scores(scores)
        if scores is None:
            self._groups, self._peer_values = {}, {}
            self.eligibility_verdict.setText(self.tr("No scores yet"))
            self.eligibility_explanation.setText("")
            self.criteria_note.setText("")
            self.criteria_model.set_rows([])
            self.gold_page.clear()
            self.label_page.clear()
            self.percentile_model.set_rows([])
            self._show_peers(None, [])
            return
        self._groups = scores.peers.groups
        self._peer_values = scores.peers.indicators
        self._show_eligibility(scores)
        self.gold_page.show_scores(scores)
        self.label_page.show_scores(scores)
        self._show_peers(scores.reference, list(scores.indicators))

    # --- sections ----------------------------------------------------------------------

    def _show_eligibility(self, scores: ScoreResult) -> None:
        eligibility = scores.eligibility
        self.eligibility_verdict.setText(_tr(VERDICTS.get(eligibility.status, eligibility.status)))
        self.eligibility_explanation.setText(eligibility.explanation)
        self.criteria_model.update_rows(eligibility.criteria)
        assumed = any(_assumed_mark(c) for c in eligibility.criteria)
        self.criteria_note.setText(
            self.tr("* The minimum of this criterion is our assumption, not a public ESCA figure.")
            if assumed
            else ""
        )
        self.criteria_note.setVisible(assumed)

    def _show_peers(
        self, reference: Mapping[str, object] | None, indicators: list[IndicatorScore]
    ) -> None:
        parts = []
        for key in PEER_GROUP_KEYS:
            group = self._groups.get(key)
            if group is None:
                continue
            label = peer_group_name(group.label)
            if group.shown:
                parts.append(f"{label} (n={group.size})")
            else:
                parts.append(self.tr("{label}: too small to show").format(label=label))
        text = " \u00b7 ".join(parts) if parts else self.tr("No peer groups.")
        if reference and reference.get("synthetic"):
            text += "\n" + self.tr("Peer data is SYNTHETIC (fictional clusters), not real results.")
        elif not reference:
            text = self.tr("No reference data loaded: peer percentiles are not available.")
        if reference:
            text += "\n" + reference_summary(reference)
        self.peer_summary.setText(text)
        rows = [i for i in indicators if i.id in self._peer_values]
        self.percentile_model.set_rows(rows)

    # --- cell helpers ------------------------------------------------------------------

    def _percentile_column(self, key: str) -> Column[IndicatorScore]:
        # Two lines each, so that the indicators' names keep the room in a narrow panel.
        names = {
            "technology_area": self.tr("Technology\narea"),
            "excellence": self.tr("Excellence\ngroup"),
            "all": self.tr("All\nclusters"),
        }

        def text(record: IndicatorScore) -> str:
            if not self._group_shown(key):
                return MISSING
            value = (self._peer_values.get(record.id) or {}).get(key)
            return MISSING if value is None else f"{float(value):.0f}"

        def tooltip(record: IndicatorScore) -> str | None:
            if not self._group_shown(key):
                return hidden_group_tooltip()
            value = (self._peer_values.get(record.id) or {}).get(key)
            if value is None:
                return self.tr("No percentile: the indicator is not answered yet.")
            return self.tr("Percentile rank {p:.0f}: better than {p:.0f} % of the group.").format(
                p=float(value)
            )

        return Column(names[key], text, tooltip=tooltip, align_right=True)

    def _group_shown(self, key: str) -> bool:
        group = self._groups.get(key)
        return bool(group is not None and group.shown)
