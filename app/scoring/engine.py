"""The scoring engine: indicator and section scores, Gold-readiness, Silver pre-check, peers.

Everything comes from the pack's scoring rules, so thresholds and weights change without
code. ``score_interview`` is pure and fast (well under a millisecond for the default pack
without peers); the result's ``to_dict()`` is the score-result contract of
``docs/ARCHITECTURE.md``. Its sentences are in the ``language`` asked for (see
``app.scoring.wording``); labels come from the pack, units from the pack stay as written.

Rules, so that every number can be explained:

- The **measure** of an answer is the number the rules compare: numbers as answered, yes/no
  as 1/0, a single choice as its option's points, a multiple choice or group as the number
  of options or entries given.
- **Indicator score** (0..1) by rule kind: ``threshold`` is 1 at the Gold threshold or
  beyond, otherwise the share of the way from the item's far bound (validation ``min`` or
  0 for higher-is-better; validation ``max``, 100 for percentages, else twice the
  threshold for lower-is-better) to the threshold; ``bands`` takes the score of the highest
  band reached; ``boolean`` is 1 for yes (for no with direction ``lower``) else 0;
  ``choice_points`` is the option's points; ``count`` is the count over the threshold,
  capped at 1.
- An indicator **passes** when its measure reaches ``gold_threshold`` in its direction
  (``boolean``: when it scores 1). ``bands`` without a threshold has no pass/fail and does
  not count in the Gold share. Its **minimum** is met when the measure reaches ``minimum``.
- Items that are not relevant (their condition does not hold) are not counted anywhere.
- **Section score** (0..100): the weighted mean of the answered indicator scores.
- **Gold share**: the weight of passing indicators over the weight of every relevant
  indicator of the pack's **Gold indicator set** (``rules.gold_indicators``; unanswered ones
  count as not passing), in per cent. ``ready`` when every baseline minimum is met and the
  share reaches the pack's ``gold_share`` (80 %); ``not_ready`` when a minimum fails or even
  passing every unanswered indicator could not reach the share; otherwise ``incomplete``.
- **Silver pre-check**: passed when every indicator of the pack's **Silver baseline**
  (``rules.silver_baseline``) meets its minimum; failed when one does not; unknown
  (``None``) while one is unanswered.
- **Sources**: each indicator says whether its threshold and minimum are a public figure
  or our assumption (``threshold_source``); ``assumptions`` lists the results that rest on
  assumed figures or sets.
- **Label path** (``app.scoring.labels``): the Bronze and Silver verdicts and Gold readiness
  as verdicts; with a previous benchmarking, the change per indicator and section.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.scoring.eligibility import EligibilityResult, check_eligibility
from app.scoring.labels import (
    ImprovementArea,
    PreviousBenchmarking,
    Verdict,
    bronze_verdict,
    gold_verdict,
    months_between,
    silver_verdict,
)
from app.scoring.pack import PUBLIC, AnswerValue, Item, Option, Pack, is_number
from app.scoring.peers import PeerComparison, PeerStatistics, compare_with_peers, no_peers
from app.scoring.reference import ReferenceSet
from app.scoring.rules import (
    indicator_has_pass_rule,
    indicator_passes,
    indicator_score,
    measure,
    meets,
)
from app.scoring.wording import number_text, say, say_count, unit_name

# --- formatting for explanations ------------------------------------------------------------


def _g(number: float, language: str = "en") -> str:
    if float(number).is_integer():
        whole = int(number)
        text = f"{whole:,}" if abs(whole) >= 10_000 else str(whole)
    elif abs(number) >= 10_000:
        text = f"{number:,.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{number:.3g}"
    return number_text(language, text)


def _yes_no(yes: bool, language: str) -> str:
    return say(language, "yes") if yes else say(language, "no")


def quantity(item: Item, number: float, language: str = "en") -> str:
    """A measure with its unit, as people read it: '42 participants', '60 %', '2021'."""
    if item.type == "year":
        return str(int(number))
    if item.type == "percent":
        return f"{_g(number, language)} %"
    if item.type == "yes_no":
        return _yes_no(number >= 0.5, language)
    if item.scoring.kind == "count":
        template = "{number} entries" if item.type == "group" else "{number} chosen"
        return say_count(language, number, template, number=_g(number, language))
    unit = f" {unit_name(language, item.unit, number)}" if item.unit else ""
    return f"{_g(number, language)}{unit}"


def answer_text(
    item: Item, value: AnswerValue, language: str = "en", *, brief: bool = False
) -> str:
    """An answer as people read it: the one formatter for every screen, file and report.

    The full form (the share view, the supervisor's review, the report's appendix) gives
    every chosen option ("A; B"), every row of a group and figures as given, with units and
    the language's decimal mark; an unanswered item gives "". ``brief`` is the short phrase
    inside a sentence (the score explanations, the calibration report): "3 of 7: A, B, C",
    "2 entries", figures to three digits, "not answered".
    """
    if value is None:
        return say(language, "not answered") if brief else ""
    if item.type == "yes_no":
        if brief:
            return _yes_no(bool(value), language)
        return say(language, "Yes") if value else say(language, "No")
    if item.type == "single_choice" and isinstance(value, str):
        option = item.option(value)
        return option.label.get(language) if option else value
    if item.type == "multiple_choice" and isinstance(value, list):
        if not brief:
            labels = [_option_label(item.options, code, language) for code in value]
            return "; ".join(labels) if labels else say(language, "None selected")
        names = [o.label.get(language) for o in item.options if o.code in value]
        if not names:
            return say(language, "none")
        return say(
            language,
            "{count} of {total}: {names}",
            count=len(names),
            total=len(item.options),
            names=", ".join(names),
        )
    if item.type == "group" and isinstance(value, list):
        if not brief:
            return _group_rows(item, value, language)
        template = "{number} entry" if len(value) == 1 else "{number} entries"
        return say(language, template, number=len(value))
    if not brief and is_number(value):
        return _figure(item.type, item.unit, value, language)
    number = measure(item, value)
    return quantity(item, number, language) if number is not None else str(value)


def _option_label(options: Sequence[Option], code: object, language: str) -> str:
    option = next((o for o in options if o.code == str(code)), None)
    return option.label.get(language) if option else str(code)


def _figure(kind: str, unit: str, value: float, language: str) -> str:
    """A number as given, with thousands separators, its unit and the decimal mark."""
    if kind == "year":
        return str(int(value))
    if float(value).is_integer():
        text = f"{int(value):,}"
    elif kind == "currency":
        text = f"{value:,.2f}"
    else:
        text = f"{value:,.6f}".rstrip("0").rstrip(".")
    text = number_text(language, text)
    unit = "%" if kind == "percent" else unit_name(language, unit, value)
    return f"{text} {unit}" if unit else text


def _group_rows(item: Item, rows: Sequence[AnswerValue], language: str) -> str:
    """One line per entry of a group: "1. Title: Pilot · Year: 2021"."""
    if not rows:
        return say(language, "None given")
    lines = []
    for n, row in enumerate(rows, start=1):
        cells = []
        for group_field in item.fields:
            cell = row.get(group_field.id) if isinstance(row, Mapping) else None
            if cell in (None, ""):
                continue
            if group_field.options:
                shown = _option_label(group_field.options, cell, language)
            elif is_number(cell):
                shown = _figure(group_field.type, "", cell, language)
            elif isinstance(cell, bool):
                shown = say(language, "Yes") if cell else say(language, "No")
            else:
                shown = str(cell)
            cells.append(f"{group_field.label.get(language)}: {shown}")
        lines.append(f"{n}. " + (" \u00b7 ".join(cells) if cells else say(language, "(empty)")))
    return "\n".join(lines)


def _target_text(item: Item, target: float, language: str) -> str:
    rule = item.scoring
    if rule.kind == "boolean":
        return _yes_no((target >= 0.5) == rule.higher_is_better, language)
    if rule.kind == "choice_points":
        better = [o for o in item.options if o.points is not None and meets(item, o.points, target)]
        best = min(better, key=lambda o: abs((o.points or 0) - target), default=None)
        if best is None:
            return _g(target, language)
        return say(language, "'{option}' or better", option=best.label.get(language))
    template = "at least {quantity}" if rule.higher_is_better else "at most {quantity}"
    return say(language, template, quantity=quantity(item, target, language))


# --- results -----------------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorScore:
    """One scored item: its measure, score, Gold pass, minimum and what would change it."""

    id: str
    section: str
    label: str
    kind: str
    value: Any
    value_text: str
    measure: float | None
    score: float | None
    passed: bool | None
    gold_threshold: float | None
    direction: str
    minimum: float | None
    minimum_met: bool | None
    weight: float
    gap: float | None
    relevant: bool
    unit: str
    explanation: str
    change: str = ""
    minimum_text: str = ""
    threshold_source: str | None = None
    gold_indicator: bool = True
    baseline: bool = True

    @property
    def answered(self) -> bool:
        """Whether the item has a usable answer."""
        return self.measure is not None

    @property
    def in_gold_share(self) -> bool:
        """Whether the indicator counts in the Gold share (relevant, in the Gold set)."""
        return (
            self.relevant
            and self.gold_indicator
            and indicator_has_pass_rule(self.kind, self.gold_threshold)
        )

    @property
    def baseline_minimum(self) -> bool:
        """Whether the indicator's minimum is a baseline requirement that applies here."""
        return self.relevant and self.baseline and self.minimum is not None

    def to_dict(self) -> dict[str, Any]:
        """The indicator row of the score result."""
        return {
            "id": self.id,
            "section": self.section,
            "label": self.label,
            "kind": self.kind,
            "value": self.value,
            "value_text": self.value_text,
            "measure": self.measure,
            "score": self.score,
            "passed": self.passed,
            "gold_threshold": self.gold_threshold,
            "direction": self.direction,
            "minimum": self.minimum,
            "minimum_met": self.minimum_met,
            "weight": self.weight,
            "gap": self.gap,
            "relevant": self.relevant,
            "unit": self.unit,
            "explanation": self.explanation,
            "threshold_source": self.threshold_source,
            "gold_indicator": self.gold_indicator,
            "baseline": self.baseline,
        }


