"""Trainee calibration: how closely a trainee's answers to a practice case match the reference.

Rules, so that trainers can explain every number:

- **Items compared**: every item that the trainee or the reference answered, except free
  text (short/long text, web addresses), which is shown but not scored for agreement.
  An item answered by one side only is a disagreement.
- **Agreement per item**: yes/no and single choices must be equal; multiple choices must
  name the same options; groups (success stories) must have the same number of entries;
  years must be equal; percentages agree when they differ by at most
  ``PERCENT_POINTS_TOLERANCE`` (1 percentage point), so that rounding 73.1 % to 73 % is not
  a disagreement but taking the wrong base (45.2 % instead of 47.8 %) is; other numbers agree
  when they differ by at most ``NUMERIC_TOLERANCE`` (10 %) of the reference value.
- **Cohen's kappa** (chance-corrected agreement) over the categorical judgements both sides
  made: each yes/no item, each single choice, and each option of a multiple choice
  (chosen / not chosen). Categories are the answer codes ("yes", "no", option codes). When
  both sides used one and the same category for everything, chance agreement is 100 % and
  kappa is undefined (0/0); the report says so instead of inventing a number.
- **Verdicts and indicators**: both answer sets are scored with the scoring engine; the
  report compares the eligibility verdict, Gold-readiness, the Silver pre-check and each
  indicator's pass/fail.
- **Largest differences**: each disagreement is re-scored with the trainee's answers and
  that one item set to the reference answer, which gives its effect on the section score,
  the Gold share and the verdicts.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from app.scoring.engine import answer_text, score_interview
from app.scoring.pack import NUMERIC_TYPES, TEXT_TYPES, AnswerValue, Item, Pack
from app.scoring.wording import number_text, say, say_count

NUMERIC_TOLERANCE = 0.10
PERCENT_POINTS_TOLERANCE = 1.0
LARGEST_DIFFERENCES = 5


def _scores(
    pack: Pack, answers: Mapping[str, AnswerValue], language: str = "en"
) -> Mapping[str, Any]:
    """The score result (docs/ARCHITECTURE.md) without peers: two answer sets are compared."""
    result: Mapping[str, Any] = score_interview(pack, answers, language=language).to_dict()
    return result


# --- result types ------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemAgreement:
    """How the trainee's answer to one item compares with the reference."""

    item_id: str
    section_id: str
    label: str
    answer_type: str
    trainee: AnswerValue
    reference: AnswerValue
    trainee_text: str
    reference_text: str
    agrees: bool | None
    rule: str
    difference: float

    @property
    def compared(self) -> bool:
        """Whether the item counts in the agreement percentage."""
        return self.agrees is not None


@dataclass(frozen=True)
class KappaResult:
    """Cohen's kappa over the categorical judgements, with what it rests on."""

    value: float | None
    observed: float | None
    expected: float | None
    judgements: int
    interpretation: str
    explanation: str


@dataclass(frozen=True)
class VerdictAgreement:
    """One overall verdict (eligibility, Gold, Silver pre-check) on both answer sets."""

    id: str
    label: str
    trainee: str
    reference: str

    @property
    def agrees(self) -> bool:
        """Whether both answer sets lead to the same verdict."""
        return self.trainee == self.reference


@dataclass(frozen=True)
class IndicatorAgreement:
    """One indicator's pass/fail on both answer sets."""

    id: str
    section: str
    label: str
    trainee_passed: bool | None
    reference_passed: bool | None
    trainee_score: float | None
    reference_score: float | None

    @property
    def agrees(self) -> bool:
        """Whether the indicator passes (or fails, or is unscored) on both sides alike."""
        return self.trainee_passed == self.reference_passed


@dataclass(frozen=True)
class SectionAgreement:
    """One section: its score on both answer sets and how many of its items agree."""

    id: str
    title: str
    trainee_score: float | None
    reference_score: float | None
    compared: int
    agreed: int

    @property
    def score_difference(self) -> float | None:
        """Trainee's section score minus the reference's (points of 0..100)."""
        return _delta(self.trainee_score, self.reference_score)

    @property
    def agreement(self) -> float | None:
        """Share of the section's compared items that agree, in percent."""
        return 100.0 * self.agreed / self.compared if self.compared else None


