"""The label path: Bronze and Silver verdicts, improvement areas, progress, label terms.

Public rules (``docs`` of the method, ESCA's Bronze and Silver pages):

- **Bronze** ("Striving for Cluster Excellence"): the cluster is eligible and the
  benchmarking is complete (every required question that is asked is answered).
- **Silver** ("Dedicated to Cluster Excellence"): a second benchmarking 1.5 to 2 years after
  the first, at least 3 documented improvement areas validated against the Gold thresholds of
  their indicators, and every baseline minimum requirement met; the second benchmarking must
  itself pass Bronze.
- **Validity**: Bronze 2 years from the month of the interview, renewable up to 1 year after
  expiry, a renewal extending it by 3 years from the old end date; Silver 2 years from the
  month of the assessment, renewable up to 1 year after expiry; Gold renewals extend it by
  2 years.

Our assumptions (ESCA does not publish them), each marked where it is applied:

- a term runs to the **last day of its final month** ("2 years from March 2024" is valid
  through 31 March 2026);
- an improvement area is **validated** when it has evidence and every indicator it names
  meets its Gold threshold in the second benchmarking;
- a **Silver renewal** runs 2 years from the month of the new assessment; a **first Gold**
  award runs 2 years from the month of the assessment; a **Gold renewal** extends from the old
  end date;
- **re-benchmarking is due** 18 months after a first Bronze benchmarking (when the Silver
  window opens), and 6 months before the end of any other term.

Everything here is pure: dates and answers in, plain results out.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.scoring.pack import AnswerValue, Pack, unanswered_required
from app.scoring.taxonomy import LABEL_LEVELS as LABEL_LEVELS
from app.scoring.wording import number_text, say

BRONZE, SILVER, GOLD = LABEL_LEVELS

PASSED = "passed"
NOT_PASSED = "not_passed"
INCOMPLETE = "incomplete"

#: Silver: the second benchmarking falls 18 to 24 months after the first (public).
SILVER_WINDOW_MONTHS = (18, 24)
#: Silver: at least this many validated improvement areas (public).
SILVER_IMPROVEMENT_AREAS = 3
#: A lapsed label may be renewed up to this many months after its end (public).
RENEWAL_GRACE_MONTHS = 12
#: Term of a first award and of a renewal, in months, and whether a renewal extends from the
#: old end date (True) or runs from the month of the new assessment (False).
TERMS: dict[str, tuple[int, int, bool]] = {
    BRONZE: (24, 36, True),  # public: 2 years; renewal +3 years from the old end date
    SILVER: (24, 24, False),  # public: 2 years; the renewal's term is our assumption
    GOLD: (24, 24, True),  # first term assumed; renewal +2 years (public), from the old end
}
#: Re-benchmarking is due this many months before a term ends (assumption) ...
DUE_BEFORE_END_MONTHS = 6
#: ... or, after a first Bronze benchmarking, when the Silver window opens (public).
FIRST_BRONZE_DUE_MONTHS = SILVER_WINDOW_MONTHS[0]


# --- dates ---------------------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole calendar months, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def end_of_month(day: date) -> date:
    """The last day of ``day``'s month."""
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def months_between(start: date, end: date) -> float:
    """Calendar months from ``start`` to ``end`` (fractional, one decimal), negative if before."""
    whole = (end.year - start.year) * 12 + (end.month - start.month)
    if add_months(start, whole) > end:
        whole -= 1
    anchor = add_months(start, whole)
    following = add_months(start, whole + 1)
    fraction = (end - anchor).days / max(1, (following - anchor).days)
    return round(whole + fraction, 1)


#: The longest text an improvement area's evidence may have.
MAX_IMPROVEMENT_TEXT = 5_000


def parse_date(text: Any) -> date | None:
    """An ISO date (``YYYY-MM-DD``), or None when ``text`` is not one."""
    if not isinstance(text, str):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


# --- label terms ---------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelTerm:
    """How long a label awarded on ``awarded_on`` is valid, and when to benchmark again."""

    level: str
    awarded_on: date
    valid_until: date
    rebenchmark_due: date
    renewal: bool

    def to_dict(self) -> dict[str, Any]:
        """Plain data (dates as ISO text)."""
        return {
            "level": self.level,
            "awarded_on": self.awarded_on.isoformat(),
            "valid_until": self.valid_until.isoformat(),
            "rebenchmark_due": self.rebenchmark_due.isoformat(),
            "renewal": self.renewal,
        }


