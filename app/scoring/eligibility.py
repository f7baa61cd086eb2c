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

from app.scoring.pack import AnswerValue, Item, Pack

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
#: The criteria that programme recognition waives, in display order.
ECCP_CRITERIA = (
    MANAGEMENT_FTE,
    COMMITTED_MEMBERS,
    MEMBER_TYPES,
    PUBLIC_COOPERATION,
    ENGLISH_WEBSITE,
)


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
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _yes_no(value: AnswerValue) -> bool | None:
    return value if isinstance(value, bool) else None


def _fmt(number: float) -> str:
    return f"{number:g}"


def eligibility_minimums(pack: Pack | None) -> dict[str, float]:
    """The minimums in force: the pack's ``scoring.minimum`` where declared, else defaults."""
    minimums = dict(DEFAULT_MINIMUMS)
    if pack is None:
        return minimums
    for section in pack.sections:
        for item in section.items:
            if item.id in minimums and item.scoring.minimum is not None:
                minimums[item.id] = float(item.scoring.minimum)
    return minimums


def _option_labels(pack: Pack | None, language: str) -> dict[str, str]:
    if pack is None:
        return {}
    item: Item | None = next((i for i in pack.items if i.id == MEMBER_TYPES), None)
    return {o.code: o.label.get(language) for o in item.options} if item else {}


def _at_least(
    criterion_id: str, label: str, value: float | None, minimum: float, unit: str
) -> Criterion:
    if value is None:
        return Criterion(
            criterion_id, label, UNKNOWN, f"Not answered yet (needs {_fmt(minimum)}).",
            f"Answer {label.lower()}.",
        )  # fmt: skip
    if value >= minimum:
        return Criterion(criterion_id, label, MET, f"{_fmt(value)} {unit} (needs {_fmt(minimum)}).")
    short = minimum - value
    return Criterion(
        criterion_id,
        label,
        NOT_MET,
        f"{_fmt(value)} {unit}; at least {_fmt(minimum)} needed ({_fmt(round(short, 6))} short).",
        f"Reach at least {_fmt(minimum)} {unit} (now {_fmt(value)}).",
    )


def _eccp(answers: Mapping[str, AnswerValue]) -> Criterion:
    label = "Listed on the ECCP"
    listed = _yes_no(answers.get(ECCP_LISTED))
    if listed is None:
        return Criterion(ECCP_LISTED, label, UNKNOWN, "Not answered yet.",
                         "Answer whether the cluster is listed on the ECCP.")  # fmt: skip
    if listed:
        return Criterion(ECCP_LISTED, label, MET, "The cluster is listed on the ECCP.")
    return Criterion(
        ECCP_LISTED,
        label,
        NOT_MET,
        "The cluster is not listed on the European Cluster Collaboration Platform; every "
        "label requires a validated ECCP profile.",
        "Register and validate a profile on the ECCP.",
    )


def _programme(answers: Mapping[str, AnswerValue]) -> Criterion:
    label = "Recognised by a cluster programme"
    recognised = _yes_no(answers.get(PROGRAMME_RECOGNISED))
    if recognised is None:
        return Criterion(
            PROGRAMME_RECOGNISED,
            label,
            UNKNOWN,
            "Not answered yet; recognition by a cluster programme would waive the criteria below.",
        )
    if recognised:
        return Criterion(
            PROGRAMME_RECOGNISED,
            label,
            MET,
            "Officially recognised by a national or regional cluster programme; the ECCP "
            "validation criteria below are waived.",
        )
    return Criterion(
        PROGRAMME_RECOGNISED,
        label,
        NOT_MET,
        "Not recognised by a national or regional cluster programme; the criteria below apply.",
    )


def _public(answers: Mapping[str, AnswerValue], labels: Mapping[str, str]) -> Criterion:
    label = "Public bodies among members or cooperation with them"
    types = answers.get(MEMBER_TYPES)
    has_types = isinstance(types, list)
    cooperation = _yes_no(answers.get(PUBLIC_COOPERATION))
    public_label = labels.get(PUBLIC_BODIES, "Public bodies")
    if has_types and PUBLIC_BODIES in types:  # type: ignore[operator]
        return Criterion(PUBLIC_COOPERATION, label, MET, f"{public_label} are members.")
    if cooperation is True:
        return Criterion(
            PUBLIC_COOPERATION,
            label,
            MET,
            "No public bodies among the members, but visible cooperation with public bodies.",
        )
    if cooperation is False and has_types:
        return Criterion(
            PUBLIC_COOPERATION,
            label,
            NOT_MET,
            "No public bodies among the members and no visible cooperation with them.",
            "Take public bodies on as members or show cooperation with public bodies.",
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
        reason,
        "Answer the member types and, without public bodies, the cooperation question.",
    )