@dataclass(frozen=True)
class Difference:
    """A disagreement and what it does to the score, largest first."""

    item_id: str
    label: str
    section_title: str
    trainee_text: str
    reference_text: str
    section_effect: float | None
    gold_share_effect: float | None
    indicator_flips: bool
    verdict_changes: tuple[str, ...]
    explanation: str
    rationale: str


@dataclass(frozen=True)
class CalibrationReport:
    """Everything the calibration view and history show for one practice session."""

    pack: Mapping[str, str]
    items: tuple[ItemAgreement, ...]
    kappa: KappaResult
    verdicts: tuple[VerdictAgreement, ...]
    indicators: tuple[IndicatorAgreement, ...]
    largest_differences: tuple[Difference, ...]
    sections: tuple[SectionAgreement, ...] = ()

    @property
    def compared(self) -> int:
        """Items counted for agreement."""
        return sum(1 for item in self.items if item.compared)

    @property
    def answered(self) -> int:
        """Compared items the trainee has answered so far."""
        return sum(1 for item in self.items if item.compared and _answered(item.trainee))

    @property
    def agreed(self) -> int:
        """Compared items on which trainee and reference agree."""
        return sum(1 for item in self.items if item.agrees)

    @property
    def agreement(self) -> float | None:
        """Share of compared items that agree, in percent (None when nothing compared)."""
        return 100.0 * self.agreed / self.compared if self.compared else None

    @property
    def indicator_agreement(self) -> float | None:
        """Share of indicators with the same pass/fail, in percent."""
        if not self.indicators:
            return None
        same = sum(1 for indicator in self.indicators if indicator.agrees)
        return 100.0 * same / len(self.indicators)

    @property
    def verdicts_agree(self) -> bool:
        """Whether every overall verdict is the same on both sides."""
        return all(verdict.agrees for verdict in self.verdicts)

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready data."""
        data = asdict(self)
        data["summary"] = {
            "compared": self.compared,
            "answered": self.answered,
            "agreed": self.agreed,
            "agreement": self.agreement,
            "indicator_agreement": self.indicator_agreement,
            "verdicts_agree": self.verdicts_agree,
        }
        return data


# --- item agreement ------------------------------------------------------------------------


def _answered(value: AnswerValue) -> bool:
    return value is not None and value != "" and value != []


def _shown(item: Item, value: AnswerValue, language: str) -> str:
    """An answer as the report's tables show it ("not answered" when there is none)."""
    if not _answered(value):
        return say(language, "not answered")
    return answer_text(item, value, language)


def numbers_agree(item: Item, trainee: float, reference: float) -> bool:
    """Whether two numeric answers agree under the documented tolerance."""
    if item.type == "year":
        return int(trainee) == int(reference)
    if item.type == "percent":
        tolerance = PERCENT_POINTS_TOLERANCE
    else:
        tolerance = NUMERIC_TOLERANCE * abs(reference)
    # A hair of slack so that 10.0 % exactly counts as within 10 %.
    return abs(trainee - reference) <= tolerance + 1e-9


def compare_item(
    item: Item, trainee: AnswerValue, reference: AnswerValue, language: str = "en"
) -> ItemAgreement:
    """Compare one item's answers under the rules in the module docstring."""
    has_t, has_r = _answered(trainee), _answered(reference)
    agrees: bool | None
    difference = 0.0
    if item.type in TEXT_TYPES:
        agrees, rule = None, say(language, "free text: shown, not compared")
    elif not has_t and not has_r:
        agrees, rule = None, say(language, "neither answered")
    elif has_t != has_r:
        agrees, difference = False, 1.0
        rule = say(
            language,
            "answered by the reference only" if has_r else "answered by the trainee only",
        )
    elif item.type in NUMERIC_TYPES:
        t, r = float(trainee), float(reference)
        agrees = numbers_agree(item, t, r)
        difference = abs(t - r) / max(abs(r), abs(t), 1.0)
        if item.type == "year":
            rule = say(language, "years must be equal")
        elif item.type == "percent":
            rule = say_count(
                language,
                PERCENT_POINTS_TOLERANCE,
                "within {points} percentage point",
                points=number_text(language, f"{PERCENT_POINTS_TOLERANCE:g}"),
            )
        else:
            rule = say(
                language,
                "within {percent}% of the reference",
                percent=f"{NUMERIC_TOLERANCE * 100:.0f}",
            )
    elif item.type == "multiple_choice":
        chosen_t, chosen_r = set(trainee), set(reference)
        agrees = chosen_t == chosen_r
        union = chosen_t | chosen_r
        difference = len(chosen_t ^ chosen_r) / len(union) if union else 0.0
        rule = say(language, "same options chosen")
    elif item.type == "group":
        agrees = len(trainee) == len(reference)
        difference = abs(len(trainee) - len(reference)) / max(len(trainee), len(reference), 1)
        rule = say(language, "same number of entries")
    else:
        agrees = trainee == reference
        difference = 0.0 if agrees else 1.0
        rule = say(language, "exact match")
    return ItemAgreement(
        item_id=item.id,
        section_id=item.section_id,
        label=item.label.get(language),
        answer_type=item.type,
        trainee=trainee if has_t else None,
        reference=reference if has_r else None,
        trainee_text=_shown(item, trainee, language),
        reference_text=_shown(item, reference, language),
        agrees=agrees,
        rule=rule,
        difference=difference,
    )