def renewable(previous: LabelTerm | None, level: str, on: date) -> bool:
    """Whether a label of ``level`` assessed ``on`` renews ``previous`` (same level, in time)."""
    if previous is None or previous.level != level or on < previous.awarded_on:
        return False
    return on <= add_months(previous.valid_until, RENEWAL_GRACE_MONTHS)


def label_term(level: str, awarded_on: date, previous: LabelTerm | None = None) -> LabelTerm:
    """The term of a label of ``level`` assessed on ``awarded_on`` (see the module rules).

    ``previous`` is the cluster's latest label before this one; a label of the same level
    up to a year after its end makes this a renewal.
    """
    if level not in TERMS:
        raise ValueError(f"unknown label level {level!r}")
    first_months, renewal_months, from_old_end = TERMS[level]
    renewal = renewable(previous, level, awarded_on)
    if renewal and from_old_end:
        assert previous is not None
        valid_until = end_of_month(add_months(previous.valid_until, renewal_months))
    else:
        months = renewal_months if renewal else first_months
        valid_until = end_of_month(add_months(awarded_on.replace(day=1), months))
    if level == BRONZE and not renewal:
        due = add_months(awarded_on.replace(day=1), FIRST_BRONZE_DUE_MONTHS)
    else:
        due = add_months(valid_until, -DUE_BEFORE_END_MONTHS).replace(day=1)
    return LabelTerm(level, awarded_on, valid_until, due, renewal)


# --- improvement areas and the previous benchmarking ---------------------------------------


@dataclass(frozen=True)
class ImprovementArea:
    """One documented improvement area: what improved, the evidence, the indicators."""

    title: str
    evidence: str
    indicators: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """Plain data as in the ``improvements`` input."""
        return {"title": self.title, "evidence": self.evidence, "indicators": list(self.indicators)}


def improvement_areas_from(raw: Any, where: str = "improvements") -> list[ImprovementArea]:
    """Improvement areas from plain data; ``ValueError`` naming the bad entry and field."""
    if not isinstance(raw, list):
        raise ValueError(f"{where}: expected a list of improvement areas")
    areas = []
    for n, entry in enumerate(raw):
        here = f"{where}[{n}]"
        if not isinstance(entry, dict):
            raise ValueError(f"{here}: expected an object with title, evidence and indicators")
        unknown = sorted(set(entry) - {"title", "evidence", "indicators"})
        if unknown:
            raise ValueError(f"{here}: unknown field {unknown[0]!r}")
        title, evidence = entry.get("title", ""), entry.get("evidence", "")
        indicators = entry.get("indicators", [])
        if not isinstance(title, str) or not title.strip():
            raise ValueError(f"{here}.title: expected a non-empty text")
        if not isinstance(evidence, str):
            raise ValueError(f"{here}.evidence: expected a text")
        if not isinstance(indicators, list) or not all(isinstance(i, str) for i in indicators):
            raise ValueError(f"{here}.indicators: expected a list of indicator ids")
        areas.append(ImprovementArea(title.strip(), evidence.strip(), tuple(indicators)))
    return areas


@dataclass(frozen=True)
class PreviousBenchmarking:
    """The cluster's previous benchmarking: its answers (read under the current pack) and date."""

    answers: Mapping[str, AnswerValue]
    date: date
    interview_uuid: str = ""


# --- verdicts ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AreaCheck:
    """An improvement area checked against the Gold thresholds of its indicators."""

    area: ImprovementArea
    status: str  # PASSED (validated), NOT_PASSED, INCOMPLETE (an indicator unanswered)
    reason: str

    @property
    def validated(self) -> bool:
        """Whether the area counts towards Silver."""
        return self.status == PASSED

    def to_dict(self) -> dict[str, Any]:
        """The area in the Silver verdict."""
        return {**self.area.to_dict(), "validated": self.validated, "status": self.status,
                "reason": self.reason}  # fmt: skip


@dataclass(frozen=True)
class Verdict:
    """A label verdict: passed, not passed or incomplete, with the reasons."""

    level: str
    status: str
    reasons: tuple[str, ...]
    explanation: str
    details: Mapping[str, Any] = field(default_factory=dict)

    @property
    def passed(self) -> bool | None:
        """True when passed, False when not, None while incomplete."""
        return {PASSED: True, NOT_PASSED: False}.get(self.status)

    def to_dict(self) -> dict[str, Any]:
        """The verdict in the score result."""
        return {
            "level": self.level,
            "status": self.status,
            "passed": self.passed,
            "explanation": self.explanation,
            "reasons": list(self.reasons),
            **dict(self.details),
        }


