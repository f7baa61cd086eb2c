"""The score panel: eligibility, Gold-readiness, the Silver pre-check and peer percentiles.

Everything shown comes from one ``ScoreResult`` (``app.scoring.engine``); the panel only
presents it. Labels and reasons are shown as plain text.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.scoring.eligibility import Criterion
from app.scoring.engine import IndicatorScore, ScoreResult
from app.scoring.peers import PeerGroup
from app.ui import palette
from app.ui.widgets import (
    ERROR_COLOUR,
    Column,
    RecordTableModel,
    bold_font,
    plain_label,
    read_only_table,
)

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
_PASSED_COLOURS: dict[bool | None, str] = {True: palette.OK, False: ERROR_COLOUR}
GOLD_STATUS = {
    "ready": "Ready for Gold",
    "not_ready": "Not ready for Gold",
    "incomplete": "Incomplete",
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


def format_number(value: object) -> str:
    """A value for a table cell: numbers compactly, None as a dash."""
    if value is None:
        return MISSING
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if isinstance(value, (int, float)):
        # Thousands separators only for big amounts, so years read as years.
        separator = "," if abs(value) >= 10_000 else ""
        if isinstance(value, float) and value % 1:
            return f"{value:{separator}.2f}".rstrip("0").rstrip(".")
        return f"{value:{separator}.0f}"
    if isinstance(value, list):
        return _tr("{n} given").format(n=len(value))
    return str(value)


def _text_label(*, bold: bool = False) -> QLabel:
    label = plain_label(selectable=True)
    if bold:
        label.setFont(bold_font(label, 1.1))
    return label


class ScorePanel(QWidget):
    """Eligibility verdict, Gold-readiness with gaps, Silver pre-check, peer percentiles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Score panel"))
        self._groups: Mapping[str, PeerGroup] = {}
        self._peer_values: Mapping[str, Mapping[str, float | None]] = {}

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Score panel pages"))
        self.tabs.setDocumentMode(True)

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
                    lambda r: f"{r.label or r.id}\n{r.reason}",
                    tooltip=lambda r: r.reason,
                ),
            ],
            self,
        )
        self.criteria_view = read_only_table(
            self.criteria_model, self.tr("Eligibility criteria"), 1, wrap=True
        )
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self.eligibility_verdict)
        box.addWidget(self.eligibility_explanation)
        box.addWidget(self.criteria_view, 1)
        self.tabs.addTab(page, self.tr("Eligibility"))

        # Gold readiness and the Silver pre-check
        self.gold_verdict = _text_label(bold=True)
        self.gold_share = _text_label()
        self.gold_explanation = _text_label()
        self.gold_changes = _text_label()
        self.silver_verdict = _text_label()
        self.gap_model: RecordTableModel[IndicatorScore] = RecordTableModel(
            [
                Column(self.tr("Indicator"), lambda r: r.label or r.id),
                Column(self.tr("Value"), lambda r: format_number(r.value), align_right=True),
                Column(
                    self.tr("Gold threshold"),
                    lambda r: self._threshold_text(r),
                    align_right=True,
                ),
                Column(
                    self.tr("Gap"),
                    lambda r: format_number(r.gap),
                    tooltip=lambda r: r.explanation or None,
                    align_right=True,
                ),
                Column(
                    self.tr("Gold"),
                    lambda r: self._passed_text(r.passed),
                    colour=lambda r: _PASSED_COLOURS.get(r.passed),
                ),
                Column(
                    self.tr("Minimum"),
                    lambda r: self._minimum_text(r),
                    colour=lambda r: ERROR_COLOUR if r.minimum_met is False else None,
                ),
            ],
            self,
        )
        self.gap_view = read_only_table(
            self.gap_model, self.tr("Indicators against Gold thresholds"), 0, wrap=True
        )
        page = QWidget()
        box = QVBoxLayout(page)
        for widget in (self.gold_verdict, self.gold_share, self.gold_explanation):
            box.addWidget(widget)
        box.addWidget(self.gap_view, 1)
        box.addWidget(self.gold_changes)
        box.addWidget(self.silver_verdict)
        self.tabs.addTab(page, self.tr("Gold readiness"))

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

    def set_scores(self, scores: ScoreResult | None) -> None:
        """Show a score result (None: no scores yet)."""
        if scores is None:
            self._groups, self._peer_values = {}, {}
            self.eligibility_verdict.setText(self.tr("No scores yet"))
            self.gold_verdict.setText(self.tr("No scores yet"))
            for label in (
                self.eligibility_explanation,
                self.gold_share,
                self.gold_explanation,
                self.gold_changes,
                self.silver_verdict,
            ):
                label.setText("")
            self.gold_changes.setVisible(False)
            for model in (self.gap_model, self.percentile_model):
                model.set_rows([])
            self.criteria_model.set_rows([])
            self._show_peers(None, [])
            return
        self._groups = scores.peers.groups
        self._peer_values = scores.peers.indicators
        self._show_eligibility(scores)
        self._show_gold(scores)
        self._show_peers(scores.reference, list(scores.indicators))

    # --- sections ----------------------------------------------------------------------

    def _show_eligibility(self, scores: ScoreResult) -> None:
        eligibility = scores.eligibility
        self.eligibility_verdict.setText(_tr(VERDICTS.get(eligibility.status, eligibility.status)))
        self.eligibility_explanation.setText(eligibility.explanation)
        self.criteria_model.set_rows(list(eligibility.criteria))

    def _show_gold(self, scores: ScoreResult) -> None:
        gold, silver = scores.gold, scores.silver_precheck
        self.gold_verdict.setText(_tr(GOLD_STATUS.get(gold.status, gold.status)))
        minimum_text = {
            True: self.tr("all minimum requirements met"),
            False: self.tr("some minimum requirements not met"),
            None: self.tr("minimum requirements not all answered"),
        }[gold.minimums_met]
        self.gold_share.setText(
            self.tr(
                "{share:.0f} % of the weighted indicators meet Gold ({required:.0f} % "
                "needed); {minimums}."
            ).format(share=gold.share, required=gold.required_share, minimums=minimum_text)
        )
        self.gold_explanation.setText(gold.explanation)
        changes = list(gold.what_would_change)
        self.gold_changes.setText(
            self.tr("What would change the verdict:")
            + "\n"
            + "\n".join(f"\u2022 {c}" for c in changes)
            if changes
            else ""
        )
        self.gold_changes.setVisible(bool(changes))
        failing = set(gold.failing)
        scored = [i for i in scores.indicators if i.gold_threshold is not None or i.minimum]
        # What to work on first: the indicators keeping Gold away, then any other below it.
        scored.sort(key=lambda i: (i.id not in failing, i.passed is not False))
        self.gap_model.set_rows(scored)
        silver_text = {
            True: self.tr("Silver pre-check: passed."),
            False: self.tr("Silver pre-check: not passed."),
            None: self.tr("Silver pre-check: not all minimums answered yet."),
        }[silver.passed]
        self.silver_verdict.setText(f"{silver_text} {silver.explanation}".strip())

    def _show_peers(
        self, reference: Mapping[str, object] | None, indicators: list[IndicatorScore]
    ) -> None:
        parts = []
        for key in PEER_GROUP_KEYS:
            group = self._groups.get(key)
            if group is None:
                continue
            label = _tr(group.label)
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
        names = {
            "technology_area": self.tr("Technology area"),
            "excellence": self.tr("Excellence group"),
            "all": self.tr("All clusters"),
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

    @staticmethod
    def _threshold_text(record: IndicatorScore) -> str:
        threshold = record.gold_threshold
        if threshold is None:
            return MISSING
        sign = "\u2264 " if record.direction == "lower" else "\u2265 "
        return sign + format_number(threshold)

    @staticmethod
    def _passed_text(passed: bool | None) -> str:
        if passed is None:
            return _tr("not answered")
        return _tr("\u2713 meets") if passed else _tr("\u2717 below")

    @staticmethod
    def _minimum_text(record: IndicatorScore) -> str:
        minimum = record.minimum
        if minimum is None:
            return ""
        state = {True: _tr("met"), False: _tr("NOT met"), None: _tr("unknown")}[record.minimum_met]
        return f"{format_number(minimum)}: {state}"