# --- kappa -------------------------------------------------------------------------------


def categorical_judgements(
    pack: Pack, trainee: Mapping[str, AnswerValue], reference: Mapping[str, AnswerValue]
) -> list[tuple[str, str]]:
    """(trainee category, reference category) for every categorical judgement both made."""
    pairs: list[tuple[str, str]] = []
    for item in pack.items:
        t, r = trainee.get(item.id), reference.get(item.id)
        if not (_answered(t) and _answered(r)):
            continue
        if item.type == "yes_no":
            pairs.append(("yes" if t else "no", "yes" if r else "no"))
        elif item.type == "single_choice":
            pairs.append((str(t), str(r)))
        elif item.type == "multiple_choice":
            chosen_t, chosen_r = set(t or ()), set(r or ())
            pairs.extend(
                ("yes" if o.code in chosen_t else "no", "yes" if o.code in chosen_r else "no")
                for o in item.options
            )
    return pairs


#: Below this many judgements kappa swings from one answer to the next (a handful of matching
#: answers gives 1.00), so it is shown without a verdict on the agreement.
MIN_KAPPA_JUDGEMENTS = 20
TOO_EARLY = "too early to judge"


def interpret_kappa(value: float, language: str = "en") -> str:
    """Landis and Koch's (1977) verbal scale for kappa, in ``language``."""
    if value < 0:
        return say(language, "poor (worse than chance)")
    for limit, words in (
        (0.20, "slight"),
        (0.40, "fair"),
        (0.60, "moderate"),
        (0.80, "substantial"),
    ):
        if value <= limit:
            return say(language, words)
    return say(language, "almost perfect")


def _category_text(category: str, language: str) -> str:
    """An answer code as the kappa explanation quotes it."""
    if language == "en":
        return repr(category)
    shown = say(language, category) if category in ("yes", "no") else category
    return f"\u201e{shown}\u201c"


def cohens_kappa(pairs: Sequence[tuple[str, str]], language: str = "en") -> KappaResult:
    """Cohen's kappa for two raters' categories; handles the degenerate cases with words."""
    n = len(pairs)
    if n == 0:
        return KappaResult(
            None,
            None,
            None,
            0,
            say(language, "not available"),
            say(
                language,
                "No yes/no or choice item was answered by both, so kappa cannot be computed.",
            ),
        )
    observed = sum(1 for t, r in pairs if t == r) / n
    counts_t = Counter(t for t, _ in pairs)
    counts_r = Counter(r for _, r in pairs)
    expected = sum(counts_t[c] * counts_r[c] for c in counts_t) / (n * n)
    if math.isclose(expected, 1.0):
        category = next(iter(counts_t))
        return KappaResult(
            None,
            observed,
            expected,
            n,
            say(language, "undefined"),
            say_count(
                language,
                n,
                "Both gave the same answer ({category}) to all {n} judgements: agreement "
                "expected by chance is already 100 %, so kappa is undefined (0/0). Observed "
                "agreement is 100 %; practise on a case with more varied answers.",
                category=_category_text(category, language),
                n=n,
            ),
        )
    value = (observed - expected) / (1.0 - expected)
    kappa = number_text(language, f"{value:.2f}")
    if n < MIN_KAPPA_JUDGEMENTS:
        return KappaResult(
            value,
            observed,
            expected,
            n,
            say(language, TOO_EARLY),
            say_count(
                language,
                n,
                "Only {n} yes/no and choice judgements were made by both so far: kappa "
                "{kappa} rests on too few to say how well you agree (it needs at least "
                "{minimum}). Answer more of the case.",
                n=n,
                kappa=kappa,
                minimum=MIN_KAPPA_JUDGEMENTS,
            ),
        )
    words = interpret_kappa(value, language)
    return KappaResult(
        value,
        observed,
        expected,
        n,
        words,
        say(
            language,
            "Over {n} yes/no and choice judgements: observed agreement {observed}%, "
            "agreement expected by chance {expected}%, kappa {kappa} ({words}).",
            n=n,
            observed=f"{observed * 100:.0f}",
            expected=f"{expected * 100:.0f}",
            kappa=kappa,
            words=words,
        ),
    )


