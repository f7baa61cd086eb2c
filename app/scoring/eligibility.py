"""Eligibility for any label: the ECCP validation criteria in force since 15 November 2019.

A cluster is eligible when it is listed on the ECCP (``eligibility.eccp_listed``) and either
is officially recognised by a national or regional cluster programme
(``eligibility.programme_recognised``, which waives the rest) or meets all of:

- a cluster management team of at least 0.5 FTE (``eligibility.management_fte``);
- at least 15 committed members (``eligibility.committed_members``);
- at least 2 types of members (``eligibility.member_types``);
- public bodies among the member types, or visible cooperation with public bodies
  (``eligibility.public_cooperation``);
- an English-language website (``eligibility.english_website``).

The minimums are read from the pack's ``scoring.minimum`` of those items when it declares
them, with the figures above as defaults. Each criterion is ``met``, ``not_met``, ``waived``
or ``unknown`` (unanswered). The verdict is ``eligible``; ``not_eligible`` when the answers
already rule eligibility out; or ``incomplete`` when nothing has failed yet but a missing
answer decides. A "no" to programme recognition shows as ``not_met`` but only means that
the ECCP criteria below it apply; it does not by itself make a cluster ineligible.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.scoring.pack import AnswerValue, Pack, is_number
from app.scoring.wording import number_text, say

MET = "met"
NOT_MET = "not_met"
WAIVED = "waived"
UNKNOWN = "unknown"

ELIGIBLE = "eligible"
NOT_ELIGIBLE = "not_eligible"
INCOMPLETE = "incomplete"

ECCP_LISTED = "eligibility.eccp_listed"
PROGRAMME_RECOGNISED = "eligibility.programme_recognised"
MANAGEMENT_FTE = "eligibility.management_fte"
COMMITTED_MEMBERS = "eligibility.committed_members"
MEMBER_TYPES = "eligibility.member_types"
PUBLIC_COOPERATION = "eligibility.public_cooperation"
ENGLISH_WEBSITE = "eligibility.english_website"
PUBLIC_BODIES = "public_bodies"

#: Minimums used when the pack does not declare ``scoring.minimum`` on the item.
DEFAULT_MINIMUMS: dict[str, float] = {
    MANAGEMENT_FTE: 0.5,
    COMMITTED_MEMBERS: 15,
    MEMBER_TYPES: 2,
}


@dataclass(frozen=True)
class Criterion:
    """One eligibility criterion with its status and the reason for it."""

    id: str
    label: str
    status: str
    reason: str
    fix: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The criterion as in the score result."""
        return {"id": self.id, "label": self.label, "status": self.status, "reason": self.reason}


@dataclass(frozen=True)
class EligibilityResult:
    """The verdict, every criterion, and a sentence on what decides it."""

    status: str
    criteria: tuple[Criterion, ...]
    explanation: str
    minimums: Mapping[str, float]

    @property
    def eligible(self) -> bool:
        """Whether the cluster is eligible for a label."""
        return self.status == ELIGIBLE

    def criterion(self, criterion_id: str) -> Criterion:
        """The criterion with ``criterion_id``."""
        return next(c for c in self.criteria if c.id == criterion_id)

    def to_dict(self) -> dict[str, Any]:
        """The ``eligibility`` part of the score result."""
        return {
            "status": self.status,
            "criteria": [c.to_dict() for c in self.criteria],
            "explanation": self.explanation,
            "minimums": dict(self.minimums),
        }


def _number(value: AnswerValue) -> float | None:
    return float(value) if is_number(value) else None


def _yes_no(value: AnswerValue) -> bool | None:
    return value if isinstance(value, bool) else None


def _fmt(number: float, language: str = "en") -> str:
    return number_text(language, f"{number:g}")


def eligibility_minimums(pack: Pack | None) -> dict[str, float]:
    """The minimums in force: the pack's ``scoring.minimum`` where declared, else defaults."""
    minimums = dict(DEFAULT_MINIMUMS)
    if pack is None:
        return minimums
    for item in pack.items:
        if item.id in minimums and item.scoring.minimum is not None:
            minimums[item.id] = float(item.scoring.minimum)
    return minimums


def _option_labels(pack: Pack | None, language: str) -> dict[str, str]:
    if pack is None:
        return {}
    item = pack.item_index.get(MEMBER_TYPES)
    return {o.code: o.label.get(language) for o in item.options} if item else {}