@dataclass(frozen=True)
class Coverage:
    """How much of a section a score covers: ``answered`` of its ``indicators``.

    A section with no answered indicator is **not scored** (never 0 or 100); one with
    some but not all answered is **partial**: its score is the mean of those answered.
    """

    answered: int
    indicators: int

    @property
    def scored(self) -> bool:
        """Whether at least one indicator is answered, so the section has a score."""
        return self.answered > 0

    @property
    def partial(self) -> bool:
        """Whether the score rests on only some of the section's indicators."""
        return 0 < self.answered < self.indicators

    @classmethod
    def of(cls, section: Mapping[str, Any]) -> Coverage:
        """The coverage of a section row of a score result (``to_dict()``)."""
        return cls(
            int(section.get("indicators_answered") or 0), int(section.get("scored_items") or 0)
        )


@dataclass(frozen=True)
class SectionScore:
    """A section's score over its answered indicators."""

    id: str
    title: str
    score: float | None
    answered: int
    scored_items: int
    indicators_answered: int
    chart_axis: bool
    raw_score: float | None = field(default=None, compare=False)

    @property
    def coverage(self) -> Coverage:
        """What the score covers: answered indicators of the section's scored ones."""
        return Coverage(self.indicators_answered, self.scored_items)

    def to_dict(self) -> dict[str, Any]:
        """The section row of the score result."""
        return {
            "id": self.id,
            "title": self.title,
            "score": self.score,
            "answered": self.answered,
            "scored_items": self.scored_items,
            "indicators_answered": self.indicators_answered,
            "chart_axis": self.chart_axis,
        }