# --- scores ------------------------------------------------------------------------------


_ELIGIBILITY_WORDS = {
    "eligible": "eligible",
    "not_eligible": "not eligible",
    "incomplete": "incomplete",
}
_GOLD_WORDS = {
    "ready": "ready for Gold",
    "not_ready": "not ready for Gold",
    "incomplete": "incomplete",
}


def _silver_word(scores: Mapping[str, Any], language: str = "en") -> str:
    passed = (scores.get("silver_precheck") or {}).get("passed")
    if passed is None:
        return say(language, "incomplete")
    return say(language, "passed" if passed else "not passed")


def _verdicts(
    trainee: Mapping[str, Any], reference: Mapping[str, Any], language: str = "en"
) -> tuple[VerdictAgreement, ...]:
    def eligibility(scores: Mapping[str, Any]) -> str:
        status = str((scores.get("eligibility") or {}).get("status", "incomplete"))
        return say(language, _ELIGIBILITY_WORDS.get(status, status))

    def gold(scores: Mapping[str, Any]) -> str:
        status = str((scores.get("gold") or {}).get("status", "incomplete"))
        return say(language, _GOLD_WORDS.get(status, status))

    def silver(scores: Mapping[str, Any]) -> str:
        return _silver_word(scores, language)

    return (
        VerdictAgreement(
            "eligibility",
            say(language, "Eligibility"),
            eligibility(trainee),
            eligibility(reference),
        ),
        VerdictAgreement("gold", say(language, "Gold-readiness"), gold(trainee), gold(reference)),
        VerdictAgreement(
            "silver", say(language, "Silver pre-check"), silver(trainee), silver(reference)
        ),
    )


def _indicators(
    trainee: Mapping[str, Any], reference: Mapping[str, Any]
) -> tuple[IndicatorAgreement, ...]:
    ref_by_id = {row["id"]: row for row in reference.get("indicators", ())}
    rows = []
    for row in trainee.get("indicators", ()):
        ref = ref_by_id.get(row["id"], {})
        rows.append(
            IndicatorAgreement(
                id=str(row["id"]),
                section=str(row.get("section", "")),
                label=str(row.get("label", row["id"])),
                trainee_passed=row.get("passed"),
                reference_passed=ref.get("passed"),
                trainee_score=row.get("score"),
                reference_score=ref.get("score"),
            )
        )
    return tuple(rows)


def _sections(
    pack: Pack,
    rows: Sequence[ItemAgreement],
    trainee: Mapping[str, Any],
    reference: Mapping[str, Any],
    language: str,
) -> tuple[SectionAgreement, ...]:
    result = []
    for section in pack.sections:
        own = [row for row in rows if row.section_id == section.id and row.compared]
        result.append(
            SectionAgreement(
                id=section.id,
                title=section.title.get(language),
                trainee_score=_section_score(trainee, section.id),
                reference_score=_section_score(reference, section.id),
                compared=len(own),
                agreed=sum(1 for row in own if row.agrees),
            )
        )
    return tuple(result)


def _section_score(scores: Mapping[str, Any], section_id: str) -> float | None:
    for row in scores.get("sections", ()):
        if row.get("id") == section_id:
            value = row.get("score")
            return None if value is None else float(value)
    return None