def _combine(failures: Sequence[str], open_points: Sequence[str]) -> str:
    if failures:
        return NOT_PASSED
    return INCOMPLETE if open_points else PASSED


def bronze_verdict(
    pack: Pack,
    answers: Mapping[str, AnswerValue],
    eligibility_status: str,
    eligibility_explanation: str,
    language: str = "en",
) -> Verdict:
    """Bronze: eligible, and every asked required question answered."""
    missing = unanswered_required(pack, answers)
    failures: list[str] = []
    open_points: list[str] = []
    if eligibility_status == "not_eligible":
        failures.append(eligibility_explanation)
    elif eligibility_status != "eligible":
        open_points.append(eligibility_explanation)
    if missing:
        names = ", ".join(pack.item(i).label.get(language) for i in missing[:5])
        more = ", ..." if len(missing) > 5 else ""
        template = (
            "The benchmarking is not complete: {count} required question is not answered "
            "yet ({names})."
            if len(missing) == 1
            else "The benchmarking is not complete: {count} required questions are not "
            "answered yet ({names})."
        )
        open_points.append(say(language, template, count=len(missing), names=names + more))
    status = _combine(failures, open_points)
    if status == PASSED:
        explanation = say(
            language, "Bronze: passed. The cluster is eligible and the benchmarking is complete."
        )
        reasons = [eligibility_explanation]
    elif status == NOT_PASSED:
        explanation = say(language, "Bronze: not passed. The cluster is not eligible.")
        reasons = failures + open_points
    else:
        explanation = say(language, "Bronze: incomplete.")
        reasons = open_points
    return Verdict(BRONZE, status, tuple(reasons), explanation, {"unanswered_required": missing})


def check_area(
    pack: Pack, area: ImprovementArea, passed: Mapping[str, bool | None], language: str = "en"
) -> AreaCheck:
    """Whether an improvement area is validated against its indicators' Gold thresholds.

    ``passed`` gives, per indicator id, whether the second benchmarking meets Gold (None:
    unanswered); indicators without a Gold pass rule are missing from it.
    """
    if not area.evidence:
        return AreaCheck(area, NOT_PASSED, say(language, "Not validated: no evidence is given."))
    if not area.indicators:
        return AreaCheck(area, NOT_PASSED, say(language, "Not validated: it names no indicator."))
    unknown = [i for i in area.indicators if i not in passed]
    if unknown:
        return AreaCheck(
            area,
            NOT_PASSED,
            say(
                language,
                "Not validated: '{indicator}' is not an indicator with a Gold threshold.",
                indicator=unknown[0],
            ),
        )
    below = [i for i in area.indicators if passed[i] is False]
    if below:
        names = ", ".join(pack.item(i).label.get(language) for i in below)
        return AreaCheck(
            area,
            NOT_PASSED,
            say(language, "Not validated: below the Gold threshold: {names}.", names=names),
        )
    open_ids = [i for i in area.indicators if passed[i] is None]
    if open_ids:
        names = ", ".join(pack.item(i).label.get(language) for i in open_ids)
        return AreaCheck(area, INCOMPLETE, say(language, "Not answered yet: {names}.", names=names))
    template = (
        "Validated: its indicator meets the Gold threshold."
        if len(area.indicators) == 1
        else "Validated: all {count} indicators meet their Gold thresholds."
    )
    return AreaCheck(area, PASSED, say(language, template, count=len(area.indicators)))


