"""The score panel's Gold-readiness page: the verdict, the share once, the minimums, the
Silver pre-check, what to work on next, and every indicator against its threshold.

Each fact is said once and built from the score result's fields, never by splicing
question texts into sentences: indicators appear as rows of the table, marked when they
are the next to work on (``GoldReadiness.next_indicators``) or rest on an assumed threshold.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QProgressBar, QScrollArea, QVBoxLayout, QWidget

from app.scoring.engine import IndicatorScore, ScoreResult
from app.scoring.pack import PUBLIC
from app.ui.table_fit import keep_narrow
from app.ui.widgets import (
    ERROR_COLOUR,
    OK_COLOUR,
    WARN_COLOUR,
    Column,
    RecordTableModel,
    bold_font,
    local_number,
    plain_label,
    read_only_table,
    set_colour,
)

MISSING = "\u2014"
NEXT_MARK = "\u25b6 "
ASSUMED_MARK = " *"
#: The table never shrinks below a few rows; the page scrolls instead.
TABLE_MIN_ROWS = 6
GOLD_STATUS = {
    "ready": "Ready for Gold",
    "not_ready": "Not ready for Gold",
    "incomplete": "Incomplete",
}
GOLD_COLOUR = {"ready": OK_COLOUR, "not_ready": ERROR_COLOUR, "incomplete": WARN_COLOUR}
_PASSED_COLOURS: dict[bool | None, str] = {True: OK_COLOUR, False: ERROR_COLOUR}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScorePanel", text)


def share_text(share: float) -> str:
    """A share in per cent, one decimal at most, the way the engine rounds it."""
    return local_number(f"{share:.1f}".rstrip("0").rstrip("."))


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
            return local_number(f"{value:{separator}.2f}".rstrip("0").rstrip("."))
        return local_number(f"{value:{separator}.0f}")
    if isinstance(value, list):
        return _tr("{n} given").format(n=len(value))
    return str(value)


def assumed(record: IndicatorScore) -> bool:
    """Whether the indicator's threshold or minimum is our assumption, not a public figure."""
    return record.threshold_source not in (None, PUBLIC)


def threshold_text(record: IndicatorScore) -> str:
    """``≥ 50`` or ``≤ 20``, marked when the threshold is our assumption."""
    if record.gold_threshold is None:
        return MISSING
    sign = "\u2264 " if record.direction == "lower" else "\u2265 "
    return sign + format_number(record.gold_threshold) + (ASSUMED_MARK if assumed(record) else "")


def passed_text(passed: bool | None) -> str:
    """The Gold column: meets, below, or not answered."""
    if passed is None:
        return _tr("not answered")
    return _tr("\u2713 meets") if passed else _tr("\u2717 below")


def minimum_text(record: IndicatorScore) -> str:
    """The minimum column: the figure and whether it is met."""
    if record.minimum is None:
        return ""
    state = {True: _tr("met"), False: _tr("NOT met"), None: _tr("unknown")}[record.minimum_met]
    return f"{format_number(record.minimum)}: {state}"