def _website(answers: Mapping[str, AnswerValue]) -> Criterion:
    label = "English-language website"
    website = _yes_no(answers.get(ENGLISH_WEBSITE))
    if website is None:
        return Criterion(ENGLISH_WEBSITE, label, UNKNOWN, "Not answered yet.",
                         "Answer whether there is an English-language website.")  # fmt: skip
    if website:
        return Criterion(
            ENGLISH_WEBSITE, label, MET, "An English-language website shows real activity."
        )
    return Criterion(
        ENGLISH_WEBSITE,
        label,
        NOT_MET,
        "No English-language website showing real activity (machine translation is accepted).",
        "Publish an English-language website (machine translation is accepted).",
    )


def _waive(criterion: Criterion) -> Criterion:
    return Criterion(
        criterion.id,
        criterion.label,
        WAIVED,
        "Waived: the cluster is recognised by a cluster programme.",
    )


def check_eligibility(
    pack: Pack | None, answers: Mapping[str, AnswerValue], language: str = "en"
) -> EligibilityResult:
    """Apply the eligibility rule to ``answers`` (validated answer values; absent = unknown)."""
    minimums = eligibility_minimums(pack)
    fte, members, kinds = (minimums[k] for k in (MANAGEMENT_FTE, COMMITTED_MEMBERS, MEMBER_TYPES))
    types = answers.get(MEMBER_TYPES)
    type_count = float(len(types)) if isinstance(types, list) else None
    eccp = _eccp(answers)
    programme = _programme(answers)
    rest = [
        _at_least(
            MANAGEMENT_FTE,
            f"Cluster management team of at least {_fmt(fte)} FTE",
            _number(answers.get(MANAGEMENT_FTE)),
            fte,
            "FTE",
        ),
        _at_least(
            COMMITTED_MEMBERS,
            f"At least {_fmt(members)} committed members",
            _number(answers.get(COMMITTED_MEMBERS)),
            members,
            "members",
        ),
        _at_least(
            MEMBER_TYPES,
            f"At least {_fmt(kinds)} types of members",
            type_count,
            kinds,
            "types of members",
        ),
        _public(answers, _option_labels(pack, language)),
        _website(answers),
    ]
    if programme.status == MET:
        rest = [_waive(c) for c in rest]
    status, explanation = _verdict(eccp, programme, rest)
    return EligibilityResult(status, (eccp, programme, *rest), explanation, minimums)


def _names(criteria: Sequence[Criterion]) -> str:
    return "; ".join(c.label for c in criteria)


def _verdict(eccp: Criterion, programme: Criterion, rest: Sequence[Criterion]) -> tuple[str, str]:
    failed = [c for c in rest if c.status == NOT_MET]
    unknown = [c for c in rest if c.status == UNKNOWN]
    route_met = programme.status == MET or not (failed or unknown)
    route_failed = programme.status == NOT_MET and bool(failed)
    if eccp.status == NOT_MET or route_failed:
        blockers = ([eccp] if eccp.status == NOT_MET else []) + (failed if route_failed else [])
        fixes = " ".join(c.fix for c in blockers if c.fix)
        text = f"Not eligible: {_names(blockers)} not met. To become eligible: {fixes}"
        if route_failed:
            text += (
                " Alternatively, recognition by a national or regional cluster programme "
                "waives the ECCP validation criteria."
            )
        return NOT_ELIGIBLE, text
    if eccp.status == MET and route_met:
        if programme.status == MET:
            return ELIGIBLE, (
                "Eligible: listed on the ECCP and recognised by a cluster programme, which "
                "waives the ECCP validation criteria."
            )
        return ELIGIBLE, "Eligible: listed on the ECCP and all ECCP validation criteria are met."
    open_points = ([eccp] if eccp.status == UNKNOWN else []) + unknown
    if programme.status == UNKNOWN and failed:
        return INCOMPLETE, (
            f"Incomplete: {_names(failed)} not met, which only matters if the cluster is not "
            "recognised by a cluster programme; answer that question to decide."
        )
    return INCOMPLETE, (
        f"Incomplete: no criterion has failed, but {len(open_points)} "
        f"{'is' if len(open_points) == 1 else 'are'} not answered yet: {_names(open_points)}."
    )