@dataclass(frozen=True)
class GoldReadiness:
    """The Gold-readiness check and what would change it."""

    status: str
    share: float
    required_share: float
    best_share: float
    minimums_met: bool | None
    failing: tuple[str, ...]
    unanswered: tuple[str, ...]
    explanation: str
    what_would_change: tuple[str, ...]
    indicator_set: int = 0
    assumed_thresholds: tuple[str, ...] = ()
    #: The fewest failing indicators whose passing would reach the share, and the share
    #: then (the windows mark them; not part of ``to_dict``).
    next_indicators: tuple[str, ...] = field(default=(), compare=False)
    lifted_share: float | None = field(default=None, compare=False)

    @property
    def ready(self) -> bool:
        """Whether the answers meet the Gold rule."""
        return self.status == "ready"

    def to_dict(self) -> dict[str, Any]:
        """The ``gold`` part of the score result."""
        required: float | int = self.required_share
        if float(required).is_integer():
            required = int(required)
        return {
            "ready": self.ready,
            "status": self.status,
            "share": self.share,
            "required_share": required,
            "best_share": self.best_share,
            "minimums_met": self.minimums_met,
            "failing": list(self.failing),
            "unanswered": list(self.unanswered),
            "explanation": self.explanation,
            "what_would_change": list(self.what_would_change),
            "indicator_set": self.indicator_set,
            "assumed_thresholds": list(self.assumed_thresholds),
        }


