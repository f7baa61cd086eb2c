"""The score panel: eligibility, Gold-readiness, the Silver pre-check and peer percentiles.

Everything shown comes from one score result (``score_interview(...).to_dict()``); the
panel only presents it. Labels and reasons are shown as plain text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets import ERROR_COLOUR, Column, RecordTableModel, bold_font, plain_label

Row = Mapping[str, Any]
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


CRITERION_STATUS = {
    "met": ("\u2713 Met", "#1d7a35"),
    "not_met": ("\u2717 Not met", "#b3261e"),
    "waived": ("\u2013 Waived", "#6b6b6b"),
    "unknown": ("? Unknown", "#8a6d00"),
}
#: Programme recognition is an alternative path, not a hurdle: a "no" is no failure.
ALTERNATIVE_CRITERIA = {"eligibility.programme_recognised"}
ALTERNATIVE_NOT_MET = ("\u2013 No", "#6b6b6b")
VERDICTS = {
    "eligible": "Eligible for a label",
    "not_eligible": "Not eligible",
    "incomplete": "Incomplete: some criteria are not answered yet",
}
_PASSED_COLOURS: dict[Any, str] = {True: "#1d7a35", False: ERROR_COLOUR}
GOLD_STATUS = {
    "ready": "Ready for Gold",
    "not_ready": "Not ready for Gold",
    "incomplete": "Incomplete",
}


def _criterion_status(record: Mapping[str, Any]) -> tuple[str, str | None]:
    """The status word and colour of an eligibility criterion."""
    status = str(record.get("status", ""))
    if status == "not_met" and (
        record.get("alternative") or record.get("id") in ALTERNATIVE_CRITERIA
    ):
        return ALTERNATIVE_NOT_MET
    return CRITERION_STATUS.get(status, ("?", None))


def format_number(value: Any) -> str:
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


def _table(model: RecordTableModel, name: str, stretch_column: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    # Rows grow with wrapped text whenever the column widths change.
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return view


class ScorePanel(QWidget):
    """Eligibility verdict, Gold-readiness with gaps, Silver pre-check, peer percentiles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Score panel"))
        self._scores: Mapping[str, Any] = {}
        self._groups: Mapping[str, Any] = {}
        self._peer_values: Mapping[str, Any] = {}

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Score panel pages"))
        self.tabs.setDocumentMode(True)

        # Eligibility
        self.eligibility_verdict = _text_label(bold=True)
        self.eligibility_explanation = _text_label()
        self.criteria_model = RecordTableModel(
            [
                Column(
                    self.tr("Status"),
                    lambda r: _tr(_criterion_status(r)[0]),
                    colour=lambda r: _criterion_status(r)[1],
                ),
                Column(
                    self.tr("Criterion and reason"),
                    lambda r: f"{r.get('label', r.get('id', ''))}\n{r.get('reason', '')}",
                    tooltip=lambda r: str(r.get("reason", "")),
                ),
            ],
            self,
        )
        self.criteria_view = _table(self.criteria_model, self.tr("Eligibility criteria"), 1)
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
        self.gap_model = RecordTableModel(
            [
                Column(self.tr("Indicator"), lambda r: str(r.get("label", r.get("id", "")))),
                Column(self.tr("Value"), lambda r: format_number(r.get("value")), align_right=True),
                Column(
                    self.tr("Gold threshold"),
                    lambda r: self._threshold_text(r),
                    align_right=True,
                ),
                Column(
                    self.tr("Gap"),
                    lambda r: format_number(r.get("gap")),
                    tooltip=lambda r: str(r.get("explanation", "")) or None,
                    align_right=True,
                ),
                Column(
                    self.tr("Gold"),
                    lambda r: self._passed_text(r.get("passed")),
                    colour=lambda r: _PASSED_COLOURS.get(r.get("passed")),
                ),
                Column(
                    self.tr("Minimum"),
                    lambda r: self._minimum_text(r),
                    colour=lambda r: ERROR_COLOUR if r.get("minimum_met") is False else None,
                ),
            ],
            self,
        )
        self.gap_view = _table(self.gap_model, self.tr("Indicators against Gold thresholds"), 0)
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
        self.percentile_model = RecordTableModel(
            [
                Column(self.tr("Indicator"), lambda r: str(r.get("label", r.get("id", "")))),
                Column(self.tr("Value"), lambda r: format_number(r.get("value")), align_right=True),
                *(self._percentile_column(key) for key in PEER_GROUP_KEYS),
            ],
            self,
        )
        self.percentile_view = _table(self.percentile_model, self.tr("Peer percentiles"), 0)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self.peer_summary)
        box.addWidget(self.percentile_view, 1)
        self.tabs.addTab(page, self.tr("Peers"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.set_scores({})

    # --- public API --------------------------------------------------------------------

    def set_scores(self, scores: Mapping[str, Any]) -> None:
        """Show a score result (the dict of ``score_interview(...).to_dict()``)."""
        self._scores = scores
        peers = scores.get("peers") or {}
        self._groups = peers.get("groups") or {}
        self._peer_values = peers.get("indicators") or {}
        self._show_eligibility(scores.get("eligibility") or {})
        indicators = [i for i in scores.get("indicators") or [] if isinstance(i, Mapping)]
        self._show_gold(scores.get("gold") or {}, scores.get("silver_precheck") or {}, indicators)
        self._show_peers(scores.get("reference"), indicators)

    # --- sections ----------------------------------------------------------------------

    def _show_eligibility(self, eligibility: Mapping[str, Any]) -> None:
        status = eligibility.get("status")
        if status is None:
            self.eligibility_verdict.setText(self.tr("No scores yet"))
        else:
            self.eligibility_verdict.setText(_tr(VERDICTS.get(status, str(status))))
        self.eligibility_explanation.setText(str(eligibility.get("explanation", "")))
        self.criteria_model.set_rows(list(eligibility.get("criteria") or []))

    def _show_gold(
        self, gold: Mapping[str, Any], silver: Mapping[str, Any], indicators: list[Row]
    ) -> None:
        status = gold.get("status")
        self.gold_verdict.setText(
            _tr(GOLD_STATUS.get(status, str(status))) if status else self.tr("No scores yet")
        )
        if "share" in gold:
            minimums = gold.get("minimums_met")
            minimum_text = {
                True: self.tr("all minimum requirements met"),
                False: self.tr("some minimum requirements not met"),
                None: self.tr("minimum requirements not all answered"),
            }[minimums]
            self.gold_share.setText(
                self.tr(
                    "{share:.0f} % of the weighted indicators meet Gold ({required:.0f} % "
                    "needed); {minimums}."
                ).format(
                    share=float(gold.get("share") or 0),
                    required=float(gold.get("required_share") or 80),
                    minimums=minimum_text,
                )
            )
        else:
            self.gold_share.setText("")
        self.gold_explanation.setText(str(gold.get("explanation", "")))
        changes = [str(c) for c in gold.get("what_would_change") or []]
        self.gold_changes.setText(
            self.tr("What would change the verdict:")
            + "\n"
            + "\n".join(f"\u2022 {c}" for c in changes)
            if changes
            else ""
        )
        self.gold_changes.setVisible(bool(changes))
        failing = set(gold.get("failing") or [])
        scored = [i for i in indicators if i.get("gold_threshold") is not None or i.get("minimum")]
        # What to work on first: the indicators keeping Gold away, then any other below it.
        scored.sort(key=lambda i: (i.get("id") not in failing, i.get("passed") is not False))
        self.gap_model.set_rows(scored)
        passed = silver.get("passed")
        silver_text = {
            True: self.tr("Silver pre-check: passed."),
            False: self.tr("Silver pre-check: not passed."),
            None: self.tr("Silver pre-check: not all minimums answered yet."),
        }[passed if passed in (True, False) else None]
        explanation = str(silver.get("explanation", ""))
        self.silver_verdict.setText(f"{silver_text} {explanation}".strip() if silver else "")

    def _show_peers(self, reference: Mapping[str, Any] | None, indicators: list[Row]) -> None:
        parts = []
        for key in PEER_GROUP_KEYS:
            group = self._groups.get(key)
            if not group:
                continue
            label = _tr(str(group.get("label", key)))
            if group.get("shown"):
                parts.append(f"{label} (n={group.get('size')})")
            else:
                parts.append(self.tr("{label}: too small to show").format(label=label))
        text = " \u00b7 ".join(parts) if parts else self.tr("No peer groups.")
        if reference and reference.get("synthetic"):
            text += "\n" + self.tr("Peer data is SYNTHETIC (fictional clusters), not real results.")
        elif not reference:
            text = self.tr("No reference data loaded: peer percentiles are not available.")
        self.peer_summary.setText(text)
        rows = [i for i in indicators if i.get("id") in self._peer_values]
        self.percentile_model.set_rows(rows)

    # --- cell helpers ------------------------------------------------------------------

    def _percentile_column(self, key: str) -> Column:
        names = {
            "technology_area": self.tr("Technology area"),
            "excellence": self.tr("Excellence group"),
            "all": self.tr("All clusters"),
        }

        def text(record: Row) -> str:
            if not self._group_shown(key):
                return MISSING
            value = (self._peer_values.get(str(record.get("id"))) or {}).get(key)
            return MISSING if value is None else f"{float(value):.0f}"

        def tooltip(record: Row) -> str | None:
            if not self._group_shown(key):
                return hidden_group_tooltip()
            value = (self._peer_values.get(str(record.get("id"))) or {}).get(key)
            if value is None:
                return self.tr("No percentile: the indicator is not answered yet.")
            return self.tr("Percentile rank {p:.0f}: better than {p:.0f} % of the group.").format(
                p=float(value)
            )

        return Column(names[key], text, tooltip=tooltip, align_right=True)

    def _group_shown(self, key: str) -> bool:
        group = self._groups.get(key)
        return bool(group and group.get("shown"))

    @staticmethod
    def _threshold_text(record: Row) -> str:
        threshold = record.get("gold_threshold")
        if threshold is None:
            return MISSING
        sign = "\u2264 " if record.get("direction") == "lower" else "\u2265 "
        return sign + format_number(threshold)

    @staticmethod
    def _passed_text(passed: Any) -> str:
        if passed is None:
            return _tr("not answered")
        return _tr("\u2713 meets") if passed else _tr("\u2717 below")

    @staticmethod
    def _minimum_text(record: Row) -> str:
        minimum = record.get("minimum")
        if minimum is None:
            return ""
        met = record.get("minimum_met")
        state = {True: _tr("met"), False: _tr("NOT met"), None: _tr("unknown")}[met]
        return f"{format_number(minimum)}: {state}"