def _at_least(
    criterion_id: str,
    label: str,
    value: float | None,
    minimum: float,
    unit: str,
    language: str,
) -> Criterion:
    unit = say(language, unit)
    if value is None:
        return Criterion(
            criterion_id,
            label,
            UNKNOWN,
            say(language, "Not answered yet (needs {minimum}).", minimum=_fmt(minimum, language)),
            say(language, "Answer: {label}.", label=label),
        )
    if value >= minimum:
        reason = say(
            language,
            "{value} {unit} (needs {minimum}).",
            value=_fmt(value, language),
            unit=unit,
            minimum=_fmt(minimum, language),
        )
        return Criterion(criterion_id, label, MET, reason)
    short = minimum - value
    return Criterion(
        criterion_id,
        label,
        NOT_MET,
        say(
            language,
            "{value} {unit}; at least {minimum} needed ({short} short).",
            value=_fmt(value, language),
            unit=unit,
            minimum=_fmt(minimum, language),
            short=_fmt(round(short, 6), language),
        ),
        say(
            language,
            "Reach at least {minimum} {unit} (now {value}).",
            minimum=_fmt(minimum, language),
            unit=unit,
            value=_fmt(value, language),
        ),
    )


def _eccp(answers: Mapping[str, AnswerValue], language: str) -> Criterion:
    label = say(language, "Listed on the ECCP")
    listed = _yes_no(answers.get(ECCP_LISTED))
    if listed is None:
        return Criterion(
            ECCP_LISTED,
            label,
            UNKNOWN,
            say(language, "Not answered yet."),
            say(language, "Answer whether the cluster is listed on the ECCP."),
        )
    if listed:
        return Criterion(
            ECCP_LISTED, label, MET, say(language, "The cluster is listed on the ECCP.")
        )
    return Criterion(
        ECCP_LISTED,
        label,
        NOT_MET,
        say(
            language,
            "The cluster is not listed on the European Cluster Collaboration Platform; every "
            "label requires a validated ECCP profile.",
        ),
        say(language, "Register and validate a profile on the ECCP."),
    )


def _programme(answers: Mapping[str, AnswerValue], language: str) -> Criterion:
    label = say(language, "Recognised by a cluster programme")
    recognised = _yes_no(answers.get(PROGRAMME_RECOGNISED))
    if recognised is None:
        reason = (
            "Not answered yet; recognition by a cluster programme would waive the criteria below."
        )
        return Criterion(PROGRAMME_RECOGNISED, label, UNKNOWN, say(language, reason))
    if recognised:
        reason = (
            "Officially recognised by a national or regional cluster programme; the ECCP "
            "validation criteria below are waived."
        )
        return Criterion(PROGRAMME_RECOGNISED, label, MET, say(language, reason))
    reason = "Not recognised by a national or regional cluster programme; the criteria below apply."
    return Criterion(PROGRAMME_RECOGNISED, label, NOT_MET, say(language, reason))


def _public(
    answers: Mapping[str, AnswerValue], labels: Mapping[str, str], language: str
) -> Criterion:
    label = say(language, "Public bodies among members or cooperation with them")
    types = answers.get(MEMBER_TYPES)
    has_types = isinstance(types, list)
    cooperation = _yes_no(answers.get(PUBLIC_COOPERATION))
    public_label = labels.get(PUBLIC_BODIES, "Public bodies")
    if has_types and PUBLIC_BODIES in types:  # type: ignore[operator]
        reason = say(language, "{bodies} are members.", bodies=public_label)
        return Criterion(PUBLIC_COOPERATION, label, MET, reason)
    if cooperation is True:
        reason = "No public bodies among the members, but visible cooperation with public bodies."
        return Criterion(PUBLIC_COOPERATION, label, MET, say(language, reason))
    if cooperation is False and has_types:
        return Criterion(
            PUBLIC_COOPERATION,
            label,
            NOT_MET,
            say(
                language, "No public bodies among the members and no visible cooperation with them."
            ),
            say(
                language,
                "Take public bodies on as members or show cooperation with public bodies.",
            ),
        )
    reason = (
        "Not answered yet: no public bodies among the members, so visible cooperation with "
        "public bodies is needed."
        if has_types
        else "Not answered yet (member types)."
    )
    return Criterion(
        PUBLIC_COOPERATION,
        label,
        UNKNOWN,
        say(language, reason),
        say(
            language,
            "Answer the member types and, without public bodies, the cooperation question.",
        ),
    )