@dataclass(frozen=True)
class SilverPrecheck:
    """Whether every minimum requirement is met."""

    passed: bool | None
    failing_minimums: tuple[str, ...]
    unknown_minimums: tuple[str, ...]
    explanation: str
    assumed_minimums: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The ``silver_precheck`` part of the score result."""
        return {
            "passed": self.passed,
            "failing_minimums": list(self.failing_minimums),
            "unknown_minimums": list(self.unknown_minimums),
            "explanation": self.explanation,
            "assumed_minimums": list(self.assumed_minimums),
        }


@dataclass(frozen=True)
class Progress:
    """The change since the previous benchmarking, per indicator and per section."""

    previous_date: date
    current_date: date | None
    indicators: tuple[dict[str, Any], ...]
    sections: tuple[dict[str, Any], ...]

    def to_dict(self) -> dict[str, Any]:
        """The ``progress`` part of the score result."""
        months = (
            None
            if self.current_date is None
            else months_between(self.previous_date, self.current_date)
        )
        return {
            "previous_date": self.previous_date.isoformat(),
            "current_date": self.current_date.isoformat() if self.current_date else None,
            "months": months,
            "indicators": [dict(i) for i in self.indicators],
            "sections": [dict(s) for s in self.sections],
        }


@dataclass(frozen=True)
class ScoreResult:
    """Everything the engine says about one answer set."""

    pack: Mapping[str, str]
    reference: Mapping[str, Any] | None
    technology_area: str | None
    eligibility: EligibilityResult
    indicators: tuple[IndicatorScore, ...]
    sections: tuple[SectionScore, ...]
    gold: GoldReadiness
    silver_precheck: SilverPrecheck
    peers: PeerComparison
    verdicts: Mapping[str, Verdict] = field(default_factory=dict)
    progress: Progress | None = None
    assumptions: Mapping[str, Any] = field(default_factory=dict)

    def indicator(self, item_id: str) -> IndicatorScore:
        """The indicator row for ``item_id``."""
        return next(i for i in self.indicators if i.id == item_id)

    def section(self, section_id: str) -> SectionScore:
        """The section row for ``section_id``."""
        return next(s for s in self.sections if s.id == section_id)

    def radar(self) -> dict[str, Any]:
        """One axis per charted section: the cluster and the peer-group means."""
        axes = [s for s in self.sections if s.chart_axis]
        result: dict[str, Any] = {
            "axes": [{"id": s.id, "title": s.title} for s in axes],
            "cluster": [s.score for s in axes],
        }
        for key in ("technology_area", "excellence"):
            group = self.peers.groups.get(key)
            means = group.section_means if group is not None and group.shown else None
            result[key] = [means.get(s.id) for s in axes] if means is not None else None
        if self.progress is not None:
            previous = {s["id"]: s["previous"] for s in self.progress.sections}
            result["previous"] = [previous.get(s.id) for s in axes]
            result["previous_date"] = self.progress.previous_date.isoformat()
        else:
            result["previous"] = None
            result["previous_date"] = None
        return result

    def to_dict(self) -> dict[str, Any]:
        """The score result as plain JSON data (docs/ARCHITECTURE.md)."""
        return {
            "pack": dict(self.pack),
            "reference": dict(self.reference) if self.reference is not None else None,
            "technology_area": self.technology_area,
            "eligibility": self.eligibility.to_dict(),
            "indicators": [i.to_dict() for i in self.indicators],
            "sections": [s.to_dict() for s in self.sections],
            "gold": self.gold.to_dict(),
            "silver_precheck": self.silver_precheck.to_dict(),
            "peers": self.peers.to_dict(),
            "radar": self.radar(),
            "verdicts": {level: v.to_dict() for level, v in self.verdicts.items()},
            "progress": self.progress.to_dict() if self.progress is not None else None,
            "assumptions": dict(self.assumptions),
        }


# --- scoring ------------------------------------------------------------------------------


def _round(number: float | None, digits: int = 2) -> float | None:
    return None if number is None else round(number, digits)


def score_indicator(
    item: Item,
    value: AnswerValue,
    relevant: bool = True,
    language: str = "en",
    *,
    gold_indicator: bool = True,
    baseline: bool = True,
) -> IndicatorScore:
    """Score one item's answer under its rule, with a sentence explaining the result.

    ``gold_indicator`` and ``baseline`` say whether the pack puts the item in its Gold
    indicator set and its Silver baseline.
    """
    rule = item.scoring
    label = item.label.get(language)
    number = measure(item, value) if relevant else None
    threshold = None if rule.gold_threshold is None else float(rule.gold_threshold)
    minimum = None if rule.minimum is None else float(rule.minimum)
    score = passed = minimum_met = gap = None
    change = minimum_text = ""
    if not relevant:
        text = say(
            language, "{label}: not asked, because of another answer; not counted.", label=label
        )
    elif number is None:
        needs = [] if threshold is None else [_gold_needs(item, threshold, language)]
        if rule.kind == "boolean":
            needs = [say(language, "Gold needs yes" if rule.higher_is_better else "Gold needs no")]
        if minimum is not None:
            target = _target_text(item, minimum, language)
            needs.append(say(language, "the minimum is {target}", target=target))
        if needs:
            text = say(
                language, "{label}: not answered yet; {needs}.", label=label, needs=", ".join(needs)
            )
        else:
            text = say(language, "{label}: not answered yet.", label=label)
        change = say(language, "Answer '{label}'.", label=label)
    else:
        score = indicator_score(item, number)
        passed = indicator_passes(item, number)
        minimum_met = None if minimum is None else meets(item, number, minimum)
        shown = answer_text(item, value, language, brief=True)
        parts = [f"{label}: {shown}"]
        if passed is True:
            parts.append(say(language, "meets Gold"))
        elif passed is False:
            if rule.kind == "boolean":
                yes = rule.higher_is_better
                parts.append(say(language, "Gold needs yes" if yes else "Gold needs no"))
                needs_yes = "{label}: needs yes (now {shown})."
                template = needs_yes if yes else "{label}: needs no (now {shown})."
                change = say(language, template, label=label, shown=shown)
            else:
                assert threshold is not None
                target = _target_text(item, threshold, language)
                if rule.kind == "choice_points":
                    parts.append(say(language, "below Gold, which needs {target}", target=target))
                else:
                    gap = abs(threshold - number)
                    template = (
                        "Gold needs {target} ({gap} short)"
                        if rule.higher_is_better
                        else "Gold needs {target} ({gap} too high)"
                    )
                    gap_text = quantity(item, gap, language)
                    parts.append(say(language, template, target=target, gap=gap_text))
                change = say(
                    language,
                    "{label}: {target} (now {shown}).",
                    label=label,
                    target=target,
                    shown=shown,
                )
        else:
            parts.append(say(language, "no Gold threshold"))
        if minimum_met is True:
            needed = _target_text(item, minimum or 0, language)
            parts.append(say(language, "meets the minimum of {target}", target=needed))
        elif minimum_met is False:
            needed = _target_text(item, minimum or 0, language)
            parts.append(say(language, "BELOW the minimum of {target}", target=needed))
            minimum_text = say(
                language,
                "{label}: {needed} needed, now {shown}",
                label=label,
                needed=needed,
                shown=shown,
            )
        text = "; ".join(parts) + "."
    return IndicatorScore(
        id=item.id,
        section=item.section_id,
        label=label,
        kind=rule.kind,
        value=_display_value(item, value) if relevant else None,
        value_text=answer_text(item, value, language, brief=True)
        if relevant
        else say(language, "not asked"),
        measure=number,
        score=_round(score, 4),
        passed=passed,
        gold_threshold=threshold,
        direction=rule.direction,
        minimum=minimum,
        minimum_met=minimum_met,
        weight=rule.weight,
        gap=_round(gap, 6),
        relevant=relevant,
        unit=item.unit,
        explanation=text,
        change=change,
        minimum_text=minimum_text,
        threshold_source=rule.source if rule.has_figures else None,
        gold_indicator=gold_indicator,
        baseline=baseline,
    )


def _gold_needs(item: Item, threshold: float, language: str) -> str:
    return say(language, "Gold needs {target}", target=_target_text(item, threshold, language))


def _display_value(item: Item, value: AnswerValue) -> Any:
    if item.type == "group" and isinstance(value, list):
        return len(value)
    if isinstance(value, list):
        return list(value)
    return value


def _sections(
    pack: Pack, answers: Mapping[str, AnswerValue], rows: Mapping[str, IndicatorScore],
    language: str,
) -> tuple[SectionScore, ...]:  # fmt: skip
    result = []
    for section in pack.sections:
        weighted = weights = 0.0
        scored = answered_indicators = answered = 0
        for item in section.items:
            if answers.get(item.id) is not None:
                answered += 1
            row = rows.get(item.id)
            if row is None or not row.relevant:
                continue
            scored += 1
            if row.score is not None:
                answered_indicators += 1
                weighted += row.weight * row.score
                weights += row.weight
        raw = 100.0 * weighted / weights if weights > 0 else None
        result.append(
            SectionScore(
                id=section.id,
                title=section.title.get(language),
                score=_round(raw, 1),
                answered=answered,
                scored_items=scored,
                indicators_answered=answered_indicators,
                chart_axis=section.chart_axis and any(i.scoring.scored for i in section.items),
                raw_score=raw,
            )
        )
    return tuple(result)


def _share_text(number: float, language: str) -> str:
    return number_text(language, f"{number:.1f}".rstrip("0").rstrip("."))


def _plural(count: int, one: str, many: str) -> str:
    return one if count == 1 else many


def _gold(
    pack: Pack, rows: Sequence[IndicatorScore], language: str
) -> tuple[GoldReadiness, SilverPrecheck]:
    required = pack.gold_share
    counted = [r for r in rows if r.in_gold_share]
    total = sum(r.weight for r in counted)
    passed_weight = sum(r.weight for r in counted if r.passed)
    unanswered = [r for r in counted if not r.answered]
    open_weight = sum(r.weight for r in unanswered)
    share = 100.0 * passed_weight / total if total > 0 else 0.0
    best = 100.0 * (passed_weight + open_weight) / total if total > 0 else 0.0

    with_minimum = [r for r in rows if r.baseline_minimum]
    failing_minimums = tuple(r.id for r in with_minimum if r.minimum_met is False)
    unknown_minimums = tuple(r.id for r in with_minimum if r.minimum_met is None)
    minimums_met: bool | None = False if failing_minimums else (None if unknown_minimums else True)
    failing = tuple(
        r.id
        for r in rows
        if (r.in_gold_share and r.passed is False)
        or (r.baseline_minimum and r.minimum_met is False)
    )
    # The share is compared rounded, as shown, so 79.99 never reads "80 %, not ready".
    reaches = round(share, 1) >= required
    if total <= 0:
        status = "incomplete"
    elif minimums_met is True and reaches:
        status = "ready"
    elif minimums_met is False or round(best, 1) < required:
        status = "not_ready"
    else:
        status = "incomplete"

    by_id = {r.id: r for r in rows}
    changes: list[str] = [
        say(language, "Minimum requirement - {text}.", text=by_id[i].minimum_text)
        for i in failing_minimums
    ]
    changes += [
        say(language, "Minimum requirement - {change}", change=by_id[i].change)
        for i in unknown_minimums
    ]
    need = required / 100.0 * total - passed_weight
    picked: list[IndicatorScore] = []
    lifted: float | None = None
    if need > 1e-9:
        candidates = sorted(
            (r for r in counted if r.passed is False),
            key=lambda r: (-r.weight, 1.0 - (r.score or 0.0), r.id),
        )
        gained = 0.0
        for row in candidates:
            if gained >= need - 1e-9:
                break
            picked.append(row)
            gained += row.weight
        if picked and gained >= need - 1e-9:
            template = _plural(
                len(picked),
                "Meeting Gold on {count} more indicator would lift the share from {share} % to "
                "{lifted} %:",
                "Meeting Gold on {count} more indicators would lift the share from {share} % to "
                "{lifted} %:",
            )
            lifted = 100.0 * (passed_weight + gained) / total
            changes.append(
                say(
                    language,
                    template,
                    count=len(picked),
                    share=_share_text(share, language),
                    lifted=_share_text(lifted, language),
                )
            )
        elif candidates:
            changes.append(
                say(
                    language,
                    "Meeting Gold on every failing indicator would still not be enough; "
                    "answer the open indicators too:",
                )
            )
        changes += [r.change for r in picked if r.change and r.id not in failing_minimums]
        if unanswered and (not picked or gained < need - 1e-9):
            names = ", ".join(r.label for r in unanswered[:5])
            template = _plural(
                len(unanswered),
                "Answer the {count} open indicator ({names}).",
                "Answer the {count} open indicators ({names}).",
            )
            more = ", ..." if len(unanswered) > 5 else ""
            changes.append(say(language, template, count=len(unanswered), names=names + more))

    counts = say(
        language,
        "{share} % of the weighted indicators meet Gold ({required} % needed)",
        share=_share_text(share, language),
        required=number_text(language, f"{required:g}"),
    )
    if status == "ready":
        explanation = say(
            language,
            "Ready for Gold: {counts}, and every minimum requirement is met.",
            counts=counts,
        )
    elif status == "not_ready":
        reasons = []
        if failing_minimums:
            names = ", ".join(by_id[i].label for i in failing_minimums)
            reasons.append(say(language, "a minimum requirement is not met ({names})", names=names))
        if not reaches:
            if unanswered and best < required:
                reasons.append(
                    say(
                        language,
                        "the share is too low even if all {count} open indicators passed "
                        "({best} %)",
                        count=len(unanswered),
                        best=_share_text(best, language),
                    )
                )
            else:
                reasons.append(say(language, "the share is too low"))
        explanation = say(
            language,
            "Not ready for Gold: {counts}; {reasons}.",
            counts=counts,
            reasons=say(language, " and ").join(reasons),
        )
    elif total <= 0:
        explanation = say(language, "The pack has no indicator with a Gold threshold.")
    else:
        template = _plural(
            len(unanswered),
            "Incomplete: {counts} so far; {count} indicator is not answered yet, and up to "
            "{best} % is still possible",
            "Incomplete: {counts} so far; {count} indicators are not answered yet, and up to "
            "{best} % is still possible",
        )
        explanation = say(
            language,
            template,
            counts=counts,
            count=len(unanswered),
            best=_share_text(best, language),
        )
        if unknown_minimums:
            explanation += say(
                language,
                "; {count} minimum requirement(s) unanswered.",
                count=len(unknown_minimums),
            )
        else:
            explanation += "."
    gold = GoldReadiness(
        status=status,
        share=round(share, 1),
        required_share=required,
        best_share=round(best, 1),
        minimums_met=minimums_met,
        failing=failing,
        unanswered=tuple(r.id for r in unanswered),
        explanation=explanation,
        what_would_change=tuple(c for c in changes if c),
        indicator_set=len(counted),
        assumed_thresholds=tuple(r.id for r in counted if r.threshold_source != PUBLIC),
        next_indicators=tuple(r.id for r in picked) if lifted is not None else (),
        lifted_share=None if lifted is None else round(lifted, 1),
    )
    if failing_minimums:
        count = len(failing_minimums)
        template = _plural(
            count,
            "Silver pre-check not passed: {count} minimum requirement is not met ({names}).",
            "Silver pre-check not passed: {count} minimum requirements are not met ({names}).",
        )
        names = "; ".join(by_id[i].minimum_text for i in failing_minimums)
        silver_text = say(language, template, count=count, names=names)
    elif unknown_minimums:
        silver_text = say(
            language,
            "Silver pre-check incomplete: minimum requirements not answered yet ({names}).",
            names=", ".join(by_id[i].label for i in unknown_minimums),
        )
    elif with_minimum:
        silver_text = say(
            language,
            "Silver pre-check passed: all {count} minimum requirements are met.",
            count=len(with_minimum),
        )
    else:
        silver_text = say(language, "The pack declares no minimum requirements.")
    silver = SilverPrecheck(
        minimums_met,
        failing_minimums,
        unknown_minimums,
        silver_text,
        tuple(r.id for r in with_minimum if r.threshold_source != PUBLIC),
    )
    return gold, silver


def _rows(
    pack: Pack, answers: Mapping[str, AnswerValue], language: str
) -> dict[str, IndicatorScore]:
    gold_set = set(pack.rules.gold_indicators)
    baseline = set(pack.rules.silver_baseline)
    rows: dict[str, IndicatorScore] = {}
    for section in pack.sections:
        for item in section.items:
            if item.scoring.scored:
                rows[item.id] = _scored(
                    item,
                    answers.get(item.id),
                    item.is_relevant(answers),
                    language,
                    gold_indicator=item.id in gold_set,
                    baseline=item.id in baseline,
                )
    return rows


#: Rows scored lately, by item and answer: a rescoring after one answer (the live chart)
#: reuses every other indicator's row. ``score_indicator`` depends on nothing else.
_SCORED: dict[tuple[Any, ...], tuple[Item, IndicatorScore]] = {}
_SCORED_KEPT = 8192


def _scored(
    item: Item,
    value: AnswerValue,
    relevant: bool,
    language: str,
    *,
    gold_indicator: bool,
    baseline: bool,
) -> IndicatorScore:
    """``score_indicator``, remembered for the same item and the same answer."""
    frozen = _hashable(value)
    key = (id(item), frozen, type(value), relevant, language, gold_indicator, baseline)
    known = _SCORED.get(key) if frozen is not _UNHASHABLE else None
    if known is not None and known[0] is item:
        return known[1]
    row = score_indicator(
        item, value, relevant, language, gold_indicator=gold_indicator, baseline=baseline
    )
    if frozen is not _UNHASHABLE:
        if len(_SCORED) >= _SCORED_KEPT:
            _SCORED.clear()
        _SCORED[key] = (item, row)
    return row


_UNHASHABLE = object()


def _hashable(value: object) -> object:
    """``value`` as a hashable equal stand-in (lists as tuples), or ``_UNHASHABLE``."""
    if isinstance(value, list | tuple):
        parts = tuple((type(part).__name__, _hashable(part)) for part in value)
        unhashable = any(frozen is _UNHASHABLE for _name, frozen in parts)
        return _UNHASHABLE if unhashable else (type(value).__name__, parts)
    if isinstance(value, dict):
        return _UNHASHABLE
    try:
        hash(value)
    except TypeError:
        return _UNHASHABLE
    return value


def _change(previous: float | None, current: float | None) -> float | None:
    if previous is None or current is None:
        return None
    return round(current - previous, 6)


def _trend(item: Item, previous: float | None, current: float | None) -> str | None:
    """ "improved", "declined" or "unchanged" in the indicator's direction (None if unknown)."""
    if previous is None or current is None:
        return None
    if current == previous:
        return "unchanged"
    better = current > previous if item.scoring.higher_is_better else current < previous
    return "improved" if better else "declined"