def _indicator_passed(scores: Mapping[str, Any], item_id: str) -> bool | None:
    for row in scores.get("indicators", ()):
        if row.get("id") == item_id:
            passed: bool | None = row.get("passed")
            return passed
    return None


def _gold_share(scores: Mapping[str, Any]) -> float | None:
    value = (scores.get("gold") or {}).get("share")
    return None if value is None else float(value)


def _delta(after: float | None, before: float | None) -> float | None:
    if after is None or before is None:
        return None
    return after - before


def _pass_words(passed: bool | None, language: str) -> str:
    if passed is None:
        return say(language, "is not scored")
    return say(language, "passes" if passed else "fails")


def _difference(
    pack: Pack,
    row: ItemAgreement,
    trainee: Mapping[str, AnswerValue],
    trainee_scores: Mapping[str, Any],
    rationale: Mapping[str, str],
    language: str,
) -> Difference:
    corrected = dict(trainee)
    if row.reference is None:
        corrected.pop(row.item_id, None)
    else:
        corrected[row.item_id] = row.reference
    fixed = _scores(pack, corrected, language)
    section_effect = _delta(
        _section_score(fixed, row.section_id), _section_score(trainee_scores, row.section_id)
    )
    gold_effect = _delta(_gold_share(fixed), _gold_share(trainee_scores))
    flips = _indicator_passed(fixed, row.item_id) != _indicator_passed(trainee_scores, row.item_id)
    changes = tuple(
        say(
            language,
            "{label}: {trainee} with your answer, {reference} with the reference answer",
            label=verdict.label,
            trainee=verdict.trainee,
            reference=verdict.reference,
        )
        for verdict in _verdicts(trainee_scores, fixed, language)
        if not verdict.agrees
    )
    section_title = pack.section(row.section_id).title.get(language)
    yours, theirs = row.trainee_text, row.reference_text
    if row.trainee is None:
        parts = [
            say(
                language,
                "You left it unanswered; the reference answer is {reference}.",
                reference=theirs,
            )
        ]
    elif row.reference is None:
        parts = [
            say(
                language,
                "You answered {trainee}; the reference leaves it unanswered.",
                trainee=yours,
            )
        ]
    else:
        parts = [
            say(
                language,
                "You answered {trainee}; the reference is {reference}.",
                trainee=yours,
                reference=theirs,
            )
        ]
    if flips:
        parts.append(
            say(
                language,
                "The indicator {with_reference} with the reference answer and {with_yours} "
                "with yours.",
                with_reference=_pass_words(_indicator_passed(fixed, row.item_id), language),
                with_yours=_pass_words(_indicator_passed(trainee_scores, row.item_id), language),
            )
        )
    if section_effect:
        parts.append(
            say(
                language,
                "Correcting it moves {section} by {points} points.",
                section=section_title,
                points=number_text(language, f"{section_effect:+.1f}"),
            )
        )
    if gold_effect:
        parts.append(
            say(
                language,
                "The Gold share moves by {points} points.",
                points=number_text(language, f"{gold_effect:+.1f}"),
            )
        )
    parts.extend(f"{change}." for change in changes)
    if not (flips or section_effect or gold_effect or changes):
        parts.append(say(language, "It does not change any score."))
    return Difference(
        item_id=row.item_id,
        label=row.label,
        section_title=section_title,
        trainee_text=row.trainee_text,
        reference_text=row.reference_text,
        section_effect=section_effect,
        gold_share_effect=gold_effect,
        indicator_flips=flips,
        verdict_changes=changes,
        explanation=" ".join(parts),
        rationale=rationale.get(row.item_id, ""),
    )


def _difference_weight(difference: Difference, row: ItemAgreement) -> tuple[float, ...]:
    return (
        float(len(difference.verdict_changes)),
        float(difference.indicator_flips),
        abs(difference.section_effect or 0.0) + abs(difference.gold_share_effect or 0.0),
        row.difference,
    )


# --- the report ----------------------------------------------------------------------------