def _website(answers: Mapping[str, AnswerValue], language: str) -> Criterion:
    label = say(language, "English-language website")
    website = _yes_no(answers.get(ENGLISH_WEBSITE))
    if website is None:
        return Criterion(
            ENGLISH_WEBSITE,
            label,
            UNKNOWN,
            say(language, "Not answered yet."),
            say(language, "Answer whether there is an English-language website."),
        )
    if website:
        reason = say(language, "An English-language website shows real activity.")
        return Criterion(ENGLISH_WEBSITE, label, MET, reason)
    return Criterion(
        ENGLISH_WEBSITE,
        label,
        NOT_MET,
        say(
            language,
            "No English-language website showing real activity (machine translation is accepted).",
        ),
        say(language, "Publish an English-language website (machine translation is accepted)."),
    )


def _waive(criterion: Criterion, language: str) -> Criterion:
    return Criterion(
        criterion.id,
        criterion.label,
        WAIVED,
        say(language, "Waived: the cluster is recognised by a cluster programme."),
    )


def check_eligibility(
    pack: Pack | None, answers: Mapping[str, AnswerValue], language: str = "en"
) -> EligibilityResult:
    """Apply the eligibility rule to ``answers`` (validated answer values; absent = unknown)."""
    minimums = eligibility_minimums(pack)
    fte, members, kinds = (minimums[k] for k in (MANAGEMENT_FTE, COMMITTED_MEMBERS, MEMBER_TYPES))
    types = answers.get(MEMBER_TYPES)
    type_count = float(len(types)) if isinstance(types, list) else None
    eccp = _eccp(answers, language)
    programme = _programme(answers, language)
    rest = [
        _at_least(
            MANAGEMENT_FTE,
            say(
                language,
                "Cluster management team of at least {minimum} FTE",
                minimum=_fmt(fte, language),
            ),
            _number(answers.get(MANAGEMENT_FTE)),
            fte,
            "FTE",
            language,
        ),
        _at_least(
            COMMITTED_MEMBERS,
            say(language, "At least {minimum} committed members", minimum=_fmt(members, language)),
            _number(answers.get(COMMITTED_MEMBERS)),
            members,
            "members",
            language,
        ),
        _at_least(
            MEMBER_TYPES,
            say(language, "At least {minimum} types of members", minimum=_fmt(kinds, language)),
            type_count,
            kinds,
            "types of members",
            language,
        ),
        _public(answers, _option_labels(pack, language), language),
        _website(answers, language),
    ]
    if programme.status == MET:
        rest = [_waive(c, language) for c in rest]
    status, explanation = _verdict(eccp, programme, rest, language)
    return EligibilityResult(status, (eccp, programme, *rest), explanation, minimums)


def _names(criteria: Sequence[Criterion]) -> str:
    return "; ".join(c.label for c in criteria)


def _verdict(
    eccp: Criterion, programme: Criterion, rest: Sequence[Criterion], language: str
) -> tuple[str, str]:
    failed = [c for c in rest if c.status == NOT_MET]
    unknown = [c for c in rest if c.status == UNKNOWN]
    route_met = programme.status == MET or not (failed or unknown)
    route_failed = programme.status == NOT_MET and bool(failed)
    if eccp.status == NOT_MET or route_failed:
        blockers = ([eccp] if eccp.status == NOT_MET else []) + (failed if route_failed else [])
        fixes = " ".join(c.fix for c in blockers if c.fix)
        text = say(
            language,
            "Not eligible: {blockers} not met. To become eligible: {fixes}",
            blockers=_names(blockers),
            fixes=fixes,
        )
        if route_failed:
            text += say(
                language,
                " Alternatively, recognition by a national or regional cluster programme waives "
                "the ECCP validation criteria.",
            )
        return NOT_ELIGIBLE, text
    if eccp.status == MET and route_met:
        if programme.status == MET:
            return ELIGIBLE, say(
                language,
                "Eligible: listed on the ECCP and recognised by a cluster programme, which "
                "waives the ECCP validation criteria.",
            )
        return ELIGIBLE, say(
            language, "Eligible: listed on the ECCP and all ECCP validation criteria are met."
        )
    open_points = ([eccp] if eccp.status == UNKNOWN else []) + unknown
    if programme.status == UNKNOWN and failed:
        return INCOMPLETE, say(
            language,
            "Incomplete: {failed} not met, which only matters if the cluster is not recognised "
            "by a cluster programme; answer that question to decide.",
            failed=_names(failed),
        )
    template = (
        "Incomplete: no criterion has failed, but {count} is not answered yet: {open}."
        if len(open_points) == 1
        else "Incomplete: no criterion has failed, but {count} are not answered yet: {open}."
    )
    return INCOMPLETE, say(language, template, count=len(open_points), open=_names(open_points))