def _progress(
    pack: Pack,
    previous: PreviousBenchmarking,
    assessed_on: date | None,
    rows: Mapping[str, IndicatorScore],
    sections: Sequence[SectionScore],
    language: str,
) -> Progress:
    before_rows = _rows(pack, previous.answers, language)
    before_sections = {s.id: s for s in _sections(pack, previous.answers, before_rows, language)}
    indicators = []
    for item_id, now in rows.items():
        before = before_rows[item_id]
        item = pack.item(item_id)
        indicators.append(
            {
                "id": item_id,
                "section": now.section,
                "label": now.label,
                "previous": before.measure,
                "current": now.measure,
                "change": _change(before.measure, now.measure),
                "previous_score": before.score,
                "current_score": now.score,
                "previous_passed": before.passed,
                "current_passed": now.passed,
                "trend": _trend(item, before.measure, now.measure),
            }
        )
    section_rows = []
    for section in sections:
        before_section = before_sections[section.id]
        section_rows.append(
            {
                "id": section.id,
                "title": section.title,
                "previous": before_section.score,
                "current": section.score,
                "change": _change(before_section.score, section.score),
            }
        )
    return Progress(
        previous_date=previous.date,
        current_date=assessed_on,
        indicators=tuple(indicators),
        sections=tuple(section_rows),
    )