def calibrate(
    pack: Pack,
    trainee_answers: Mapping[str, AnswerValue],
    reference_answers: Mapping[str, AnswerValue],
    *,
    rationale: Mapping[str, str] | None = None,
    language: str = "en",
) -> CalibrationReport:
    """Compare a trainee's answers with the reference answers of a practice case."""
    rationale = rationale or {}
    rows = tuple(
        compare_item(item, trainee_answers.get(item.id), reference_answers.get(item.id), language)
        for item in pack.items
    )
    trainee_scores = _scores(pack, trainee_answers, language)
    reference_scores = _scores(pack, reference_answers, language)
    differences = []
    for row in rows:
        if row.agrees is False:
            difference = _difference(
                pack, row, trainee_answers, trainee_scores, rationale, language
            )
            differences.append((_difference_weight(difference, row), difference))
    differences.sort(key=lambda pair: pair[0], reverse=True)
    return CalibrationReport(
        pack=dict(pack.ref),
        items=rows,
        kappa=cohens_kappa(
            categorical_judgements(pack, trainee_answers, reference_answers), language
        ),
        verdicts=_verdicts(trainee_scores, reference_scores, language),
        indicators=_indicators(trainee_scores, reference_scores),
        largest_differences=tuple(d for _, d in differences[:LARGEST_DIFFERENCES]),
        sections=_sections(pack, rows, trainee_scores, reference_scores, language),
    )


# --- history -------------------------------------------------------------------------------


@dataclass(frozen=True)
class CalibrationSession:
    """One practice session of a trainee, with its calibration report."""

    interview_id: int
    case_id: str
    case_title: str
    at: datetime
    report: CalibrationReport


@dataclass(frozen=True)
class HistoryPoint:
    """One session's numbers in the trainee's history."""

    interview_id: int
    case_id: str
    case_title: str
    at: datetime
    agreement: float | None
    kappa: float | None
    indicator_agreement: float | None
    verdicts_agree: bool
    agreement_change: float | None


@dataclass(frozen=True)
class CalibrationHistory:
    """A trainee's sessions in date order and how agreement changed over them."""

    points: tuple[HistoryPoint, ...]

    @property
    def agreement_change(self) -> float | None:
        """Agreement of the last session minus the first (percentage points)."""
        values = [p.agreement for p in self.points if p.agreement is not None]
        return values[-1] - values[0] if len(values) >= 2 else None

    @property
    def kappa_change(self) -> float | None:
        """Kappa of the last session minus the first."""
        values = [p.kappa for p in self.points if p.kappa is not None]
        return values[-1] - values[0] if len(values) >= 2 else None

    def summary(self, language: str = "en") -> str:
        """One sentence on the trend, in ``language``."""
        if not self.points:
            return say(language, "No practice sessions yet.")
        if len(self.points) == 1:
            return say(language, "One practice session so far; the trend shows from the second.")
        sessions = len(self.points)
        change = self.agreement_change
        if change is None:
            return say(language, "{sessions} sessions; agreement not available.", sessions=sessions)
        same_case = len({p.case_id for p in self.points}) == 1
        cases = say(language, "the same case" if same_case else "different cases")
        if change == 0:
            return say(
                language,
                "{sessions} sessions on {cases}: agreement unchanged 0 points since the first.",
                sessions=sessions,
                cases=cases,
            )
        template = (
            "{sessions} sessions on {cases}: agreement up {points} points since the first."
            if change > 0
            else "{sessions} sessions on {cases}: agreement down {points} points since the first."
        )
        points = f"{abs(change):.0f}"
        return say_count(
            language, float(points), template, sessions=sessions, cases=cases, points=points
        )


def calibration_history(sessions: Iterable[CalibrationSession]) -> CalibrationHistory:
    """The change across a trainee's sessions, ordered by date (oldest first)."""
    ordered = sorted(sessions, key=lambda s: (s.at, s.interview_id))
    points: list[HistoryPoint] = []
    previous: float | None = None
    for session in ordered:
        report = session.report
        agreement = report.agreement
        points.append(
            HistoryPoint(
                interview_id=session.interview_id,
                case_id=session.case_id,
                case_title=session.case_title,
                at=session.at,
                agreement=agreement,
                kappa=report.kappa.value,
                indicator_agreement=report.indicator_agreement,
                verdicts_agree=report.verdicts_agree,
                agreement_change=_delta(agreement, previous),
            )
        )
        if agreement is not None:
            previous = agreement
    return CalibrationHistory(tuple(points))