def silver_verdict(
    pack: Pack,
    bronze: Verdict,
    previous: PreviousBenchmarking | None,
    assessed_on: date | None,
    areas: Sequence[ImprovementArea],
    passed: Mapping[str, bool | None],
    baseline_met: bool | None,
    failing_baseline: Sequence[str],
    language: str = "en",
) -> Verdict:
    """Silver: the second benchmarking in its window, 3 validated areas, the baseline met."""
    failures: list[str] = []
    open_points: list[str] = []
    details: dict[str, Any] = {
        "previous_date": previous.date.isoformat() if previous else None,
        "assessed_on": assessed_on.isoformat() if assessed_on else None,
        "interval_months": None,
        "window": None,
        "required_improvements": SILVER_IMPROVEMENT_AREAS,
        "validated_improvements": 0,
        "improvements": [],
        "baseline_met": baseline_met,
    }
    if bronze.status == NOT_PASSED:
        failures.append(say(language, "The second benchmarking does not pass Bronze."))
    elif bronze.status == INCOMPLETE:
        open_points.append(say(language, "The second benchmarking is not complete for Bronze."))
    if previous is None:
        failures.append(
            say(
                language,
                "No previous benchmarking: Silver needs a second benchmarking 1.5 to 2 years "
                "after the first.",
            )
        )
    elif assessed_on is None:
        open_points.append(say(language, "The date of this benchmarking is not known."))
    else:
        start, end = (add_months(previous.date, m) for m in SILVER_WINDOW_MONTHS)
        months = months_between(previous.date, assessed_on)
        details["interval_months"] = months
        details["window"] = {"from": start.isoformat(), "to": end.isoformat()}
        if not start <= assessed_on <= end:
            failures.append(
                say(
                    language,
                    "This benchmarking is {months} months after the previous one ({previous}); "
                    "Silver needs 18 to 24 months ({start} to {end}).",
                    months=number_text(language, f"{months:g}"),
                    previous=previous.date.isoformat(),
                    start=start.isoformat(),
                    end=end.isoformat(),
                )
            )
    checks = [check_area(pack, area, passed, language) for area in areas]
    validated = sum(1 for c in checks if c.validated)
    possible = validated + sum(1 for c in checks if c.status == INCOMPLETE)
    details["validated_improvements"] = validated
    details["improvements"] = [c.to_dict() for c in checks]
    if possible < SILVER_IMPROVEMENT_AREAS:
        failures.append(
            say(
                language,
                "{validated} of at least {needed} improvement areas are validated against the "
                "Gold thresholds of their indicators.",
                validated=validated,
                needed=SILVER_IMPROVEMENT_AREAS,
            )
        )
    elif validated < SILVER_IMPROVEMENT_AREAS:
        open_points.append(
            say(
                language,
                "{validated} of at least {needed} improvement areas are validated so far; "
                "answer their open indicators.",
                validated=validated,
                needed=SILVER_IMPROVEMENT_AREAS,
            )
        )
    if baseline_met is False:
        names = ", ".join(pack.item(i).label.get(language) for i in failing_baseline)
        failures.append(
            say(language, "A baseline minimum requirement is not met ({names}).", names=names)
        )
    elif baseline_met is None:
        open_points.append(say(language, "Baseline minimum requirements are not answered yet."))
    status = _combine(failures, open_points)
    if status == PASSED:
        months_text = number_text(language, f"{details['interval_months']:g}")
        explanation = say(
            language,
            "Silver: passed. Second benchmarking after {months} months, {validated} validated "
            "improvement areas, every baseline minimum met.",
            months=months_text,
            validated=validated,
        )
        assert previous is not None
        reasons = [
            say(
                language,
                "This benchmarking is {months} months after the previous one ({previous}), "
                "within the 18 to 24 months Silver needs.",
                months=months_text,
                previous=previous.date.isoformat(),
            ),
            say(
                language,
                "{validated} improvement areas are validated against the Gold thresholds of "
                "their indicators (at least {needed} needed).",
                validated=validated,
                needed=SILVER_IMPROVEMENT_AREAS,
            ),
            say(language, "Every baseline minimum requirement is met."),
        ]
    elif status == NOT_PASSED:
        explanation = say(language, "Silver: not passed.")
        reasons = failures + open_points
    else:
        explanation = say(language, "Silver: incomplete.")
        reasons = open_points
    return Verdict(SILVER, status, tuple(reasons), explanation, details)


def gold_verdict(
    readiness_status: str,
    explanation: str,
    changes: Sequence[str],
    indicator_set: int,
    language: str = "en",
) -> Verdict:
    """Gold readiness as a verdict (the on-site assessment decides the label itself)."""
    status = {"ready": PASSED, "not_ready": NOT_PASSED}.get(readiness_status, INCOMPLETE)
    heading = {
        PASSED: "Gold readiness: ready.",
        NOT_PASSED: "Gold readiness: not ready.",
        INCOMPLETE: "Gold readiness: incomplete.",
    }[status]
    return Verdict(
        GOLD,
        status,
        (explanation, *changes),
        say(language, heading),
        {"readiness": readiness_status, "indicator_set": indicator_set},
    )