def _assumptions(
    pack: Pack,
    indicators: Sequence[IndicatorScore],
    eligibility: EligibilityResult,
    gold: GoldReadiness,
    silver: SilverPrecheck,
    language: str,
) -> dict[str, Any]:
    """Which results rest on assumed figures: thresholds, minimums, the Gold set, the baseline."""
    rules = pack.rules
    thresholds = [r.id for r in indicators if r.threshold_source not in (None, PUBLIC)]
    criteria = [c.id for c in eligibility.criteria if c.threshold_source not in (None, PUBLIC)]
    parts = []
    if gold.assumed_thresholds:
        parts.append(
            say(
                language,
                "{count} of the {total} indicators in the Gold share rest on thresholds that are "
                "our assumption.",
                count=len(gold.assumed_thresholds),
                total=gold.indicator_set,
            )
        )
    if not rules.gold_source.public:
        parts.append(say(language, "The Gold indicator set is our assumption."))
    if silver.assumed_minimums:
        parts.append(
            say(
                language,
                "{count} baseline minimum requirements are our assumption.",
                count=len(silver.assumed_minimums),
            )
        )
    if criteria:
        parts.append(
            say(
                language,
                "{count} eligibility minimums are our assumption.",
                count=len(criteria),
            )
        )
    return {
        "thresholds": thresholds,
        "eligibility_minimums": criteria,
        "gold_indicator_set": rules.gold_source.basis,
        "gold_indicator_set_note": rules.gold_source.note.get(language),
        "silver_baseline": rules.silver_source.basis,
        "silver_baseline_note": rules.silver_source.note.get(language),
        "explanation": " ".join(parts)
        or say(language, "Every threshold, minimum and set used rests on a public source."),
    }