class GoldPage(QScrollArea):
    """Gold readiness and the Silver pre-check, then the indicators against Gold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._next: frozenset[str] = frozenset()
        self.verdict = plain_label(selectable=True)
        self.verdict.setFont(bold_font(self.verdict, 1.1))
        self.verdict.setAccessibleName(_tr("Gold readiness"))
        self.share_bar = QProgressBar()
        self.share_bar.setRange(0, 1000)
        self.share_bar.setTextVisible(True)
        self.share_bar.setAccessibleName(_tr("Share of the weighted indicators at Gold"))
        self.share = plain_label(selectable=True)
        self.minimums = plain_label(selectable=True)
        self.silver = plain_label(selectable=True)
        self.silver.setAccessibleName(_tr("Silver pre-check"))
        self.next_step = plain_label(selectable=True)
        self.next_step.setAccessibleName(_tr("What would change the verdict"))
        self.assumptions = plain_label(selectable=True)
        self.model: RecordTableModel[IndicatorScore] = RecordTableModel(
            [
                Column(_tr("Indicator"), self._indicator_text),
                Column(_tr("Value"), lambda r: format_number(r.value), align_right=True),
                Column(_tr("Gold threshold"), threshold_text, align_right=True),
                Column(
                    _tr("Gap"),
                    lambda r: format_number(r.gap),
                    tooltip=lambda r: r.explanation or None,
                    align_right=True,
                ),
                Column(
                    _tr("Gold"),
                    lambda r: passed_text(r.passed),
                    colour=lambda r: _PASSED_COLOURS.get(r.passed),
                ),
                Column(
                    _tr("Minimum"),
                    minimum_text,
                    colour=lambda r: ERROR_COLOUR if r.minimum_met is False else None,
                ),
            ],
            self,
        )
        self.table = read_only_table(
            self.model, _tr("Indicators against Gold thresholds"), 0, wrap=True
        )
        self.table.setMinimumHeight(self.table.fontMetrics().height() * 2 * TABLE_MIN_ROWS)
        keep_narrow(self.table, 0)  # the indicator column keeps its room at every width
        page = QWidget()
        box = QVBoxLayout(page)
        for widget in (self.verdict, self.share_bar, self.share, self.minimums, self.silver):
            box.addWidget(widget)
        box.addWidget(self.next_step)
        box.addWidget(self.table, 1)
        box.addWidget(self.assumptions)
        self.setWidget(page)

    def _indicator_text(self, record: IndicatorScore) -> str:
        return (NEXT_MARK if record.id in self._next else "") + (record.label or record.id)

    def clear(self) -> None:
        """No scores yet."""
        self.verdict.setText(_tr("No scores yet"))
        set_colour(self.verdict, None)
        self.share_bar.setValue(0)
        self.share_bar.setFormat("")
        for label in (self.share, self.minimums, self.silver, self.next_step, self.assumptions):
            label.setText("")
            label.setVisible(False)
        self.model.set_rows([])

    def show_scores(self, scores: ScoreResult) -> None:
        """Show Gold readiness, the pre-check and the indicator table of ``scores``."""
        gold, silver = scores.gold, scores.silver_precheck
        self.verdict.setText(_tr(GOLD_STATUS.get(gold.status, gold.status)))
        set_colour(self.verdict, GOLD_COLOUR.get(gold.status))
        share, required = share_text(gold.share), share_text(float(gold.required_share))
        self.share_bar.setValue(round(gold.share * 10))
        self.share_bar.setFormat(
            _tr("{share} % at Gold \u00b7 {required} % needed").format(
                share=share, required=required
            )
        )
        counted = [i for i in scores.indicators if i.in_gold_share]
        answered = sum(1 for i in counted if i.answered)
        self.share.setText(
            _tr(
                "The bar is the weighted share of the Gold indicators that meet their "
                "threshold; {answered} of the {total} indicators are answered."
            ).format(answered=answered, total=gold.indicator_set)
        )
        with_minimum = [i for i in scores.indicators if i.baseline_minimum]
        self.minimums.setText(self._minimums_text(gold.minimums_met, scores, len(with_minimum)))
        silver_state = {
            True: _tr("passed"),
            False: _tr("not passed"),
            None: _tr("not known yet"),
        }[silver.passed]
        self.silver.setText(_tr("Silver pre-check: {state}.").format(state=silver_state))
        set_colour(self.silver, _PASSED_COLOURS.get(silver.passed))
        self._next = frozenset(gold.next_indicators)
        self.next_step.setText(self._next_text(scores))
        assumed_count = len(gold.assumed_thresholds)
        self.assumptions.setText(
            _tr(
                "* {count} of the {total} thresholds are our assumption, not a public ESCA figure."
            ).format(count=assumed_count, total=gold.indicator_set)
            if assumed_count
            else _tr("Every threshold shown rests on a public source.")
        )
        for label in (self.share, self.minimums, self.silver, self.assumptions):
            label.setVisible(True)
        self.next_step.setVisible(bool(self.next_step.text()))
        failing = set(gold.failing)
        rows = [i for i in scores.indicators if i.gold_threshold is not None or i.minimum]
        # What to work on first: the next ones, the others keeping Gold away, then the rest.
        rows.sort(
            key=lambda i: (i.id not in self._next, i.id not in failing, i.passed is not False)
        )
        self.model.set_rows(rows)

    @staticmethod
    def _minimums_text(met: bool | None, scores: ScoreResult, total: int) -> str:
        if total == 0:
            return _tr("The questionnaire sets no minimum requirements.")
        if met is True:
            return _tr("Minimum requirements: all {n} met.").format(n=total)
        failing = len(scores.silver_precheck.failing_minimums)
        if met is False:
            return _tr("Minimum requirements: {k} of {n} not met (see the table).").format(
                k=failing, n=total
            )
        unknown = len(scores.silver_precheck.unknown_minimums)
        return _tr("Minimum requirements: {k} of {n} not answered yet.").format(k=unknown, n=total)

    def _next_text(self, scores: ScoreResult) -> str:
        gold = scores.gold
        if gold.status == "ready":
            return ""
        if gold.lifted_share is not None and gold.next_indicators:
            template = (
                _tr(
                    "Meeting Gold on the indicator marked \u25b6 would lift the share to "
                    "{lifted} %."
                )
                if len(gold.next_indicators) == 1
                else _tr(
                    "Meeting Gold on the {count} indicators marked \u25b6 would lift the share "
                    "to {lifted} %."
                )
            )
            return template.format(
                count=len(gold.next_indicators), lifted=share_text(gold.lifted_share)
            )
        if gold.unanswered:
            return _tr(
                "{count} indicators of the Gold set are not answered yet; with them, up to "
                "{best} % is still possible."
            ).format(count=len(gold.unanswered), best=share_text(gold.best_share))
        return ""