def score_interview(
    pack: Pack,
    answers: Mapping[str, AnswerValue],
    reference: ReferenceSet | PeerStatistics | None = None,
    technology_area: str | None = None,
    language: str = "en",
    *,
    previous: PreviousBenchmarking | None = None,
    improvements: Sequence[ImprovementArea] = (),
    assessed_on: date | None = None,
) -> ScoreResult:
    """Score ``answers`` (validated values by item id; absent = unanswered) under ``pack``.

    With ``reference`` (peer statistics, or a reference set they are built from once), the
    cluster is also ranked against its peer groups. ``previous`` (the cluster's previous
    benchmarking, its answers read under this pack), ``improvements`` and ``assessed_on``
    (the date of this benchmarking) feed the label path: the Silver verdict and the
    progress since the previous benchmarking. Answers to unknown item ids are ignored here;
    ``app.scoring.pack.check_answers`` and the store refuse them.
    """
    rows = _rows(pack, answers, language)
    indicators = tuple(rows.values())
    sections = _sections(pack, answers, rows, language)
    gold, silver = _gold(pack, indicators, language)
    if reference is None:
        peers = no_peers()
    else:
        peers = compare_with_peers(
            reference,
            pack,
            technology_area,
            {r.id: r.measure for r in indicators if r.measure is not None},
            {s.id: s.raw_score for s in sections if s.raw_score is not None},
            language,
        )
    eligibility = check_eligibility(pack, answers, language)
    bronze = bronze_verdict(pack, answers, eligibility.status, eligibility.explanation, language)
    passes = {
        r.id: r.passed for r in indicators if indicator_has_pass_rule(r.kind, r.gold_threshold)
    }
    silver_result = silver_verdict(
        pack,
        bronze,
        previous,
        assessed_on,
        improvements,
        passes,
        silver.passed,
        silver.failing_minimums,
        language,
    )
    verdicts = {
        "bronze": bronze,
        "silver": silver_result,
        "gold": gold_verdict(
            gold.status, gold.explanation, gold.what_would_change, gold.indicator_set, language
        ),
    }
    progress = (
        None
        if previous is None
        else _progress(pack, previous, assessed_on, rows, sections, language)
    )
    return ScoreResult(
        pack=pack.ref,
        reference=dict(reference.ref) if reference is not None else None,
        technology_area=technology_area,
        eligibility=eligibility,
        indicators=indicators,
        sections=sections,
        gold=gold,
        silver_precheck=silver,
        peers=peers,
        verdicts=verdicts,
        progress=progress,
        assumptions=_assumptions(pack, indicators, eligibility, gold, silver, language),
    )
